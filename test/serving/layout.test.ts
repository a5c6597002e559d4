// The model repositories modelgate lays out for Triton and TF Serving (src/serving/layout.ts):
// the served version number, each layout's folders, links or copies readable by anyone and
// never symbolic links, and clear refusals of artifacts that do not fit.
import { chmod, lstat, mkdir, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Signature } from '../../src/manifest/types.js';
import {
  layOutRepository,
  LayoutError,
  placeArtifacts,
  servedVersion,
  type RepositoryInput,
} from '../../src/serving/layout.js';
import { checkTritonConfig } from '../../src/serving/triton-config.js';
import { tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
let n = 0;
const out = () => join(dir, `out-${n++}`, 'repo');
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await mkdir(join(dir, 'src/saved/variables'), { recursive: true });
  await writeFile(join(dir, 'src/model.onnx'), 'onnx bytes');
  await writeFile(join(dir, 'src/model.onnx.data'), 'external data');
  await writeFile(join(dir, 'src/other.onnx'), 'onnx bytes');
  await mkdir(join(dir, 'src/b'));
  await writeFile(join(dir, 'src/b/model.onnx'), 'onnx bytes');
  await writeFile(join(dir, 'src/net.pt'), 'torchscript');
  await writeFile(join(dir, 'src/net.plan'), 'tensorrt engine');
  await writeFile(join(dir, 'src/net.engine'), 'tensorrt engine');
  await writeFile(join(dir, 'src/saved/saved_model.pb'), 'pb');
  await writeFile(join(dir, 'src/saved/variables/variables.index'), 'index');
  await writeFile(join(dir, 'src/saved/variables/variables.data-00000-of-00001'), 'data');
  await writeFile(join(dir, 'src/private.onnx'), 'secret', { mode: 0o600 });
  await chmod(join(dir, 'src/private.onnx'), 0o600);
  await symlink(join(dir, 'src/model.onnx'), join(dir, 'src/link.onnx'));
});
afterAll(() => cleanup());

const SIG: Signature = {
  inputs: [{ name: 'x', dtype: 'float32', shape: [-1, 4] }],
  outputs: [{ name: 'y', dtype: 'float32', shape: [-1, 3] }],
};
const art = (...names: string[]) =>
  names.map((name) => ({ path: name, absolute: join(dir, 'src', name) }));
const SAVED = () =>
  art(
    'saved/saved_model.pb',
    'saved/variables/variables.index',
    'saved/variables/variables.data-00000-of-00001',
  );

function input(over: Partial<RepositoryInput> = {}): RepositoryInput {
  return {
    layout: 'triton',
    modelName: 'lin',
    version: '1.2.3',
    framework: 'onnx',
    artifacts: art('model.onnx'),
    signature: SIG,
    ...over,
  };
}

/** Every path under `root` with its kind and mode: d 755, f 644. */
async function tree(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, rel: string) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(d, e.name);
      const st = await lstat(p);
      const kind = st.isSymbolicLink() ? 'l' : st.isDirectory() ? 'd' : 'f';
      out.push(`${kind} ${(st.mode & 0o777).toString(8)} ${rel}${e.name}`);
      if (st.isDirectory()) await walk(p, `${rel}${e.name}/`);
    }
  };
  await walk(root, '');
  return out;
}

describe('servedVersion', () => {
  it('maps releases to positive integers that read back and keep semver order', () => {
    expect(servedVersion('1.2.3')).toBe(1_002_003);
    expect(servedVersion('0.0.1')).toBe(1);
    expect(servedVersion('0.4.0')).toBe(4_000);
    expect(servedVersion('12.999.999')).toBe(12_999_999);
    const ordered = [
      '0.0.1',
      '0.0.999',
      '0.1.0',
      '0.999.999',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '2.0.0',
      '10.0.0',
    ];
    const numbers = ordered.map(servedVersion);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThan(numbers[i - 1]!);
  });

  it('serves a prerelease under its release number and ignores build metadata', () => {
    expect(servedVersion('2.0.0-rc.1')).toBe(2_000_000);
    expect(servedVersion('2.0.0+build.5')).toBe(2_000_000);
  });

  it('refuses what it cannot number, saying why', () => {
    expect(() => servedVersion('1.1000.0')).toThrow(
      /minor 1000.*minor and patch must be below 1000/,
    );
    expect(() => servedVersion('1.0.1000')).toThrow(/patch 1000/);
    expect(() => servedVersion('0.0.0')).toThrow(/version 0, which Triton ignores/);
    expect(() => servedVersion('v1')).toThrow(LayoutError);
    expect(() => servedVersion('99999999999.0.0')).toThrow(/too large/);
  });
});

