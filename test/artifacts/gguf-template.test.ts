import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFile } from '../../src/artifacts/scan.js';
import { judgeTemplate } from '../../src/artifacts/template.js';
import { REPO, runCli, tempDir } from '../helpers/cli.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/artifacts/gguf-templates');
const policy = { pickle: 'strict', allowGlobals: [] } as const;

/**
 * Written by generate.py, which renders every template in jinja2 as llama-cpp-python did before
 * CVE-2024-34359: benign ones rendered, hostile ones ran their payload (or leaked `open`).
 */
const expected: Record<
  string,
  { verdict: string; rendered?: boolean; mentions?: string; payload?: string }
> = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

const unsafe = (source: string) =>
  judgeTemplate(source)
    .filter((p) => p.verdict === 'unsafe')
    .map((p) => p.message);

describe('GGUF chat templates, as generated and checked in jinja2', () => {
  it('hold real templates and hostile ones of every category', () => {
    const names = Object.keys(expected);
    expect(names.filter((n) => n.startsWith('benign/')).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => n.startsWith('hostile/')).length).toBeGreaterThanOrEqual(18);
    for (const [name, want] of Object.entries(expected)) {
      if (name.startsWith('benign/')) expect(want.rendered, name).toBe(true);
      else if (name !== 'hostile/array-template.gguf')
        expect(want.payload, name).toMatch(/^(ran|leaked open)$/);
    }
  });

  it.each(Object.entries(expected))('%s', async (name, want) => {
    const r = await scanFile(join(FIXTURES, 'gguf', name), policy);
    const shown = JSON.stringify(r.findings, null, 1);
    expect(r.format, shown).toBe('gguf');
    expect(r.verdict, shown).toBe(want.verdict);
    if (want.verdict === 'safe') {
      expect(r.findings, shown).toEqual([]);
      return;
    }
    const rule = want.verdict === 'unsafe' ? 'gguf-template-injection' : 'gguf-template-invalid';
    const template = r.findings.filter((f) => f.rule === rule);
    expect(template.length, shown).toBeGreaterThan(0);
    for (const f of template) expect(f.loader).toBe('jinja2');
    expect(
      template.some((f) => f.message.includes(want.mentions!)),
      shown,
    ).toBe(true);
  });
});

