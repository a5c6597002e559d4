import { hostname, userInfo } from 'node:os';
import type { Digest } from '../digest.js';
import { ConfigError, UsageError } from '../errors.js';
import { formatFinding } from '../findings.js';
import { loadManifest, type LoadedManifest } from '../manifest/load.js';
import { selectManifests } from '../manifest/select.js';
import type { Provenance } from '../registry/model.js';
import { openRegistry } from '../registry/open.js';
import type { Registry } from '../registry/registry.js';
import type { ServerSideEncryption } from '../registry/stores/s3.js';
import { parseRegistryUri } from '../registry/uri.js';
import {
  renderTransitionText,
  transitionFailed,
  transitionReportModel,
  type TransitionReport,
} from '../report/registry.js';
import { renderReport } from '../report/markdown.js';
import type { CommandContext, CommandOutcome, Invocation, OptionSpec } from './command.js';
import { booleanOption, requireString, stringOption } from './command.js';
import { registryOption, s3EndpointOption } from './common.js';
import { handoffOutputs } from './handoff.js';
import type { ModelValidation, ValidateReport } from '../validation.js';
import { recordEvidence } from '../registry/index.js';

export const singleWriterOption: OptionSpec = {
  name: 'single-writer',
  kind: 'boolean',
  description:
    'Declare that one run at a time writes to the registry (a workflow `concurrency:` group), so that a store without conditional writes may be used.',
};

export const sseOption: OptionSpec = {
  name: 'sse',
  kind: 'string',
  placeholder: 'MODE',
  choices: ['AES256', 'aws:kms'],
  description: 'S3 server-side encryption of everything written.',
};

export const sseKmsKeyIdOption: OptionSpec = {
  name: 'sse-kms-key-id',
  kind: 'string',
  placeholder: 'KEY',
  description: "KMS key id or ARN for --sse aws:kms (default: the bucket's AWS managed key).",
};

/** The options of every command that reads or writes the registry. */
export const registryOptions: readonly OptionSpec[] = [
  registryOption,
  s3EndpointOption,
  singleWriterOption,
  sseOption,
  sseKmsKeyIdOption,
];

export function openRegistryFor(inv: Invocation, ctx: CommandContext): Registry {
  const sse = stringOption(inv, 'sse') as ServerSideEncryption | undefined;
  const sseKmsKeyId = stringOption(inv, 'sse-kms-key-id');
  if (sseKmsKeyId && sse !== 'aws:kms')
    throw new UsageError('--sse-kms-key-id needs --sse aws:kms');
  const location = parseRegistryUri(requireString(inv, 'registry'), ctx.cwd);
  if (location.kind === 'file' && (sse || stringOption(inv, 's3-endpoint'))) {
    throw new UsageError(
      '--sse and --s3-endpoint apply to an s3:// registry only',
      `--registry is ${stringOption(inv, 'registry')}`,
    );
  }
  return openRegistry(
    location,
    { s3Endpoint: stringOption(inv, 's3-endpoint'), sse, sseKmsKeyId },
    { singleWriter: booleanOption(inv, 'single-writer'), warn: (m) => ctx.log.warn(m) },
  );
}

export function provenance(ctx: CommandContext): Provenance {
  const ci = ctx.ci;
  if (ci)
    return {
      actor: ci.actor,
      ...(ci.runUrl ? { runUrl: ci.runUrl } : {}),
      ...(ci.sha ? { sha: ci.sha } : {}),
      ...(ctx.step ? { step: ctx.step } : {}),
      at: new Date().toISOString(),
    };
  return {
    actor: `${localUser()}@${hostname()}`,
    ...(ctx.step ? { step: ctx.step } : {}),
    at: new Date().toISOString(),
  };
}

/**
 * The user running the CLI. A container run under a uid that /etc/passwd does not list
 * (docker --user, Kubernetes runAsUser, OpenShift) has no name, and userInfo() throws there.
 */
function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid-${process.getuid?.() ?? 'unknown'}`;
  }
}

/**
 * The manifests a registry command acts on. Unlike validate, a manifest with errors cannot be
 * acted on at all: that is a configuration error naming every problem.
 */
export async function loadManifests(
  inv: Invocation,
  ctx: CommandContext,
): Promise<LoadedManifest[]> {
  const out: LoadedManifest[] = [];
  for (const file of await selectManifests(requireString(inv, 'manifest'), ctx.cwd)) {
    const r = await loadManifest(file, { cwd: ctx.cwd, root: stringOption(inv, 'root') });
    const errors = r.findings.filter((f) => f.severity === 'error');
    if (!r.loaded || errors.length) {
      throw new ConfigError(
        `manifest ${r.shown} has errors:\n${errors.map((f) => `  ${formatFinding(f)}`).join('\n')}`,
        r.shown,
        `modelgate validate --manifest ${r.shown}`,
      );
    }
    out.push(r.loaded);
  }
  return out;
}

export function transitionOutcome(reports: readonly TransitionReport[]): CommandOutcome {
  const failed = reports.some(transitionFailed);
  const report = transitionReportModel(reports);
  const join = (f: (r: TransitionReport) => string | number | undefined) =>
    reports.map((r) => String(f(r) ?? '')).join(',');
  return {
    exitCode: failed ? 1 : 0,
    verdict: failed ? 'fail' : 'pass',
    json: { verdict: failed ? 'fail' : 'pass', models: reports },
    text: renderTransitionText(reports),
    markdown: renderReport(report),
    report,
    outputs: {
      verdict: failed ? 'fail' : 'pass',
      model: join((r) => r.model),
      version: join((r) => r.version),
      // A refused move leaves the version where it was: name no stage it did not reach.
      stage: join((r) => (r.status === 'refused' ? '' : r.stage)),
      'canary-weight': join((r) => r.canaryWeight),
      'previous-version': join((r) => r.previous),
      'artifact-uri': join((r) => r.uri),
      ...handoffOutputs(reports),
    },
    findings: [],
  };
}

/** The evidence `validate` leaves for a version: what `promote --to staging` checks. */
export function validationEvidence(m: ModelValidation) {
  return {
    verdict: m.verdict,
    artifacts: m.artifacts
      .filter((a) => a.sha256)
      .map((a) => ({ path: a.path, sha256: a.sha256 as Digest })),
    details: {
      manifest: m.manifest,
      findings: [...m.findings, ...m.artifacts.flatMap((a) => a.findings)].map((f) => ({
        severity: f.severity,
        rule: f.rule,
        message: f.message,
      })),
      artifacts: m.artifacts.map((a) => ({
        path: a.path,
        format: a.format,
        size: a.size,
        verdict: a.verdict,
      })),
    },
  };
}

export const recordOption: OptionSpec = {
  name: 'record',
  kind: 'boolean',
  description:
    'Store the result in the registry as evidence for this version (what promote --to staging checks).',
};

/** `validate --record`: every model whose manifest loaded gets its verdict recorded, pass or fail. */
export async function recordValidation(
  report: ValidateReport,
  inv: Invocation,
  ctx: CommandContext,
): Promise<void> {
  const registry = openRegistryFor(inv, ctx);
  for (const m of report.models) {
    if (!m.model || !m.version) continue;
    const r = await recordEvidence(registry, m.model, m.version, 'validate', {
      ...validationEvidence(m),
      recorded: provenance(ctx),
    });
    ctx.log.info(
      `${r.created ? 'recorded' : 'already recorded'} ${m.verdict} validate evidence for ${m.model} ${m.version}: ${r.uri}`,
    );
  }
}
