import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/cli.js';
import { runAction } from '../helpers/runner.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-action-'));
  await mkdir(join(dir, 'ws/.git'), { recursive: true });
  await cp(join(REPO, 'examples/iris'), join(dir, 'ws/iris'), { recursive: true });
});
afterAll(() => cleanup());

describe('dist/index.js run as the GitHub runner runs it', () => {
  it('validates the iris example: outputs, summary and report file', async () => {
    const r = await runAction(
      join(dir, 'run-pass'),
      { command: 'validate', manifest: 'iris/modelgate.yaml', comment: 'false' },
      { cwd: join(dir, 'ws') },
    );
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({
      verdict: 'pass',
      model: 'iris-classifier',
      version: '1.2.0',
    });
    expect(r.summary).toContain('iris-classifier');
    expect(r.summary).toMatch(/model\.pkl/);
    expect(r.outputs['report-path']).toBeTruthy();
    expect(await readFile(r.outputs['report-path']!, 'utf8')).toContain('iris-classifier');
    expect(r.stdout).not.toContain('::error');
  });

  it('fails with annotations on the manifest lines, at most 10 per type, the rest in the summary', async () => {
    const ws = join(dir, 'ws');
    // Fourteen unknown fields: fourteen errors on fourteen distinct lines.
    const extra = Array.from({ length: 14 }, (_, i) => `  unknown_${i}: ${i}`).join('\n');
    const yaml = (await readFile(join(ws, 'iris/modelgate.yaml'), 'utf8')).replace(
      '  framework: sklearn\n',
      `  framework: sklearn\n${extra}\n`,
    );
    await writeFile(join(ws, 'iris/broken.yaml'), yaml);
    const r = await runAction(
      join(dir, 'run-fail'),
      { command: 'validate', manifest: 'iris/broken.yaml', comment: 'false' },
      { cwd: ws },
    );
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    const onLines = annotations.filter((l) => /file=iris\/broken\.yaml,line=\d+,col=3/.test(l));
    expect(onLines).toHaveLength(10);
    expect(onLines[0]).toMatch(/line=7,.*unknown field `unknown_0`/);
    // The four that GitHub would not show are in the summary.
    expect(r.summary).toMatch(/4 more findings/);
    expect(r.summary).toContain('unknown_13');
    expect(r.stdout).toMatch(/::error::modelgate validate: fail/);
  });

  it('rejects an unknown command with a clear failure', async () => {
    const r = await runAction(
      join(dir, 'run-bad'),
      { command: 'deploy' },
      { cwd: join(dir, 'ws') },
    );
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/::error::unknown command "deploy"; one of .*validate/);
  });
});
