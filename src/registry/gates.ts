import lt from 'semver/functions/lt.js';
import {
  sameDigests,
  type StageChange,
  type EvidenceRecord,
  type GateResult,
  type ModelState,
  type Stage,
  type VersionRecord,
} from './model.js';

/** The kinds of evidence `promote --to staging` needs for a manifest's required targets. */
export function requiredEvidenceKinds(requiredTargets: readonly string[]): string[] {
  return ['validate', ...requiredTargets.map((t) => `compat-${t}`)];
}

function evidenceGate(
  kind: string,
  version: VersionRecord,
  record: EvidenceRecord | undefined,
): GateResult {
  const gate = `evidence:${kind}`;
  if (!record)
    return {
      gate,
      passed: false,
      detail: `no ${kind} evidence for ${version.version}; run the check with --record`,
    };
  if (!sameDigests(version.artifacts, record.artifacts)) {
    return {
      gate,
      passed: false,
      detail: `${kind} evidence (attempt ${record.attempt}) was made on other artifacts than ${version.version}'s digests`,
    };
  }
  if (record.verdict !== 'pass')
    return {
      gate,
      passed: false,
      detail: `${kind} failed (attempt ${record.attempt}, ${record.recorded.at})`,
    };
  return {
    gate,
    passed: true,
    detail: `${kind} passed (attempt ${record.attempt}, by ${record.recorded.actor})`,
  };
}

/** Production facts that only a CI run has; checked by the caller, judged here. */
export interface ProductionPolicy {
  allowedEvents: readonly string[];
  allowedRefs: readonly string[];
}

export interface RunFacts {
  eventName: string;
  ref: string;
  actor: string;
  /** The actor's repository permission (admin, maintain, write, triage, read, none). */
  permission: string;
}

const WRITERS = new Set(['admin', 'maintain', 'write']);

function refAllowed(ref: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? ref.startsWith(p.slice(0, -1)) : ref === p));
}

export function productionPolicyGates(policy: ProductionPolicy, run: RunFacts): GateResult[] {
  return [
    {
      gate: 'allowed-event',
      passed: policy.allowedEvents.includes(run.eventName),
      detail: `event ${run.eventName}; allowed: ${policy.allowedEvents.join(', ') || 'none'}`,
    },
    {
      gate: 'allowed-ref',
      passed: refAllowed(run.ref, policy.allowedRefs),
      detail: `ref ${run.ref}; allowed: ${policy.allowedRefs.join(', ') || 'none'}`,
    },
    {
      gate: 'actor-permission',
      passed: WRITERS.has(run.permission),
      detail: `${run.actor} has ${run.permission} permission; production needs write, maintain or admin`,
    },
  ];
}

export interface PromotionInput {
  stage: Stage;
  version: VersionRecord;
  state: ModelState;
  /** The latest attempt of each evidence kind recorded for the version. */
  evidence: readonly EvidenceRecord[];
  canarySteps: readonly number[];
  /** `--weight`, for canary. */
  weight?: number;
  /** Whether the manifest configures a canary analysis. */
  analysis: boolean;
  /** `--force` with a reason: waives the analysis and version-order gates, nothing else. */
  force: boolean;
  /** Gates judged outside (production policy in Actions); never waived. */
  policy?: readonly GateResult[];
}

export type PromotionPlan =
  | { kind: 'change'; change: StageChange; gates: GateResult[]; forced: boolean }
  | { kind: 'unchanged'; gates: GateResult[]; detail: string }
  | { kind: 'refused'; gates: GateResult[] };

/**
 * Decides a promotion from the state and the evidence, without I/O, so that the registry can
 * run it again on a fresher state whenever it loses a race for the next revision.
 */
