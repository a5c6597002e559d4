import {
  MetricUnavailable,
  runAnalysis,
  type AnalysisResult,
  type Measurement,
} from '../analysis/analysis.js';
import {
  decideExperiment,
  experimentWithoutData,
  type ExperimentResult,
} from '../analysis/experiment.js';
import type { AnalysisVerdict } from '../analysis/judge.js';
import { providerFor, readArm } from '../analysis/providers.js';
import { StatsInputError } from '../analysis/stats.js';
import { ConfigError, describeError, GateError, ModelgateError, UsageError } from '../errors.js';
import type { LoadedManifest } from '../manifest/load.js';
import { checkVersion, type ModelState } from '../registry/model.js';
import { recordEvidence } from '../registry/index.js';
import type { Registry } from '../registry/registry.js';
import {
  renderAnalysisMarkdown,
  renderAnalysisText,
  renderExperimentMarkdown,
  renderExperimentText,
  renderMeasurementLine,
} from '../report/analysis.js';
import { cell } from '../report/format.js';
import { renderReport } from '../report/markdown.js';
import type { TransitionReport } from '../report/registry.js';
import { renderTransitionText, transitionReportModel } from '../report/registry.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { booleanOption, requireString, stringOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { loadManifests, openRegistryFor, provenance, registryOptions } from './registry-access.js';
import { handoffOutputs } from './handoff.js';
import { rollBack } from './rollback.js';
import { refuseRegistryWrite } from './write-guard.js';

/** The environment variable whose value, if set, is sent to Prometheus as a bearer token. */
const TOKEN_ENV = 'MODELGATE_PROMETHEUS_TOKEN';
const queryOptions = () =>
  process.env[TOKEN_ENV] ? { tokenEnv: TOKEN_ENV, env: process.env } : {};

export function makeAnalyzeCommand(): Command {
  return {
    name: 'analyze',
    summary:
      'Judge the canary against its baseline (the production gate), or production against its past',
    description:
      "Measures every metric of promotion.canary.analysis `count` times, `interval` apart: each metric's " +
      'samples over `window` (a JSON file, or range queries against the Prometheus HTTP API where {{model}}, ' +
      '{{version}} and {{baseline_version}} are filled in) are checked against min/max, and a metric with a ' +
      '`baseline` query against the production version over the same window (Mann-Whitney U in the bad ' +
      '`direction`, beyond max_increase_pct / max_decrease_pct). A weighted score gives each measurement pass, ' +
      'fail or inconclusive; failure_limit and inconclusive_limit end the run early. No data is never a pass. ' +
      'With --record the result (every measurement) is stored as evidence, which promote --to production ' +
      'requires; with auto_rollback a failing canary is aborted in the same run. --stage production judges ' +
      'the production version against its own previous window (monitoring); --experiment decides the A/B ' +
      'experiment of promotion.experiment between production and the canary. Exits 1 unless the verdict is pass.',
    options: [
      manifestOption,
      rootOption,
      {
        name: 'stage',
        kind: 'string',
        placeholder: 'STAGE',
        choices: ['canary', 'production'],
        default: 'canary',
        description:
          'canary: the canary against production. production: production against its own previous window.',
      },
      {
        name: 'experiment',
        kind: 'boolean',
        description:
          'Decide the A/B experiment (promotion.experiment) between production (A) and the canary (B).',
      },
      {
        name: 'version',
        kind: 'string',
        placeholder: 'V',
        description: 'The version to judge. Default: the version the stage holds in the registry.',
      },
      {
        name: 'record',
        kind: 'boolean',
        description:
          'Store the result in the registry as evidence (a canary analysis is what promote --to production checks).',
      },
      ...registryOptions,
      jsonOption,
    ],
    examples: [
      'modelgate analyze --record',
      'modelgate analyze --stage production',
      'modelgate analyze --experiment --record',
    ],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const stage = requireString(inv, 'stage') as 'canary' | 'production';
      const record = booleanOption(inv, 'record');
      const loadedAll = await loadManifests(inv, ctx);
      const rollsBack = loadedAll.some((l) =>
        stage === 'canary'
          ? l.manifest.promotion.canary.analysis?.auto_rollback
          : l.manifest.promotion.production.auto_rollback,
      );
      if (record || (rollsBack && !booleanOption(inv, 'experiment')))
        await refuseRegistryWrite(
          inv,
          ctx,
          record ? 'analyze --record' : 'analyze (auto_rollback)',
        );
      const registry = openRegistryFor(inv, ctx);
      if (booleanOption(inv, 'experiment')) {
        if (stage !== 'canary')
          throw new UsageError(
            '--experiment compares production with the canary; it takes no --stage production',
          );
        return experimentOutcome(
          await Promise.all(loadedAll.map((l) => runExperiment(l, registry, inv, ctx, record))),
        );
      }
      const results: AnalysisResult[] = [];
      const rollbacks: TransitionReport[] = [];
      const skipped: string[] = [];
      const failed: string[] = [];
      for (const loaded of loadedAll) {
        const model = loaded.manifest.model.name;
        try {
          const judged = await analyzeOne(loaded, registry, inv, ctx, stage, record);
          if ('skipped' in judged) {
            ctx.log.info(`${model}: ${judged.skipped}`);
            skipped.push(`${model}: ${judged.skipped}`);
            continue;
          }
          results.push(judged.result);
          if (judged.rollback) rollbacks.push(judged.rollback);
        } catch (err) {
          // Monitoring watches every model: one that cannot be judged must not blind the others.
          if (stage !== 'production' || !(err instanceof ModelgateError)) throw err;
          ctx.log.warn(`${model} was not judged: ${describeError(err)}`);
          failed.push(`${model}: ${describeError(err)}`);
        }
      }
      const verdict = overall([
        ...results.map((r) => r.verdict),
        ...failed.map(() => 'inconclusive' as const),
      ]);
      const rollbackMarkdown = (model: string) => {
        const own = rollbacks.filter((r) => r.model === model);
        return own.length ? renderReport(transitionReportModel(own)) : '';
      };
      return {
        exitCode: verdict === 'pass' ? 0 : 1,
        verdict: verdict === 'pass' ? 'pass' : 'fail',
        json: {
          verdict,
          models: results,
          ...(rollbacks.length ? { rollbacks } : {}),
          ...(skipped.length ? { skipped } : {}),
          ...(failed.length ? { errors: failed } : {}),
        },
        text: [
          ...skipped,
          ...failed.map((f) => `not judged: ${f}`),
          ...results.map(renderAnalysisText),
          ...(rollbacks.length ? [renderTransitionText(rollbacks)] : []),
        ].join('\n'),
        markdown: [
          ...results.map((r) => renderAnalysisMarkdown(r) + rollbackMarkdown(r.subject.model)),
          ...failed.map((f) => `Not judged: ${cell(f)}\n`),
        ].join('\n'),
        outputs: {
          verdict,
          model: results.map((r) => r.subject.model).join(','),
          version: results.map((r) => r.subject.version).join(','),
          stage,
          // An automatic rollback hands off as a rollback does: later steps apply its files.
          ...handoffOutputs(rollbacks),
        },
        findings: [],
        ...(stage === 'production'
          ? {
              monitoring: results.map((r) => ({
                model: r.subject.model,
                version: r.subject.version,
                verdict: r.verdict,
                markdown: renderAnalysisMarkdown(r) + rollbackMarkdown(r.subject.model),
              })),
            }
          : {}),
      };
    },
  };
}

