import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { ScanFinding } from '../artifacts/content.js';
import type { ScannedFile, ScanReport, SkippedPath } from '../artifacts/scan-report.js';
import type { ArtifactVerdict, ScanPolicy } from '../artifacts/inspect.js';
import { scanFile, toFindings } from '../artifacts/scan.js';
import { sha256File, type Digest } from '../digest.js';
import { ConfigError } from '../errors.js';
import { renderReport } from '../report/markdown.js';
import { renderScanText, scanReportModel } from '../report/scan.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { booleanOption, stringOption } from './command.js';
import { jsonOption } from './common.js';
import { progressReporter } from './progress.js';

/**
 * Folders listed as skipped rather than scanned: git's object store holds compressed,
 * delta-encoded history that no model loader reads. Every other folder is scanned, dot-folders,
 * `node_modules` and `.modelgate` included: a loader reads a model from wherever it is pointed.
 */
const SKIPPED_DIRS: ReadonlyMap<string, string> = new Map([
  ['.git', 'version control: git history, which model loaders do not read'],
]);

interface Target {
  /** The path as walked: a followed link is scanned under its own name. */
  absolute: string;
  hint?: 'tf-savedmodel';
  /** An entry judged without being opened (a link leaving the root, a FIFO): its format and finding. */
  entry?: { format: string; finding: ScanFinding };
}

/** What `filesUnder` found: files to scan, entries judged as they are, folders not entered. */
interface Walk {
  targets: Target[];
  /** `sameAs`: the path a folder reached twice was scanned under. */
  skipped: { absolute: string; reason: string; sameAs?: string }[];
}

/** The `loader` of findings about the walk itself rather than a file's bytes. */
const WALK_LOADER = 'scan';

/** Entries that are neither files, folders nor links: opening a FIFO blocks, a device never ends. */
function specialKind(st: Stats | Dirent): string | undefined {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'char-device';
  if (st.isBlockDevice()) return 'block-device';
  return undefined;
}

function special(absolute: string, kind: string): Target {
  const what = {
    fifo: 'a FIFO (named pipe)',
    socket: 'a socket',
    'char-device': 'a character device',
    'block-device': 'a block device',
  }[kind];
  return {
    absolute,
    entry: {
      format: kind,
      finding: {
        verdict: 'error',
        rule: 'not-regular-file',
        message: `${what ?? kind}, not opened (reading it can block or never end), so what a loader would read from it is unknown`,
        loader: WALK_LOADER,
      },
    },
  };
}

function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The files under `path`, depth first in name order at each level; SavedModel graphs are
 * marked by their folder. Symbolic links are followed when they resolve inside the scanned
 * folder; a folder already entered by its real path (a link to an ancestor, to `/` inside the
 * root, or a second path to one folder) is listed as skipped, so cycles end. A link resolving
 * outside the root is `unsafe` and not followed: a loader would read whatever that path holds on
 * its machine, which no scan of this folder vouches for (as a zip member that is a link is). A
 * dangling link, a FIFO, a socket or a device is an `error` entry, never opened.
 */
async function filesUnder(path: string): Promise<Walk> {
  const st = await stat(path);
  if (st.isFile()) return { targets: [{ absolute: path }], skipped: [] };
  // Named by the user: a FIFO or a device would block the scan or never end.
  if (!st.isDirectory())
    throw Object.assign(new Error('not a regular file or folder'), { code: 'ENOTREG' });
  const root = await realpath(path);
  const walk: Walk = { targets: [], skipped: [] };
  const entered = new Map<string, string>([[root, path]]);
  await walkFolder(path, root, root, entered, walk);
  return walk;
}

