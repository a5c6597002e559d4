import { describe, expect, it } from 'vitest';
import {
  madeByThisStep,
  planPromotion,
  planRollback,
  productionPolicyGates,
  requiredEvidenceKinds,
  type PromotionInput,
  type RunFacts,
} from '../../src/registry/gates.js';
import {
  applyEvent,
  emptyState,
  type EventChange,
  type EvidenceRecord,
  type GateResult,
  type ModelState,
} from '../../src/registry/model.js';
import { versionRecord } from './helpers.js';

/**
 * Each test here names the gate it keeps shut: these are the refusals and boundaries that
 * mutation testing (npm run mutate -- gates) found no test for.
 */

/** The time of event `n` of a fold: ISO strings, as the registry writes them. */
const at = (n: number) => `2026-12-01T10:00:${String(n).padStart(2, '0')}.000Z`;

function fold(changes: EventChange[]): ModelState {
  return changes.reduce<ModelState>(
    (s, change, i) =>
      applyEvent(s, {
        format: 2,
        model: 'm',
        revision: i + 1,
        state: '',
        nonce: 'n',
        at: at(i + 1),
        actor: 'a',
        forced: false,
        gates: [],
        change,
      }),
    emptyState('m'),
  );
}

const v1 = versionRecord('m', '1.0.0', 'weights', ['validate']);

function evidence(
  kind: string,
  verdict: 'pass' | 'fail',
  recordedAt: string,
  record = v1,
): EvidenceRecord {
  return {
    format: 1,
    model: 'm',
    version: record.version,
    kind,
    attempt: 2,
    verdict,
    artifacts: record.artifacts.map((a) => ({ path: a.path, sha256: a.sha256 })),
    recorded: { actor: 'ci-bot', at: recordedAt },
  };
}

const input = (over: Partial<PromotionInput> & Pick<PromotionInput, 'stage' | 'state'>) =>
  planPromotion({
    version: v1,
    evidence: [],
    canarySteps: [10, 50],
    analysis: false,
    force: false,
    ...over,
  });

const gate = (plan: { gates: GateResult[] }, name: string) =>
  plan.gates.find((g) => g.gate === name);

