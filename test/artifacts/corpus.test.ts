import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/artifacts/scan.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/artifacts');
const CORPUS = join(FIXTURES, 'corpus');

/** Written by generate.py beside the files: what each one was built to be. */
const expected: Record<string, { verdict: string; format: string; rules: string[] }> = JSON.parse(
  readFileSync(join(FIXTURES, 'expected.json'), 'utf8'),
);
const standard = { pickle: 'strict', allowGlobals: [] } as const;

describe('the generated corpus', () => {
  it('has at least 40 files of every kind', () => {
    const names = Object.keys(expected);
    expect(names.length).toBeGreaterThanOrEqual(40);
    const verdicts = new Set(Object.values(expected).map((e) => e.verdict));
    expect([...verdicts].sort()).toEqual(['error', 'safe', 'suspicious', 'unsafe']);
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const hint = name.endsWith('saved_model.pb') ? 'tf-savedmodel' : undefined;
    const r = await scanFile(join(CORPUS, name), standard, hint);
    expect({ verdict: r.verdict, format: r.format }, JSON.stringify(r.findings, null, 1)).toEqual({
      verdict: want.verdict,
      format: want.format,
    });
    const rules = new Set(r.findings.map((f) => f.rule));
    for (const rule of want.rules) expect(rules, `rule ${rule}`).toContain(rule);
  });
});

describe('pickle findings', () => {
  it('name the imported global, and an unsafe one stays unsafe when the stream then breaks', async () => {
    const r = await scanFile(join(CORPUS, 'pickle/evil-truncated.pkl'), standard);
    expect(r.verdict).toBe('unsafe');
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        rule: 'pickle-unsafe-global',
        global: 'posix.system',
        verdict: 'unsafe',
      }),
    );
    expect(r.findings).toContainEqual(
      expect.objectContaining({ rule: 'pickle-truncated', verdict: 'error' }),
    );
  });

  it('resolve STACK_GLOBAL arguments fetched from the memo and Python 2 module names', async () => {
    const memo = await scanFile(join(CORPUS, 'pickle/stack-global-memo-eval.pkl'), standard);
    expect(memo.findings.map((f) => f.global)).toContain('builtins.eval');
    const py2 = await scanFile(join(CORPUS, 'pickle/py2-builtin-exec.pkl'), standard);
    expect(py2.findings[0]).toMatchObject({ global: 'builtins.exec', verdict: 'unsafe' });
  });

  it('attribute archive findings to the member that holds them', async () => {
    const r = await scanFile(join(CORPUS, 'zip/nested-evil.zip'), standard);
    expect(r.findings.find((f) => f.rule === 'pickle-unsafe-global')?.member).toBe(
      'inner.zip!deep/model.pkl',
    );
  });

  it('allow_globals makes an unknown class safe but never a denied one', async () => {
    const unknown = await scanFile(join(CORPUS, 'pickle/unknown-class.pkl'), {
      pickle: 'strict',
      allowGlobals: ['mypkg.models.Thing'],
    });
    expect(unknown.verdict).toBe('safe');
    const denied = await scanFile(join(CORPUS, 'pickle/evil-os-system-p2.pkl'), {
      pickle: 'strict',
      allowGlobals: ['posix.system', 'os.system'],
    });
    expect(denied.verdict).toBe('unsafe');
  });
});
