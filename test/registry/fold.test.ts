import { describe, expect, it } from 'vitest';
import { planPromotion, planRollback, productionPolicyGates } from '../../src/registry/gates.js';
import {
  applyEvent,
  canonicalJson,
  checkEvidenceKind,
  checkModelName,
  checkVersion,
  compareVersions,
  emptyState,
  recordDigest,
  RECENT_VERSIONS,
  sameDigests,
  stateDigest,
  type EventChange,
  type EvidenceRecord,
  type ModelState,
  type RegistryEvent,
} from '../../src/registry/model.js';
import { prov, versionRecord } from './helpers.js';

/** The state after these changes; `steps[i]`, when given, is the step of the run that made change i. */
function fold(changes: EventChange[], steps: (string | undefined)[] = []): ModelState {
  return changes.reduce<ModelState>(
    (s, change, i) =>
      applyEvent(s, {
        ...(steps[i] === undefined ? {} : { step: steps[i] }),
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
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'publish', record: '0'.repeat(64), version: '1.1.0' },
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
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'publish', record: '0'.repeat(64), version: '1.1.0' },
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
        record: '0'.repeat(64),
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
        change: { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
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
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
    ]);
    expect(
      planPromotion({
        ...base,
        stage: 'canary',
        state: fold([{ type: 'publish', record: '0'.repeat(64), version: '1.0.0' }]),
        evidence: [],
      }).kind,
    ).toBe('refused');
    const first = planPromotion({ ...base, stage: 'canary', state: staged, evidence: [] });
    expect(first).toMatchObject({ kind: 'change', change: { weight: 10 } });
    const at10 = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
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
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'publish', record: '0'.repeat(64), version: '1.1.0' },
      { type: 'promote', stage: 'staging', version: '1.1.0' },
    ]);
    // The canary's next step while staging already tests the next release.
    expect(planPromotion({ ...base, stage: 'canary', state: next, evidence: [] })).toMatchObject({
      kind: 'change',
      change: { stage: 'canary', version: '1.0.0', weight: 50 },
    });
    // A rerun of a production promotion: the canary was cleared by the first run.
    const promoted = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
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
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
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
        state: fold([{ type: 'publish', record: '0'.repeat(64), version: '1.0.0' }]),
        evidence: [],
      }).kind,
    ).toBe('refused');
  });
});

