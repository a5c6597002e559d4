import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { BOOKWORM, describeContainers } from './containers.js';

const IRIS = 'examples/iris/modelgate.yaml';
const IRIS_SHA = 'f1e84454f092da30b17cea64a8af98533791207558d3ac9e4ca0a4fe1e0735cc';

describeContainers('test --record', [BOOKWORM], (engine) => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await tempDir('modelgate-record-')));
  afterAll(() => cleanup());

  it('stores each target as compat-<target> evidence on the digests it ran on', async () => {
    const registry = `file://${dir}`;
    const r = await engine.cli(
      [
        'test',
        '--manifest',
        IRIS,
        '--target',
        'bookworm-sklearn12',
        '--record',
        '--registry',
        registry,
      ],
      { timeoutMs: 180_000 },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /recorded pass compat-bookworm-sklearn12 evidence for iris-classifier 1\.2\.0/,
    );
    const evidence = JSON.parse(
      await readFile(
        join(dir, 'models/iris-classifier/evidence/1.2.0/compat-bookworm-sklearn12.json'),
        'utf8',
      ),
    );
    expect(evidence).toMatchObject({
      kind: 'compat-bookworm-sklearn12',
      verdict: 'pass',
      artifacts: [{ path: 'model/model.pkl', sha256: IRIS_SHA }],
      details: {
        image: BOOKWORM,
        runtime: { framework: 'scikit-learn' },
        samples: { total: 10, passed: 10 },
      },
    });
  });

  it('refuses to record from a pull request, before any container runs', async () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' };
    const r = await engine.cli(
      ['test', '--manifest', IRIS, '--record', '--registry', `file://${dir}/pr`],
      { env },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /test --record writes to the model registry, and a pull_request run never does/,
    );
    expect(r.stderr).not.toMatch(/testing in/);
  });
});
