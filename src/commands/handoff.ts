/**
 * The hand-off to the serving platforms after a transition: the registry's state after the
 * change rendered as each configured platform's files (src/platforms/), written into
 * `deploy.out`, and SageMaker's applied when `deploy.sagemaker.apply` says so. Part of the
 * deploy (see deploy.ts): a failure here fails the deploy as a failing hook does.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, describeError, InfraError, ModelgateError } from '../errors.js';
import type { LoadedManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';
import { platformInput, renderAll, type Platform, type RenderedFile } from '../platforms/index.js';
import { expandStorageUri, modelUriReaders } from '../platforms/model-uri.js';
import { renderSageMaker } from '../platforms/sagemaker.js';
import type { ModelState, Stage } from '../registry/model.js';
import type { Registry } from '../registry/registry.js';
import type { Handoff, TransitionReport } from '../report/registry.js';
import { HANDOFF_OUTPUTS, type OutputName } from './command.js';

/** `deploy.out`'s default, beside the manifest like the default file registry (`.modelgate/registry`). */
const DEFAULT_OUT = '.modelgate/deploy';

const PLATFORMS: readonly Platform[] = ['kserve', 'sagemaker', 'vertex', 'azure'];

function configured(m: Manifest): Platform[] {
  return PLATFORMS.filter((p) => m.deploy?.[p] !== undefined);
}

/**
 * Whether a change of `stage` has a deploy to track (the event's `hook: true`): the hook
 * runs after every change, the hand-off after those that change what is served. Staging
 * serves no traffic, so its promotions hand nothing off.
 */
export function deployRuns(m: Manifest, stage: Stage): boolean {
  return m.deploy?.hook !== undefined || (stage !== 'staging' && configured(m).length > 0);
}

/** The action output that names a rendered file: `kserve/inferenceservice.yaml` → `kserve-inferenceservice-file`. */
export function fileOutput(file: RenderedFile): string {
  return `${file.name.replace(/\.[^./]+$/, '').replace(/\//g, '-')}-file`;
}

/** The hook's variable for an output: `kserve-inferenceservice-file` → `MODELGATE_KSERVE_INFERENCESERVICE_FILE`. */
export function handoffVars(handoffs: readonly Handoff[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const h of handoffs) {
    for (const [name, value] of Object.entries(h.outputs))
      vars[`MODELGATE_${name.toUpperCase().replace(/-/g, '_')}`] = value;
    if (h.servesNothing) vars[`MODELGATE_${h.platform.toUpperCase()}_SERVES_NOTHING`] = 'true';
  }
  return vars;
}

/**
 * The hand-off's action outputs over the models of one command, one line per model that has
 * the output (a Vertex split holds commas already, so the models cannot be comma-joined).
 */
export function handoffOutputs(
  reports: readonly Pick<TransitionReport, 'handoff'>[],
): Partial<Record<OutputName, string>> {
  const outputs: Partial<Record<OutputName, string>> = {};
  for (const name of HANDOFF_OUTPUTS) {
    const values = reports.flatMap((r) =>
      (r.handoff ?? []).flatMap((h) => (name in h.outputs ? [h.outputs[name]!] : [])),
    );
    if (values.length > 0) outputs[name] = values.join('\n');
  }
  return outputs;
}

/**
 * Hands the state after `report`'s change to every configured platform. Never throws for a
 * platform's failure (a setting the registry's versions do not fit, a file that cannot be
 * written, an apply SageMaker refuses): its entry carries the error. Every platform is rendered
 * before any file is written, and the files are written only if all rendered: `deploy.out`
 * never holds one platform's new split beside another's old one.
 */
