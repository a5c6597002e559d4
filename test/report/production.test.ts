import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/command.js';
import { makeValidateCommand } from '../../src/commands/validate.js';
import { sha256Bytes } from '../../src/digest.js';
import { Registry } from '../../src/registry/registry.js';
import { FileStore } from '../../src/registry/stores/file.js';
import { REPO, tempDir } from '../helpers/cli.js';
import { publishRecord } from '../registry/helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
const warnings: string[] = [];
const ctx = (): CommandContext => ({
  cwd: join(dir, 'ws'),
  log: { info: () => undefined, progress: () => undefined, warn: (m) => warnings.push(m) },
});
const validate = (registry: string) =>
  makeValidateCommand().run(
    { options: { manifest: 'iris/modelgate.yaml', registry }, positionals: [] },
    ctx(),
  );

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-production-'));
  await mkdir(join(dir, 'ws/.git'), { recursive: true });
  await cp(join(REPO, 'examples/iris'), join(dir, 'ws/iris'), { recursive: true });
  // Production serves 1.1.0: a smaller pickle that took float32 features.
  const registry = new Registry(new FileStore(join(dir, 'ws/reg')), { warn: () => undefined });
  const at = { actor: 'test', at: '2026-01-01T00:00:00.000Z' };
  await publishRecord(registry, {
    format: 1,
    model: 'iris-classifier',
    version: '1.1.0',
    framework: 'sklearn',
    artifacts: [{ path: 'model/model.pkl', sha256: sha256Bytes('older'), size: 700 }],
    signature: {
      inputs: [{ name: 'features', dtype: 'float32', shape: [-1, 4] }],
      outputs: [{ name: 'label', dtype: 'int64', shape: [-1] }],
    },
    requiredEvidence: [],
    published: at,
  });
  await registry.transition('iris-classifier', at, () => ({
    change: { type: 'promote', stage: 'production', version: '1.1.0' },
    gates: [],
    forced: false,
  }));
  await writeFile(join(dir, 'ws/not-a-folder'), 'x');
});
afterAll(() => cleanup());

describe('validate compares with the version in production', () => {
  it('shows the size change and the breaking dtype change, and still passes', async () => {
    const outcome = await validate('file://reg');
    expect(outcome.exitCode).toBe(0);
    const [model] = outcome.report!.models;
    expect(model!.signature).toEqual({
      against: '1.1.0',
      changes: [
        {
          side: 'input',
          name: 'features',
          kind: 'dtype',
          before: 'float32 [-1, 4]',
          after: 'float64 [-1, 4]',
          breaking: true,
        },
      ],
    });
    expect(outcome.markdown).toContain('| `iris/model/model.pkl` | — | 830 B | changed, +130 B |');
    expect(outcome.markdown).toContain(
      '| signature vs production | ⚠️ warn | 1 breaking change against 1.1.0 |',
    );
    expect(warnings).toEqual([]);
  });

  it('leaves the comparison out when nothing is in production', async () => {
    const outcome = await validate('file://empty-registry');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report!.models[0]!.signature).toBeUndefined();
    expect(outcome.markdown).not.toContain('vs production');
    expect(warnings).toEqual([]);
    // Reading never writes: a pull request's validation leaves no registry behind.
    expect(existsSync(join(dir, 'ws/empty-registry'))).toBe(false);
  });

  it('warns and leaves the comparison out when the registry cannot be read', async () => {
    const outcome = await validate('file://not-a-folder');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report!.models[0]!.signature).toBeUndefined();
    expect(warnings).toEqual([
      expect.stringMatching(/^not compared with production: the registry could not be read: /),
    ]);
  });
});
