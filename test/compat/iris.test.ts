import { expect, it } from 'vitest';
import { BOOKWORM, describeContainers, TRIXIE } from './containers.js';

interface TargetJson {
  target: string;
  verdict: string;
  runtime: { python?: string; numpy?: string; framework?: string; frameworkVersion?: string };
  latency?: { p50: number; p95: number; calls: number };
  maxAbsError?: number;
  samples?: { total: number; passed: number };
  findings: {
    severity: string;
    rule: string;
    message: string;
    location?: { file: string; line?: number };
  }[];
}

const MANIFEST = 'examples/iris/modelgate.yaml';

describeContainers(
  'iris example in the bookworm and trixie images',
  [BOOKWORM, TRIXIE],
  (engine) => {
    it('passes on both, and the newer scikit-learn reports its version warning as a finding', async () => {
      const r = await engine.cli(['test', '--manifest', MANIFEST, '--json'], {
        timeoutMs: 180_000,
      });
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as {
        verdict: string;
        engine: string;
        models: { verdict: string; targets: TargetJson[] }[];
      };
      expect(out.verdict).toBe('pass');
      expect(out.engine).toBe(engine.name);
      const targets = new Map(out.models[0]!.targets.map((t) => [t.target, t]));
      const old = targets.get('bookworm-sklearn12')!;
      const newer = targets.get('trixie-sklearn14')!;
      for (const t of [old, newer]) {
        expect(t.verdict).toBe('pass');
        expect(t.samples).toEqual({ total: 10, passed: 10 });
        expect(t.maxAbsError).toBe(0);
        expect(t.latency!.calls).toBeGreaterThan(0);
        expect(t.latency!.p95).toBeGreaterThanOrEqual(t.latency!.p50);
      }
      expect(old.runtime).toMatchObject({
        framework: 'scikit-learn',
        frameworkVersion: expect.stringMatching(/^1\.2\./),
        numpy: expect.stringMatching(/^1\./),
      });
      expect(newer.runtime).toMatchObject({
        framework: 'scikit-learn',
        frameworkVersion: expect.stringMatching(/^1\.[4-9]\./),
        numpy: expect.stringMatching(/^2\./),
      });

      const warning = newer.findings.find((f) => f.rule === 'compat-version-warning');
      expect(warning).toMatchObject({ severity: 'warning', location: { file: MANIFEST } });
      expect(warning!.message).toMatch(/InconsistentVersionWarning.*1\.2\.1/);
      expect(old.findings.filter((f) => f.rule === 'compat-version-warning')).toEqual([]);
      // The human summary goes to stderr with --json, and shows the warning and the matrix.
      expect(r.stderr).toMatch(/trixie-sklearn14\s+pass\s+python 3\.\d+\.\d+, numpy 2\./);
      expect(r.stderr).toMatch(
        /warning: trixie-sklearn14: loading raised InconsistentVersionWarning/,
      );
    });

    it('runs only the target --target names', async () => {
      const r = await engine.cli(
        ['test', '--manifest', MANIFEST, '--target', 'bookworm-sklearn12', '--json'],
        { timeoutMs: 180_000 },
      );
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { target: string; models: { targets: TargetJson[] }[] };
      expect(out.target).toBe('bookworm-sklearn12');
      expect(out.models[0]!.targets.map((t) => t.target)).toEqual(['bookworm-sklearn12']);
    });
  },
);
