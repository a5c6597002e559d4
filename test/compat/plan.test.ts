import { expect, it, describe } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('plan', () => {
  it('prints every target of every selected manifest as a GitHub Actions matrix', async () => {
    const r = await runCli([
      'plan',
      '--manifest',
      '{examples/iris,test/fixtures/compat/onnx}/{modelgate,linear}.yaml',
      '--json',
    ]);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      matrix: {
        include: [
          {
            model: 'iris-classifier',
            manifest: 'examples/iris/modelgate.yaml',
            target: 'bookworm-sklearn12',
            image: 'localhost/modelgate-bookworm:latest',
            required: true,
          },
          {
            model: 'iris-classifier',
            manifest: 'examples/iris/modelgate.yaml',
            target: 'trixie-sklearn14',
            image: 'localhost/modelgate-trixie:latest',
            required: true,
          },
          {
            model: 'onnx-linear',
            manifest: 'test/fixtures/compat/onnx/linear.yaml',
            target: 'trixie-onnxruntime',
            image: 'localhost/modelgate-trixie:latest',
            required: true,
          },
        ],
      },
    });
  });

  it('refuses a manifest with errors (exit 2), pointing at validate', async () => {
    const r = await runCli(['plan', '--manifest', 'test/fixtures/compat/custom/model.bin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cannot plan test\/fixtures\/compat\/custom\/model\.bin: the manifest has errors/,
    );
    expect(r.stderr).toMatch(/hint: run modelgate validate/);
  });
});