describe('layOutRepository', () => {
  it('lays out Triton ONNX with a generated config.pbtxt, external data beside the model', async () => {
    const root = out();
    const r = await layOutRepository(
      input({ artifacts: art('model.onnx', 'model.onnx.data') }),
      root,
    );
    expect(r).toEqual({
      root,
      modelDir: join(root, 'lin'),
      modelName: 'lin',
      servedVersion: 1_002_003,
      files: ['lin/1002003/model.onnx', 'lin/1002003/model.onnx.data', 'lin/config.pbtxt'],
    });
    expect(await tree(root)).toEqual([
      'd 755 lin',
      'd 755 lin/1002003',
      'f 644 lin/1002003/model.onnx',
      'f 644 lin/1002003/model.onnx.data',
      'f 644 lin/config.pbtxt',
    ]);
    expect(await readFile(join(root, 'lin/1002003/model.onnx'), 'utf8')).toBe('onnx bytes');
    const config = await readFile(join(root, 'lin/config.pbtxt'), 'utf8');
    expect(config).toContain('platform: "onnxruntime_onnx"');
    expect(checkTritonConfig(config, 'config.pbtxt', SIG, 'lin', 'onnx')).toEqual([]);
  });

  it('writes the user config as given and names the model file after its default_model_filename', async () => {
    const root = out();
    const configText = 'name: "lin"\ndefault_model_filename: "linear.onnx"\nmax_batch_size: 4\n';
    const r = await layOutRepository(input({ configText }), root);
    expect(r.files).toEqual(['lin/1002003/linear.onnx', 'lin/config.pbtxt']);
    expect(await readFile(join(root, 'lin/config.pbtxt'), 'utf8')).toBe(configText);
    await expect(
      layOutRepository(input({ configText: 'default_model_filename: "../x.onnx"' }), out()),
    ).rejects.toThrow(/must be a file name in the version folder/);
  });

  it('lays out Triton TorchScript as model.pt and a SavedModel as model.savedmodel/', async () => {
    const pt = await layOutRepository(
      input({ framework: 'pytorch', artifacts: art('net.pt') }),
      out(),
    );
    expect(pt.files).toEqual(['lin/1002003/model.pt', 'lin/config.pbtxt']);
    expect(await readFile(join(pt.modelDir, 'config.pbtxt'), 'utf8')).toContain('pytorch_libtorch');
    const root = out();
    const tf = await layOutRepository(input({ framework: 'tensorflow', artifacts: SAVED() }), root);
    expect(await tree(root)).toEqual([
      'd 755 lin',
      'd 755 lin/1002003',
      'd 755 lin/1002003/model.savedmodel',
      'f 644 lin/1002003/model.savedmodel/saved_model.pb',
      'd 755 lin/1002003/model.savedmodel/variables',
      'f 644 lin/1002003/model.savedmodel/variables/variables.data-00000-of-00001',
      'f 644 lin/1002003/model.savedmodel/variables/variables.index',
      'f 644 lin/config.pbtxt',
    ]);
    expect(tf.servedVersion).toBe(1_002_003);
  });

  it('lays out a TensorRT engine (.plan or .engine) as model.plan, with the tensorrt_plan platform', async () => {
    for (const engine of ['net.plan', 'net.engine']) {
      const root = out();
      const r = await layOutRepository(
        input({ framework: 'tensorrt', artifacts: art(engine, 'model.onnx.data') }),
        root,
      );
      expect(r.files).toEqual([
        'lin/1002003/model.onnx.data',
        'lin/1002003/model.plan',
        'lin/config.pbtxt',
      ]);
      expect(await readFile(join(root, 'lin/1002003/model.plan'), 'utf8')).toBe('tensorrt engine');
      const config = await readFile(join(root, 'lin/config.pbtxt'), 'utf8');
      expect(config).toContain('platform: "tensorrt_plan"');
      expect(checkTritonConfig(config, 'config.pbtxt', SIG, 'lin', 'tensorrt')).toEqual([]);
    }
    const refuse = (artifacts: RepositoryInput['artifacts']) =>
      layOutRepository(input({ framework: 'tensorrt', artifacts }), out());
    await expect(refuse(art('model.onnx'))).rejects.toThrow(
      'no TensorRT engine (.plan or .engine) among the artifacts (model.onnx)',
    );
    await expect(refuse(art('net.plan', 'net.engine'))).rejects.toThrow(
      '2 TensorRT engines among the artifacts (net.plan, net.engine); the server loads one',
    );
    await expect(
      layOutRepository(
        input({ framework: 'tensorrt', artifacts: art('net.plan'), layout: 'tfserving' }),
        out(),
      ),
    ).rejects.toThrow('TF Serving loads TensorFlow SavedModels, not framework tensorrt');
  });

  it('lays out TF Serving as <model>/<version>/saved_model.pb and variables/, with no config', async () => {
    const root = out();
    const r = await layOutRepository(
      input({
        layout: 'tfserving',
        framework: 'tensorflow',
        artifacts: SAVED(),
        version: '0.3.0-rc.2',
      }),
      root,
    );
    expect(r.servedVersion).toBe(3000);
    expect(await tree(root)).toEqual([
      'd 755 lin',
      'd 755 lin/3000',
      'f 644 lin/3000/saved_model.pb',
      'd 755 lin/3000/variables',
      'f 644 lin/3000/variables/variables.data-00000-of-00001',
      'f 644 lin/3000/variables/variables.index',
    ]);
    // An artifact outside the SavedModel's folder goes beside saved_model.pb.
    const beside = await layOutRepository(
      input({
        layout: 'tfserving',
        framework: 'tensorflow',
        artifacts: [...SAVED(), ...art('model.onnx')],
      }),
      out(),
    );
    expect(beside.files).toEqual([
      'lin/1002003/model.onnx',
      'lin/1002003/saved_model.pb',
      'lin/1002003/variables/variables.data-00000-of-00001',
      'lin/1002003/variables/variables.index',
    ]);
    // A SavedModel without variables still gets the folder.
    const bare = out();
    await layOutRepository(
      input({
        layout: 'tfserving',
        framework: 'tensorflow',
        artifacts: art('saved/saved_model.pb'),
      }),
      bare,
    );
    expect((await stat(join(bare, 'lin/1002003/variables'))).isDirectory()).toBe(true);
  });

  it('copies a file only its owner may read, without opening the original, and never keeps a symlink', async () => {
    const root = out();
    await layOutRepository(input({ artifacts: art('private.onnx') }), root);
    const placed = join(root, 'lin/1002003/model.onnx');
    expect((await stat(placed)).mode & 0o777).toBe(0o644);
    expect((await stat(join(dir, 'src/private.onnx'))).mode & 0o777).toBe(0o600);
    expect(await readFile(placed, 'utf8')).toBe('secret');
    const linked = out();
    await layOutRepository(input({ artifacts: art('link.onnx') }), linked);
    const st = await lstat(join(linked, 'lin/1002003/model.onnx'));
    expect(st.isSymbolicLink()).toBe(false);
    expect(await readFile(join(linked, 'lin/1002003/model.onnx'), 'utf8')).toBe('onnx bytes');
  });

  it('hard-links a readable artifact on the same file system', async () => {
    const root = join(dir, 'src-side');
    await layOutRepository(input(), root);
    const a = await stat(join(dir, 'src/model.onnx'));
    const b = await stat(join(root, 'lin/1002003/model.onnx'));
    expect(b.ino).toBe(a.ino);
  });

  it('refuses artifacts that do not fit the layout, and a folder that is not empty', async () => {
    const refuse = (over: Partial<RepositoryInput>) => layOutRepository(input(over), out());
    await expect(refuse({ artifacts: art('model.onnx', 'other.onnx') })).rejects.toThrow(
      '2 ONNX models among the artifacts (model.onnx, other.onnx); the server loads one',
    );
    await expect(refuse({ artifacts: art('net.pt') })).rejects.toThrow(
      'no ONNX model (.onnx) among the artifacts (net.pt)',
    );
    await expect(
      refuse({
        layout: 'tfserving',
        framework: 'tensorflow',
        artifacts: art('saved/variables/variables.index'),
      }),
    ).rejects.toThrow(
      'a SavedModel needs saved_model.pb among the artifacts (saved/variables/variables.index)',
    );
    await expect(
      refuse({
        layout: 'tfserving',
        framework: 'tensorflow',
        artifacts: [...SAVED(), ...art('model.onnx', 'b/model.onnx')],
      }),
    ).rejects.toThrow(
      'artifacts model.onnx and b/model.onnx would both be model.onnx in the SavedModel folder',
    );
    await expect(refuse({ layout: 'tfserving', framework: 'onnx' })).rejects.toThrow(
      'TF Serving loads TensorFlow SavedModels, not framework onnx',
    );
    await expect(refuse({ framework: 'sklearn' })).rejects.toThrow(
      /no Triton model for framework sklearn/,
    );
    // A user's default_model_filename does not make a framework servable.
    await expect(
      refuse({ framework: 'sklearn', configText: 'default_model_filename: "m.pkl"' }),
    ).rejects.toThrow(/no Triton model for framework sklearn/);
    await expect(refuse({ signature: undefined })).rejects.toThrow(/needs model.signature/);
    await expect(
      refuse({
        layout: 'tfserving',
        framework: 'tensorflow',
        artifacts: SAVED(),
        configText: 'name: "lin"',
      }),
    ).rejects.toThrow(/layout tfserving has none/);
    await expect(refuse({ configText: 'name: {' })).rejects.toThrow(
      'serve.config does not parse: config.pbtxt:1:7: this message is not closed with `}`',
    );
    const full = join(dir, 'full');
    await mkdir(full);
    await writeFile(join(full, 'x'), '');
    await expect(layOutRepository(input(), full)).rejects.toThrow(/is not empty/);
    expect(() =>
      placeArtifacts('triton', 'onnx', [
        ...art('model.onnx'),
        { path: 'b/model.onnx.data', absolute: join(dir, 'b/model.onnx.data') },
        ...art('model.onnx.data'),
      ]),
    ).toThrow(
      'artifacts b/model.onnx.data and model.onnx.data would both be model.onnx.data in the version folder',
    );
  });
});