/** 1.0.0 published, in staging, in the canary at 10 % since event 3. */
const canaryAt10 = () =>
  fold([
    { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
    { type: 'promote', stage: 'staging', version: '1.0.0' },
    { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
  ]);

describe('staging evidence', () => {
  it('needs validate and a compat run of every required target, none left out', () => {
    expect(requiredEvidenceKinds(['py311', 'gpu'])).toEqual([
      'validate',
      'compat-py311',
      'compat-gpu',
    ]);
    expect(requiredEvidenceKinds([])).toEqual(['validate']);
  });

  it('refuses a missing or failed check and says which; a pass names its attempt and actor', () => {
    const state = fold([{ type: 'publish', record: '0'.repeat(64), version: '1.0.0' }]);
    expect(input({ stage: 'staging', state }).gates).toEqual([
      {
        gate: 'evidence:validate',
        passed: false,
        detail: 'no validate evidence for 1.0.0; run the check with --record',
      },
    ]);
    const failed = input({
      stage: 'staging',
      state,
      evidence: [evidence('validate', 'fail', at(9))],
    });
    expect(failed.kind).toBe('refused');
    expect(failed.gates).toEqual([
      { gate: 'evidence:validate', passed: false, detail: `validate failed (attempt 2, ${at(9)})` },
    ]);
    const passed = input({
      stage: 'staging',
      state,
      evidence: [evidence('validate', 'pass', at(9))],
    });
    expect(passed.gates).toEqual([
      { gate: 'evidence:validate', passed: true, detail: 'validate passed (attempt 2, by ci-bot)' },
    ]);
  });
});

describe('the production policy of a CI run', () => {
  const policy = {
    allowedEvents: ['workflow_dispatch', 'release'],
    allowedRefs: ['refs/heads/main', 'refs/tags/v*'],
  };
  const run = (over: Partial<RunFacts>): RunFacts => ({
    eventName: 'workflow_dispatch',
    ref: 'refs/heads/main',
    actor: 'octocat',
    permission: 'write',
    ...over,
  });
  const passed = (over: Partial<RunFacts>, p = policy) =>
    productionPolicyGates(p, run(over)).map((g) => [g.gate, g.passed]);

  it('lets a writer through: write, maintain and admin each pass', () => {
    for (const permission of ['write', 'maintain', 'admin'])
      expect(passed({ permission }), permission).toEqual([
        ['allowed-event', true],
        ['allowed-ref', true],
        ['actor-permission', true],
      ]);
  });

  it('refuses an actor who may not push: triage, read, none', () => {
    for (const permission of ['triage', 'read', 'none', ''])
      expect(passed({ permission })[2], permission).toEqual(['actor-permission', false]);
    expect(productionPolicyGates(policy, run({ permission: 'read' }))[2]?.detail).toBe(
      'octocat has read permission; production needs write, maintain or admin',
    );
  });

  it('refuses any ref but the allowed ones: an exact ref is matched whole, not as a prefix', () => {
    for (const ref of [
      'refs/heads/dev',
      'refs/heads/main-old',
      'refs/heads/mai',
      'refs/heads/maint',
    ])
      expect(passed({ ref })[1], ref).toEqual(['allowed-ref', false]);
    // Any one of the allowed refs is enough.
    expect(passed({ ref: 'refs/heads/main' })[1]).toEqual(['allowed-ref', true]);
  });

  it('lets a trailing * allow the refs under that prefix, and only those', () => {
    for (const ref of ['refs/tags/v1.2.0', 'refs/tags/v'])
      expect(passed({ ref })[1], ref).toEqual(['allowed-ref', true]);
    for (const ref of ['refs/tags/1.2.0', 'refs/heads/v1', 'refs/tags'])
      expect(passed({ ref })[1], ref).toEqual(['allowed-ref', false]);
    // A * elsewhere is a literal character, not a wildcard.
    const star = { allowedEvents: ['push'], allowedRefs: ['*/main'] };
    expect(passed({ eventName: 'push', ref: 'refs/heads/main' }, star)[1]).toEqual([
      'allowed-ref',
      false,
    ]);
  });

  it('refuses an event that is not allowed, and says what is', () => {
    const gates = productionPolicyGates(
      policy,
      run({ eventName: 'push', ref: 'refs/pull/1/merge' }),
    );
    expect(gates.slice(0, 2)).toEqual([
      {
        gate: 'allowed-event',
        passed: false,
        detail: 'event push; allowed: workflow_dispatch, release',
      },
      {
        gate: 'allowed-ref',
        passed: false,
        detail: 'ref refs/pull/1/merge; allowed: refs/heads/main, refs/tags/v*',
      },
    ]);
  });

  it('refuses every run when the policy allows nothing, and says none', () => {
    const gates = productionPolicyGates({ allowedEvents: [], allowedRefs: [] }, run({}));
    expect(gates.map((g) => [g.passed, g.detail])).toEqual([
      [false, 'event workflow_dispatch; allowed: none'],
      [false, 'ref refs/heads/main; allowed: none'],
      [true, 'octocat has write permission; production needs write, maintain or admin'],
    ]);
  });
});

describe('stage order', () => {
  it('says where the version is, or where it must be first', () => {
    const staged = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
    ]);
    expect(gate(input({ stage: 'canary', state: staged }), 'stage-order')).toEqual({
      gate: 'stage-order',
      passed: true,
      detail: '1.0.0 is in staging',
    });
    expect(gate(input({ stage: 'production', state: staged }), 'stage-order')).toEqual({
      gate: 'stage-order',
      passed: false,
      detail: '1.0.0 must be in canary first (canary holds nothing)',
    });
    const other = fold([
      { type: 'publish', record: '0'.repeat(64), version: '0.9.0' },
      { type: 'promote', stage: 'staging', version: '0.9.0' },
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
    ]);
    expect(gate(input({ stage: 'canary', state: other }), 'stage-order')).toEqual({
      gate: 'stage-order',
      passed: false,
      detail: '1.0.0 must be in staging first (staging holds 0.9.0)',
    });
    // The canary holds 1.0.0 and staging moved on to 1.1.0.
    const moved = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'publish', record: '0'.repeat(64), version: '1.1.0' },
      { type: 'promote', stage: 'staging', version: '1.1.0' },
    ]);
    expect(gate(input({ stage: 'canary', state: moved }), 'stage-order')?.detail).toBe(
      '1.0.0 is already in canary',
    );
  });
});