describe('the fold: what a change may not do to the rest of the state', () => {
  it('does not count a version published again (a rerun) as a new one', () => {
    const s = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
    ]);
    expect(s).toMatchObject({ versionCount: 1, recentVersions: ['1.0.0'] });
  });

  it('does not make production its own rollback target when its version is promoted again', () => {
    const s = fold([
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.0.0' },
    ]);
    expect(s.previousProduction).toEqual([]);
    expect(planRollback(s, 'production').kind).toBe('refused');
  });

  it('keeps a canary of another version when production is promoted', () => {
    const s = fold([
      { type: 'promote', stage: 'canary', version: '1.1.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '1.0.0' },
    ]);
    expect(s.stages.canary).toMatchObject({ version: '1.1.0', weight: 10 });
    // The canary of the promoted version itself is done: it is cleared.
    const done = fold([
      { type: 'promote', stage: 'canary', version: '1.1.0', weight: 10 },
      { type: 'promote', stage: 'production', version: '1.1.0' },
    ]);
    expect(done.stages.canary).toBeUndefined();
  });

  it('keeps the newest 50 production versions for rollback, oldest dropped', () => {
    const s = fold(
      Array.from({ length: 56 }, (_, i): EventChange => ({
        type: 'promote',
        stage: 'production',
        version: `1.0.${i}`,
      })),
    );
    expect(s.previousProduction).toHaveLength(50);
    expect(s.previousProduction[0]).toBe('1.0.5');
    expect(s.previousProduction.at(-1)).toBe('1.0.54');
  });

  it('rolls back to the newest previous version and drops it from the history', () => {
    const s = fold([
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.1.0' },
      { type: 'promote', stage: 'production', version: '1.2.0' },
      { type: 'rollback', stage: 'production', version: '1.1.0', previous: '1.2.0' },
    ]);
    expect(s.stages.production).toStrictEqual({ version: '1.1.0', revision: 4, at: 't4' });
    expect(s.previousProduction).toEqual(['1.0.0']);
  });

  it('aborts the canary and nothing else', () => {
    const s = fold([
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.1.0', weight: 10 },
      { type: 'abort', stage: 'canary', previous: '1.1.0' },
    ]);
    expect(s.stages).toStrictEqual({ production: { version: '1.0.0', revision: 1, at: 't1' } });
  });

  it('gives a canary pointer its weight, and other pointers none', () => {
    const s = fold([
      { type: 'promote', stage: 'staging', version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
    ]);
    expect(s.stages).toStrictEqual({
      staging: { version: '1.0.0', revision: 1, at: 't1' },
      canary: { version: '1.0.0', weight: 10, revision: 2, at: 't2' },
    });
  });

  it('records the deploy each stage change with a hook expects, and keeps those of other stages', () => {
    const s = fold([
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10, hook: true },
      { type: 'promote', stage: 'production', version: '0.9.0', hook: true },
      { type: 'promote', stage: 'staging', version: '1.1.0' },
    ]);
    expect(s.deploys).toStrictEqual({
      canary: { revision: 1, change: 'promote', version: '1.0.0', weight: 10 },
      production: { revision: 2, change: 'promote', version: '0.9.0' },
    });
    const rolled = fold([
      { type: 'promote', stage: 'production', version: '1.0.0' },
      { type: 'promote', stage: 'production', version: '1.1.0' },
      { type: 'rollback', stage: 'production', version: '1.0.0', previous: '1.1.0', hook: true },
      { type: 'promote', stage: 'canary', version: '1.2.0', weight: 10, hook: true },
      { type: 'abort', stage: 'canary', previous: '1.2.0', hook: true },
    ]);
    expect(rolled.deploys).toStrictEqual({
      production: { revision: 3, change: 'rollback', version: '1.0.0' },
      canary: { revision: 5, change: 'abort' },
    });
    // A publish leaves every pending deploy as it was.
    const published = fold([
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10, hook: true },
      { type: 'publish', record: '0'.repeat(64), version: '1.1.0' },
    ]);
    expect(published.deploys).toStrictEqual({
      canary: { revision: 1, change: 'promote', version: '1.0.0', weight: 10 },
    });
  });

  it('records which step of the run made each stage change, for a rerun of that step to find', () => {
    const s = fold(
      [
        { type: 'promote', stage: 'staging', version: '1.0.0' },
        { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
        { type: 'publish', record: '0'.repeat(64), version: '1.1.0' },
      ],
      ['run-1/stage', 'run-2/canary', 'run-3/publish'],
    );
    expect(s.madeBy).toStrictEqual({
      staging: { revision: 1, step: 'run-1/stage', change: 'promote', version: '1.0.0' },
      canary: {
        revision: 2,
        step: 'run-2/canary',
        change: 'promote',
        version: '1.0.0',
        weight: 10,
      },
    });
    const aborted = fold(
      [
        { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
        { type: 'abort', stage: 'canary', previous: '1.0.0' },
      ],
      ['run-1/canary', 'run-2/abort'],
    );
    expect(aborted.madeBy).toStrictEqual({
      canary: { revision: 2, step: 'run-2/abort', change: 'abort' },
    });
  });

  it("clears the canary's pending deploy and its step when production takes the canary's version, and only then", () => {
    const changes: EventChange[] = [
      { type: 'promote', stage: 'canary', version: '1.1.0', weight: 10, hook: true },
      { type: 'promote', stage: 'production', version: '1.1.0' },
    ];
    const done = fold(changes, ['run-1/canary', 'run-2/production']);
    expect(done.deploys).toStrictEqual({});
    expect(done.madeBy).toStrictEqual({
      production: { revision: 2, step: 'run-2/production', change: 'promote', version: '1.1.0' },
    });
    // Production takes another version: the canary, its deploy and its step stay.
    const other = fold(
      [changes[0]!, { type: 'promote', stage: 'production', version: '1.0.0' }],
      ['run-1/canary', 'run-2/production'],
    );
    expect(other.deploys.canary).toMatchObject({ version: '1.1.0', weight: 10 });
    expect(other.madeBy.canary).toMatchObject({ step: 'run-1/canary', version: '1.1.0' });
  });

  it("forgets the step of a stage's change once a change by an unknown step replaces it, and keeps the other stages'", () => {
    const s = fold(
      [
        { type: 'promote', stage: 'staging', version: '1.0.0' },
        { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
        { type: 'promote', stage: 'canary', version: '1.0.0', weight: 50 },
      ],
      ['run-1/stage', 'run-2/canary', undefined],
    );
    expect(s.madeBy).toStrictEqual({
      staging: { revision: 1, step: 'run-1/stage', change: 'promote', version: '1.0.0' },
    });
  });

  it("forgets a stage's pending deploy once a change without a hook replaces it", () => {
    const s = fold([
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10, hook: true },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 50 },
    ]);
    expect(s.deploys).toStrictEqual({});
  });

  it('says how to repair a log with a gap', () => {
    const gap = () =>
      applyEvent(emptyState('m'), {
        format: 2,
        model: 'm',
        revision: 3,
        state: '',
        nonce: 'n',
        at: 't',
        actor: 'a',
        forced: false,
        gates: [],
        change: { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      });
    expect(gap).toThrow(
      expect.objectContaining({ hint: 'restore the missing event from a backup' }),
    );
  });
});

