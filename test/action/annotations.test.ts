import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { runAction } from '../helpers/runner.js';

let dir: string;
let cleanup: () => Promise<void>;

// A protocol-0 pickle that calls os.system when loaded.
const EVIL = "cos\nsystem\n(S'echo pwned'\ntR.";

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-annotations-'));
  await mkdir(join(dir, 'ws/.git'), { recursive: true });
  await mkdir(join(dir, 'ws/evil/shards'), { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < 12; i++) {
    const path = `shards/part-${String(i).padStart(2, '0')}.pkl`;
    await writeFile(join(dir, 'ws/evil', path), EVIL);
    paths.push(`    - path: ${path}`);
  }
  await writeFile(
    join(dir, 'ws/evil/modelgate.yaml'),
    [
      'apiVersion: modelgate/v1',
      'model:',
      '  name: evil',
      '  version: 1.0.0',
      '  framework: sklearn',
      '  artifacts:',
      ...paths,
      '',
    ].join('\n'),
  );
});
afterAll(() => cleanup());

describe('annotations on artifact files', () => {
  it('annotates the first ten unsafe files and lists the other two in the summary', async () => {
    const r = await runAction(
      join(dir, 'run'),
      { command: 'validate', manifest: 'evil/modelgate.yaml', comment: 'false' },
      { cwd: join(dir, 'ws') },
    );
    expect(r.code).toBe(1);
    const onFiles = r.stdout
      .split('\n')
      .filter((l) => /^::error title=pickle-[a-z-]+,file=evil\/shards\/part-\d\d\.pkl::/.test(l));
    expect(onFiles).toHaveLength(10);
    expect(onFiles[0]).toMatch(/file=evil\/shards\/part-00\.pkl::.*system/);
    const overflow = r.summary.slice(r.summary.indexOf('2 more findings'));
    expect(overflow).toContain('`evil/shards/part-10.pkl`');
    expect(overflow).toContain('`evil/shards/part-11.pkl`');
    // The full report still lists every file as unsafe.
    expect(r.summary.match(/\| ❌ unsafe \|/g)).toHaveLength(12);
  });
});
