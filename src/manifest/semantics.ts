import type { Finding } from '../findings.js';
import type { Manifest } from './types.js';
import type { SourceMap } from './yaml.js';
import { resolveInside } from './paths.js';
import { readSamplesFile } from './samples.js';
import { checkAnalysis } from './analysis-rules.js';
import { checkDeploy } from './deploy-rules.js';

export interface ManifestPaths {
  /** Folder the manifest's relative paths start from. */
  dir: string;
  /** Repository root: nothing outside it may be referenced. */
  root: string;
  /** How a file is named in findings (relative to the working directory). */
  display: (absolutePath: string) => string;
}

/**
 * The checks a JSON Schema cannot express. Runs only on a manifest that passed the schema,
 * so every field has its type and default.
 */
export async function checkSemantics(
  m: Manifest,
  map: SourceMap,
  paths: ManifestPaths,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const error = (rule: string, message: string, at: (string | number)[], key = false) =>
    findings.push({ severity: 'error', rule, message, location: map.locate(at, key) });

  const seenArtifacts = new Map<string, number>();
  for (const [i, a] of m.model.artifacts.entries()) {
    const r = await resolveInside(paths.root, paths.dir, a.path);
    if (!r.ok) {
      error('path-outside-repository', `artifact \`${a.path}\` is refused: ${r.reason}`, [
        'model',
        'artifacts',
        i,
        'path',
      ]);
      continue;
    }
    const first = seenArtifacts.get(r.path);
    if (first !== undefined) {
      error(
        'duplicate-artifact',
        `artifact \`${a.path}\` is listed twice (first at artifacts[${first}])`,
        ['model', 'artifacts', i, 'path'],
      );
    } else seenArtifacts.set(r.path, i);
  }

  if (m.model.samples !== undefined) {
    const r = await resolveInside(paths.root, paths.dir, m.model.samples);
    if (!r.ok) {
      error(
        'path-outside-repository',
        `samples file \`${m.model.samples}\` is refused: ${r.reason}`,
        ['model', 'samples'],
      );
    } else if (!r.exists) {
      error('samples-missing', `samples file \`${m.model.samples}\` does not exist`, [
        'model',
        'samples',
      ]);
    } else {
      findings.push(...(await checkSamples(r.path, paths.display(r.path), m.model.signature)));
    }
  }

  const targetNames = new Map<string, number>();
  for (const [i, t] of m.compatibility.targets.entries()) {
    const first = targetNames.get(t.name);
    if (first !== undefined) {
      error(
        'duplicate-target',
        `target name \`${t.name}\` is used twice (first at targets[${first}])`,
        ['compatibility', 'targets', i, 'name'],
      );
    } else {
      targetNames.set(t.name, i);
    }
    if (m.model.framework === 'custom' && t.command === undefined && t.serve === undefined) {
      error(
        'custom-target-command',
        `target \`${t.name}\` needs a \`command\`: framework custom has no built-in loader`,
        ['compatibility', 'targets', i],
      );
    }
  }

  // Loaded only for a manifest with serving targets: the Triton config reader and the layouts
  // are not worth a start-up of every validate.
  if (m.compatibility.targets.some((t) => t.serve !== undefined || t.load !== undefined)) {
    const { checkServingTargets } = await import('./serving.js');
    findings.push(...(await checkServingTargets(m, map, paths)));
  }

  if (m.serving.slo?.min_rows_per_s !== undefined && m.serving.mode !== 'batch') {
    error(
      'slo-rows-needs-batch',
      `\`serving.slo.min_rows_per_s\` is judged in serving.mode \`batch\`, where requests carry batches of rows; this manifest's mode is \`${m.serving.mode}\``,
      ['serving', 'slo', 'min_rows_per_s'],
      true,
    );
  }
  if (m.serving.slo?.min_rows_per_s !== undefined)
    for (const [i, target] of m.compatibility.targets.entries())
      if (target.serve && !target.load)
        error(
          'slo-rows-needs-load',
          `serving target \`${target.name}\` runs no load test, so \`serving.slo.min_rows_per_s\` would never be judged on it; give it \`load\``,
          ['compatibility', 'targets', i, 'serve'],
          true,
        );
  if (m.serving.mode === 'edge' && m.serving.max_artifact_mb === undefined) {
    error('edge-needs-size-limit', 'serving mode `edge` requires `serving.max_artifact_mb`', [
      'serving',
      'mode',
    ]);
  }

  const steps = m.promotion.canary.steps;
  for (const [i, s] of steps.entries()) {
    if (!(s > 0 && s < 100)) {
      error('canary-step-range', `canary step ${s} must be greater than 0 and less than 100`, [
        'promotion',
        'canary',
        'steps',
        i,
      ]);
    } else if (i > 0 && s <= steps[i - 1]!) {
      error(
        'canary-step-order',
        `canary steps must be strictly increasing: ${s} follows ${steps[i - 1]}`,
        ['promotion', 'canary', 'steps', i],
      );
    }
  }

  findings.push(...checkAnalysis(m, map));
  findings.push(...checkDeploy(m, map));

  for (const side of ['inputs', 'outputs'] as const) {
    const names = new Set<string>();
    for (const [i, t] of (m.model.signature?.[side] ?? []).entries()) {
      if (names.has(t.name)) {
        error('duplicate-tensor', `signature ${side} name \`${t.name}\` is used twice`, [
          'model',
          'signature',
          side,
          i,
          'name',
        ]);
      }
      names.add(t.name);
    }
  }
  return findings;
}

/** Every line a golden sample in one of the forms samples.ts reads, checked against the signature. */
async function checkSamples(
  path: string,
  shown: string,
  signature: Manifest['model']['signature'],
): Promise<Finding[]> {
  return (await readSamplesFile(path, signature, shown)).findings;
}
