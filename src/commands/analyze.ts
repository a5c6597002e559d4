import { analyzeCanary, type AnalysisResult } from '../analysis/analysis.js';
import { providerFor } from '../analysis/providers.js';
import { ConfigError, GateError } from '../errors.js';
import { checkVersion } from '../registry/model.js';
import { recordEvidence } from '../registry/index.js';
import { renderAnalysisMarkdown, renderAnalysisText } from '../report/analysis.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { booleanOption, stringOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { loadManifests, openRegistryFor, provenance, registryOptions } from './registry-access.js';
import { refuseRegistryWrite } from './write-guard.js';

export function makeAnalyzeCommand(): Command {
  return {
    name: 'analyze',
    summary: 'Judge the canary against promotion.canary.analysis (the production gate)',
    description:
      "Reads every metric of the manifest's promotion.canary.analysis for the version the canary runs (a JSON " +
      'file, or instant queries against the Prometheus HTTP API where {{model}} and {{version}} stand for the ' +
      'canary) and checks each against its min/max. A metric with no data, several series or an unreachable ' +
      'server fails: a canary that saw no traffic has proven nothing. With --record the result is stored as ' +
      'analysis evidence, which promote --to production requires. Exits 1 when the analysis fails.',
    options: [
      manifestOption,
      rootOption,
      {
        name: 'version',
        kind: 'string',
        placeholder: 'V',
        description: 'The version to judge. Default: the version the canary holds in the registry.',
      },
      {
        name: 'record',
        kind: 'boolean',
        description:
          'Store the result in the registry as analysis evidence (what promote --to production checks).',
      },
      ...registryOptions,
      jsonOption,
    ],
    examples: ['modelgate analyze', 'modelgate analyze --record'],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const record = booleanOption(inv, 'record');
      if (record) await refuseRegistryWrite(inv, ctx, 'analyze --record');
      const registry = openRegistryFor(inv, ctx);
      const results: AnalysisResult[] = [];
      for (const loaded of await loadManifests(inv, ctx)) {
        const m = loaded.manifest;
        const analysis = m.promotion.canary.analysis;
        if (!analysis) {
          throw new ConfigError(
            `${loaded.shown} configures no canary analysis`,
            loaded.shown,
            'add promotion.canary.analysis (provider file or prometheus, and metrics with min/max)',
          );
        }
        const state = await registry.state(m.model.name);
        const given = stringOption(inv, 'version');
        const version = given !== undefined ? checkVersion(given) : state.stages.canary?.version;
        if (version === undefined) {
          throw new GateError(
            `the canary of ${m.model.name} runs no version`,
            'promote --to canary first, or pass --version',
          );
        }
        const result = await analyzeCanary(analysis, providerFor(analysis, loaded.dir), {
          model: m.model.name,
          version,
        });
        results.push(result);
        if (record) {
          const published = await registry.publishedVersion(m.model.name, version);
          if (!published)
            throw new GateError(
              `${m.model.name} ${version} is not published`,
              'run modelgate publish first',
            );
          const weight =
            state.stages.canary?.version === version ? state.stages.canary.weight : undefined;
          await recordEvidence(registry, m.model.name, version, `analysis-${weight ?? 0}`, {
            verdict: result.verdict,
            artifacts: published.artifacts.map((a) => ({ path: a.path, sha256: a.sha256 })),
            details: result,
            recorded: provenance(ctx),
            // Production reads the newest analysis of any step by its time: a rerun that
            // failed again must be newer than a pass recorded at another step since.
            everyRun: true,
          });
        }
      }
      const verdict = results.every((r) => r.verdict === 'pass') ? 'pass' : 'fail';
      return {
        exitCode: verdict === 'pass' ? 0 : 1,
        verdict,
        json: { verdict, models: results },
        text: results.map(renderAnalysisText).join('\n'),
        markdown: results.map(renderAnalysisMarkdown).join('\n'),
        outputs: {
          verdict,
          model: results.map((r) => r.subject.model).join(','),
          version: results.map((r) => r.subject.version).join(','),
        },
        findings: [],
      };
    },
  };
}
