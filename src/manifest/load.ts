import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Finding } from '../findings.js';
import { hasErrors } from '../findings.js';
import type { Digest } from '../digest.js';
import { formatBytes } from '../report/format.js';
import { checkSchema } from './schema.js';
import { checkSemantics } from './semantics.js';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_SERVE_PORT,
  defaultServeCommand,
  type Manifest,
} from './types.js';
import { parseYaml, type SourceMap } from './yaml.js';
import { findRepositoryRoot } from './paths.js';

/** A deploy manifest is a page of YAML; anything this large is a mistake or an attack. */
export const MAX_MANIFEST_BYTES = 1_000_000;

export interface LoadedManifest {
  manifest: Manifest;
  /** Absolute path of the manifest file. */
  file: string;
  /** The manifest file as shown in findings. */
  shown: string;
  dir: string;
  root: string;
  map: SourceMap;
  display: (absolutePath: string) => string;
}

/**
 * `loaded` is present once the manifest parsed and matched the schema: its fields are typed
 * and defaulted even if semantic checks found errors, so later checks can still run.
 */
export interface ManifestResult {
  file: string;
  shown: string;
  findings: Finding[];
  loaded?: LoadedManifest;
}

export interface LoadOptions {
  /** Working directory that relative paths in messages are shown against. */
  cwd: string;
  /** Repository root; found from the manifest's location when not given. */
  root?: string;
}

/**
 * Reads, parses, schema-checks, defaults and semantically checks one manifest. Problems in
 * the manifest are findings (the check failed, exit 1); a manifest that cannot be read at all
 * is a ConfigError (exit 2).
 */
export async function loadManifest(path: string, opts: LoadOptions): Promise<ManifestResult> {
  const file = resolve(opts.cwd, path);
  const display = (abs: string) => relative(opts.cwd, abs) || abs;
  const shown = display(file);
  const fail = (rule: string, message: string): ManifestResult => ({
    file,
    shown,
    findings: [{ severity: 'error', rule, message, location: { file: shown, line: 1, column: 1 } }],
  });

  let size: number;
  try {
    const st = await stat(file);
    size = st.size;
    if (!st.isFile()) throw new ConfigError(`manifest ${shown} is not a file`, shown);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ConfigError(
      `cannot read manifest ${shown}: ${missing ? 'no such file' : (err as Error).message}`,
      shown,
      missing
        ? 'pass --manifest PATH (default modelgate.yaml in the working directory)'
        : undefined,
    );
  }
  if (size > MAX_MANIFEST_BYTES) {
    return fail(
      'manifest-too-large',
      `manifest is ${formatBytes(size)}; the limit is ${formatBytes(MAX_MANIFEST_BYTES)}`,
    );
  }
  const source = await readFile(file, 'utf8');
  const parsed = parseYaml(source, shown);
  if (!parsed.ok) return { file, shown, findings: parsed.findings };
  if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
    return fail(
      'manifest-not-mapping',
      'the manifest must be a YAML mapping (apiVersion: modelgate/v1, model: …)',
    );
  }
  const schemaFindings = checkSchema(parsed.data, parsed.map);
  if (hasErrors(schemaFindings)) return { file, shown, findings: schemaFindings };

  const manifest = parsed.data as Manifest;
  for (const a of manifest.model.artifacts) if (a.sha256) a.sha256 = a.sha256 as Digest;
  applyServeDefaults(manifest);
  const dir = dirname(file);
  const root = opts.root ? resolve(opts.cwd, opts.root) : findRepositoryRoot(dir);
  const findings = await checkSemantics(manifest, parsed.map, { dir, root, display });
  const loaded: LoadedManifest = { manifest, file, shown, dir, root, map: parsed.map, display };
  return { file, shown, findings, loaded };
}

/**
 * The defaults of `serve` and `load` that depend on other keys (a JSON Schema default cannot):
 * the port and the server's command line, which for TF Serving names the port and the model,
 * and in serving mode batch the rows of each load-test request.
 */
export function applyServeDefaults(manifest: Manifest): void {
  for (const t of manifest.compatibility.targets) {
    if (t.load !== undefined && manifest.serving.mode === 'batch')
      t.load.batch_size ??= DEFAULT_BATCH_SIZE;
    const s = t.serve;
    if (s === undefined) continue;
    s.port ??= DEFAULT_SERVE_PORT[s.layout];
    s.command ??= defaultServeCommand(s.layout, manifest.model.name, s.port);
  }
}