describe('the digests the hash chain names', () => {
  it('writes canonical JSON: keys sorted at every depth, undefined left out, null kept', () => {
    expect(
      canonicalJson({ b: 1, a: [2, { d: null, c: 'x"y', e: undefined }], u: undefined, z: true }),
    ).toBe('{"a":[2,{"c":"x\\"y","d":null}],"b":1,"z":true}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson('s')).toBe('"s"');
    expect(canonicalJson([{ b: 1, a: 2 }, 'a,b'])).toBe('[{"a":2,"b":1},"a,b"]');
  });

  it('gives a state the same digest whatever order its keys were added in, another state another', () => {
    const s = fold([
      { type: 'publish', record: '0'.repeat(64), version: '1.0.0' },
      { type: 'promote', stage: 'canary', version: '1.0.0', weight: 10 },
      { type: 'promote', stage: 'staging', version: '1.0.0' },
    ]);
    const reordered = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(s).reverse())),
    ) as ModelState;
    reordered.stages = { staging: s.stages.staging, canary: s.stages.canary };
    expect(stateDigest(reordered)).toBe(stateDigest(s));
    expect(stateDigest(s)).toMatch(/^[0-9a-f]{64}$/);
    expect(
      stateDigest({ ...s, stages: { ...s.stages, canary: { ...s.stages.canary!, weight: 50 } } }),
    ).not.toBe(stateDigest(s));
  });
});

