import { checkArtifacts } from '../artifacts/check.js';
import { detectEngine, ENGINES, type EngineName } from '../compat/engine.js';
import { harnessDir } from '../compat/locate.js';
import { selectTargets, unknownTarget } from '../compat/plan.js';
import type { CompatReport, ModelCompat } from '../compat/result.js';
import { testTargets } from '../compat/run.js';
import { hasErrors } from '../findings.js';
import { loadManifest, type LoadedManifest } from '../manifest/load.js';
import { selectManifests } from '../manifest/select.js';
import { recordEvidence, type Registry } from '../registry/index.js';
import { compatReport, renderCompatMarkdown, renderCompatText } from '../report/compat.js';
import type { Command, CommandContext, CommandOutcome, Invocation, OptionSpec } from './command.js';
import { booleanOption, requireString, stringOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { progressReporter } from './progress.js';
import { openRegistryFor, provenance, recordOption, registryOptions } from './registry-access.js';
import { refuseRegistryWrite } from './write-guard.js';

export const targetOption: OptionSpec = {
  name: 'target',
  kind: 'string',
  placeholder: 'NAME',
  description: 'Run only this compatibility target (a matrix job of `plan` runs one).',
};

const engineOption: OptionSpec = {
  name: 'engine',
  kind: 'string',
  placeholder: 'ENGINE',
  default: 'auto',
  choices: ['auto', ...ENGINES],
  description: 'Container engine; auto takes the first of docker and podman that answers.',
};

export interface TestOptions {
  manifest: string;
  root?: string;
  target?: string;
  engine: EngineName | 'auto';
}

/** A model is tested only once its manifest and artifacts are sound: the evidence names digests. */
async function loadForTest(
  path: string,
  opts: TestOptions,
  ctx: CommandContext,
): Promise<{ out: ModelCompat; loaded?: LoadedManifest }> {
  const result = await loadManifest(path, { cwd: ctx.cwd, root: opts.root });
  const out: ModelCompat = {
    manifest: result.shown,
    verdict: 'fail',
    findings: [...result.findings],
    artifacts: [],
    targets: [],
  };
  if (!result.loaded || hasErrors(result.findings)) return { out };
  out.model = result.loaded.manifest.model.name;
  out.version = result.loaded.manifest.model.version;
  return { out, loaded: result.loaded };
}

export async function testModels(opts: TestOptions, ctx: CommandContext): Promise<CompatReport> {
  // Asked while the manifests load (each question starts a process); an engine that does not
  // answer matters only once a container has to run.
  const detected = detectEngine(opts.engine);
  detected.catch(() => undefined);
  const files = await selectManifests(opts.manifest, ctx.cwd);
  const models: { out: ModelCompat; loaded?: LoadedManifest }[] = [];
  for (const f of files) models.push(await loadForTest(f, opts, ctx));
  if (opts.target !== undefined) {
    const known = models.flatMap(
      (m) => m.loaded?.manifest.compatibility.targets.map((t) => t.name) ?? [],
    );
    if (!known.includes(opts.target) && models.some((m) => m.loaded))
      throw unknownTarget(opts.target, known);
  }
  const report: CompatReport = { verdict: 'pass', target: opts.target, models: [] };
  for (const { out, loaded } of models) {
    const targets = loaded ? selectTargets(loaded.manifest.compatibility.targets, opts.target) : [];
    // Another selected model has the target asked for; this one is not part of the job.
    if (loaded && opts.target !== undefined && targets.length === 0) continue;
    report.models.push(out);
    if (!loaded) continue;
    const checked = await checkArtifacts(loaded, { onProgress: progressReporter(ctx.log) });
    out.findings.push(...checked.findings, ...checked.artifacts.flatMap((a) => a.findings));
    out.artifacts = checked.artifacts.flatMap((a) =>
      a.sha256 ? [{ path: a.path, sha256: a.sha256 }] : [],
    );
    if (hasErrors(out.findings)) continue;
    if (targets.length === 0) {
      out.findings.push({
        severity: 'warning',
        rule: 'compat-no-targets',
        message: 'the manifest lists no compatibility.targets: nothing was tested',
        location: loaded.map.locate(['compatibility']),
      });
    } else {
      const engine = await detected;
      report.engine = engine.name;
      out.targets = await testTargets(loaded, checked.artifacts, targets, {
        engine,
        harnessDir: harnessDir(),
        onProgress: (m) => ctx.log.progress(m),
      });
    }
    const failed = out.targets.some((t) => t.required && t.verdict !== 'pass');
    out.verdict = failed ? 'fail' : 'pass';
  }
  report.verdict = report.models.every((m) => m.verdict === 'pass') ? 'pass' : 'fail';
  return report;
}

/** `test --json`: the report as is; ModelCompat and TargetResult are plain data. */
export function compatJson(report: CompatReport): Record<string, unknown> {
  return {
    verdict: report.verdict,
    engine: report.engine,
    target: report.target,
    models: report.models,
  };
}

/**
 * `test --record`: each target that ran becomes `compat-<target>` evidence for the version,
 * pass or fail, with its runtime and numbers: what `promote --to staging` checks.
 */
async function recordCompat(
  report: CompatReport,
  registry: Registry,
  ctx: CommandContext,
): Promise<void> {
  const recorded = provenance(ctx);
  for (const m of report.models) {
    if (!m.model || !m.version) continue;
    for (const t of m.targets) {
      const { target, findings, ...details } = t;
      const r = await recordEvidence(registry, m.model, m.version, `compat-${target}`, {
        verdict: t.verdict === 'pass' ? 'pass' : 'fail',
        artifacts: m.artifacts,
        details: {
          ...details,
          manifest: m.manifest,
          findings: findings.map((f) => ({
            severity: f.severity,
            rule: f.rule,
            message: f.message,
          })),
        },
        recorded,
      });
      ctx.log.info(
        `${r.created ? 'recorded' : 'already recorded'} ${t.verdict} compat-${target} evidence for ${m.model} ${m.version}: ${r.uri}`,
      );
    }
  }
}

export function makeTestCommand(): Command {
  return {
    name: 'test',
    summary: 'Load the model in each target image and check it answers the golden samples',
    description:
      'For every compatibility target of the manifest, runs the harness inside the target image ' +
      '(docker or podman; no network; CPU, memory and process limits; artifacts read-only): it loads ' +
      "the artifacts with the image's framework, runs model.samples, compares the outputs with the " +
      'expected ones within compatibility.tolerance and the signature, measures load time and latency, ' +
      'and reports every warning raised while loading. Targets run concurrently, at most ' +
      'compatibility.max_parallel at a time; serving.slo is checked. Exits 1 when a required target ' +
      "fails, 2 when an image or the engine is missing. With --record, each target's result is stored " +
      'in the registry as compat-<target> evidence for the version.',
    options: [
      manifestOption,
      rootOption,
      targetOption,
      engineOption,
      recordOption,
      ...registryOptions,
      jsonOption,
    ],
    examples: [
      'modelgate test',
      'modelgate test --target py311-sklearn12 --json',
      'modelgate test --engine podman',
    ],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      // Refused and opened before any container runs: a run that cannot be recorded fails fast.
      let registry: Registry | undefined;
      if (booleanOption(inv, 'record')) {
        await refuseRegistryWrite(inv, ctx, 'test --record');
        registry = openRegistryFor(inv, ctx);
      }
      const report = await testModels(
        {
          manifest: requireString(inv, 'manifest'),
          root: stringOption(inv, 'root'),
          target: stringOption(inv, 'target') || undefined,
          engine: requireString(inv, 'engine') as EngineName | 'auto',
        },
        ctx,
      );
      if (registry) await recordCompat(report, registry, ctx);
      return {
        exitCode: report.verdict === 'pass' ? 0 : 1,
        verdict: report.verdict,
        json: compatJson(report),
        text: renderCompatText(report),
        markdown: renderCompatMarkdown(report),
        report: compatReport(report),
        outputs: {
          verdict: report.verdict,
          model: report.models
            .map((m) => m.model ?? '')
            .filter(Boolean)
            .join(','),
          version: report.models
            .map((m) => m.version ?? '')
            .filter(Boolean)
            .join(','),
        },
        findings: report.models.flatMap((m) => [
          ...m.findings,
          ...m.targets.flatMap((t) => t.findings),
        ]),
      };
    },
  };
}
