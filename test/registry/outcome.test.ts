import { describe, expect, it } from 'vitest';
import { transitionOutcome } from '../../src/commands/registry-access.js';
import type { TransitionReport } from '../../src/report/registry.js';

const base: TransitionReport = {
  command: 'promote',
  manifest: 'modelgate.yaml',
  model: 'iris',
  stage: 'production',
  version: '1.0.0',
  canaryWeight: 50,
  status: 'changed',
  forced: false,
  gates: [],
};

describe('transition outputs', () => {
  it('name the stage reached, and none when the gate refused', () => {
    expect(transitionOutcome([base]).outputs.stage).toBe('production');
    const refused = transitionOutcome([
      { ...base, status: 'refused', gates: [{ gate: 'analysis', passed: false, detail: 'no' }] },
    ]);
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs.stage).toBe('');
    expect(refused.outputs.verdict).toBe('fail');
  });
});
