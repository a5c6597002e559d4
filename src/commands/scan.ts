import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { ScanPolicy } from '../artifacts/inspect.js';
import type { ArtifactVerdict } from '../artifacts/inspect.js';
import { scanFile, toFindings } from '../artifacts/scan.js';
import { sha256File, type Digest } from '../digest.js';
import { ConfigError } from '../errors.js';
import type { Finding, Verdict } from '../findings.js';
import { renderReport } from '../report/markdown.js';
import { renderScanText, scanReportModel } from '../report/scan.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { booleanOption, stringOption } from './command.js';
import { jsonOption } from './common.js';
import { progressReporter } from './progress.js';

export interface ScannedFile {
  path: string;
  format: string;
  size: number;
  sha256: Digest;
  verdict: ArtifactVerdict;
  findings: Finding[];
}

export interface ScanReport {
  verdict: Verdict;
  /** The pickle policy the verdicts were reached under. */
  policy: ScanPolicy['pickle'];
  files: ScannedFile[];
}

/** Folders never worth scanning: version control and installed packages. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.modelgate']);

interface Target {
  absolute: string;
  hint?: 'tf-savedmodel';
}

/** The files under `path`, in a stable order; SavedModel graphs are marked by their folder. */
async function filesUnder(path: string): Promise<Target[]> {
  const st = await stat(path);
  if (st.isFile()) return [{ absolute: path }];
  // A FIFO or a device would block the scan or never end.
  if (!st.isDirectory())
    throw Object.assign(new Error('not a regular file or folder'), { code: 'ENOTREG' });
  const out: Target[] = [];
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  );
  const savedModel = entries.some((e) => e.isFile() && e.name === 'saved_model.pb');
  for (const e of entries) {
    const full = join(path, e.name);
    // Symbolic links are not followed: a link to `/` or to its own parent must not hang a scan.
    if (e.isDirectory() && !SKIPPED_DIRS.has(e.name)) out.push(...(await filesUnder(full)));
    else if (e.isFile())
      out.push({
        absolute: full,
        hint: savedModel && e.name === 'saved_model.pb' ? 'tf-savedmodel' : undefined,
      });
  }
  return out;
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
  for (const p of paths) {
    const abs = resolve(ctx.cwd, p);
    try {
      targets.push(...(await filesUnder(abs)));
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
      findings: f.findings.map(({ severity, rule, message, global, loader }) => ({
        severity,
        rule,
        message,
        ...(global ? { global } : {}),
        ...(loader ? { loader } : {}),
      })),
    })),
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