describe('canary weight', () => {
  it('refuses --weight 0: a canary that takes no traffic is no step', () => {
    const plan = input({
      stage: 'canary',
      state: fold([
        { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
        { type: 'promote', stage: 'staging', version: '1.0.0' },
      ]),
      weight: 0,
    });
    expect(plan.kind).toBe('refused');
    expect(gate(plan, 'canary-weight')).toEqual({
      gate: 'canary-weight',
      passed: false,
      detail: '--weight must be in (0, 100]; got 0',
    });
    expect(input({ stage: 'canary', state: canaryAt10(), weight: -5 }).kind).toBe('refused');
    expect(input({ stage: 'canary', state: canaryAt10(), weight: 100.5 }).kind).toBe('refused');
  });

  it('lets --weight 100 through, the whole traffic', () => {
    const plan = input({ stage: 'canary', state: canaryAt10(), weight: 100 });
    expect(plan).toMatchObject({ kind: 'change', change: { weight: 100, previous: '1.0.0' } });
    expect(gate(plan, 'canary-weight')).toEqual({
      gate: 'canary-weight',
      passed: true,
      detail: '100% (from 10%)',
    });
  });

  it('names the first step without a previous weight', () => {
    const plan = input({
      stage: 'canary',
      state: fold([
        { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
        { type: 'promote', stage: 'staging', version: '1.0.0' },
      ]),
    });
    expect(gate(plan, 'canary-weight')?.detail).toBe('10%');
    // A first canary replaces nothing.
    expect(plan.kind === 'change' && plan.change).toStrictEqual({
      type: 'promote',
      stage: 'canary',
      version: '1.0.0',
      weight: 10,
    });
  });

  it('refuses a next step past the last one, and says to promote to production', () => {
    const at50 = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 50 },
    ]);
    const plan = input({ stage: 'canary', state: at50 });
    expect(plan.kind).toBe('refused');
    expect(gate(plan, 'canary-weight')).toEqual({
      gate: 'canary-weight',
      passed: false,
      detail:
        'the canary already runs 1.0.0 at the last step (50%); promote --to production next, or pass --weight',
    });
  });

  it('says the stage already holds the version at that weight, and changes nothing', () => {
    const plan = input({ stage: 'canary', state: canaryAt10(), weight: 10 });
    expect(plan).toMatchObject({ kind: 'unchanged', detail: 'canary already holds 1.0.0 at 10%' });
  });
});

describe('production: the canary analysis', () => {
  const analysed = (evidenceList: EvidenceRecord[], state = canaryAt10()) =>
    input({ stage: 'production', state, analysis: true, evidence: evidenceList });

  it('passes on a passing analysis of the canary as it runs now', () => {
    const plan = analysed([evidence('analysis-10', 'pass', at(5))]);
    expect(plan.kind).toBe('change');
    expect(gate(plan, 'analysis')).toEqual({
      gate: 'analysis',
      passed: true,
      detail: 'analysis-10 passed (attempt 2, by ci-bot)',
    });
  });

  it('counts an analysis recorded at the very time of the last step', () => {
    expect(analysed([evidence('analysis-10', 'pass', at(3))]).kind).toBe('change');
  });

  it("refuses an analysis recorded before the canary's last step: it judged other traffic", () => {
    const at50 = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 50 },
    ]);
    const plan = analysed([evidence('analysis-10', 'pass', at(3))], at50);
    expect(plan.kind).toBe('refused');
    expect(gate(plan, 'analysis')).toEqual({
      gate: 'analysis',
      passed: false,
      detail: `no canary analysis evidence for 1.0.0 since the canary's last step (${at(4)}); run modelgate analyze --record`,
    });
    expect(analysed([evidence('analysis-50', 'pass', at(4))], at50).kind).toBe('change');
  });

  it('refuses when the latest analysis failed, whatever passed before it', () => {
    const older = evidence('analysis-10', 'pass', at(5));
    const newer = evidence('analysis-10b', 'fail', at(6));
    for (const list of [
      [older, newer],
      [newer, older],
    ]) {
      const plan = analysed(list);
      expect(plan.kind).toBe('refused');
      expect(gate(plan, 'analysis')?.detail).toBe(`analysis-10b failed (attempt 2, ${at(6)})`);
    }
    // And the other way round: a pass after a failure lets it through.
    const fixed = evidence('analysis-10c', 'pass', at(7));
    expect(analysed([newer, fixed]).kind).toBe('change');
    expect(analysed([fixed, newer]).kind).toBe('change');
  });

  it('takes only analysis evidence as an analysis, not a passing validate or compat run', () => {
    const plan = analysed([
      evidence('validate', 'pass', at(5)),
      evidence('compat-py311', 'pass', at(5)),
    ]);
    expect(plan.kind).toBe('refused');
    expect(gate(plan, 'analysis')?.passed).toBe(false);
  });

  it('refuses an analysis made on other bytes than the version', () => {
    const other = versionRecord('m', '1.0.0', 'other weights');
    const plan = analysed([evidence('analysis-10', 'pass', at(5), other)]);
    expect(plan.kind).toBe('refused');
    expect(gate(plan, 'analysis')?.detail).toMatch(/other artifacts than 1\.0\.0's digests/);
  });

  it("on a rerun, whose canary the first run cleared, counts the version's analysis", () => {
    const promoted = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '1.0.0' },
    ]);
    expect(analysed([evidence('analysis-10', 'pass', at(3))], promoted).kind).toBe('unchanged');
    const none = analysed([], promoted);
    expect(none.kind).toBe('refused');
    expect(gate(none, 'analysis')?.detail).toBe(
      'no canary analysis evidence for 1.0.0; run modelgate analyze --record',
    );
  });

  it('says so when no analysis is configured', () => {
    expect(gate(input({ stage: 'production', state: canaryAt10() }), 'analysis')).toEqual({
      gate: 'analysis',
      passed: true,
      detail: 'no canary analysis is configured (promotion.canary.analysis)',
    });
  });
});

