import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../src/artifacts/scan.js';
import { zipSync } from './zip-helper.js';

// The same bytes read by every loader that could be pointed at them: each test builds a file
// that one loader reads harmlessly and another runs, and checks that the finding names the
// loader whose reading runs the payload.

const dir = mkdtempSync(join(tmpdir(), 'modelgate-readings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const strict = { pickle: 'strict', allowGlobals: [] } as const;

async function scanBytes(name: string, bytes: Buffer) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return scanFile(path, strict);
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const PAYLOAD = "cos\nsystem\n(S'touch /tmp/pwned'\ntR.";

/** A joblib NumpyArrayWrapper of `n` uint8 values, followed by those `n` bytes. */
function joblibArray(data: Buffer): Buffer {
  const state =
    '}(U\x08subclasscnumpy\nndarray\nU\x05shape' +
    `K${String.fromCharCode(data.length)}\x85U\x05orderU\x01CU\x05dtype` +
    'cnumpy\ndtype\n(U\x02u1\x89\x88tR(K\x03U\x01|NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00tb' +
    'U\x0aallow_mmap\x88u';
  return Buffer.concat([
    latin1(`\x80\x02cjoblib.numpy_pickle\nNumpyArrayWrapper\n)\x81${state}b`),
    data,
    latin1('.'),
  ]);
}

describe('every loader reading the same bytes', () => {
  it('joblib skips an array that pickle.load runs as opcodes', async () => {
    const r = await scanBytes('hidden-array.joblib', joblibArray(latin1(PAYLOAD)));
    expect(r.format).toBe('joblib');
    expect(r.verdict).toBe('unsafe');
    expect(r.findings).toContainEqual(
      expect.objectContaining({ global: 'os.system', loader: 'pickle.load', verdict: 'unsafe' }),
    );
    // joblib's own reading of the same file finds nothing: the array really is data to it.
    expect(r.findings.filter((f) => f.loader === 'joblib.load' && f.global)).toEqual([]);
  });

  it('in a reading of bytes not meant as a pickle, an import counts when its module exists', async () => {
    // pickle.load of this array would try `import n_features_in_` and raise: nothing runs.
    const missing = await scanBytes(
      'missing-module.joblib',
      joblibArray(latin1('cn_features_in_\n_CFNode\n)R.')),
    );
    expect({ verdict: missing.verdict, findings: missing.findings }).toEqual({
      verdict: 'safe',
      findings: [],
    });
    // jinja2 is installed where models are loaded: not proven safe, so it counts.
    const installed = await scanBytes(
      'installed-module.joblib',
      joblibArray(latin1("cjinja2\nTemplate\n(S'{{ x }}'\ntR.")),
    );
    expect(installed.verdict).toBe('unsafe');
    expect(installed.findings).toContainEqual(
      expect.objectContaining({ global: 'jinja2.Template', loader: 'pickle.load' }),
    );
  });

  it('pickle.load returns at the first STOP: bytes after it are no part of its reading', async () => {
    const r = await scanBytes(
      'stop-in-array.joblib',
      joblibArray(latin1("N.cjinja2\nTemplate\n(S'{{ x }}'\ntR.")),
    );
    expect({ verdict: r.verdict, findings: r.findings }).toEqual({ verdict: 'safe', findings: [] });
  });

  it('a large memo before the first array is forked whole (a vectoriser vocabulary, then arrays)', async () => {
    const vocab = Buffer.from('(' + '\x8c\x01a\x94'.repeat(300_000) + '0', 'latin1');
    const r = await scanBytes(
      'big-memo.joblib',
      Buffer.concat([latin1('\x80\x04'), vocab, joblibArray(Buffer.from([1, 2, 3])).subarray(2)]),
    );
    expect({ verdict: r.verdict, findings: r.findings }).toEqual({ verdict: 'safe', findings: [] });
  });

  it('an array of ordinary bytes is data to both readings', async () => {
    const r = await scanBytes('plain-array.joblib', joblibArray(Buffer.from([0, 1, 2, 250])));
    expect({ verdict: r.verdict, findings: r.findings }).toEqual({ verdict: 'safe', findings: [] });
  });

  it('a pickle that breaks after its payload (nullifAI) is still judged on what ran', async () => {
    const r = await scanBytes('broken.bin', latin1(`\x80\x02${PAYLOAD.slice(0, -1)}\xff\xff`));
    expect(r.verdict).toBe('unsafe');
    expect(r.findings).toContainEqual(expect.objectContaining({ global: 'os.system' }));
  });

  it('a GGUF whose header is also a pickle prefix is walked as pickle.load would', async () => {
    // 'G' (BINFLOAT) swallows "GUF", the version and one byte; then POP and the payload.
    const header = Buffer.concat([latin1('GGUF'), Buffer.from([3, 0, 0, 0]), latin1('x0')]);
    const r = await scanBytes('polyglot.gguf', Buffer.concat([header, latin1(PAYLOAD)]));
    expect(r.findings).toContainEqual(
      expect.objectContaining({ global: 'os.system', loader: 'pickle.load', verdict: 'unsafe' }),
    );
    expect(r.verdict).toBe('unsafe');
  });

  it('bytes no loader runs give no pickle finding, whatever they start with', async () => {
    // A zip's first opcode is PERSID, which pickle.load refuses without a persistent_load.
    const zipLike = Buffer.concat([latin1(`PK\x03\x04\n${PAYLOAD}`)]);
    const r = await scanBytes('not-a-pickle.bin', zipLike);
    expect(r.findings.filter((f) => f.global)).toEqual([]);
    // Names that are not Python names make find_class raise before anything is imported.
    const garbage = await scanBytes('garbage.bin', latin1('\x00\x01c\x8a\xff \n\x03\x04\n(tR.'));
    expect(garbage.findings.filter((f) => f.global)).toEqual([]);
  });

  it('bytes a pickle hands to torch.load (how pickle writes torch storages) are scanned in turn', async () => {
    const nested = (inner: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32LE(inner.length);
      return Buffer.concat([
        latin1('\x80\x04ctorch.storage\n_load_from_bytes\n'),
        latin1('B'),
        len,
        inner,
        latin1('\x85R.'),
      ]);
    };
    const benign = zipSync({ 'archive/data.pkl': latin1('\x80\x02}q\x00.') });
    const ok = await scanBytes('nested-ok.pkl', nested(benign));
    expect({ verdict: ok.verdict, findings: ok.findings }).toEqual({
      verdict: 'safe',
      findings: [],
    });
    const evil = zipSync({ 'archive/data.pkl': latin1(`\x80\x02${PAYLOAD}`) });
    const r = await scanBytes('nested-evil.pkl', nested(evil));
    expect(r.verdict).toBe('unsafe');
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        global: 'os.system',
        member: 'torch.load of bytes at offset 39!archive/data.pkl',
      }),
    );
    // Bytes built by a call (protocols 0-2 spell them with _codecs.encode) cannot be located.
    const built = await scanBytes(
      'nested-built.pkl',
      latin1(
        '\x80\x02ctorch.storage\n_load_from_bytes\nc_codecs\nencode\nX\x02\x00\x00\x00PKX\x06\x00\x00\x00latin1\x86R\x85R.',
      ),
    );
    expect(built.verdict).toBe('error');
    expect(built.findings.map((f) => f.rule)).toContain('pickle-nested-load');
  });

  it('a torch storage record is raw tensor bytes: only what a pickle reading would run counts', async () => {
    const benign = zipSync({
      'archive/data.pkl': latin1('\x80\x02}q\x00.'),
      // Float data that happens to open like a truncated pickle: raw bytes to torch.load.
      'archive/data/0': latin1('\x80\x02K\x01K'),
    });
    const r = await scanBytes('storage.pt', benign);
    expect(r.verdict, JSON.stringify(r.findings)).toBe('safe');
    const evil = zipSync({
      'archive/data.pkl': latin1('\x80\x02}q\x00.'),
      'archive/data/0': latin1(`\x80\x02${PAYLOAD}`),
    });
    const e = await scanBytes('storage-evil.pt', evil);
    expect(e.findings).toContainEqual(
      expect.objectContaining({ global: 'os.system', member: 'archive/data/0' }),
    );
  });
});
