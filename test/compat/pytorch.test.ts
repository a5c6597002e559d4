import { expect, it } from 'vitest';
import { describeContainers, runTestJson, TRIXIE } from './containers.js';

describeContainers('PyTorch artifacts in the torch image', [TRIXIE], (engine) => {
  it('runs TorchScript, loads a state dict with weights_only but says the samples were not run, refuses a pickled module', async () => {
    const out = await runTestJson(engine, 'test/fixtures/compat/pytorch/*.yaml', 1);
    const models = new Map(out.models.map((m) => [m.model, m.targets[0]!]));

    const scripted = models.get('torch-scripted')!;
    expect(scripted).toMatchObject({
      verdict: 'pass',
      runtime: { framework: 'torch' },
      findings: [],
    });
    expect(scripted.maxAbsError).toBeLessThan(1e-5);

    const state = models.get('torch-state-dict')!;
    expect(state.verdict).toBe('pass');
    expect(state.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'compat-samples-skipped',
        message: expect.stringMatching(/state_dict\.pt holds 2 tensors \(a state dict\)/),
      }),
    ]);

    const full = models.get('torch-full-module')!;
    expect(full.verdict).toBe('error');
    expect(full.runtime.framework).toBe('torch');
    expect(full.findings[0]!.message).toMatch(
      /full_module\.pt is neither TorchScript .* nor a state dict that loads with weights_only=True/,
    );
    // torch colours its message for terminals; a finding must be plain text.
    expect(full.findings[0]!.message).not.toContain('\u001b');
  });
});
