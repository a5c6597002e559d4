// Issue 14's acceptance through the bundled CLI: a user config.pbtxt that disagrees with the
// signature fails `validate` at its own lines; one that agrees passes. (npm run build first.)
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';

const validate = (manifest: string) =>
  runCli(['validate', '--manifest', `test/fixtures/serving/${manifest}`], {
    cwd: REPO,
    timeoutMs: 20000,
  });

describe('validate with a Triton serve.config', () => {
  it('fails a config.pbtxt that disagrees with the signature, at its lines', async () => {
    const r = await validate('triton-config-disagrees.yaml');
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.includes('linear-disagrees.pbtxt:'));
    expect(lines.map((l) => l.trim())).toEqual([
      'test/fixtures/serving/config/linear-disagrees.pbtxt:9:16: error: input "x" has data_type TYPE_FP64; the signature\'s float32 is TYPE_FP32 [triton-config-data-type]',
      'test/fixtures/serving/config/linear-disagrees.pbtxt:17:5: error: output "y": dims [ -1, 3 ] with max_batch_size 64 is the shape [ -1, -1, 3 ]; the signature\'s shape is [ -1, 3 ] (dims exclude the batch dimension: [ 3 ]) [triton-config-shape]',
    ]);
  });

  it('passes a config.pbtxt that serves the signature', async () => {
    const r = await validate('triton-config-good.yaml');
    expect(r.stdout + r.stderr).not.toContain('[triton-config');
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('gives the findings in --json with the config file and line', async () => {
    const r = await runCli(
      ['validate', '--manifest', 'test/fixtures/serving/triton-config-disagrees.yaml', '--json'],
      { cwd: REPO, timeoutMs: 20000 },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"rule": "triton-config-data-type"');
    expect(r.stdout).toMatch(
      /"file": "test\/fixtures\/serving\/config\/linear-disagrees\.pbtxt",\s*"line": 9/,
    );
  });

  it("puts serving targets in plan's matrix like any other", async () => {
    const r = await runCli(
      ['plan', '--manifest', 'test/fixtures/serving/triton-config-good.yaml', '--json'],
      { cwd: REPO, timeoutMs: 20000 },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      matrix: {
        include: [
          {
            model: 'serve-linear',
            manifest: 'test/fixtures/serving/triton-config-good.yaml',
            target: 'triton-24-08',
            image: 'nvcr.io/nvidia/tritonserver:24.08-py3',
            required: true,
          },
        ],
      },
    });
  });
});
