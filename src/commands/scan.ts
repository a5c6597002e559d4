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
  strict: boolean;
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
    strict: policy.pickle === 'strict',
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
      findings: f.findings.map(({ severity, rule, message, global }) => ({
        severity,
        rule,
        message,
        ...(global ? { global } : {}),
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
      'HDF5, Keras, SavedModel, zip), walks every pickle opcode by opcode (inside archives too) and checks ' +
      'the headers of structured formats. A file is safe, suspicious (imports something not known to be a ' +
      'model type), unsafe (can run code when loaded) or error (cannot be read completely, so cannot be ' +
      'proven safe). Exits 1 when any file is unsafe or error, or suspicious with --strict.',
    options: [
      {
        name: 'strict',
        kind: 'boolean',
        description: 'Fail on suspicious files too (as security.pickle: strict does in validate).',
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
      'modelgate scan models/ --strict --json',
      'modelgate scan model.pt --allow-global mypkg.Scaler',
    ],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const strict = booleanOption(inv, 'strict');
      const report = await scanPaths(
        inv.positionals,
        { pickle: strict ? 'strict' : 'standard', allowGlobals: allowList(inv) },
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