describe('production: version order', () => {
  /** 2.0.0 in production, then 1.5.0 taken through staging and the canary. */
  const older = () =>
    fold([
      { type: 'publish', record: '0'.repeat(64), version: '2.0.0' },
      { type: 'promote', stage: 'staging', version: '2.0.0' },
      { type: 'promote', stage: 'canary', version: '2.0.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '2.0.0' },
      { type: 'publish', record: '0'.repeat(64), version: '1.5.0' },
      { type: 'promote', stage: 'staging', version: '1.5.0' },
      { type: 'promote', stage: 'canary', version: '1.5.0', weight: 10 },
    ]);
  const v15 = versionRecord('m', '1.5.0', 'old weights');

  it('refuses promoting an older version over production, and points to rollback', () => {
    const plan = input({ stage: 'production', state: older(), version: v15 });
    expect(plan.kind).toBe('refused');
    expect(gate(plan, 'version-order')).toEqual({
      gate: 'version-order',
      passed: false,
      detail: '1.5.0 is older than production 2.0.0; use rollback, or --force with --reason',
    });
  });

  it('lets --force through an older version, marked waived and forced', () => {
    const plan = input({ stage: 'production', state: older(), version: v15, force: true });
    expect(plan).toMatchObject({
      kind: 'change',
      forced: true,
      change: { stage: 'production', version: '1.5.0', previous: '2.0.0' },
    });
    expect(gate(plan, 'version-order')).toMatchObject({ passed: false, waived: true });
  });

  it('lets a newer version or the first one through, and says which', () => {
    const v2 = versionRecord('m', '2.1.0', 'new weights');
    const newer = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'publish', record: '0'.repeat(64), version: '2.1.0' },
      { type: 'promote', stage: 'staging', version: '2.1.0' },
      { type: 'promote', stage: 'canary', version: '2.1.0', weight: 10 },
    ]);
    const plan = input({ stage: 'production', state: newer, version: v2 });
    expect(gate(plan, 'version-order')).toEqual({
      gate: 'version-order',
      passed: true,
      detail: '2.1.0 ≥ 1.0.0',
    });
    // Production gets no weight, and names the version it replaces.
    expect(plan.kind === 'change' && plan.change).toStrictEqual({
      type: 'promote',
      stage: 'production',
      version: '2.1.0',
      previous: '1.0.0',
    });
    expect(plan).toMatchObject({ forced: false });
    expect(gate(input({ stage: 'production', state: canaryAt10() }), 'version-order')).toEqual({
      gate: 'version-order',
      passed: true,
      detail: 'first production version',
    });
  });

  it('says production already holds the version on a rerun', () => {
    const promoted = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '1.0.0' },
    ]);
    expect(input({ stage: 'production', state: promoted })).toMatchObject({
      kind: 'unchanged',
      detail: 'production already holds 1.0.0',
    });
  });
});

