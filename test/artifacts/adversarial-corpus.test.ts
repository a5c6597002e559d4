import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKWORM, TRIXIE, describeContainers } from '../compat/containers.js';
import { REPO, runCli, tempDir } from '../helpers/cli.js';

/**
 * The adversarial corpus (scripts/adversarial/make.py builds it): every file is proven malicious
 * by running it through its real loader in a test image with no network, and every one must
 * fail `modelgate scan` under the default policy.
 */

const FIXTURES = join(REPO, 'test/fixtures/adversarial');

interface Entry {
  id: string;
  file: string;
  category: string;
  loader: string;
  image: 'bookworm' | 'trixie';
  payload: string;
  source: string;
}

const corpus = JSON.parse(readFileSync(join(FIXTURES, 'corpus.json'), 'utf8')) as {
  secret: string;
  entries: Entry[];
};
const entries = corpus.entries;

const CATEGORIES = [
  'unlisted-code-globals',
  'allowed-namespace-reexports',
  'argument-calling-helpers',
  'loader-disagreement',
  'npy-hidden-object-dtype',
  'compressed',
  'onnx-external-data',
  'gguf-chat-template',
];
const IMAGES = { bookworm: BOOKWORM, trixie: TRIXIE } as const;
const run = promisify(execFile);

/**
 * A copy of the corpus laid out as the containers see it (corpus/ beside secret/), so the ONNX
 * files' '..' locations and symbolic links resolve to a real secret file on the host too.
 */
let layout: { dir: string; cleanup: () => Promise<void> };
let secret: string;
beforeAll(async () => {
  layout = await tempDir('modelgate-adversarial-');
  secret = randomBytes(16).toString('hex'); // 32 bytes, the length the ONNX tensors declare
  mkdirSync(join(layout.dir, 'secret'));
  writeFileSync(join(layout.dir, 'secret/secret.bin'), secret);
  cpSync(FIXTURES, join(layout.dir, 'corpus'), { recursive: true, verbatimSymlinks: true });
  mkdirSync(join(layout.dir, 'out'));
});
afterAll(async () => {
  // The container wrote /out as the (rootless) container user: podman unshare may be needed.
  await layout.cleanup().catch(() => undefined);
});

describe('the adversarial corpus', () => {
  it('has at least 60 files, covering every category, each from a known image and loader', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    const seen = new Set(entries.map((e) => e.category));
    expect([...seen].sort()).toEqual([...CATEGORIES].sort());
    for (const c of CATEGORIES) {
      expect(entries.filter((e) => e.category === c).length, c).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(Object.keys(IMAGES)).toContain(e.image);
      expect(existsSync(join(FIXTURES, e.file)), e.file).toBe(true);
    }
  });
});

describeContainers(
  'every adversarial file runs its payload in its real loader',
  [BOOKWORM, TRIXIE],
  () => {
    const results: Record<string, { rc: number | string; seconds: number; tail: string }> = {};
    beforeAll(async () => {
      const out = join(layout.dir, 'out');
      // One container per image, loading every file in a fresh python3 (load.py --batch), with no
      // network, the corpus read-only and only /out writable.
      const batches = (Object.keys(IMAGES) as (keyof typeof IMAGES)[]).map(async (image) => {
        const { stdout } = await run(
          'podman',
          [
            'run',
            '--rm',
            '--network',
            'none',
            '--read-only',
            '-v',
            `${join(layout.dir, 'corpus')}:/corpus:ro`,
            '-v',
            `${join(layout.dir, 'secret')}:/secret:ro`,
            '-v',
            `${out}:/out`,
            IMAGES[image],
            'python3',
            '/corpus/load.py',
            '--batch',
            image,
          ],
          { maxBuffer: 64 * 1024 * 1024, timeout: 900_000 },
        );
        Object.assign(results, JSON.parse(stdout) as typeof results);
      });
      await Promise.all(batches);
    }, 900_000);

    it.each(entries)('$id ($loader in $image)', (e) => {
      const marker = join(layout.dir, 'out', e.id);
      const why = JSON.stringify(results[e.id]);
      expect(existsSync(marker), `no marker: ${why}`).toBe(true);
      if (e.category === 'onnx-external-data') {
        expect(readFileSync(marker, 'latin1'), `the secret did not come back: ${why}`).toContain(
          secret,
        );
      }
    });
  },
);

describe('modelgate scan fails every adversarial file under the default policy', () => {
  const scans: Record<string, { code: number | null; verdict?: string; stderr: string }> = {};
  beforeAll(async () => {
    const queue = [...entries];
    const worker = async (): Promise<void> => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        const path = join(layout.dir, 'corpus', e.file);
        const r = await runCli(['scan', '--json', path], { timeoutMs: 120_000 });
        let verdict: string | undefined;
        try {
          const report = JSON.parse(r.stdout) as { files: { path: string; verdict: string }[] };
          verdict = report.files.find((f) => f.path === path)?.verdict ?? report.files[0]?.verdict;
        } catch {
          verdict = undefined;
        }
        scans[e.id] = { code: r.code, verdict, stderr: r.stderr.slice(-2000) };
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  }, 600_000);

  it.each(entries)('$id ($category)', (e) => {
    const s = scans[e.id];
    if (s === undefined) throw new Error(`${e.id} was not scanned`);
    expect(['unsafe', 'error'], s.stderr).toContain(s.verdict);
    expect(s.code, s.stderr).toBe(1);
  });
});
