import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { manifestValidator, manifestValidatorSource } from '../../src/manifest/schema-validator.js';
import { REPO } from '../helpers/cli.js';

/**
 * The bundles validate manifests with ajv's standalone code, generated at build time
 * (scripts/build.mjs); the tests that import src/ use the validator ajv compiles at run time.
 * Both come from one set of options, and here they must agree on every manifest of a corpus
 * that reaches each keyword: the verdict, every error (message, params, data, schema), and the
 * defaults filled in.
 */

let source: string;
let standalone: ValidateFunction;

beforeAll(async () => {
  source = manifestValidatorSource();
  // Bundled as the build bundles it, so that its run-time helpers resolve from node_modules.
  const bundled = await build({
    stdin: { contents: source, resolveDir: join(REPO, 'src/manifest'), loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} as { manifestValidator(): ValidateFunction } };
  new Function('module', 'exports', bundled.outputFiles[0]!.text)(module, module.exports);
  standalone = module.exports.manifestValidator();
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const clone = <T>(v: T): T => structuredClone(v);

/** Every manifest one edit away from `base`: each node removed, retyped, or given a stranger. */
function variants(base: Json): Json[] {
  const out: Json[] = [base];
  const replacements: Json[] = [
    null,
    true,
    0,
    -1,
    1.5,
    1e9,
    '',
    'x',
    'Not A Name!',
    '01',
    'a'.repeat(5000),
    [],
    ['x'],
    Array.from({ length: 1001 }, () => 1),
    {},
  ];
  const walk = (node: Json, path: (string | number)[]) => {
    const edit = (
      change: (parent: Json[] | Record<string, Json>, key: string | number) => void,
    ) => {
      const copy = clone(base);
      let parent = copy as Record<string | number, Json>;
      for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
      change(parent as Json[] | Record<string, Json>, path[path.length - 1]!);
      out.push(copy);
    };
    if (path.length > 0) {
      edit((p, k) => {
        if (Array.isArray(p)) p.splice(k as number, 1);
        else delete p[k as string];
      });
      for (const r of replacements) edit((p, k) => ((p as Record<string, Json>)[k] = clone(r)));
    }
    if (Array.isArray(node)) node.forEach((c, i) => walk(c, [...path, i]));
    else if (node !== null && typeof node === 'object') {
      const copy = clone(base);
      let here = copy as Record<string | number, Json>;
      for (const k of path) here = here[k] as Record<string | number, Json>;
      here.unknwon_field = 1;
      out.push(copy);
      for (const [k, c] of Object.entries(node)) walk(c, [...path, k]);
    }
  };
  walk(base, []);
  return out;
}

describe('the standalone manifest validator', () => {
  it('imports nothing but the run-time helpers of ajv', () => {
    const imports = [...source.matchAll(/require\(\s*"([^"]+)"\s*\)|\bfrom\s*"([^"]+)"/g)].map(
      (m) => m[1] ?? m[2],
    );
    for (const i of imports) expect(i).toMatch(/^ajv\/dist\/runtime\//);
  });

  it('agrees with the validator ajv compiles at run time', async () => {
    const base = parse(await readFile(join(REPO, 'examples/iris/modelgate.yaml'), 'utf8')) as Json;
    const cases = variants(base);
    expect(cases.length).toBeGreaterThan(500);
    const compiled = manifestValidator();
    const keywords = new Set<string>();
    for (const c of cases) {
      const a = clone(c);
      const b = clone(c);
      const okA = compiled(a);
      const errorsA = clone(compiled.errors ?? []);
      const okB = standalone(b);
      const errorsB = clone(standalone.errors ?? []);
      expect(okB).toBe(okA);
      expect(errorsB).toEqual(errorsA);
      expect(b).toEqual(a);
      for (const e of errorsA) keywords.add(e.keyword);
    }
    // The corpus reaches every keyword the schema uses.
    expect([...keywords].sort()).toEqual([
      'additionalProperties',
      'const',
      'enum',
      'exclusiveMinimum',
      'maxItems',
      'maxLength',
      'maximum',
      'minItems',
      'minLength',
      'minimum',
      'pattern',
      'required',
      'type',
    ]);
  });
});
