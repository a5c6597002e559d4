import { expect, it } from 'vitest';
import { describeContainers, runTestJson, TRIXIE } from './containers.js';

describeContainers('ONNX models in the onnxruntime image', [TRIXIE], (engine) => {
  it('passes a matching model; fails one off by more than the tolerance, one with the wrong output shape or dtype, one answering NaN', async () => {
    // One run, three manifests (a glob): the exit code is that of the worst model.
    const out = await runTestJson(engine, 'test/fixtures/compat/onnx/*.yaml', 1);
    expect(out.verdict).toBe('fail');
    const models = new Map(out.models.map((m) => [m.model, m]));

    const good = models.get('onnx-linear')!;
    expect(good.verdict).toBe('pass');
    expect(good.targets[0]!.runtime.framework).toBe('onnxruntime');
    expect(good.targets[0]!.maxAbsError).toBeLessThan(1e-5);

    const off = models.get('onnx-off')!;
    expect(off.verdict).toBe('fail');
    expect(off.targets[0]!.verdict).toBe('fail');
    expect(off.targets[0]!.maxAbsError).toBeCloseTo(0.5, 4);
    const mismatch = off.targets[0]!.findings.find((f) => f.rule === 'compat-output-mismatch')!;
    expect(mismatch.severity).toBe('error');
    expect(mismatch.message).toMatch(
      /output `y` differs .*max abs error 0\.5\b.*\(8 of 8 samples\)/,
    );
    expect(mismatch.location).toEqual({ file: 'test/fixtures/compat/onnx/samples.jsonl', line: 1 });

    const shape = models.get('onnx-wrong-shape')!;
    expect(shape.verdict).toBe('fail');
    const wrong = shape.targets[0]!.findings.find((f) => f.rule === 'compat-output-shape')!;
    expect(wrong.message).toMatch(/output `y` has shape \[1, 2\]; the signature says \[-1, 3\]/);

    const nan = models.get('onnx-nan')!;
    expect(nan.verdict).toBe('fail');
    expect(nan.targets[0]!.findings).toEqual([
      expect.objectContaining({
        rule: 'compat-output-non-finite',
        message: expect.stringMatching(
          /output `y` has NaN or infinite values .* \(1 of 2 samples\)/,
        ),
        location: { file: 'test/fixtures/compat/onnx/nan-samples.jsonl', line: 2 },
      }),
    ]);

    const dtype = models.get('onnx-wrong-dtype')!;
    expect(dtype.verdict).toBe('fail');
    expect(dtype.targets[0]!.findings).toEqual([
      expect.objectContaining({
        rule: 'compat-output-dtype',
        message: expect.stringMatching(/output `y` has dtype float32; the signature says float64/),
      }),
    ]);
  });
});
