import { stat } from 'node:fs/promises';
import type { Digest } from '../digest.js';
import { sha256File } from '../digest.js';
import type { Finding } from '../findings.js';
import type { LoadedManifest } from '../manifest/load.js';
import { resolveInside } from '../manifest/paths.js';
import { worstVerdict, type ArtifactVerdict, type Inspection, type Inspector } from './inspect.js';
import { compareSignature } from './signature.js';

export interface ArtifactResult {
  /** As written in the manifest. */
  path: string;
  /** As shown to the user (relative to the working directory). */
  shown: string;
  /** Absolute, symlinks resolved; absent when the path was refused. */
  absolute?: string;
  size?: number;
  sha256?: Digest;
  format?: string;
  verdict: ArtifactVerdict;
  findings: Finding[];
  signature?: Inspection['signature'];
}

export interface ArtifactProgress {
  (shown: string, bytesDone: number, bytesTotal: number): void;
}

const MiB = 1024 * 1024;

/**
 * Checks every artifact of a manifest: present, a regular file, inside the repository, its
 * streamed sha256 equal to the manifest's where one is given, the total within
 * `max_artifact_mb`, and whatever the inspector finds in its bytes.
 */
export async function checkArtifacts(
  loaded: LoadedManifest,
  opts: { inspect?: Inspector; onProgress?: ArtifactProgress },
): Promise<{ artifacts: ArtifactResult[]; findings: Finding[] }> {
  const { manifest: m, map } = loaded;
  const artifacts: ArtifactResult[] = [];
  let total = 0;
  for (const [i, spec] of m.model.artifacts.entries()) {
    const at = ['model', 'artifacts', i, 'path'];
    const result: ArtifactResult = {
      path: spec.path,
      shown: spec.path,
      verdict: 'error',
      findings: [],
    };
    artifacts.push(result);
    // Whether this check (not the inspector) found the file wrong: not the bytes the manifest
    // names, or not the signature it declares. Such a file is `error` whatever its content.
    let broken = false;
    const fail = (rule: string, message: string, where = at) => {
      broken = true;
      result.findings.push({ severity: 'error', rule, message, location: map.locate(where) });
    };
    const r = await resolveInside(loaded.root, loaded.dir, spec.path);
    if (!r.ok) continue; // the manifest check already reported why; never touch the file
    result.absolute = r.path;
    result.shown = loaded.display(r.path);
    if (!r.exists) {
      fail(
        'artifact-missing',
        `artifact \`${spec.path}\` does not exist (looked for ${result.shown})`,
      );
      continue;
    }
    const st = await stat(r.path);
    if (!st.isFile()) {
      fail(
        'artifact-not-file',
        `artifact \`${spec.path}\` is not a regular file; list the files inside it instead`,
      );
      continue;
    }
    let hashed: { digest: Digest; size: number };
    try {
      hashed = await sha256File(r.path, (done, all) => opts.onProgress?.(result.shown, done, all));
    } catch (err) {
      fail(
        'artifact-unreadable',
        `artifact \`${spec.path}\` cannot be read: ${(err as Error).message}`,
      );
      continue;
    }
    result.size = hashed.size;
    result.sha256 = hashed.digest;
    total += hashed.size;
    if (spec.sha256 && spec.sha256 !== hashed.digest) {
      fail(
        'digest-mismatch',
        `sha256 of \`${spec.path}\` does not match: the manifest says ${spec.sha256}, the file has ${hashed.digest}`,
        ['model', 'artifacts', i, 'sha256'],
      );
    }
    let inspected: ArtifactVerdict = 'safe';
    if (opts.inspect) {
      const inspection = await opts.inspect(r.path, {
        shown: result.shown,
        policy: {
          // `standard` warned on unknown globals when the deny-list gated; nothing does now.
          pickle: m.security.pickle === 'warn-unknown-classes' ? 'warn-unknown-classes' : 'strict',
          allowGlobals: m.security.allow_globals,
        },
      });
      result.format = inspection.format;
      result.signature = inspection.signature;
      result.findings.push(...inspection.findings);
      if (inspection.signature && m.model.signature) {
        for (const d of compareSignature(m.model.signature, inspection.signature)) {
          fail('signature-mismatch', `${spec.path}: ${d.message}`, d.at);
        }
      }
      inspected = inspection.verdict;
    }
    result.verdict = worstVerdict([inspected, broken ? 'error' : 'safe']);
  }
  const findings: Finding[] = [];
  const limit = m.serving.max_artifact_mb;
  if (limit !== undefined && total > limit * MiB) {
    findings.push({
      severity: 'error',
      rule: 'artifact-size-limit',
      message: `artifacts total ${(total / MiB).toFixed(1)} MiB, over serving.max_artifact_mb (${limit} MiB)`,
      location: map.locate(['serving', 'max_artifact_mb']),
    });
  }
  return { artifacts, findings };
}