describe('the template judge', () => {
  it('accepts what real templates do: loops, namespaces, slices, methods, tojson, tests on globals', () => {
    expect(
      judgeTemplate(
        `{%- if strftime_now is defined %}{% set d = strftime_now("%d %b %Y") %}{% endif %}` +
          `{% set ns = namespace(last=-1, found=false) %}{% for m in messages[::-1] %}` +
          `{% set ns.last = (messages|length - 1) - loop.index0 %}{% endfor %}` +
          `{{ messages[ns.last].content.split('</think>')[-1].lstrip('\\n') }}` +
          `{% for k, v in tools[0].function.parameters.properties|items %}{{ k ~ v|tojson(indent=2) }}{% endfor %}` +
          `{{ messages|selectattr('role', 'equalto', 'user')|map(attribute='content')|join(', ') }}` +
          `{{ messages|sort(attribute='role,content')|first }}{{ '%s'|format(eos_token) }}` +
          `{% macro show(x, sep=', ') %}{{ x }}{{ caller() }}{% endmacro %}{% call show(1) %}y{% endcall %}` +
          `{% for i in range(messages|length) %}{{ messages[i]['role'] }}{{ loop.cycle('a', 'b') }}{% endfor %}` +
          `{{ raise_exception('no') if not messages }}{{ dict(a=1)|tojson }}`,
      ),
    ).toEqual([]);
  });

  it('refuses names built at render time wherever a name is looked up', () => {
    expect(unsafe(`{{ x[('_' * 2) ~ 'class' ~ ('_' * 2)] }}`)).toEqual([
      expect.stringContaining('a subscript that may be a string'),
    ]);
    expect(unsafe(`{{ x|map(attribute=name) }}`)).toEqual([
      expect.stringContaining('the attribute of |map that is not a literal'),
    ]);
    expect(unsafe(`{{ x|selectattr('a.__class__') }}`)).toEqual([
      expect.stringContaining('the attribute "__class__" of |selectattr'),
    ]);
    expect(unsafe(`{{ x|sort(attribute='a,__dict__') }}`)).toEqual([
      expect.stringContaining('"__dict__" of |sort'),
    ]);
    expect(unsafe(`{{ x|map('attr', '_private') }}`)).toEqual([
      expect.stringContaining('|attr("_private")'),
    ]);
    expect(unsafe(`{{ x|map(f) }}`)).toEqual([
      expect.stringContaining('a filter name of |map that is not a literal'),
    ]);
    expect(unsafe(`{{ x|select(t) }}{{ x|reject('imported') }}`)).toEqual([
      expect.stringContaining('a test name of |select that is not a literal'),
      expect.stringContaining('the test "imported" in |reject'),
    ]);
  });

  it('counts a subscript as a number only when every value it can hold is one', () => {
    expect(unsafe(`{% set i = 1 %}{% set i = i + loop.index0 %}{{ a[i] }}`)).toEqual([]);
    expect(unsafe(`{% set i = 1 %}{% set i = i ~ '' %}{{ a[i] }}`)).toHaveLength(1);
    // A range loop variable rebound inside the loop is no longer a number.
    expect(unsafe(`{% for i in range(3) %}{% set i = 'x' %}{{ a[i] }}{% endfor %}`)).toHaveLength(
      1,
    );
    // bos_token is read from the GGUF's vocabulary before the template sets it.
    expect(unsafe(`{{ a[bos_token] }}{% set bos_token = 1 %}`)).toHaveLength(1);
    expect(unsafe(`{% set ns = namespace(n=0) %}{% set ns.n = 'x' %}{{ a[ns.n] }}`)).toHaveLength(
      1,
    );
    expect(unsafe(`{% set ns = namespace(n=0) %}{% set ns.n = ns.n + 1 %}{{ a[ns.n] }}`)).toEqual(
      [],
    );
    expect(unsafe(`{{ a[message.index] }}`)).toHaveLength(1);
  });

  it('allows calls only to known functions, macros and methods, never a function as a value', () => {
    expect(unsafe(`{{ lipsum() }}{{ cycler(1, 2).next() }}{{ x.format_map(y) }}`)).toEqual([
      expect.stringContaining('the jinja2 global "lipsum"'),
      expect.stringContaining('the method "next"'),
      expect.stringContaining('the jinja2 global "cycler"'),
      expect.stringContaining('the method "format_map"'),
      expect.stringContaining('attribute "format_map" reaches Python internals'),
    ]);
    expect(unsafe(`{% set f = range %}{{ f(3) }}`)).toEqual([
      expect.stringContaining('the function "range" used as a value'),
      expect.stringContaining('a call to "f"'),
    ]);
    expect(unsafe(`{% set range = x.y %}{{ range(1) }}`)).toEqual([
      expect.stringContaining('it rebinds "range"'),
    ]);
    expect(unsafe(`{% for loop in x %}{% endfor %}{% macro m(namespace) %}{% endmacro %}`)).toEqual(
      [expect.stringContaining('rebinds "loop"'), expect.stringContaining('rebinds "namespace"')],
    );
    expect(unsafe(`{% for a, (b, (joiner, c)) in x %}{% endfor %}`)).toEqual([
      expect.stringContaining('rebinds "joiner"'),
    ]);
    expect(unsafe(`{{ (x.y)(1) }}{{ x.strip()() }}`)).toEqual([
      expect.stringContaining('the method "y"'),
      expect.stringContaining('a call to a computed value'),
    ]);
    expect(unsafe(`{{ namespace(**x) }}{{ x|join(*y) }}`)).toEqual([
      expect.stringContaining('arguments spread'),
      expect.stringContaining('arguments spread'),
    ]);
    expect(unsafe(`{{ x|attr('a').b }}{{ x|first()() }}`)).toEqual([
      expect.stringContaining('a filter followed by a member or a call'),
      expect.stringContaining('a filter followed by a member or a call'),
    ]);
    expect(unsafe(`{{ x|pprint }}{{ x is imported }}`)).toEqual([
      expect.stringContaining('the filter "pprint"'),
      expect.stringContaining('the test "imported"'),
    ]);
  });

  it('names the construct and where it is', () => {
    expect(
      unsafe(`{% for m in messages %}{% if m.role %}{{ m.__class__ }}{% endif %}{% endfor %}`),
    ).toEqual([
      'attribute "__class__" is underscore-led (Python internals) in `m.__class__` (in {% for m %} › {% if %})',
    ]);
  });

  it('calls a template that does not parse, or is too deep or slow to parse, an error', () => {
    for (const source of [
      '{% include "x" %}',
      '{% raw %}{{ x.__class__ }}{% endraw %}',
      '{{ x',
      "{{ '\\N{LOW LINE}' }}",
      '{{ ' + '('.repeat(20000) + 'x' + ')'.repeat(20000) + ' }}',
    ]) {
      const r = judgeTemplate(source);
      expect(r, source.slice(0, 40)).toHaveLength(1);
      expect(r[0]!.verdict).toBe('error');
    }
    const started = Date.now();
    const r = judgeTemplate('{{ x }}' + ' '.repeat(200_000) + '{{ y }}');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r).toEqual([{ verdict: 'error', message: expect.stringContaining('whitespace') }]);
  });

  it('reports at most five constructs, then a count', () => {
    const r = unsafe(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => `{{ x._${n} }}`).join(''));
    expect(r).toHaveLength(6);
    expect(r[5]).toBe('…and 2 more constructs outside the allow-list');
  });
});

