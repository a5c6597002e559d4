import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/cli.js';
import { runAction } from '../helpers/runner.js';
import { BOOKWORM, describeContainers } from './containers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('modelgate-action-compat-')));
afterAll(() => cleanup());

describe('the action: plan', () => {
  it('sets the `matrix` output that strategy.matrix reads with fromJSON', async () => {
    const r = await runAction(
      `${dir}/plan`,
      { command: 'plan', manifest: 'examples/iris/modelgate.yaml' },
      { cwd: REPO },
    );
    expect(r.code).toBe(0);
    const matrix = JSON.parse(r.outputs.matrix!) as {
      include: { target: string; manifest: string }[];
    };
    expect(matrix.include.map((e) => e.target)).toEqual(['bookworm-sklearn12', 'trixie-sklearn14']);
    expect(matrix.include[0]!.manifest).toBe('examples/iris/modelgate.yaml');
    expect(r.summary).toMatch(/\| `iris-classifier` \| `bookworm-sklearn12` \|/);
  });
});

describeContainers('the action: test', [BOOKWORM], (engine) => {
  it('runs the matrix job of one target and writes the summary matrix', async () => {
    const r = await runAction(
      `${dir}/test`,
      {
        command: 'test',
        manifest: 'examples/iris/modelgate.yaml',
        target: 'bookworm-sklearn12',
        engine: engine.name,
      },
      { cwd: REPO, timeoutMs: 180_000, env: { DOCKER_HOST: engine.env.DOCKER_HOST } },
    );
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs.model).toBe('iris-classifier');
    expect(r.summary).toMatch(/## modelgate test \(bookworm-sklearn12\)/);
    expect(r.summary).toMatch(
      /\| `bookworm-sklearn12` \| ✅ pass \| python 3\.11\.\d+, numpy 1\.24\.\d+, scikit-learn 1\.2\.1 \|/,
    );
  });
});
