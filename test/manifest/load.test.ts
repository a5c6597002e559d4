import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/manifest/load.js';
import { closest, editDistance } from '../../src/manifest/suggest.js';
import { parseYaml } from '../../src/manifest/yaml.js';
import { REPO, runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, '.git'));
  await cp(join(REPO, 'examples/iris'), join(dir, 'models/iris'), { recursive: true });
  await cp(join(REPO, 'examples/iris'), join(dir, 'models/iris-two'), { recursive: true });
});
afterAll(() => cleanup());

describe('loadManifest', () => {
  it('applies the schema defaults in one place', async () => {
    await writeFile(
      join(dir, 'models/iris/minimal.yaml'),
      'apiVersion: modelgate/v1\nmodel:\n  name: iris\n  version: 1.0.0\n  framework: sklearn\n  artifacts: [{ path: model/model.pkl }]\ncompatibility:\n  targets: [{ name: t, image: i }]\n',
    );
    const r = await loadManifest('models/iris/minimal.yaml', { cwd: dir });
    expect(r.findings).toEqual([]);
    const m = r.loaded!.manifest;
    expect(m.serving.mode).toBe('realtime');
    expect(m.compatibility.tolerance).toEqual({ atol: 1e-6, rtol: 1e-5 });
    expect(m.compatibility.targets[0]).toMatchObject({
      required: true,
      timeout_s: 600,
      python: 'python3',
    });
    expect(m.security).toEqual({ pickle: 'strict', allow_globals: [] });
    expect(m.promotion.canary.steps).toEqual([10, 50]);
    expect(r.loaded!.root).toBe(dir);
  });

  it('locates nested nodes, keys and the nearest existing ancestor', () => {
    const p = parseYaml('a:\n  b:\n    - x: 1\n    - y: 2\n', 'f.yaml');
    if (!p.ok) throw new Error('parse failed');
    expect(p.map.locate(['a', 'b', 1, 'y'])).toEqual({ file: 'f.yaml', line: 4, column: 10 });
    expect(p.map.locate(['a', 'b', 1, 'y'], true)).toEqual({ file: 'f.yaml', line: 4, column: 7 });
    expect(p.map.locate(['a', 'missing', 3])).toEqual({ file: 'f.yaml', line: 2, column: 3 });
  });
});

describe('suggestions', () => {
  it('measures edits and suggests only close names', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('framwork', ['name', 'framework', 'version'])).toBe('framework');
    expect(closest('zzz', ['name', 'framework'])).toBeUndefined();
  });
});

describe('validate over a glob of manifests', () => {
  it('validates every matching model and reports each', async () => {
    const r = await runCli(['validate', '--manifest', 'models/*/modelgate.yaml', '--json'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.models.map((m: { manifest: string }) => m.manifest)).toEqual([
      'models/iris-two/modelgate.yaml',
      'models/iris/modelgate.yaml',
    ]);
    expect(report.verdict).toBe('pass');
  });

  it('fails the whole run when one model fails, and still reports the others', async () => {
    await writeFile(join(dir, 'models/iris-two/model/model.pkl'), 'tampered');
    const r = await runCli(['validate', '--manifest', 'models/*/modelgate.yaml', '--json'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.models.map((m: { verdict: string }) => m.verdict)).toEqual(['fail', 'pass']);
    expect(report.models[0].artifacts[0].findings[0].rule).toBe('digest-mismatch');
  });

  it('is a usage error when the glob matches nothing', async () => {
    const r = await runCli(['validate', '--manifest', 'nothing/*/modelgate.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/matches no file/);
  });
});
