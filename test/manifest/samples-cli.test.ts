// `modelgate validate` reads every golden sample against the signature before any container
// starts: a bare array is the value of a model's only input (needs `npm run build`).
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DIR = 'test/fixtures/samples';

it('a bare array for a two-input model fails validate, at each of its lines', async () => {
  const r = await runCli(['validate', '--manifest', `${DIR}/two-input.yaml`]);
  expect(r.code, r.stderr).toBe(1);
  const said = `error: the bare array does not say which input it is, and the signature has 2 inputs (\`sepals\`, \`petals\`); name them [samples-missing-input]`;
  expect(r.stdout).toContain(`${DIR}/bare.jsonl:1:1: ${said}`);
  expect(r.stdout).toContain(`${DIR}/bare.jsonl:3:1: ${said}`);
  expect(r.stdout).toMatch(/verdict: fail/);
});

it('the same bare array for a single-input model passes', async () => {
  const r = await runCli(['validate', '--manifest', `${DIR}/one-input.yaml`, '--json']);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const report = JSON.parse(r.stdout) as { verdict: string; models: { findings: unknown[] }[] };
  expect(report.verdict).toBe('pass');
  expect(report.models[0]!.findings).toEqual([]);
});
