import { describe, expect, it } from 'vitest';
import { planPromotion, planRollback, productionPolicyGates } from '../../src/registry/gates.js';
import {
  applyEvent,
  emptyState,
  RECENT_VERSIONS,
  type EventChange,
  type EvidenceRecord,
  type ModelState,
  type RegistryEvent,
} from '../../src/registry/model.js';
import { prov, versionRecord } from './helpers.js';

function fold(changes: EventChange[]): ModelState {
  return changes.reduce<ModelState>(
    (s, change, i) =>
      applyEvent(s, {
        format: 2,
        model: 'm',
        revision: i + 1,
        state: '',
        nonce: 'n',
        at: `t${i + 1}`,
        actor: 'a',
        forced: false,
        gates: [],
        change,
      } satisfies RegistryEvent),
    emptyState('m'),
  );
}

const evidence = (kind: string, verdict: 'pass' | 'fail', content = 'weights'): EvidenceRecord => ({
  format: 1,
  model: 'm',
  version: '1.0.0',
  kind,
  attempt: 1,
  verdict,
  artifacts: versionRecord('m', '1.0.0', content).artifacts.map((a) => ({
    path: a.path,
    sha256: a.sha256,
  })),
  recorded: prov(),
});

describe('the fold of the event log', () => {
  it('moves stage pointers and keeps the production history rollback needs', () => {
    const s = fold([
      { type: 'publish', version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'publish', version: '1.1.0' },
      { type: 'promote', stage: 'canary', version: '1.1.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '1.1.0', previous: '1.0.0' },
    ]);
    expect(s.revision).toBe(5);
    expect(s).toMatchObject({ versionCount: 2, recentVersions: ['1.0.0', '1.1.0'] });
    expect(s.stages.production).toMatchObject({ version: '1.1.0', revision: 5 });
    expect(s.stages.canary).toBeUndefined();
    expect(s.previousProduction).toEqual(['1.0.0']);
    const plan = planRollback(s, 'production');
    expect(plan).toMatchObject({
      kind: 'change',
      change: { type: 'rollback', stage: 'production', version: '1.0.0', previous: '1.1.0' },
    });
    const changes: EventChange[] = [
      { type: 'publish', version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'publish', version: '1.1.0' },
      { type: 'promote', stage: 'canary', version: '1.1.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '1.1.0', previous: '1.0.0' },
    ];
    const back = fold([...changes, (plan as { change: EventChange }).change]);
    expect(back.stages.production?.version).toBe('1.0.0');
    expect(planRollback(back, 'production')).toMatchObject({
      kind: 'refused',
      gates: [
        {
          gate: 'rollback-target',
          passed: false,
          detail: expect.stringMatching(/nothing to roll back to/),
        },
      ],
    });
    expect(planRollback(back, 'canary').gates[0]?.detail).toMatch(/no canary/);
    // In Actions, a production rollback answers to the same policy as a promotion.
    const denied = productionPolicyGates(
      { allowedEvents: ['workflow_dispatch'], allowedRefs: ['refs/heads/main'] },
      { eventName: 'workflow_dispatch', ref: 'refs/heads/main', actor: 'x', permission: 'read' },
    );
    expect(planRollback(s, 'production', denied).kind).toBe('refused');
  });

  it('keeps a bounded window of recent versions', () => {
    const many = fold(
      Array.from({ length: RECENT_VERSIONS + 5 }, (_, i): EventChange => ({
        type: 'publish',
        version: `1.0.${i}`,
      })),
    );
    expect(many.versionCount).toBe(RECENT_VERSIONS + 5);
    expect(many.recentVersions).toHaveLength(RECENT_VERSIONS);
    expect(many.recentVersions.at(-1)).toBe(`1.0.${RECENT_VERSIONS + 4}`);
  });

  it('refuses an event that does not follow the previous revision', () => {
    expect(() =>
      applyEvent(emptyState('m'), {
        format: 2,
        model: 'm',
        revision: 2,
        state: '',
        nonce: 'n',
        at: 't',
        actor: 'a',
        forced: false,
        gates: [],
        change: { type: 'publish', version: '1.0.0' },
      }),
    ).toThrow(/revision 2 of m cannot follow revision 0/);
  });
});

describe('promotion gates', () => {
  const record = versionRecord('m', '1.0.0', 'weights', ['validate', 'compat-py311']);
  const base = {
    version: record,
    state: emptyState('m'),
    canarySteps: [10, 50],
    analysis: false,
    force: false,
  };

  it('needs passing evidence of every required kind made on the exact digests for staging', () => {
    const none = planPromotion({ ...base, stage: 'staging', evidence: [] });
    expect(none.kind).toBe('refused');
    expect(none.gates.map((g) => [g.gate, g.passed])).toEqual([
      ['evidence:validate', false],
      ['evidence:compat-py311', false],
    ]);
    const otherBytes = planPromotion({
      ...base,
      stage: 'staging',
      evidence: [evidence('validate', 'pass', 'other'), evidence('compat-py311', 'pass')],
    });
    expect(otherBytes.gates[0]).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/other artifacts/),
    });
    const failed = planPromotion({
      ...base,
      stage: 'staging',
      evidence: [evidence('validate', 'pass'), evidence('compat-py311', 'fail')],
    });
    expect(failed.kind).toBe('refused');
    const ok = planPromotion({
      ...base,
      stage: 'staging',
      evidence: [evidence('validate', 'pass'), evidence('compat-py311', 'pass')],
    });
    expect(ok).toMatchObject({
      kind: 'change',
      change: { type: 'promote', stage: 'staging', version: '1.0.0' },
    });
  });

  it('walks canary weights through the steps and keeps the stage order', () => {
    const staged = fold([
      { type: 'publish', version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
    ]);
    expect(
      planPromotion({
        ...base,
        stage: 'canary',
        state: fold([{ type: 'publish', version: '1.0.0' }]),
        evidence: [],
      }).kind,
    ).toBe('refused');
    const first = planPromotion({ ...base, stage: 'canary', state: staged, evidence: [] });
    expect(first).toMatchObject({ kind: 'change', change: { weight: 10 } });
    const at10 = fold([
      { type: 'publish', version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
    ]);
    expect(planPromotion({ ...base, stage: 'canary', state: at10, evidence: [] })).toMatchObject({
      change: { weight: 50 },
    });
    expect(
      planPromotion({ ...base, stage: 'canary', state: at10, evidence: [], weight: 10 }).kind,
    ).toBe('unchanged');
    expect(
      planPromotion({ ...base, stage: 'canary', state: at10, evidence: [], weight: 101 }).kind,
    ).toBe('refused');
    expect(planPromotion({ ...base, stage: 'production', state: at10, evidence: [] }).kind).toBe(
      'change',
    );
    expect(planPromotion({ ...base, stage: 'production', state: staged, evidence: [] }).kind).toBe(
      'refused',
    );
  });

  it('lets a version the stage already holds through the stage order, whatever the stage below holds now', () => {
    const next = fold([
      { type: 'publish', version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'publish', version: '1.1.0' },
      { type: 'promote', stage: 'staging', version: '1.1.0' },
    ]);
    // The canary's next step while staging already tests the next release.
    expect(planPromotion({ ...base, stage: 'canary', state: next, evidence: [] })).toMatchObject({
      kind: 'change',
      change: { stage: 'canary', version: '1.0.0', weight: 50 },
    });
    // A rerun of a production promotion: the canary was cleared by the first run.
    const promoted = fold([
      { type: 'publish', version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '1.0.0' },
    ]);
    const rerun = planPromotion({ ...base, stage: 'production', state: promoted, evidence: [] });
    expect(rerun).toMatchObject({ kind: 'unchanged' });
    expect(rerun.gates[0]).toMatchObject({ gate: 'stage-order', passed: true });
    // Still refused for a version the stage does not hold.
    const other = versionRecord('m', '1.1.0', 'weights 2', ['validate']);
    expect(
      planPromotion({ ...base, version: other, stage: 'production', state: promoted, evidence: [] })
        .kind,
    ).toBe('refused');
  });

  it('lets --force waive a missing analysis, never the stage order or the production policy', () => {
    const canary = fold([
      { type: 'publish', version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
    ]);
    expect(
      planPromotion({ ...base, analysis: true, stage: 'production', state: canary, evidence: [] })
        .kind,
    ).toBe('refused');
    const forced = planPromotion({
      ...base,
      analysis: true,
      force: true,
      stage: 'production',
      state: canary,
      evidence: [],
    });
    expect(forced).toMatchObject({ kind: 'change', forced: true });
    expect(forced.gates.find((g) => g.gate === 'analysis')).toMatchObject({
      passed: false,
      waived: true,
    });
    const policy = productionPolicyGates(
      { allowedEvents: ['workflow_dispatch'], allowedRefs: ['refs/heads/main'] },
      { eventName: 'push', ref: 'refs/heads/main', actor: 'x', permission: 'read' },
    );
    expect(policy.map((g) => g.passed)).toEqual([false, true, false]);
    expect(
      planPromotion({
        ...base,
        force: true,
        stage: 'production',
        state: canary,
        evidence: [],
        policy,
      }).kind,
    ).toBe('refused');
    expect(
      planPromotion({
        ...base,
        force: true,
        stage: 'production',
        state: fold([{ type: 'publish', version: '1.0.0' }]),
        evidence: [],
      }).kind,
    ).toBe('refused');
  });
});