export async function handOff(
  loaded: LoadedManifest,
  registry: Registry,
  report: Pick<TransitionReport, 'model' | 'stage' | 'command'>,
): Promise<Handoff[]> {
  const { model, stage } = report;
  const d = loaded.manifest.deploy;
  const platforms = stage === 'staging' ? [] : configured(loaded.manifest);
  if (!d || platforms.length === 0) return [];
  const state = await registry.state(model);
  const modelUri = await modelUris(loaded.manifest, registry, state);
  const readers = modelUriReaders(d);
  const out = resolve(loaded.dir, d.out ?? DEFAULT_OUT, model);

  const planned = platforms.map((platform) => {
    const h: Handoff = { platform, files: [], outputs: {} };
    try {
      // Vertex AI and Azure ML are told deployment names, and SageMaker without image the
      // names of models that exist: none of them reads a version's URI, so they are given
      // the version record's rather than refused for a model of several artifacts.
      const uriOf = readers.includes(platform)
        ? (v: string) => modelUri(v, platform)
        : (v: string) => registry.versionUri(model, v);
      let input = platformInput(state, uriOf, { [platform]: d[platform] });
      if (
        platform === 'kserve' &&
        report.command === 'rollback' &&
        stage === 'production' &&
        input.canary
      ) {
        // KServe splits between its latest revision and the last one it rolled out at 100 %:
        // a production that moved under a running canary cannot be said in one resource.
        // Production alone, at 100 %, is the safe half; the canary's next step renders it again.
        input = { ...input, canary: undefined };
        h.note = `KServe rolls out one revision at a time: production ${input.production?.version} is rendered at 100 % and the canary left out until its next step`;
      }
      return { h, input, rendering: renderAll(input)[0] };
    } catch (err) {
      if (!(err instanceof ModelgateError)) throw err;
      h.error = describeError(err);
      return { h, input: undefined, rendering: undefined };
    }
  });

  const failed = planned.filter((p) => p.h.error !== undefined).map((p) => p.h.platform);
  if (failed.length > 0) {
    for (const p of planned)
      p.h.error ??= `not written: the ${failed.join(' and ')} hand-off could not be rendered, and the platforms' files are written together or not at all`;
    return planned.map((p) => p.h);
  }
  try {
    // A platform no longer configured keeps no file of a split that has moved on since.
    for (const p of PLATFORMS) if (!platforms.includes(p)) await removeFolder(join(out, p));
    for (const { h, rendering } of planned) {
      if (!rendering) {
        // Nothing is served any more (a canary aborted with no production): files that still
        // named a split would tell the platform of one that no longer is.
        await removeFolder(join(out, h.platform));
        h.servesNothing = true;
        h.note = `nothing is served now: modelgate removes no ${h.platform} resource; take it down if it should stop serving`;
        continue;
      }
      const files = await writeFiles(out, rendering.files);
      h.files = files;
      h.outputs = {
        ...rendering.outputs,
        ...Object.fromEntries(rendering.files.map((f, i) => [fileOutput(f), files[i]!])),
      };
    }
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    for (const { h } of planned) h.error ??= describeError(err);
    return planned.map((p) => p.h);
  }
  for (const { h, input, rendering } of planned) {
    if (h.platform !== 'sagemaker' || !d.sagemaker?.apply || !input || !rendering) continue;
    try {
      // The AWS SDK is loaded only by a run that applies: promote starts as fast without it.
      const { applySageMaker, sageMakerClient } = await import('../platforms/sagemaker-apply.js');
      h.applied = await applySageMaker(
        sageMakerClient(d.sagemaker),
        renderSageMaker(input, d.sagemaker).plan,
      );
      // The configuration the endpoint runs: a weight step keeps the one it had.
      h.outputs['sagemaker-endpoint-config'] = h.applied.endpointConfigName;
    } catch (err) {
      if (!(err instanceof ModelgateError)) throw err;
      h.error = describeError(err);
    }
  }
  return planned.map((p) => p.h);
}

/**
 * Where each served version's model files are, for the platforms that read them:
 * `deploy.storage_uri` filled in, or the blob of a version's one artifact. Throws
 * ConfigError, when asked, for a version of several artifacts without `storage_uri`.
 */
async function modelUris(
  m: Manifest,
  registry: Registry,
  state: ModelState,
): Promise<(version: string, platform: Platform) => string> {
  const template = m.deploy?.storage_uri;
  if (template !== undefined) return (version) => expandStorageUri(template, state.model, version);
  const blobs = new Map<string, string[]>();
  for (const s of [state.stages.production, state.stages.canary])
    if (s && !blobs.has(s.version)) {
      const record = await registry.publishedVersion(state.model, s.version);
      blobs.set(
        s.version,
        (record?.artifacts ?? []).map((a) => registry.blobUri(a.sha256)),
      );
    }
  return (version, platform) => {
    const uris = blobs.get(version) ?? [];
    if (uris.length !== 1)
      throw new ConfigError(
        `deploy.${platform} needs deploy.storage_uri: version ${version} has ${uris.length} artifacts, and the registry keeps each as a blob of its own`,
        undefined,
        "set deploy.storage_uri to where the version's model files are, e.g. s3://models/{{model}}/{{version}}/",
      );
    return uris[0]!;
  };
}

async function removeFolder(path: string): Promise<void> {
  try {
    await rm(path, { recursive: true, force: true });
  } catch (err) {
    throw new InfraError(
      `cannot remove the hand-off folder ${path}: ${(err as Error).message}`,
      'make deploy.out a folder this job may write to',
    );
  }
}

/**
 * Writes each file as a whole or not at all (a temporary file renamed over the old one), so
 * that a hook or a `kubectl apply` never reads half a file. The files' absolute paths.
 */
async function writeFiles(out: string, files: readonly RenderedFile[]): Promise<string[]> {
  const paths: string[] = [];
  for (const f of files) {
    const path = join(out, f.name);
    const tmp = `${path}.modelgate-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(tmp, f.content);
      await rename(tmp, path);
    } catch (err) {
      // The temporary file may not exist, or its folder not be one (ENOTDIR): the error worth
      // reporting is the write's.
      await rm(tmp, { force: true }).catch(() => undefined);
      throw new InfraError(
        `cannot write the hand-off file ${path}: ${(err as Error).message}`,
        'make deploy.out a folder this job may write to',
      );
    }
    paths.push(path);
  }
  return paths;
}