describe("the digest a publish binds the version's record to", () => {
  it('is the same for the same manifest published again, by anyone, at any time', () => {
    const r = versionRecord('m', '1.0.0', 'weights', ['validate']);
    const again = {
      ...r,
      published: { actor: 'someone-else', at: '2030-01-01T00:00:00.000Z' },
      nonce: 'other-write',
    };
    expect(recordDigest(again)).toBe(recordDigest(r));
    expect(recordDigest(r)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs when the artifacts, their bytes or the required evidence differ', () => {
    const r = versionRecord('m', '1.0.0', 'weights', ['validate']);
    const digests = [
      r,
      versionRecord('m', '1.0.0', 'other weights', ['validate']),
      versionRecord('m', '1.0.0', 'weights', ['validate', 'compat-py311']),
      { ...r, artifacts: [{ ...r.artifacts[0]!, path: 'other.bin' }] },
      { ...r, framework: 'onnx' },
    ].map(recordDigest);
    expect(new Set(digests).size).toBe(digests.length);
  });
});

describe('evidence counts only for the same bytes', () => {
  const a = { path: 'model.bin', sha256: '1'.repeat(64) };
  const b = { path: 'vocab.txt', sha256: '2'.repeat(64) };

  it('matches the same files with the same bytes in any order', () => {
    expect(sameDigests([a, b], [b, a])).toBe(true);
    expect(sameDigests([], [])).toBe(true);
  });

  it('refuses a partial match: a file missing, added, renamed or with other bytes', () => {
    expect(sameDigests([a, b], [a])).toBe(false);
    expect(sameDigests([a], [a, b])).toBe(false);
    expect(sameDigests([a, b], [a, { ...b, sha256: '3'.repeat(64) }])).toBe(false);
    // The same bytes under another name are another file.
    expect(sameDigests([a], [{ ...a, path: 'other.bin' }])).toBe(false);
    expect(sameDigests([a, { ...a, path: 'copy.bin' }], [a, { ...a, path: 'other.bin' }])).toBe(
      false,
    );
  });
});

describe('names that become registry keys', () => {
  it('accepts model names of 1 to 63 lowercase letters, digits and hyphens', () => {
    for (const name of ['iris', 'a', '0', 'iris-classifier-2', 'a'.repeat(63)])
      expect(checkModelName(name)).toBe(name);
  });

  it('refuses a model name that could climb out of its folder or is not one', () => {
    for (const name of [
      '',
      '../iris',
      'iris/..',
      'models/iris',
      'Iris',
      '-iris',
      'a'.repeat(64),
      'iris\n',
    ])
      expect(() => checkModelName(name), JSON.stringify(name)).toThrow(
        expect.objectContaining({
          message: `model name ${JSON.stringify(name)} is not valid`,
          hint: 'use 1 to 63 lowercase letters, digits and hyphens, starting with a letter or digit (no "/" or "..")',
        }),
      );
  });

  it('accepts exactly a semantic version, refuses a v prefix or a partial one', () => {
    for (const v of ['1.2.0', '0.0.1', '1.2.0-rc.1']) expect(checkVersion(v)).toBe(v);
    for (const v of ['v1.2.0', '1.2', '1.2.0 ', '../1.2.0', ''])
      expect(() => checkVersion(v), JSON.stringify(v)).toThrow(
        expect.objectContaining({
          message: `version ${JSON.stringify(v)} is not a semantic version`,
          hint: 'write MAJOR.MINOR.PATCH, e.g. 1.2.0 or 1.2.0-rc.1 (no leading "v")',
        }),
      );
  });

  it('orders versions as semantic versions, not as strings', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.2.0-rc.1', '1.2.0')).toBe(-1);
    expect(compareVersions('1.2.0', '1.2.0')).toBe(0);
  });

  it('accepts evidence kinds as checks name them, refuses paths and capitals', () => {
    for (const k of ['validate', 'compat-py311', 'analysis-10', 'a.b_c', 'x', 'a'.repeat(101)])
      expect(checkEvidenceKind(k)).toBe(k);
    for (const k of [
      '',
      '../validate',
      'validate/..',
      'a/b',
      'Validate',
      '.hidden',
      '-x',
      'a'.repeat(102),
    ])
      expect(() => checkEvidenceKind(k), JSON.stringify(k)).toThrow(
        expect.objectContaining({
          message: `evidence kind ${JSON.stringify(k)} is not valid`,
          hint: 'use lowercase letters, digits, ".", "_" and "-" (e.g. validate, compat-py311)',
        }),
      );
  });
});
