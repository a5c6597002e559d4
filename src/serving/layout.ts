// The model repository a serving target's server loads, laid out by modelgate in a folder of
// its own that is mounted read-only at /models:
//
//   Triton (docs/user_guide/model_repository.md):
//     <root>/<model>/config.pbtxt                      generated, or the user's serve.config
//     <root>/<model>/<version>/model.onnx              onnx (ONNX external data files beside it)
//     <root>/<model>/<version>/model.pt                pytorch (TorchScript)
//     <root>/<model>/<version>/model.savedmodel/...    tensorflow (the SavedModel folder)
//     <root>/<model>/<version>/model.plan              tensorrt (a serialized TensorRT engine)
//   TF Serving (--model_base_path=/models/<model>):
//     <root>/<model>/<version>/saved_model.pb, variables/...
//
// Files are hard links where that changes nothing (same file system, already readable by
// everyone) and copies otherwise, never symbolic links: a link out of the folder does not
// resolve inside the container. Folders are 0755 and files 0644, since the server runs as a
// user of its own.
import { chmod, copyFile, link, mkdir, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Framework, ServeLayout, Signature } from '../manifest/types.js';
import { fieldsNamed, parsePbtxt, PbtxtError } from './pbtxt.js';
import { generateTritonConfig } from './triton-config.js';

/** An artifact set that does not fit the layout, or a version the servers cannot number. */
export class LayoutError extends ConfigError {}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * The version number a server loads this model as. Triton and TF Serving both name versions
 * by positive integers (Triton ignores a folder named 0 or starting with 0; both serve the
 * highest number by default), so the semantic version is mapped to
 *
 *   major × 1 000 000 + minor × 1 000 + patch        1.2.3 → 1002003, 0.4.0 → 4000
 *
 * which reads back to the semver at a glance and is strictly increasing in semver order for
 * every release with minor and patch below 1000 (refused above, with the reason). 0.0.0
 * would map to 0, which Triton ignores: it is refused.
 *
 * A prerelease (2.0.0-rc.1) is served under its release's number (2000000): no integer fits
 * every prerelease between 1.999.999 and 2.0.0 in semver order, modelgate's repository holds
 * one version so nothing is served beside it, and the report shows both the semver and the
 * number. Build metadata (+…) is ignored, as semver orders it.
 */
export function servedVersion(semver: string): number {
  const m = SEMVER.exec(semver);
  if (m === null) {
    throw new LayoutError(
      `version ${JSON.stringify(semver)} is not a semantic version (such as 1.2.0)`,
    );
  }
  const [major, minor, patch] = [m[1]!, m[2]!, m[3]!].map(Number) as [number, number, number];
  for (const [part, value] of [
    ['minor', minor],
    ['patch', patch],
  ] as const) {
    if (value >= 1000) {
      throw new LayoutError(
        `version ${semver} has ${part} ${value}; a served version number is major×1000000 + minor×1000 + patch, so minor and patch must be below 1000`,
      );
    }
  }
  const n = major * 1_000_000 + minor * 1_000 + patch;
  if (!Number.isSafeInteger(n)) {
    throw new LayoutError(`version ${semver} has a major version too large to number (${major})`);
  }
  if (n === 0) {
    throw new LayoutError(
      'version 0.0.0 would be served as version 0, which Triton ignores; use 0.0.1 or later',
    );
  }
  return n;
}

export interface RepositoryArtifact {
  /** As written in the manifest, for messages; `absolute` is shown when absent. */
  path?: string;
  absolute: string;
}

/** Where one artifact goes, relative to the version folder. */
export interface Placement {
  from: string;
  to: string;
}

/** The file Triton loads from the version folder of each framework (unless the config says). */
const TRITON_MODEL_FILE: Partial<Record<Framework, string>> = {
  onnx: 'model.onnx',
  pytorch: 'model.pt',
  tensorflow: 'model.savedmodel',
  tensorrt: 'model.plan',
};

/**
 * The artifact that is the model file of each single-file framework, found by its name. A
 * TensorRT engine is found by its name alone: its serialization is TensorRT's own, undocumented
 * and tied to the TensorRT version and GPU that built it, so no header of it can be checked
 * here (the scan reports its format as unknown) and only Triton's loading it tells.
 */
