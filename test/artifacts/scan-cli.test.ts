import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';

const CORPUS = join(import.meta.dirname, '../fixtures/artifacts/corpus');
const at = (name: string) => relative(REPO, join(CORPUS, name));

interface ScanJson {
  verdict: string;
  files: {
    path: string;
    format: string;
    size: number;
    sha256: string;
    verdict: string;
    findings: { severity: string; rule: string; message: string; global?: string }[];
  }[];
}

async function scan(
  ...args: string[]
): Promise<{ code: number | null; json: ScanJson; stderr: string }> {
  const r = await runCli(['scan', ...args, '--json']);
  return { code: r.code, json: JSON.parse(r.stdout) as ScanJson, stderr: r.stderr };
}

describe('modelgate scan', () => {
  it('prints the documented JSON for a safe file and exits 0', async () => {
    const name = at('pickle/sklearn-p4.pkl');
    const r = await scan(name);
    expect(r.code, r.stderr).toBe(0);
    const bytes = readFileSync(join(REPO, name));
    expect(r.json).toEqual({
      verdict: 'pass',
      files: [
        {
          path: name,
          format: 'pickle',
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          verdict: 'safe',
          findings: [],
        },
      ],
    });
  });

  it('fails an unsafe pickle and names the global', async () => {
    const r = await scan(at('pickle/evil-os-system-p0.pkl'));
    expect(r.code).toBe(1);
    expect(r.json.verdict).toBe('fail');
    expect(r.json.files[0]!.findings[0]).toMatchObject({
      severity: 'error',
      rule: 'pickle-unsafe-global',
      global: 'posix.system',
    });
  });

  it('fails an unknown class by default, only warns on it with --warn-unknown-classes, accepts it with --allow-global', async () => {
    const file = at('pickle/unknown-class.pkl');
    const strict = await scan(file);
    expect(strict.code).toBe(1);
    expect(strict.json.files[0]).toMatchObject({
      verdict: 'unsafe',
      findings: [{ severity: 'error', global: 'mypkg.models.Thing', loader: 'pickle.load' }],
    });
    expect((await scan(file, '--strict')).code).toBe(1);
    const lenient = await scan(file, '--warn-unknown-classes');
    expect(lenient.code).toBe(0);
    expect(lenient.json.files[0]).toMatchObject({
      verdict: 'suspicious',
      findings: [{ severity: 'warning', global: 'mypkg.models.Thing' }],
    });
    const allowed = await scan(
      file,
      '--allow-global',
      'other.Thing,more.Thing',
      '--allow-global',
      'mypkg.models.Thing',
    );
    expect(allowed.code).toBe(0);
    expect(allowed.json.files[0]!.verdict).toBe('safe');
    expect((await scan(file, '--strict', '--warn-unknown-classes')).code).toBe(2);
  });

  it('never lets an unknown function through, not even with --warn-unknown-classes', async () => {
    const r = await scan(at('pickle/sklearn-reexported-attrgetter.pkl'), '--warn-unknown-classes');
    expect(r.code).toBe(1);
    expect(r.json.files[0]!.verdict).toBe('unsafe');
    expect(r.json.files[0]!.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        rule: 'pickle-unknown-global',
        global: 'sklearn.utils.metaestimators.attrgetter',
      }),
    );
  });

  it('walks folders and reads a SavedModel graph as one', async () => {
    const r = await scan(at('savedmodel'));
    expect(r.code).toBe(1);
    expect(
      r.json.files.map((f) => [relative(at('savedmodel'), f.path), f.format, f.verdict]),
    ).toEqual([
      ['benign/saved_model.pb', 'tf-savedmodel', 'safe'],
      ['benign/variables/variables.index', 'unknown', 'safe'],
      ['evil/saved_model.pb', 'tf-savedmodel', 'unsafe'],
    ]);
  });

  it('prints a readable report without --json', async () => {
    const r = await runCli(['scan', at('zip/nested-evil.zip')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('inner.zip!deep/model.pkl: calls posix.system');
    expect(r.stdout).toMatch(
      /verdict: fail \(1 file: 0 safe, 0 suspicious, 1 unsafe, 0 unreadable\)/,
    );
  });

  it('exits 2 with a clear message for a path that does not exist, or none at all', async () => {
    const missing = await runCli(['scan', 'no/such/model.pkl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot scan no/such/model.pkl: no such file or folder');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const fifo = await runCli(['scan', '/dev/null']);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain('cannot scan /dev/null: not a regular file or folder');
    const none = await runCli(['scan']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('scan needs at least one PATH');
  });
});