async function walkFolder(
  dir: string,
  realDir: string,
  root: string,
  entered: Map<string, string>,
  walk: Walk,
): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const savedModel = entries.some((e) => e.isFile() && e.name === 'saved_model.pb');
  const file = (absolute: string, name: string): Target => ({
    absolute,
    hint: savedModel && name === 'saved_model.pb' ? 'tf-savedmodel' : undefined,
  });
  const folder = async (absolute: string, real: string, how: string) => {
    const first = entered.get(real);
    if (first !== undefined) {
      walk.skipped.push({ absolute, reason: how, sameAs: first });
      return;
    }
    entered.set(real, absolute);
    await walkFolder(absolute, real, root, entered, walk);
  };
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isSymbolicLink()) {
      const target = await readlink(full);
      let real: string;
      let st: Stats;
      try {
        real = await realpath(full);
        st = await stat(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        walk.targets.push({
          absolute: full,
          entry: {
            format: 'symlink',
            finding: {
              verdict: 'error',
              rule: 'symlink-dangling',
              message: `a symbolic link to ${JSON.stringify(target)}, which ${code === 'ELOOP' ? 'loops back on itself' : 'does not exist'}: what a loader would read there is unknown`,
              loader: WALK_LOADER,
            },
          },
        });
        continue;
      }
      if (!isInside(root, real)) {
        walk.targets.push({
          absolute: full,
          entry: {
            format: 'symlink',
            finding: {
              verdict: 'unsafe',
              rule: 'symlink-outside-root',
              message: `a symbolic link to ${JSON.stringify(target)} (${real}), outside the scanned folder: a loader would read whatever that path holds on its machine, which this scan does not read`,
              loader: WALK_LOADER,
            },
          },
        });
        continue;
      }
      if (st.isDirectory()) await folder(full, real, 'a symbolic link to');
      else if (st.isFile()) walk.targets.push(file(full, e.name));
      else walk.targets.push(special(full, specialKind(st) ?? 'special'));
      continue;
    }
    if (e.isDirectory()) {
      const reason = SKIPPED_DIRS.get(e.name);
      if (reason !== undefined) walk.skipped.push({ absolute: full, reason });
      else await folder(full, join(realDir, e.name), 'the same folder as');
      continue;
    }
    if (e.isFile()) {
      walk.targets.push(file(full, e.name));
      continue;
    }
    const kind = specialKind(e);
    if (kind !== undefined) {
      walk.targets.push(special(full, kind));
      continue;
    }
    // The file system did not say what the entry is: ask it.
    const st = await lstat(full);
    if (st.isFile()) walk.targets.push(file(full, e.name));
    else if (st.isDirectory()) await folder(full, join(realDir, e.name), 'the same folder as');
    else walk.targets.push(special(full, specialKind(st) ?? 'special'));
  }
}