describe('GGUF template metadata', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-gguf-'));
  });
  afterAll(() => cleanup());

  /** A GGUF v3 file with no tensors and the given metadata strings (raw bytes allowed). */
  function gguf(entries: [string, Buffer | string][]): Buffer {
    const str = (s: Buffer | string) => {
      const b = Buffer.isBuffer(s) ? s : Buffer.from(s, 'utf8');
      const n = Buffer.alloc(8);
      n.writeBigUInt64LE(BigInt(b.length));
      return Buffer.concat([n, b]);
    };
    const head = Buffer.alloc(24);
    head.write('GGUF', 0, 'latin1');
    head.writeUInt32LE(3, 4);
    head.writeBigUInt64LE(0n, 8);
    head.writeBigUInt64LE(BigInt(entries.length), 16);
    const type = Buffer.alloc(4);
    type.writeUInt32LE(8);
    return Buffer.concat([head, ...entries.flatMap(([k, v]) => [str(k), type, str(v)])]);
  }

  it('judges every tokenizer.chat_template.<name>, and no other key', async () => {
    const file = join(dir, 'named.gguf');
    await writeFile(
      file,
      gguf([
        ['tokenizer.chat_templates', '{{ x.__class__ }}'], // a list of names, never rendered
        ['general.description', '{{ x.__class__ }}'],
        ['tokenizer.chat_template.rag', '{{ x._y }}'],
      ]),
    );
    const r = await scanFile(file, policy);
    expect(r.verdict).toBe('unsafe');
    expect(r.findings.map((f) => [f.rule, f.message.split(' ')[0]])).toEqual([
      ['gguf-template-injection', 'tokenizer.chat_template.rag'],
    ]);
  });

  it('judges at most 64 templates in one file; more is an error', async () => {
    const file = join(dir, 'many.gguf');
    const entries: [string, string][] = [];
    for (let i = 0; i < 70; i++) entries.push([`tokenizer.chat_template.t${i}`, '{{ x }}']);
    await writeFile(file, gguf(entries));
    const r = await scanFile(file, policy);
    expect(r.verdict).toBe('error');
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'gguf-template-invalid',
        message: expect.stringContaining('more than 64 chat templates'),
      }),
    ]);
  });

  it('calls a template that is not UTF-8 an error', async () => {
    const file = join(dir, 'latin1.gguf');
    await writeFile(
      file,
      gguf([['tokenizer.chat_template', Buffer.from([0x7b, 0x7b, 0x20, 0xff, 0x7d, 0x7d])]]),
    );
    const r = await scanFile(file, policy);
    expect(r.verdict).toBe('error');
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'gguf-template-invalid', loader: 'jinja2' }),
    ]);
  });

  it('names the jinja2 reading in scan --json', async () => {
    const name = relative(REPO, join(FIXTURES, 'gguf/hostile/attr-filter.gguf'));
    const r = await runCli(['scan', '--json', name]);
    expect(r.code, r.stderr).toBe(1);
    const json = JSON.parse(r.stdout) as {
      files: { findings: { loader?: string; rule: string }[] }[];
    };
    expect(json.files[0]!.findings).toContainEqual(
      expect.objectContaining({ rule: 'gguf-template-injection', loader: 'jinja2' }),
    );
  });
});

describe('test arguments, which the syntax tree drops', () => {
  it.each([
    "{{ messages[0 is sameas ''.__class__] }}",
    '{{ x is divisibleby(cycler.__init__) }}',
    '{{ x is defined lipsum }}',
    '{{ x is not eq [1] }}',
    '{{ x is a.b }}',
  ])('refuses %s', (source) => {
    expect(unsafe(source).join()).toMatch(/given an argument/);
  });

  it('lets the argument-less tests real templates use through', () => {
    const source =
      '{% if m is defined and m is not none %}{{ m is string }}{% endif %}' +
      '{{ (x is mapping) or x is iterable }}{{ a if b is defined else c }}';
    expect(unsafe(source)).toEqual([]);
  });
});

describe('what the syntax tree loses', () => {
  it('refuses a template part of which the parser dropped (a second expression in [...])', () => {
    expect(unsafe('{{ messages[{} - cycler.__init__.__globals__] }}').join()).toMatch(
      /not in its syntax tree/,
    );
  });

  // Unbounded, the fixpoint took minutes on such a chain: the test's time limit is the check.
  it('judges a long chain of numeric variables within the time limit', () => {
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => `{% set a${i + 1} = a${i} + 1 %}`);
    const source = `{% set a0 = 0 %}${chain.join('')}{{ messages[a${n}] }}{% set a0 = 'x' %}`;
    expect(judgeTemplate(source).map((p) => p.verdict)).toContain('unsafe');
  }, 20_000);
});
