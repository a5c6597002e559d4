import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { describeContainers, TRIXIE } from './containers.js';

interface ModelJson {
  model: string;
  verdict: string;
  targets: {
    verdict: string;
    runtime: { framework?: string };
    maxAbsError?: number;
    findings: { severity: string; rule: string; message: string }[];
  }[];
}

describeContainers('PyTorch artifacts in the torch image', [TRIXIE], () => {
  it('runs TorchScript, loads a state dict with weights_only but says the samples were not run, refuses a pickled module', async () => {
    const r = await runCli(
      ['test', '--manifest', 'test/fixtures/compat/pytorch/*.yaml', '--json'],
      { timeoutMs: 180_000 },
    );
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(1);
    const models = new Map(
      (JSON.parse(r.stdout) as { models: ModelJson[] }).models.map((m) => [m.model, m.targets[0]!]),
    );

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
