import type { ArtifactResult } from '../artifacts/check.js';
import { checkArtifacts } from '../artifacts/check.js';
import type { Inspector } from '../artifacts/inspect.js';
import { InfraError } from '../errors.js';
import { hasErrors, type Finding, type Verdict } from '../findings.js';
import { loadManifest, type LoadedManifest } from '../manifest/load.js';
import { selectManifests } from '../manifest/select.js';
import { productionBaseline, type VersionRecord } from '../registry/index.js';
import { renderReport } from '../report/markdown.js';
import { renderValidateText, validateReportModel } from '../report/validate.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { booleanOption, requireString, stringOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { progressReporter } from './progress.js';
import {
  openRegistryFor,
  recordOption,
  recordValidation,
  registryOptions,
} from './registry-access.js';
import { refuseRegistryWrite } from './write-guard.js';

export interface ModelValidation {
  manifest: string;
  model?: string;
  version?: string;
  verdict: Verdict;
  /** Findings about the manifest itself and the model as a whole. */
  findings: Finding[];
  artifacts: ArtifactResult[];
  loaded?: LoadedManifest;
}

export interface ValidateReport {
  verdict: Verdict;
  models: ModelValidation[];
}

export interface ValidateOptions {
  manifest: string;
  root?: string;
  inspect?: Inspector;
}

/** Validates one manifest and its artifacts. Never throws for a bad manifest: it reports it. */
export async function validateOne(
  path: string,
  opts: ValidateOptions,
  ctx: CommandContext,
): Promise<ModelValidation> {
  const result = await loadManifest(path, { cwd: ctx.cwd, root: opts.root });
  const out: ModelValidation = {
    manifest: result.shown,
    verdict: 'fail',
    findings: [...result.findings],
    artifacts: [],
  };
  if (!result.loaded) return out;
  const loaded = result.loaded;
  out.loaded = loaded;
  out.model = loaded.manifest.model.name;
  out.version = loaded.manifest.model.version;
  const checked = await checkArtifacts(loaded, {
    inspect: opts.inspect,
    onProgress: progressReporter(ctx.log),
  });
  out.artifacts = checked.artifacts;
  out.findings.push(...checked.findings);
  const failed =
    hasErrors(out.findings) ||
    checked.artifacts.some(
      (a) => hasErrors(a.findings) || a.verdict === 'error' || a.verdict === 'unsafe',
    );
  out.verdict = failed ? 'fail' : 'pass';
  return out;
}

export async function validateModels(
  opts: ValidateOptions,
  ctx: CommandContext,
): Promise<ValidateReport> {
  const files = await selectManifests(opts.manifest, ctx.cwd);
  const models: ModelValidation[] = [];
  for (const f of files) models.push(await validateOne(f, opts, ctx));
  return { verdict: models.every((m) => m.verdict === 'pass') ? 'pass' : 'fail', models };
}

export function allFindings(report: ValidateReport): Finding[] {
  return report.models.flatMap((m) => [...m.findings, ...m.artifacts.flatMap((a) => a.findings)]);
}

export function validateJson(report: ValidateReport): Record<string, unknown> {
  return {
    verdict: report.verdict,
    models: report.models.map((m) => ({
      manifest: m.manifest,
      model: m.model,
      version: m.version,
      verdict: m.verdict,
      findings: m.findings,
      artifacts: m.artifacts.map((a) => ({
        path: a.shown,
        format: a.format,
        size: a.size,
        sha256: a.sha256,
        verdict: a.verdict,
        findings: a.findings,
      })),
    })),
  };
}

/**
 * The version each model has in production, which the report compares artifacts and
 * signature with. Validation does not depend on it, so a registry that cannot be read only
 * leaves the comparison out, with a warning (a fork's pull request has no credentials).
 */
async function productionVersions(
  report: ValidateReport,
  inv: Invocation,
  ctx: CommandContext,
): Promise<Map<string, VersionRecord>> {
  const out = new Map<string, VersionRecord>();
  const names = report.models.flatMap((m) => (m.model ? [m.model] : []));
  if (names.length === 0) return out;
  const registry = openRegistryFor(inv, ctx);
  try {
    for (const name of names) {
      const version = await productionBaseline(registry, name);
      if (version) out.set(name, version);
    }
  } catch (err) {
    if (!(err instanceof InfraError)) throw err;
    ctx.log.warn(`not compared with production: the registry could not be read: ${err.message}`);
  }
  return out;
}

export function makeValidateCommand(deps: { inspect?: Inspector } = {}): Command {
  return {
    name: 'validate',
    summary: 'Check the manifest, the artifacts, their digests and their contents',
    description:
      'Reads the deploy manifest (schema, paths, samples, targets), then every artifact it names: ' +
      "present, inside the repository, its sha256 equal to the manifest's where given (streamed, " +
      'so memory stays flat), within serving.max_artifact_mb, and scanned by content. ' +
      'Every problem names the file, line and column. Exits 1 when any error is found.',
    options: [manifestOption, rootOption, recordOption, ...registryOptions, jsonOption],
    examples: [
      'modelgate validate',
      'modelgate validate --manifest "models/*/modelgate.yaml" --json',
    ],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const record = booleanOption(inv, 'record');
      if (record) await refuseRegistryWrite(inv, ctx, 'validate --record');
      const report = await validateModels(
        {
          manifest: requireString(inv, 'manifest'),
          root: stringOption(inv, 'root'),
          inspect: deps.inspect,
        },
        ctx,
      );
      if (record) await recordValidation(report, inv, ctx);
      const model = validateReportModel(report, await productionVersions(report, inv, ctx));
      return {
        exitCode: report.verdict === 'pass' ? 0 : 1,
        verdict: report.verdict,
        json: validateJson(report),
        text: renderValidateText(report),
        markdown: renderReport(model),
        report: model,
        outputs: {
          verdict: report.verdict,
          // One entry per manifest in both, so that the n-th model goes with the n-th version.
          model: report.models.map((m) => m.model ?? '').join(','),
          version: report.models.map((m) => m.version ?? '').join(','),
        },
        findings: allFindings(report),
      };
    },
  };
}