const MODEL_FILES: Partial<Record<Framework, { exts: string[]; what: string }>> = {
  onnx: { exts: ['.onnx'], what: 'ONNX model' },
  pytorch: { exts: ['.pt', '.pth'], what: 'TorchScript model' },
  tensorrt: { exts: ['.plan', '.engine'], what: 'TensorRT engine' },
};

const shown = (a: RepositoryArtifact) => a.path ?? a.absolute;

/** The one artifact whose name ends in one of `exts`; a clear error for none or several. */
function single(artifacts: RepositoryArtifact[], exts: string[], what: string): RepositoryArtifact {
  const found = artifacts.filter((a) => exts.includes(extname(a.absolute).toLowerCase()));
  if (found.length === 1) return found[0]!;
  const listed = artifacts.map(shown).join(', ');
  if (found.length === 0) {
    throw new LayoutError(`no ${what} (${exts.join(' or ')}) among the artifacts (${listed})`);
  }
  throw new LayoutError(
    `${found.length} ${what}s among the artifacts (${found.map(shown).join(', ')}); the server loads one`,
  );
}

/**
 * A SavedModel's files under `into`, keeping their places relative to saved_model.pb. An
 * artifact outside the SavedModel's folder goes beside saved_model.pb under its own name
 * (the server ignores what it does not know, as Triton does beside model.onnx).
 */
function savedModel(artifacts: RepositoryArtifact[], into: string): Placement[] {
  const pbs = artifacts.filter((a) => basename(a.absolute) === 'saved_model.pb');
  if (pbs.length === 0) {
    throw new LayoutError(
      `a SavedModel needs saved_model.pb among the artifacts (${artifacts.map(shown).join(', ')})`,
    );
  }
  if (pbs.length > 1) {
    throw new LayoutError(
      `${pbs.length} saved_model.pb among the artifacts (${pbs.map(shown).join(', ')}); the server loads one SavedModel`,
    );
  }
  const home = dirname(pbs[0]!.absolute);
  const placed = new Map<string, RepositoryArtifact>();
  return artifacts.map((a) => {
    const rel = relative(home, a.absolute);
    const inside = !(rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel));
    const to = inside ? rel : basename(a.absolute);
    const clash = placed.get(to);
    if (clash !== undefined) {
      throw new LayoutError(
        `artifacts ${shown(clash)} and ${shown(a)} would both be ${to} in the SavedModel folder`,
      );
    }
    placed.set(to, a);
    return { from: a.absolute, to: into === '' ? to : join(into, to) };
  });
}

/**
 * Where each artifact goes in the version folder of `layout`, or a LayoutError saying why the
 * artifacts do not fit it. `modelFile` is the user config's default_model_filename, if any.
 */
export function placeArtifacts(
  layout: ServeLayout,
  framework: Framework,
  artifacts: RepositoryArtifact[],
  modelFile?: string,
): Placement[] {
  if (layout === 'tfserving') {
    if (framework !== 'tensorflow') {
      throw new LayoutError(`TF Serving loads TensorFlow SavedModels, not framework ${framework}`);
    }
    return savedModel(artifacts, '');
  }
  const file = modelFile ?? TRITON_MODEL_FILE[framework];
  const kind = MODEL_FILES[framework];
  // (A user's default_model_filename names a file for any framework: the table decides.)
  if (file === undefined || (kind === undefined && framework !== 'tensorflow')) {
    throw new LayoutError(`modelgate lays out no Triton model for framework ${framework}`);
  }
  if (kind === undefined) return savedModel(artifacts, file);
  const main = single(artifacts, kind.exts, kind.what);
  // The others (ONNX external data, say) go beside the model under their own names.
  const placed: Placement[] = [{ from: main.absolute, to: file }];
  const names = new Map<string, RepositoryArtifact>([[file, main]]);
  for (const a of artifacts) {
    if (a === main) continue;
    const name = basename(a.absolute);
    const clash = names.get(name);
    if (clash !== undefined) {
      throw new LayoutError(
        `artifacts ${shown(clash)} and ${shown(a)} would both be ${name} in the version folder`,
      );
    }
    names.set(name, a);
    placed.push({ from: a.absolute, to: name });
  }
  return placed;
}