describe('layOutRepository, its corners', () => {
  it('opens every folder it makes to everyone whatever the umask', async () => {
    const before = process.umask(0o077);
    try {
      const root = out();
      await layOutRepository(input({ framework: 'tensorflow', artifacts: SAVED() }), root);
      const dirs = (await tree(root)).filter((l) => l.startsWith('d '));
      expect(dirs).toEqual([
        'd 755 lin',
        'd 755 lin/1002003',
        'd 755 lin/1002003/model.savedmodel',
        'd 755 lin/1002003/model.savedmodel/variables',
      ]);
      expect((await stat(root)).mode & 0o777).toBe(0o755);
    } finally {
      process.umask(before);
    }
  });

  it('gives a Triton SavedModel without variables its variables folder', async () => {
    const root = out();
    await layOutRepository(
      input({ framework: 'tensorflow', artifacts: art('saved/saved_model.pb') }),
      root,
    );
    expect((await stat(join(root, 'lin/1002003/model.savedmodel/variables'))).isDirectory()).toBe(
      true,
    );
  });

  it('refuses two SavedModels, a folder as an artifact, and model file names that leave the folder', async () => {
    await mkdir(join(dir, 'src/other/variables'), { recursive: true });
    await writeFile(join(dir, 'src/other/saved_model.pb'), 'pb');
    await mkdir(join(dir, 'src/folder.onnx'), { recursive: true });
    const refuse = (over: Partial<RepositoryInput>) => layOutRepository(input(over), out());
    await expect(
      refuse({
        layout: 'tfserving',
        framework: 'tensorflow',
        artifacts: art('saved/saved_model.pb', 'other/saved_model.pb'),
      }),
    ).rejects.toThrow(
      '2 saved_model.pb among the artifacts (saved/saved_model.pb, other/saved_model.pb); the server loads one SavedModel',
    );
    await expect(refuse({ artifacts: art('folder.onnx') })).rejects.toThrow(
      /artifact .*folder\.onnx is not a regular file/,
    );
    for (const name of ['', '.', '..', 'a/b.onnx', 'a\\\\b.onnx']) {
      await expect(
        refuse({ configText: `default_model_filename: "${name}"` }),
        name,
      ).rejects.toThrow(/must be a file name in the version folder/);
    }
    // A default_model_filename that is not a string is not a file name: the default stays.
    const r = await layOutRepository(input({ configText: 'default_model_filename: 3' }), out());
    expect(r.files).toContain('lin/1002003/model.onnx');
  });

  it('takes only a whole semantic version', () => {
    expect(() => servedVersion('x1.2.3')).toThrow(
      'version "x1.2.3" is not a semantic version (such as 1.2.0)',
    );
    expect(() => servedVersion('1.2.3x')).toThrow(/not a semantic version/);
    expect(() => servedVersion('01.2.3')).toThrow(/not a semantic version/);
  });
});
