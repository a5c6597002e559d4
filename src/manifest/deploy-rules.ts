import { isAbsolute } from 'node:path';
import type { Finding, Severity } from '../findings.js';
import { modelUriReaders, placeholders, STORAGE_URI_PLACEHOLDERS } from '../platforms/model-uri.js';
import type { Manifest } from './types.js';
import type { SourceMap } from './yaml.js';

/**
 * The hand-off's rules beyond the schema, those a manifest alone can decide: where the model
 * files are for the platforms that read them, SageMaker's two keys that only work together,
 * and the per-version names of Vertex AI and Azure ML. What depends on the registry (which
 * versions it will serve) is checked when rendering, after each transition.
 */
export function checkDeploy(m: Manifest, map: SourceMap): Finding[] {
  const d = m.deploy;
  if (!d) return [];
  const findings: Finding[] = [];
  const report = (
    severity: Severity,
    rule: string,
    message: string,
    at: (string | number)[],
    key = false,
  ) => findings.push({ severity, rule, message, location: map.locate(['deploy', ...at], key) });

  if (d.storage_uri === undefined && m.model.artifacts.length !== 1)
    for (const platform of modelUriReaders(d))
      report(
        'error',
        'deploy-needs-storage-uri',
        `deploy.${platform} needs deploy.storage_uri for a model with several artifacts: the registry keeps each artifact as a blob of its own, and ${platform === 'kserve' ? 'KServe' : 'SageMaker'} reads one location`,
        [platform],
        true,
      );

  if (d.storage_uri !== undefined) {
    const used = placeholders(d.storage_uri);
    const unknown = used.filter(
      (p) => !(STORAGE_URI_PLACEHOLDERS as readonly string[]).includes(p),
    );
    if (unknown.length > 0)
      report(
        'error',
        'deploy-storage-uri-placeholder',
        `deploy.storage_uri uses {{${unknown.join('}}, {{')}}}; only {{model}} and {{version}} are filled in`,
        ['storage_uri'],
      );
    // Without the version, canary and production would name the same files: a platform
    // would be told of a split between two copies of one model.
    if (!used.includes('version'))
      report(
        'error',
        'deploy-storage-uri-version',
        'deploy.storage_uri has no {{version}}: every version would be read from the same place',
        ['storage_uri'],
      );
  }

  // The hand-off writes and removes folders under deploy.out: never outside the repository.
  if (d.out !== undefined && (isAbsolute(d.out) || d.out.split(/[\\/]/).includes('..')))
    report(
      'error',
      'deploy-out-outside',
      `deploy.out (${d.out}) must be a folder inside the repository, relative to the manifest, without ..`,
      ['out'],
    );

  const sm = d.sagemaker;
  if (sm && (sm.image === undefined) !== (sm.execution_role_arn === undefined))
    report(
      'error',
      'deploy-sagemaker-create',
      `deploy.sagemaker has ${sm.image === undefined ? 'execution_role_arn without image' : 'image without execution_role_arn'}: modelgate creates the SageMaker models only with both`,
      ['sagemaker', sm.image === undefined ? 'execution_role_arn' : 'image'],
      true,
    );
  if (
    sm?.image &&
    sm.execution_role_arn &&
    d.storage_uri !== undefined &&
    !d.storage_uri.startsWith('s3://')
  )
    report(
      'error',
      'deploy-sagemaker-storage-uri',
      `SageMaker reads model data from S3 only, and deploy.storage_uri is ${d.storage_uri}`,
      ['storage_uri'],
    );

  for (const [platform, key, what] of [
    ['vertex', 'deployed_models', 'deployed model ID'],
    ['azure', 'deployments', 'deployment'],
  ] as const) {
    const names: Record<string, string> | undefined =
      platform === 'vertex' ? d.vertex?.deployed_models : d.azure?.deployments;
    if (!names) continue;
    // The version this manifest promotes: without its name, the hand-off after its promotion
    // to canary fails. A warning: it is known only once the version is deployed to the endpoint.
    if (!(m.model.version in names))
      report(
        'warning',
        'deploy-version-unnamed',
        `deploy.${platform}.${key} names no ${what} for ${m.model.version} (model.version): its hand-off would fail once it is promoted`,
        [platform, key],
        true,
      );
    const seen = new Map<string, string>();
    for (const [version, name] of Object.entries(names)) {
      const first = seen.get(name);
      if (first !== undefined)
        report(
          'error',
          'deploy-duplicate-name',
          `deploy.${platform}.${key} gives ${version} the ${what} ${name} of ${first}: a split between them could not be told apart`,
          [platform, key, version],
        );
      else seen.set(name, version);
    }
  }
  return findings;
}