/** `--allow-global a.B --allow-global c.D` or `a.B,c.D`; the action input may also be one name per line. */
function allowList(inv: Invocation): string[] {
  return (stringOption(inv, 'allow-global') ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function scanPaths(
  paths: readonly string[],
  policy: ScanPolicy,
  ctx: CommandContext,
): Promise<ScanReport> {
  const targets: Target[] = [];
  const skipped: SkippedPath[] = [];
  for (const p of paths) {
    const abs = resolve(ctx.cwd, p);
    try {
      const walk = await filesUnder(abs);
      targets.push(...walk.targets);
      const shown = (a: string) => relative(ctx.cwd, a) || '.';
      for (const s of walk.skipped)
        skipped.push({
          path: shown(s.absolute),
          reason: s.sameAs ? `${s.reason} ${shown(s.sameAs)}, scanned there` : s.reason,
        });
    } catch (err) {
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      throw new ConfigError(
        `cannot scan ${p}: ${missing ? 'no such file or folder' : (err as Error).message}`,
        p,
        'give files or folders that exist',
      );
    }
  }
  const progress = progressReporter(ctx.log);
  const files: ScannedFile[] = [];
  for (const t of targets) {
    const shown = relative(ctx.cwd, t.absolute) || basename(t.absolute);
    if (t.entry) {
      files.push({
        path: shown,
        format: t.entry.format,
        verdict: t.entry.finding.verdict,
        findings: toFindings([t.entry.finding], shown, policy),
      });
      continue;
    }
    let hashed: { digest: Digest; size: number };
    try {
      hashed = await sha256File(t.absolute, (done, total) => progress(shown, done, total));
    } catch (err) {
      throw new ConfigError(`cannot read ${shown}: ${(err as Error).message}`, shown);
    }
    const r = await scanFile(t.absolute, policy, t.hint);
    files.push({
      path: shown,
      format: r.format,
      size: hashed.size,
      sha256: hashed.digest,
      verdict: r.verdict,
      findings: toFindings(r.findings, shown, policy),
    });
  }
  const failing = (v: ArtifactVerdict) =>
    v === 'unsafe' || v === 'error' || (policy.pickle === 'strict' && v === 'suspicious');
  return {
    verdict: files.some((f) => failing(f.verdict)) ? 'fail' : 'pass',
    policy: policy.pickle,
    files,
    skipped,
  };
}

export function scanJson(report: ScanReport): Record<string, unknown> {
  return {
    verdict: report.verdict,
    files: report.files.map((f) => ({
      path: f.path,
      format: f.format,
      size: f.size,
      sha256: f.sha256,
      verdict: f.verdict,
      findings: f.findings.map(({ severity, rule, message, global, loader, member }) => ({
        severity,
        rule,
        message,
        ...(global ? { global } : {}),
        ...(loader ? { loader } : {}),
        ...(member ? { member } : {}),
      })),
    })),
    ...(report.skipped.length ? { skipped: report.skipped } : {}),
  };
}

export function makeScanCommand(): Command {
  return {
    name: 'scan',
    summary: 'Sniff, digest and security-scan model files or folders',
    description:
      "Decides each file's format from its bytes (pickle, PyTorch, joblib, NumPy, safetensors, ONNX, GGUF, " +
      'HDF5, Keras, SavedModel, zip, compressed streams) and reads it as every loader that could be pointed ' +
      'at it would (pickle.load, joblib.load, torch.load, numpy.load, …), walking every pickle opcode by ' +
      'opcode inside archives too. A pickle may import only objects on the allow-list generated from real ' +
      'scikit-learn, numpy, scipy, pandas, torch and xgboost models, plus --allow-global names. A file is ' +
      'safe, unsafe (imports or calls what is not proven safe, or can run code when loaded), error (cannot ' +
      'be read completely, so cannot be proven safe), or suspicious (an unknown class, only under ' +
      '--warn-unknown-classes). Exits 1 when any file is unsafe or error.',
    options: [
      {
        name: 'warn-unknown-classes',
        kind: 'boolean',
        description:
          'Only warn on a global that is not on the allow-list when it is instantiated as a class and never called as a function (as security.pickle: warn-unknown-classes does in validate). Unknown functions still fail.',
      },
      {
        name: 'strict',
        kind: 'boolean',
        description:
          'Fail on anything not proven safe. This is the default; the flag is kept for scripts written for earlier versions.',
      },
      {
        name: 'allow-global',
        kind: 'string',
        placeholder: 'NAME',
        repeatable: true,
        description:
          'A pickle global (module.name) to treat as safe; repeat the flag or separate names with commas. Never overrides the deny-list.',
      },
      jsonOption,
    ],
    positionals: {
      name: 'PATH',
      description: 'Files or folders to scan; folders are walked.',
      required: true,
    },
    examples: [
      'modelgate scan model.pkl',
      'modelgate scan models/ --json',
      'modelgate scan model.pkl --warn-unknown-classes',
      'modelgate scan model.pt --allow-global mypkg.Scaler',
    ],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      if (booleanOption(inv, 'strict') && booleanOption(inv, 'warn-unknown-classes'))
        throw new ConfigError(
          '--strict and --warn-unknown-classes contradict each other',
          '--warn-unknown-classes',
          'give one of them (strict is the default)',
        );
      const lenient = booleanOption(inv, 'warn-unknown-classes');
      const report = await scanPaths(
        inv.positionals,
        { pickle: lenient ? 'warn-unknown-classes' : 'strict', allowGlobals: allowList(inv) },
        ctx,
      );
      const model = scanReportModel(report, inv.positionals);
      return {
        exitCode: report.verdict === 'pass' ? 0 : 1,
        verdict: report.verdict,
        json: scanJson(report),
        text: renderScanText(report),
        markdown: renderReport(model),
        report: model,
        outputs: { verdict: report.verdict },
        findings: report.files.flatMap((f) => f.findings),
      };
    },
  };
}