/** Every model passed: pass; any failed: fail; else (no data somewhere): inconclusive. */
function overall(verdicts: readonly AnalysisVerdict[]): AnalysisVerdict {
  return verdicts.every((v) => v === 'pass')
    ? 'pass'
    : verdicts.includes('fail')
      ? 'fail'
      : 'inconclusive';
}

type Judged = { result: AnalysisResult; rollback?: TransitionReport } | { skipped: string };

async function analyzeOne(
  loaded: LoadedManifest,
  registry: Registry,
  inv: Invocation,
  ctx: CommandContext,
  stage: 'canary' | 'production',
  record: boolean,
): Promise<Judged> {
  const m = loaded.manifest;
  const spec = m.promotion.canary.analysis;
  if (!spec && stage === 'production') return { skipped: 'configures no analysis to monitor by' };
  if (!spec) {
    throw new ConfigError(
      `${loaded.shown} configures no canary analysis`,
      loaded.shown,
      'add promotion.canary.analysis (provider file or prometheus, and metrics with min/max or a baseline)',
    );
  }
  const state = await registry.state(m.model.name);
  const given = stringOption(inv, 'version');
  const version = given !== undefined ? checkVersion(given) : state.stages[stage]?.version;
  // Monitoring runs over every model on a schedule; one not released yet has nothing to judge.
  if (version === undefined && stage === 'production')
    return { skipped: 'nothing in production to monitor' };
  if (version === undefined) {
    throw new GateError(
      `the canary of ${m.model.name} runs no version`,
      'promote --to canary first, or pass --version',
    );
  }
  const production = state.stages.production?.version;
  const subject = {
    model: m.model.name,
    version,
    ...(stage === 'production'
      ? { baselineVersion: version }
      : production
        ? { baselineVersion: production }
        : {}),
  };
  const result = await runAnalysis(spec, providerFor(spec, loaded.dir, queryOptions()), subject, {
    mode: stage,
    onMeasurement: (meas: Measurement, count: number) =>
      ctx.log.info(`${m.model.name} ${version}: ${renderMeasurementLine(meas, count)}`),
  });
  if (record) {
    // Evidence is of the canary as it ran through the whole analysis: one that took a step (or
    // was replaced) meanwhile was judged partly on other traffic, and a pass must not count
    // for the new step.
    const now = (await registry.state(m.model.name)).stages[stage];
    const then = state.stages[stage];
    if (now?.revision !== then?.revision)
      throw new GateError(
        `the ${stage} of ${m.model.name} changed during the analysis (revision ${then?.revision ?? 'none'} → ${now?.revision ?? 'none'}): nothing recorded`,
        'run analyze again, on the stage as it is now',
      );
    const weight =
      state.stages.canary?.version === version ? state.stages.canary.weight : undefined;
    // A production analysis is monitoring, not the canary's gate: another kind of evidence.
    const kind = stage === 'canary' ? `analysis-${weight ?? 0}` : 'monitor';
    await recordVerdict(registry, ctx, m.model.name, version, kind, result);
  }
  const auto = stage === 'canary' ? spec.auto_rollback : m.promotion.production.auto_rollback;
  // Only a failure is evidence against the version: an inconclusive run rolls nothing back.
  if (!auto || result.verdict !== 'fail') return { result };
  const why =
    stage === 'canary'
      ? `automatic rollback: the canary analysis of ${version} failed: ${result.reason}`
      : `automatic rollback: production monitoring of ${version} failed: ${result.reason}`;
  if (stage === 'production' && (await restoredByRollback(registry, state))) {
    // Failing again after a rollback points away from the version: an outage upstream would
    // otherwise walk production back one release per monitoring run.
    ctx.log.warn(
      `${m.model.name} ${version} was itself restored by a rollback: not rolling back further automatically`,
    );
    return { result };
  }
  ctx.log.warn(why);
  const rollback = await rollBack(loaded, registry, ctx, stage, why, version);
  return { result, rollback };
}