/** default_model_filename of a user's config, when it names a file in the version folder. */
function configModelFile(configText: string): string | undefined {
  let config;
  try {
    config = parsePbtxt(configText, 'config.pbtxt');
  } catch (err) {
    if (err instanceof PbtxtError)
      throw new LayoutError(`serve.config does not parse: ${err.message}`);
    throw err;
  }
  const v = fieldsNamed(config, 'default_model_filename')[0]?.values[0];
  if (v?.kind !== 'string') return undefined;
  if (v.value === '' || v.value === '.' || v.value === '..' || /[/\\]/.test(v.value)) {
    throw new LayoutError(
      `default_model_filename ${JSON.stringify(v.value)} must be a file name in the version folder`,
    );
  }
  return v.value;
}

export interface RepositoryInput {
  layout: ServeLayout;
  modelName: string;
  /** The manifest's semantic version; mapped by servedVersion. */
  version: string;
  framework: Framework;
  artifacts: RepositoryArtifact[];
  /** Needed to generate Triton's config.pbtxt when `configText` is absent. */
  signature?: Signature;
  /** The user's config.pbtxt (layout triton only). */
  configText?: string;
}

export interface Repository {
  /** The folder to mount at /models. */
  root: string;
  /** `<root>/<model>`: TF Serving's model_base_path, Triton's model folder. */
  modelDir: string;
  modelName: string;
  servedVersion: number;
  /** Every file laid out, relative to root, sorted. */
  files: string[];
}

/**
 * Lays out `input` as `layout`'s model repository in `dir` (created; it must not hold
 * anything yet), which becomes the repository's root.
 */
export async function layOutRepository(input: RepositoryInput, dir: string): Promise<Repository> {
  const version = servedVersion(input.version);
  if (input.configText !== undefined && input.layout !== 'triton') {
    throw new LayoutError(`serve.config is a Triton config.pbtxt; layout ${input.layout} has none`);
  }
  const modelFile = input.configText === undefined ? undefined : configModelFile(input.configText);
  const placements = placeArtifacts(input.layout, input.framework, input.artifacts, modelFile);
  let config: string | undefined;
  if (input.layout === 'triton') {
    if (input.configText !== undefined) config = input.configText;
    else if (input.signature === undefined) {
      throw new LayoutError(
        'layout triton needs model.signature to write config.pbtxt (or a serve.config of your own)',
      );
    } else config = generateTritonConfig(input.modelName, input.signature, input.framework);
  }

  await mkdir(dir, { recursive: true, mode: 0o755 });
  if ((await readdir(dir)).length > 0) {
    throw new LayoutError(`the repository folder ${dir} is not empty`);
  }
  await chmod(dir, 0o755);
  const modelDir = join(dir, input.modelName);
  const versionDir = join(modelDir, String(version));
  await makeDir(versionDir, dir);
  const files: string[] = [];
  if (config !== undefined) {
    const path = join(modelDir, 'config.pbtxt');
    await writeFile(path, config, { mode: 0o644 });
    await chmod(path, 0o644);
    files.push(relative(dir, path));
  }
  for (const p of placements) {
    const to = join(versionDir, p.to);
    await makeDir(dirname(to), dir);
    await place(p.from, to);
    files.push(relative(dir, to));
  }
  if (input.framework === 'tensorflow') {
    // A SavedModel without variables still has the folder (TF writes it empty).
    const saved =
      input.layout === 'tfserving' ? versionDir : join(versionDir, modelFile ?? 'model.savedmodel');
    await makeDir(join(saved, 'variables'), dir);
  }
  return {
    root: dir,
    modelDir,
    modelName: input.modelName,
    servedVersion: version,
    files: files.sort(),
  };
}

/** mkdir -p with every new folder up to `root` opened to everyone (0755, whatever the umask). */
async function makeDir(path: string, root: string): Promise<void> {
  await mkdir(path, { recursive: true });
  for (let d = path; d !== root && d.startsWith(root + sep); d = dirname(d)) await chmod(d, 0o755);
}

/**
 * A hard link when the source is a regular file everyone may already read (the link shares its
 * mode, so making it readable would change the user's file), else a copy made readable.
 */
async function place(artifact: string, to: string): Promise<void> {
  // link(2) would link a symbolic link itself, which then points nowhere in the container.
  const from = await realpath(artifact);
  const st = await stat(from);
  if (!st.isFile()) throw new LayoutError(`artifact ${from} is not a regular file`);
  if ((st.mode & 0o444) === 0o444) {
    try {
      await link(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EMLINK') throw err;
    }
  }
  await copyFile(from, to);
  await chmod(to, 0o644);
}
