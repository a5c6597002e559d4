import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ByteReader } from '../../src/artifacts/bytes.js';
import type { ScanFinding } from '../../src/artifacts/content.js';
import { worstVerdict } from '../../src/artifacts/inspect.js';
import { scanFile } from '../../src/artifacts/scan.js';
import { scanJson } from '../../src/artifacts/tf.js';

/**
 * JSON documents and .keras archives from generate.py, which recorded what json.loads (in the
 * trixie image, on the bytes, as Keras reads config.json) made of each: the Lambda layers and
 * serialised lambdas it found, or where it gave up.
 */
const EXTRA = join(import.meta.dirname, '../fixtures/artifacts/keras-extra');
type Outcome =
  | { ok: true; code: string[] }
  | { ok: false; error: string; line?: number; column?: number; char?: number };
const documents: Record<string, Outcome> = JSON.parse(
  readFileSync(join(EXTRA, 'expected.json'), 'utf8'),
).documents;
const policy = { pickle: 'strict', allowGlobals: [] } as const;
/** Readable by json.loads, refused here: UTF-8 is decoded strictly, surrogatepass is not modelled. */
const REFUSED_THOUGH_READABLE = new Set(['encoded-surrogate-utf-8']);

describe('JSON as json.loads reads it', () => {
  it('has the documents generate.py wrote', () => {
    expect(Object.keys(documents).length).toBeGreaterThanOrEqual(60);
  });

  // Straight to the JSON reader: a config.json member is read as JSON whatever it starts with
  // (an empty or blank one, a second byte-order mark), which the sniffer alone would not say.
  it.each(Object.entries(documents))('%s', async (name, python) => {
    const r = await readJson(readFileSync(join(EXTRA, 'json', `${name}.json`)));
    const invalid = r.findings.filter((f) => f.rule === 'json-invalid');
    const code = r.findings
      .filter((f) => f.rule === 'keras-lambda')
      .map((f) => /^Keras (\S+)/.exec(f.message)![1])
      .sort();
    for (const f of r.findings) expect(f.loader).toBe('keras');
    expect(r.format).toBe('json');
    if (python.ok && !REFUSED_THOUGH_READABLE.has(name)) {
      expect(invalid, JSON.stringify(invalid)).toEqual([]);
      expect(code).toEqual(python.code);
      expect(r.verdict).toBe(
        python.code.length ? 'unsafe' : name === 'custom-object' ? 'suspicious' : 'safe',
      );
      return;
    }
    expect(r.verdict, JSON.stringify(r.findings)).toMatch(/^(error|unsafe)$/);
    expect(invalid).toHaveLength(1);
    if (!python.ok && python.line !== undefined)
      expect(invalid[0]!.message).toContain(
        `line ${python.line} column ${python.column} (char ${python.char})`,
      );
  });
});

async function readJson(data: Buffer) {
  const findings: ScanFinding[] = [];
  const ctx = {
    policy,
    member: '',
    depth: 1,
    dir: EXTRA,
    add: (f: Omit<ScanFinding, 'member'>) => findings.push(f),
    scan: () => Promise.reject(new Error('no nested content in JSON')),
  };
  const format = await scanJson(
    { size: data.length, bytes: new ByteReader(Readable.from([data])) },
    ctx,
  );
  return { format, findings, verdict: worstVerdict(findings.map((f) => f.verdict)) };
}

describe('.keras archives', () => {
  it.each([
    ['benign', 'safe'],
    ['benign-nan', 'safe'],
    ['lambda-duplicate-last', 'unsafe'],
    ['lambda-utf-16-le', 'unsafe'],
    ['truncated-middle', 'error'],
    ['trailing-comma-object', 'error'],
  ])('%s.keras is %s', async (name, verdict) => {
    const r = await scanFile(join(EXTRA, `${name}.keras`), policy);
    expect(r.verdict, JSON.stringify(r.findings)).toBe(verdict);
    expect(r.format).toBe('keras');
    if (verdict === 'error')
      expect(r.findings.find((f) => f.rule === 'json-invalid')?.member).toBe('config.json');
  });
});

describe('large JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is parsed whole, streaming: a cut-off document of 40 MB is an error', async () => {
    const file = join(dir, 'tokenizer.json');
    const pad = `"vocab": {${Array.from({ length: 400_000 }, (_, i) => `"t${i}": ${i}`).join(', ')}}`;
    writeFileSync(file, `{${pad}, "pad": "${'x'.repeat(30 * 1024 * 1024)}`);
    const r = await scanFile(file, policy);
    expect(r.verdict).toBe('error');
    expect(r.findings[0]!.message).toMatch(/Unterminated string starting at: line 1 column \d+/);
  });

  it('finds a Lambda layer past a 17 MB string', async () => {
    const file = join(dir, 'config.json');
    const filler = `"pad": "${'x'.repeat(17 * 1024 * 1024)}"`;
    writeFileSync(
      file,
      `{${filler}, "layers": [{"class_name": "Lambda", "config": {"name": "f"}}]}`,
    );
    const r = await scanFile(file, policy);
    expect(r.verdict).toBe('unsafe');
    expect(r.findings.map((f) => f.message)).toEqual([
      'Keras Lambda "f" runs stored Python bytecode when loaded',
    ]);
  });
});
