import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { runAction } from '../helpers/runner.js';

const CORPUS = join(import.meta.dirname, '../fixtures/artifacts/corpus');
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-scan-action-'));
  await mkdir(join(dir, 'ws/models'), { recursive: true });
  await copyFile(join(CORPUS, 'pickle/evil-os-system-p2.pkl'), join(dir, 'ws/models/evil.pkl'));
  await copyFile(join(CORPUS, 'safetensors/model.safetensors'), join(dir, 'ws/models/weights.bin'));
});
afterAll(() => cleanup());

describe('the action runs scan', () => {
  it('annotates the unsafe file, writes the summary and fails the step', async () => {
    const r = await runAction(
      join(dir, 'run'),
      { command: 'scan', paths: 'models\n', comment: 'false' },
      { cwd: join(dir, 'ws') },
    );
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(
      /::error title=pickle-unsafe-global,file=models\/evil\.pkl::calls posix\.system/,
    );
    expect(r.summary).toContain('modelgate scan');
    expect(r.summary).toMatch(/models\/weights\.bin.*safetensors/);
  });
});