async function restoredByRollback(registry: Registry, state: ModelState): Promise<boolean> {
  const at = state.stages.production;
  return (
    at !== undefined && (await registry.event(state.model, at.revision)).change.type === 'rollback'
  );
}

async function runExperiment(
  loaded: LoadedManifest,
  registry: Registry,
  inv: Invocation,
  ctx: CommandContext,
  record: boolean,
): Promise<ExperimentResult> {
  const m = loaded.manifest;
  const spec = m.promotion.experiment;
  if (!spec)
    throw new ConfigError(
      `${loaded.shown} configures no experiment`,
      loaded.shown,
      'add promotion.experiment (provider, and a metric of kind proportion or mean)',
    );
  const state = await registry.state(m.model.name);
  const a = state.stages.production?.version;
  const given = stringOption(inv, 'version');
  const b = given !== undefined ? checkVersion(given) : state.stages.canary?.version;
  if (a === undefined || b === undefined)
    throw new GateError(
      `an experiment of ${m.model.name} needs a version in production (A) and one in the canary (B); production holds ${a ?? 'nothing'}, the canary ${b ?? 'nothing'}`,
      'promote the challenger --to canary at the split the experiment should get',
    );
  const now = new Date();
  const options = queryOptions();
  let result: ExperimentResult;
  try {
    result = decideExperiment(
      spec,
      m.model.name,
      {
        version: a,
        data: await readArm(spec, loaded.dir, { model: m.model.name, version: a }, now, options),
      },
      {
        version: b,
        data: await readArm(spec, loaded.dir, { model: m.model.name, version: b }, now, options),
      },
    );
  } catch (err) {
    // An arm that cannot be read yet is no evidence either way, as a metric without data is in
    // the canary analysis: inconclusive, never promoted, reported beside the other models.
    if (!(err instanceof MetricUnavailable) && !(err instanceof StatsInputError)) throw err;
    result = experimentWithoutData(
      spec,
      m.model.name,
      `${err.message} (check promotion.experiment and that both arms receive traffic)`,
    );
  }
  ctx.log.info(`${m.model.name}: ${result.message}`);
  if (record) await recordVerdict(registry, ctx, m.model.name, b, 'experiment', result);
  return result;
}

/**
 * Stores an analysis's or an experiment's result as evidence of `version`, every run anew:
 * production reads the newest analysis of any step by its time, so a rerun that failed again
 * must be newer than a pass recorded at another step since. Inconclusive is not a pass: it
 * never promotes.
 */
async function recordVerdict(
  registry: Registry,
  ctx: CommandContext,
  model: string,
  version: string,
  kind: string,
  result: { verdict: AnalysisVerdict },
): Promise<void> {
  const published = await registry.publishedVersion(model, version);
  if (!published)
    throw new GateError(`${model} ${version} is not published`, 'run modelgate publish first');
  await recordEvidence(registry, model, version, kind, {
    verdict: result.verdict === 'pass' ? 'pass' : 'fail',
    artifacts: published.artifacts.map((a) => ({ path: a.path, sha256: a.sha256 })),
    details: result,
    recorded: provenance(ctx),
    everyRun: true,
  });
}

function experimentOutcome(results: readonly ExperimentResult[]): CommandOutcome {
  const verdict = overall(results.map((r) => r.verdict));
  return {
    exitCode: verdict === 'pass' ? 0 : 1,
    verdict: verdict === 'pass' ? 'pass' : 'fail',
    json: { verdict, experiments: results },
    text: results.map(renderExperimentText).join('\n'),
    markdown: results.map(renderExperimentMarkdown).join('\n'),
    outputs: {
      verdict,
      model: results.map((r) => r.model).join(','),
      version: results.map((r) => r.winner ?? '').join(','),
    },
    findings: [],
  };
}
