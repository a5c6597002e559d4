import type { Finding } from '../../src/findings.js';
import type { ModelSection, Report } from '../../src/report/model.js';

/** Hand-built reports covering every section, so that the snapshots are deterministic. */

export const passingModel: ModelSection = {
  name: 'iris-classifier',
  version: '1.2.0',
  manifest: 'models/iris/modelgate.yaml',
  verdict: 'pass',
  checks: [
    { name: 'manifest', verdict: 'pass', detail: 'schema, paths, samples and targets' },
    { name: 'artifacts', verdict: 'pass', detail: '1 of 1 read, 830 B; 1 of 1 pinned by sha256' },
    { name: 'content scan', verdict: 'pass', detail: '1 safe' },
  ],
  artifacts: [
    {
      path: 'models/iris/model/model.pkl',
      format: 'pickle',
      size: 830,
      sha256: 'f1e84454f092da30b17cea64a8af98533791207558d3ac9e4ca0a4fe1e0735cc',
      verdict: 'safe',
      change: 'changed',
      sizeDelta: 120,
    },
  ],
  findings: [],
  signature: { against: '1.1.0', changes: [] },
  compat: [
    {
      target: 'bookworm-sklearn12',
      required: true,
      verdict: 'pass',
      runtime: 'python 3.11.2, scikit-learn 1.2.1',
      loadMs: 152.4,
      p50Ms: 0.41,
      p95Ms: 0.93,
      maxAbsError: 0,
      maxRelError: 0,
    },
    {
      target: 'trixie-sklearn14',
      required: true,
      verdict: 'pass',
      runtime: 'python 3.13.5, scikit-learn 1.4.2',
      loadMs: 1210,
      p50Ms: 0.5,
      p95Ms: 1.2,
      maxAbsError: 2.2e-16,
      maxRelError: 1.1e-16,
    },
  ],
  promotion: {
    stage: 'staging',
    version: '1.2.0',
    previous: '1.1.0',
    applied: false,
    gates: [
      { name: 'validation evidence', verdict: 'pass' },
      { name: 'compat evidence (2 required targets)', verdict: 'pass' },
    ],
  },
};

export const passing: Report = { command: 'validate', verdict: 'pass', models: [passingModel] };

const pickleFinding: Finding = {
  severity: 'error',
  rule: 'pickle-dangerous-global',
  message: 'imports `os.system`, which runs shell commands when the file is loaded',
  location: { file: 'models/fraud/model.pkl' },
  global: 'os.system',
};

export const failingModel: ModelSection = {
  name: 'fraud-scorer',
  version: '3.0.0',
  manifest: 'models/fraud/modelgate.yaml',
  verdict: 'fail',
  checks: [
    { name: 'manifest', verdict: 'fail', detail: '1 error' },
    { name: 'artifacts', verdict: 'fail', detail: '1 of 2 read, 4.1 MB; 2 of 2 pinned by sha256' },
    { name: 'content scan', verdict: 'fail', detail: '1 unsafe' },
    { name: 'signature vs production', verdict: 'fail', detail: '2 breaking changes' },
  ],
  artifacts: [
    {
      path: 'models/fraud/model.pkl',
      format: 'pickle',
      size: 4_100_000,
      sha256: 'a'.repeat(64),
      verdict: 'unsafe',
      change: 'changed',
      sizeDelta: -250_000,
    },
    { path: 'models/fraud/extra.bin', verdict: 'error', change: 'added' },
    {
      path: 'models/fraud/vocab.json',
      size: 12_000,
      sha256: 'b'.repeat(64),
      change: 'removed',
      sizeDelta: -12_000,
    },
  ],
  findings: [
    {
      severity: 'warning',
      rule: 'unpinned-version',
      message: 'target `py310` installs scikit-learn without a version',
      location: { file: 'models/fraud/modelgate.yaml', line: 21, column: 7 },
    },
    pickleFinding,
    {
      severity: 'error',
      rule: 'artifact-missing',
      message: 'artifact `extra.bin` does not exist | a pipe, <b>html</b> and a\nnewline',
      location: { file: 'models/fraud/modelgate.yaml', line: 9, column: 13 },
    },
  ],
  signature: {
    against: '2.4.1',
    changes: [
      {
        side: 'input',
        name: 'amount',
        kind: 'dtype',
        before: 'float64 [-1]',
        after: 'float32 [-1]',
        breaking: true,
      },
      { side: 'input', name: 'country', kind: 'removed', before: 'string [-1]', breaking: true },
      {
        side: 'output',
        name: 'explanation',
        kind: 'added',
        after: 'float32 [-1, 8]',
        breaking: false,
      },
    ],
  },
  compat: [
    {
      target: 'py310',
      required: true,
      verdict: 'fail',
      runtime: 'python 3.10.12',
      loadMs: 80,
      maxAbsError: 0.031,
      detail: '3 of 20 samples outside atol 1e-6',
    },
    { target: 'gpu', required: false, verdict: 'skipped', detail: 'no GPU on this runner' },
  ],
  promotion: {
    stage: 'canary',
    version: '3.0.0',
    previous: '2.4.1',
    weight: 10,
    applied: false,
    reason: 'weekly retrain',
    gates: [{ name: 'version in staging', verdict: 'fail', detail: '3.0.0 is not in staging' }],
  },
};

export const failing: Report = { command: 'validate', verdict: 'fail', models: [failingModel] };

/** A model whose manifest could not be read: only the manifest and its findings are known. */
const unreadableModel: ModelSection = {
  manifest: 'models/broken/modelgate.yaml',
  verdict: 'fail',
  checks: [{ name: 'manifest', verdict: 'fail', detail: 'could not be read' }],
  findings: [
    {
      severity: 'error',
      rule: 'yaml-syntax',
      message: 'a tab character cannot indent YAML',
      location: { file: 'models/broken/modelgate.yaml', line: 3, column: 1 },
    },
  ],
};

export const mixed: Report = {
  command: 'test',
  scope: 'py310',
  verdict: 'fail',
  models: [passingModel, failingModel, unreadableModel],
};

/** Far too many findings for a comment, with long messages: the comment must be cut. */
export function oversized(findings = 3000): Report {
  const many: Finding[] = Array.from({ length: findings }, (_, i) => ({
    severity: i % 3 === 0 ? 'error' : 'warning',
    rule: 'pickle-unknown-global',
    message: `imports \`pkg${i}.Thing\`, not on the allow-list; ${'a very long explanation '.repeat(20)}`,
    location: { file: `models/huge/shard-${String(i).padStart(4, '0')}.pkl` },
    global: `pkg${i}.Thing`,
  }));
  const model: ModelSection = {
    name: 'huge-model',
    version: '0.1.0',
    manifest: 'models/huge/modelgate.yaml',
    verdict: 'fail',
    summary: `${findings} artifacts scanned`,
    findings: many,
    compat: Array.from({ length: 40 }, (_, i) => ({
      target: `target-${i}`,
      required: i % 2 === 0,
      verdict: 'fail' as const,
      detail: 'x'.repeat(8000),
    })),
  };
  return { command: 'validate', verdict: 'fail', models: [model] };
}