export function planPromotion(input: PromotionInput): PromotionPlan {
  const { stage, version: record, state } = input;
  const v = record.version;
  const latest = (kind: string) => input.evidence.find((e) => e.kind === kind);
  const gates: GateResult[] = [...(input.policy ?? [])];
  const waivable: GateResult[] = [];
  const current = state.stages[stage];

  if (stage === 'staging') {
    for (const kind of record.requiredEvidence)
      gates.push(evidenceGate(kind, record, latest(kind)));
  } else {
    const below: Stage = stage === 'canary' ? 'staging' : 'canary';
    const at = state.stages[below]?.version;
    // A version the stage already holds came through this gate: the stage below may have
    // moved on to the next version since (a canary's next step while staging tests the next
    // release; a rerun of a production promotion, whose canary was cleared by it).
    const already = current?.version === v;
    gates.push({
      gate: 'stage-order',
      passed: at === v || already,
      detail:
        at === v
          ? `${v} is in ${below}`
          : already
            ? `${v} is already in ${stage}`
            : `${v} must be in ${below} first (${below} holds ${at ?? 'nothing'})`,
    });
  }

  let weight: number | undefined;
  if (stage === 'canary') {
    const steps = input.canarySteps;
    const running = current?.version === v ? current.weight : undefined;
    weight = input.weight ?? (running === undefined ? steps[0] : steps.find((s) => s > running));
    const ok = weight !== undefined && weight > 0 && weight <= 100;
    gates.push({
      gate: 'canary-weight',
      passed: ok,
      detail: ok
        ? `${weight}%${running === undefined ? '' : ` (from ${running}%)`}`
        : weight === undefined
          ? `the canary already runs ${v} at the last step (${running}%); promote --to production next, or pass --weight`
          : `--weight must be in (0, 100]; got ${weight}`,
    });
  }

  if (stage === 'production') {
    // Only an analysis of the canary as it runs now counts: one recorded before its latest
    // step (an earlier weight, or a canary run of this version that was aborted) judged
    // other traffic.
    const since = state.stages.canary?.version === v ? state.stages.canary.at : undefined;
    const analysis = input.evidence
      .filter((e) => e.kind.startsWith('analysis'))
      .filter((e) => since === undefined || e.recorded.at >= since)
      .sort((a, b) => b.recorded.at.localeCompare(a.recorded.at))[0];
    waivable.push(
      !input.analysis
        ? {
            gate: 'analysis',
            passed: true,
            detail: 'no canary analysis is configured (promotion.canary.analysis)',
          }
        : analysis
          ? { ...evidenceGate(analysis.kind, record, analysis), gate: 'analysis' }
          : {
              gate: 'analysis',
              passed: false,
              detail: `no canary analysis evidence for ${v}${since ? ` since the canary's last step (${since})` : ''}; run modelgate analyze --record`,
            },
    );
    const prod = state.stages.production?.version;
    const older = prod !== undefined && lt(v, prod);
    waivable.push({
      gate: 'version-order',
      passed: !older,
      detail: older
        ? `${v} is older than production ${prod}; use rollback, or --force with --reason`
        : prod
          ? `${v} ≥ ${prod}`
          : 'first production version',
    });
  }

  for (const g of waivable) gates.push(!g.passed && input.force ? { ...g, waived: true } : g);
  if (gates.some((g) => !g.passed && !g.waived)) return { kind: 'refused', gates };

  if (current?.version === v && current.weight === weight) {
    return {
      kind: 'unchanged',
      gates,
      detail: `${stage} already holds ${v}${weight === undefined ? '' : ` at ${weight}%`}`,
    };
  }
  return {
    kind: 'change',
    change: {
      type: 'promote',
      stage,
      version: v,
      ...(weight === undefined ? {} : { weight }),
      ...(current ? { previous: current.version } : {}),
    },
    gates,
    forced: gates.some((g) => g.waived),
  };
}

export type RollbackStage = 'production' | 'canary';

/**
 * The change this very step already made to `stage`, found by the rerun of the step (a job
 * re-run, a step killed after its change was recorded and deployed): then nothing is left to
 * do, where deciding anew would move a canary a second step or roll back one version too many.
 * Without a known step every run decides anew.
 */
export function madeByThisStep(
  state: ModelState,
  stage: Stage,
  step: string | undefined,
  asked: { change: StageChange['type']; version?: string; weight?: number },
): Extract<PromotionPlan, { kind: 'unchanged' }> | undefined {
  const made = state.madeBy[stage];
  if (step === undefined || made?.step !== step || made.change !== asked.change) return undefined;
  if (asked.version !== undefined && made.version !== asked.version) return undefined;
  // An explicit weight that differs is another change, even from the same step.
  if (asked.weight !== undefined && made.weight !== asked.weight) return undefined;
  return {
    kind: 'unchanged',
    gates: [],
    detail: `this step of the run (${step}) already made this change at revision ${made.revision}; nothing more to do`,
  };
}

/**
 * What `rollback` does to the state: production → the previous version; canary → aborted.
 * `policy` holds the production gates of a CI run, which guard a production rollback too.
 */
export function planRollback(
  state: ModelState,
  stage: RollbackStage,
  policy: readonly GateResult[] = [],
): Exclude<PromotionPlan, { kind: 'unchanged' }> {
  const target = (passed: boolean, detail: string): GateResult => ({
    gate: 'rollback-target',
    passed,
    detail,
  });
  let change: StageChange | undefined;
  let gate: GateResult;
  if (stage === 'canary') {
    const canary = state.stages.canary;
    if (canary) change = { type: 'abort', stage: 'canary', previous: canary.version };
    gate = canary
      ? target(true, `canary ${canary.version} aborted`)
      : target(false, 'no canary is running: nothing to roll back');
  } else {
    const current = state.stages.production;
    const previous = state.previousProduction.at(-1);
    if (current && previous !== undefined) {
      change = {
        type: 'rollback',
        stage: 'production',
        version: previous,
        previous: current.version,
      };
    }
    gate = !current
      ? target(false, 'nothing is in production: nothing to roll back')
      : previous === undefined
        ? target(
            false,
            `production holds ${current.version} and no earlier production version is recorded: nothing to roll back to`,
          )
        : target(true, `production ${current.version} → ${previous}`);
  }
  const gates = [...(stage === 'production' ? policy : []), gate];
  if (!change || gates.some((g) => !g.passed)) return { kind: 'refused', gates };
  return { kind: 'change', change, gates, forced: false };
}
