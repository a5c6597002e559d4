import { checkArtifacts } from '../artifacts/check.js';
import type { Inspector } from '../artifacts/inspect.js';
import { InfraError } from '../errors.js';
import { hasErrors, type Finding, type Verdict } from '../findings.js';
import { loadManifest, type LoadedManifest } from '../manifest/load.js';
import { selectManifests } from '../manifest/select.js';
import { productionBaseline, type VersionRecord } from '../registry/index.js';
import { diffArtifacts, diffSignature, type ProductionVersion } from '../report/diff.js';
import { renderReport } from '../report/markdown.js';
import type { SignatureChange } from '../report/model.js';
import type { ModelValidation, ValidateReport } from '../validation.js';
import {
  artifactRows,
  renderValidateText,
  validateJson,
  validateReportModel,
} from '../report/validate.js';
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
  out.verdict = verdictOf(out);
  return out;
}

function verdictOf(m: ModelValidation): Verdict {
  const failed =
    hasErrors(m.findings) ||
    m.artifacts.some(
      (a) => hasErrors(a.findings) || a.verdict === 'error' || a.verdict === 'unsafe',
    );
  return failed ? 'fail' : 'pass';
}

function overall(models: readonly ModelValidation[]): Verdict {
  return models.every((m) => m.verdict === 'pass') ? 'pass' : 'fail';
}

/**
 * Validates every manifest `opts.manifest` selects (a path or a glob). Throws only when the
 * selection itself fails (a ConfigError: no such file, a glob that matches nothing).
 */
export async function validateModels(
  opts: ValidateOptions,
  ctx: CommandContext,
): Promise<ValidateReport> {
  const files = await selectManifests(opts.manifest, ctx.cwd);
  const models: ModelValidation[] = [];
  for (const f of files) models.push(await validateOne(f, opts, ctx));
  return { verdict: overall(models), models };
}

const SIDE = { input: 'inputs', output: 'outputs' } as const;

/** A breaking change as a finding at the manifest's line for it (the signature, if removed). */
function breakingFinding(
  c: SignatureChange,
  against: string,
  loaded: LoadedManifest,
  policy: 'warn' | 'fail',
): Finding {
  const declared = loaded.manifest.model.signature?.[SIDE[c.side]] ?? [];
  const i = declared.findIndex((t) => t.name === c.name);
  const path: (string | number)[] = ['model', 'signature', SIDE[c.side]];
  if (i >= 0) path.push(i, ...(c.kind === 'dtype' || c.kind === 'shape' ? [c.kind] : []));
  const what =
    c.kind === 'removed'
      ? `is removed (production ${against} has ${c.before})`
      : c.kind === 'added'
        ? `is new (${c.after}): callers written against production ${against} do not send it`
        : `changes ${c.kind} against production ${against}: ${c.before} → ${c.after}`;
  const then =
    policy === 'fail'
      ? 'compatibility.breaking_changes: fail makes this fail the check'
      : 'set compatibility.breaking_changes: fail to make this fail the check';
  return {
    severity: policy === 'fail' ? 'error' : 'warning',
    rule: 'signature-breaking-change',
    message: `breaking change: ${c.side} \`${c.name}\` ${what} (${then})`,
    location: loaded.map.locate(path),
  };
}

/**
 * A side of the signature production declares and this version no longer does: nothing about
 * it can be compared, so callers written against production are not known to still work.
 */
function undeclaredFinding(
  side: 'inputs' | 'outputs',
  against: string,
  loaded: LoadedManifest,
  policy: 'warn' | 'fail',
): Finding {
  const declared = loaded.manifest.model.signature;
  return {
    severity: policy === 'fail' ? 'error' : 'warning',
    rule: 'signature-breaking-change',
    message: `breaking change: model.signature no longer declares its ${side} (production ${against} does): they cannot be compared, so nothing shows that callers still work (${
      policy === 'fail'
        ? 'compatibility.breaking_changes: fail makes this fail the check'
        : 'set compatibility.breaking_changes: fail to make this fail the check'
    })`,
    location: loaded.map.locate(declared ? ['model', 'signature'] : ['model']),
  };
}

/**
 * Compares each model whose manifest loaded with the version `production` holds for it (by
 * model name), in place: the comparison, a finding per breaking signature change, and the
 * verdicts again (a breaking change fails under `compatibility.breaking_changes: fail`).
 */
export function compareWithProduction(
  report: ValidateReport,
  production: ReadonlyMap<string, ProductionVersion>,
  unreadable?: string,
): ValidateReport {
  for (const m of report.models) {
    if (!m.loaded) continue;
    const policy = m.loaded.manifest.compatibility.breaking_changes ?? 'warn';
    // Under `fail` a comparison that could not be made cannot pass: nothing was proven.
    if (unreadable !== undefined && policy === 'fail') {
      m.findings.push({
        severity: 'error',
        rule: 'signature-not-compared',
        message: `compatibility.breaking_changes: fail needs the comparison with production, and the registry could not be read: ${unreadable}`,
        location: m.loaded.map.locate(['compatibility', 'breaking_changes']),
      });
      m.verdict = verdictOf(m);
      continue;
    }
    const prod = m.model === undefined ? undefined : production.get(m.model);
    if (!prod) continue;
    const declared = m.loaded.manifest.model.signature;
    for (const side of ['inputs', 'outputs'] as const)
      if (prod.signature?.[side] && !declared?.[side])
        m.findings.push(undeclaredFinding(side, prod.version, m.loaded, policy));
    const signature =
      prod.signature && declared
        ? diffSignature(prod.signature, declared, prod.version)
        : undefined;
    const rows = artifactRows(m);
    m.production = {
      version: prod.version,
      signature,
      artifacts: diffArtifacts(
        rows,
        prod.artifacts,
        m.artifacts.map((a) => a.path),
      ),
      breaking: policy,
    };
    for (const c of signature?.changes ?? [])
      if (c.breaking) m.findings.push(breakingFinding(c, prod.version, m.loaded, policy));
    m.verdict = verdictOf(m);
  }
  report.verdict = overall(report.models);
  return report;
}

export function allFindings(report: ValidateReport): Finding[] {
  return report.models.flatMap((m) => [...m.findings, ...m.artifacts.flatMap((a) => a.findings)]);
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
): Promise<{ versions: Map<string, VersionRecord>; unreadable?: string }> {
  const out = new Map<string, VersionRecord>();
  const names = report.models.flatMap((m) => (m.model ? [m.model] : []));
  if (names.length === 0) return { versions: out };
  const registry = openRegistryFor(inv, ctx);
  try {
    for (const name of names) {
      const version = await productionBaseline(registry, name);
      if (version) out.set(name, version);
    }
  } catch (err) {
    if (!(err instanceof InfraError)) throw err;
    ctx.log.warn(`not compared with production: the registry could not be read: ${err.message}`);
    return { versions: out, unreadable: err.message };
  }
  return { versions: out };
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
      const production = await productionVersions(report, inv, ctx);
      compareWithProduction(report, production.versions, production.unreadable);
      // After the comparison: the verdict recorded is the one this run reports.
      if (record) await recordValidation(report, inv, ctx);
      const model = validateReportModel(report);
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
