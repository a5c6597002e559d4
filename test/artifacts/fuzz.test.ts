import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../src/artifacts/scan.js';
import { tempDir } from '../helpers/cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/artifacts');
const expected: Record<string, { verdict: string; format: string }> = JSON.parse(
  readFileSync(join(FIXTURES, 'expected.json'), 'utf8'),
);
const benign = Object.entries(expected).filter(
  ([, e]) => e.verdict === 'safe' && e.format !== 'empty',
);
const hostile = Object.keys(expected).filter((name) => expected[name]!.verdict !== 'safe');
const policy = { pickle: 'strict', allowGlobals: [] } as const;
const VERDICTS = ['safe', 'suspicious', 'unsafe', 'error'];
/** Formats whose every byte is structure: cutting one short can never leave it provably safe. */
const CUT_MUST_FAIL = /^(pickle|joblib|npy|npz|safetensors|gguf|pytorch-zip|keras|zip)/;
const CASES_PER_FILE = 24;
/** Below this, a cut file has lost what said which format it was: it is rightly unknown. */
const MAGIC_BYTES = 16;

/** mulberry32: a small seeded generator, so that a failure is reproduced by its seed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A scan that never settles is a hang: fail it instead of stalling the suite. */
async function scanWithin(path: string, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`scan of ${path} hung`)), ms)),
  );
  try {
    return await Promise.race([scanFile(path, policy), hang]);
  } finally {
    clearTimeout(timer);
  }
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('modelgate-fuzz-')));
afterAll(() => cleanup());

/** Case `i` of a file: even cases cut it short, odd ones flip one to three of its bytes. */
function mutate(
  original: Buffer,
  next: () => number,
  i: number,
): { bytes: Buffer; truncated: boolean } {
  if (i % 2 === 0)
    return { bytes: original.subarray(0, Math.floor(next() * original.length)), truncated: true };
  const bytes = Buffer.from(original);
  const flips = 1 + Math.floor(next() * 3);
  for (let k = 0; k < flips; k++) {
    const at = Math.floor(next() * bytes.length);
    bytes[at] = bytes[at]! ^ (1 + Math.floor(next() * 255));
  }
  return { bytes, truncated: false };
}

/** Writes and scans each case of `name`, checking every result with `check`. */
async function fuzz(
  name: string,
  cases: number,
  check: (r: { verdict: string }, c: { bytes: Buffer; truncated: boolean; note: string }) => void,
): Promise<void> {
  const original = readFileSync(join(FIXTURES, 'corpus', name));
  const next = random([...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7));
  const sub = join(dir, name.replace(/[/\\]/g, '_'));
  await mkdir(sub, { recursive: true });
  for (let i = 0; i < cases; i++) {
    const c = mutate(original, next, i);
    const path = join(sub, `case-${i}`);
    await writeFile(path, c.bytes);
    const r = await scanWithin(path, 10_000);
    const note = `${name} case ${i}: ${c.truncated ? 'cut' : 'flipped'} to ${c.bytes.length} of ${original.length} bytes`;
    expect(VERDICTS, note).toContain(r.verdict);
    check(r, { ...c, note });
  }
}

describe('fuzzed readers always return a verdict', () => {
  it.each(benign)('%s', (name, want) =>
    fuzz(name, CASES_PER_FILE, (r, c) => {
      if (c.truncated && c.bytes.length >= MAGIC_BYTES && CUT_MUST_FAIL.test(want.format)) {
        expect(r.verdict, c.note).not.toBe('safe');
      }
    }),
  );

  // Malformed and hostile files are fuzzed too: whatever they turn into, a verdict comes back.
  it.each(hostile)('%s', (name) => fuzz(name, CASES_PER_FILE / 2, () => undefined));
});
