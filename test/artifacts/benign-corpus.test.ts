import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOOKWORM, describeContainers, TRIXIE } from '../compat/containers.js';
import { REPO, runCli } from '../helpers/cli.js';

/**
 * The benign half of the scanner's proof: real files written by real libraries (every
 * scikit-learn estimator, numpy, scipy, pandas, torch, xgboost; pickle, joblib plain and with
 * every compressor, torch zip and legacy, npy, npz), generated inside the test images by
 * scripts/allowlist/generate.py with no network, must all be `safe`, and every global they import
 * must be in the committed allow-list (src/artifacts/allowlist.json).
 */

const run = promisify(execFile);
const IMAGES = { bookworm: BOOKWORM, trixie: TRIXIE } as const;
const ALLOWLIST = join(REPO, 'src/artifacts/allowlist.json');

interface GlobalsJson {
  image: string;
  versions: Record<string, string>;
  globals: Record<string, { kind: string; object: string | null; example: string }>;
  files: { file: string; object: string; format: string; globals: string[] }[];
  failures: { file: string; stage: string; error: string }[];
  escaped: { file: string; global: string }[];
  suspect: string[];
}

interface ScanJson {
  verdict: string;
  files: {
    path: string;
    format: string;
    verdict: string;
    findings: { severity: string; rule: string; message: string; global?: string }[];
  }[];
}

describeContainers('benign corpus from the real libraries', [BOOKWORM, TRIXIE], () => {
  let root = '';
  const runs: Record<string, GlobalsJson> = {};

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'modelgate-benign-'));
    await Promise.all(
      Object.entries(IMAGES).map(async ([label, image]) => {
        const out = join(root, label);
        await mkdir(out);
        await run(
          'podman',
          [
            'run', '--rm', '--network', 'none', '--read-only', '-e', 'HOME=/tmp',
            '-v', `${join(REPO, 'scripts/allowlist')}:/gen:ro`, '-v', `${out}:/out`,
            image, 'python3', '/gen/generate.py', '--out', '/out', '--image', label,
          ], // prettier-ignore
          { maxBuffer: 64 << 20, timeout: 240_000 },
        );
        runs[label] = JSON.parse(readFileSync(join(out, 'globals.json'), 'utf8')) as GlobalsJson;
      }),
    );
  }, 300_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('writes at least 200 real files, in every format, from both images', () => {
    for (const [label, r] of Object.entries(runs)) {
      // A family that crashed would shrink the corpus without failing anything else.
      expect(
        r.failures.filter((f) => f.stage === 'family'),
        `${label}: a family of objects could not be built`,
      ).toEqual([]);
      // The recorder must have seen every import Python's audit hook saw.
      expect(r.escaped, `${label}: imports the recorder missed`).toEqual([]);
      expect(r.suspect, `${label}: globals no library should need`).toEqual([]);
    }
    const files = Object.values(runs).flatMap((r) => r.files);
    expect(files.length).toBeGreaterThanOrEqual(200);
    const formats = new Set(files.map((f) => f.format));
    for (const f of ['p0', 'p2', 'p4', 'p5', 'joblib', 'npy', 'npz', 'torch-zip', 'torch-legacy']) {
      expect(formats, f).toContain(f);
    }
    for (const codec of ['zlib', 'gzip', 'bz2', 'lzma', 'xz', 'lz4']) {
      expect(formats, codec).toContain(`joblib-${codec}`);
    }
    const families = new Set(files.map((f) => f.object.split('-')[0]));
    for (const lib of ['sklearn', 'numpy', 'scipy', 'pandas', 'torch', 'xgboost']) {
      expect(families, lib).toContain(lib);
    }
  });

  it('records only globals that are in the committed allow-list', () => {
    const list = JSON.parse(readFileSync(ALLOWLIST, 'utf8')) as {
      globals: Record<string, unknown>;
    };
    const missing: string[] = [];
    for (const [label, r] of Object.entries(runs)) {
      for (const [name, g] of Object.entries(r.globals)) {
        if (!(name in list.globals)) missing.push(`${name} (${label}, e.g. ${g.example})`);
      }
    }
    const versions = Object.entries(runs)
      .map(([label, r]) => `${label}: ${JSON.stringify(r.versions)}`)
      .join('\n');
    expect(
      missing,
      `these globals are imported by real files but missing from src/artifacts/allowlist.json; ` +
        `run \`npm run allowlist\` and review the diff (library versions now:\n${versions})`,
    ).toEqual([]);
  });

  it('scans every file as safe and exits 0', async () => {
    const r = await runCli(['scan', '--json', root], { timeoutMs: 240_000 });
    const json = JSON.parse(r.stdout) as ScanJson;
    const byName = new Map(json.files.map((f) => [basename(f.path), f]));
    const corpus = Object.values(runs).flatMap((x) => x.files.map((f) => f.file));
    expect(
      corpus.filter((f) => !byName.has(f)),
      'files the scan did not report',
    ).toEqual([]);
    const bad = json.files.filter((f) => f.verdict !== 'safe');
    // One line per cause, then every file with its findings.
    const causes = new Map<string, number>();
    for (const f of bad) {
      for (const x of f.findings) {
        const cause = `${x.severity} ${x.rule}${x.global ? ` ${x.global}` : ''}`;
        causes.set(cause, (causes.get(cause) ?? 0) + 1);
      }
    }
    const report = [
      `${bad.length} of ${json.files.length} benign files are not safe:`,
      ...[...causes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `  ${n}× ${c}`),
      ...bad.map(
        (f) =>
          `${basename(f.path)} (${f.format}): ${f.verdict}\n` +
          f.findings.map((x) => `    ${x.severity} ${x.rule}: ${x.message}`).join('\n'),
      ),
    ].join('\n');
    expect(bad.length, report).toBe(0);
    expect(r.code, r.stderr).toBe(0);
  }, 300_000);
});