describe('rollback', () => {
  const denied = productionPolicyGates(
    { allowedEvents: ['workflow_dispatch'], allowedRefs: ['refs/heads/main'] },
    { eventName: 'push', ref: 'refs/heads/main', actor: 'x', permission: 'read' },
  );

  it('aborts a running canary, whatever the production policy of the run', () => {
    const plan = planRollback(canaryAt10(), 'canary', denied);
    expect(plan).toStrictEqual({
      kind: 'change',
      change: { type: 'abort', stage: 'canary', previous: '1.0.0' },
      gates: [{ gate: 'rollback-target', passed: true, detail: 'canary 1.0.0 aborted' }],
      forced: false,
    });
  });

  it('refuses to abort when no canary runs, with a gate that says it failed', () => {
    const plan = planRollback(
      fold([{ type: 'publish', record: '0'.repeat(64), version: '1.0.0' }]),
      'canary',
    );
    expect(plan).toStrictEqual({
      kind: 'refused',
      gates: [
        {
          gate: 'rollback-target',
          passed: false,
          detail: 'no canary is running: nothing to roll back',
        },
      ],
    });
  });

  it('refuses a production rollback when nothing is in production, whatever the history says', () => {
    const empty = planRollback(emptyState('m'), 'production');
    expect(empty).toStrictEqual({
      kind: 'refused',
      gates: [
        {
          gate: 'rollback-target',
          passed: false,
          detail: 'nothing is in production: nothing to roll back',
        },
      ],
    });
    // A state whose history lists a version but whose production is empty.
    const odd: ModelState = { ...emptyState('m'), previousProduction: ['1.0.0'] };
    expect(planRollback(odd, 'production').kind).toBe('refused');
  });

  it('rolls production back to the previous version, not forced, and says from what to what', () => {
    const twice = fold([
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.1.0' },
    ]);
    expect(planRollback(twice, 'production')).toStrictEqual({
      kind: 'change',
      change: { type: 'rollback', stage: 'production', version: '1.0.0', previous: '1.1.0' },
      gates: [{ gate: 'rollback-target', passed: true, detail: 'production 1.1.0 → 1.0.0' }],
      forced: false,
    });
    expect(planRollback(twice, 'production', denied).kind).toBe('refused');
  });
});

describe('the rerun of a step that already made its change', () => {
  const made = (step?: string) =>
    applyEvent(canaryAt10(), {
      format: 2,
      model: 'm',
      revision: 4,
      state: '',
      nonce: 'n',
      at: at(4),
      actor: 'a',
      forced: false,
      gates: [],
      ...(step === undefined ? {} : { step }),
      change: { type: 'promote', stage: 'canary', version: '1.0.0', weight: 50 },
    });

  it('finds the change made, so that the canary does not move a second step', () => {
    const asked = { change: 'promote', version: '1.0.0' } as const;
    expect(madeByThisStep(made('run-9/promote'), 'canary', 'run-9/promote', asked)).toStrictEqual({
      kind: 'unchanged',
      gates: [],
      detail:
        'this step of the run (run-9/promote) already made this change at revision 4; nothing more to do',
    });
    // A rollback names no version: the step and the kind of change are enough.
    const rolled = fold([
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.1.0' },
    ]);
    const back = applyEvent(rolled, {
      format: 2,
      model: 'm',
      revision: 3,
      state: '',
      nonce: 'n',
      at: at(3),
      actor: 'a',
      forced: false,
      gates: [],
      step: 'run-9/rollback',
      change: { type: 'rollback', stage: 'production', version: '1.0.0', previous: '1.1.0' },
    });
    expect(madeByThisStep(back, 'production', 'run-9/rollback', { change: 'rollback' })?.kind).toBe(
      'unchanged',
    );
  });

  it('decides anew for another step, another change, another version, or an unknown step', () => {
    const state = made('run-9/promote');
    const asked = { change: 'promote', version: '1.0.0' } as const;
    expect(madeByThisStep(state, 'canary', undefined, asked)).toBeUndefined();
    expect(madeByThisStep(state, 'canary', 'run-10/promote', asked)).toBeUndefined();
    expect(madeByThisStep(state, 'canary', 'run-9/promote', { change: 'abort' })).toBeUndefined();
    expect(
      madeByThisStep(state, 'canary', 'run-9/promote', { change: 'promote', version: '1.1.0' }),
    ).toBeUndefined();
    // An explicit weight other than the one the step set is another change.
    expect(
      madeByThisStep(state, 'canary', 'run-9/promote', { ...asked, weight: 100 }),
    ).toBeUndefined();
    expect(madeByThisStep(state, 'canary', 'run-9/promote', { ...asked, weight: 50 })?.kind).toBe(
      'unchanged',
    );
    // Nothing recorded for the stage (a change by an unknown step).
    expect(madeByThisStep(made(), 'canary', 'run-9/promote', asked)).toBeUndefined();
    expect(madeByThisStep(made(), 'canary', undefined, asked)).toBeUndefined();
    expect(madeByThisStep(state, 'production', 'run-9/promote', asked)).toBeUndefined();
  });
});
