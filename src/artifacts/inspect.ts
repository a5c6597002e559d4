import type { Finding } from '../findings.js';
import type { Signature } from '../manifest/types.js';
import type { PicklePolicy } from './policy.js';

/** How far an artifact can be trusted. `error`: it could not be read completely. */
export type ArtifactVerdict = 'safe' | 'suspicious' | 'unsafe' | 'error';

/**
 * Worst last. `unsafe` outranks `error`: a file that imports `os.system` and then turns out
 * truncated is known to be dangerous, and a later parse error must not blur that.
 */
const ORDER: readonly ArtifactVerdict[] = ['safe', 'suspicious', 'error', 'unsafe'];

export function worstVerdict(verdicts: Iterable<ArtifactVerdict>): ArtifactVerdict {
  let worst: ArtifactVerdict = 'safe';
  for (const v of verdicts) if (ORDER.indexOf(v) > ORDER.indexOf(worst)) worst = v;
  return worst;
}

export interface ScanPolicy {
  /** `strict` fails on anything not proven safe; `warn-unknown-classes` only warns on unknown classes. */
  pickle: PicklePolicy;
  /** Extra `module.name` globals treated as safe; never overrides the deny-list. */
  allowGlobals: readonly string[];
}

export interface Inspection {
  /** Format decided from the bytes, e.g. `pickle`, `pytorch-zip`, `onnx`, `unknown`. */
  format: string;
  verdict: ArtifactVerdict;
  findings: Finding[];
  /** The input/output signature, where the format carries one. */
  signature?: Partial<Signature>;
}

export interface InspectContext {
  /** The file's name as shown in findings. */
  shown: string;
  policy: ScanPolicy;
}

/**
 * The seam where the artifact scanner plugs into `validate` and `scan`: given a file on
 * disk, decide its format from its bytes and report what it contains.
 */
export type Inspector = (absolutePath: string, ctx: InspectContext) => Promise<Inspection>;
