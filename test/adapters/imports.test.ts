import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The shape of src/'s imports: no module reaches itself through imports that run (a circle
 * makes one of them see the other half-initialised, in an order the bundler picks), and the
 * layers point one way: reports render what the domain produces, so report/ and the domain
 * never import commands/.
 */

const SRC = join(import.meta.dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

interface Edge {
  to: string;
  /** Erased by the compiler: `import type`, or an import whose names all say `type`. */
  typeOnly: boolean;
}

/** Each relative import and re-export of a module, as the file names it resolves to. */
export function importsOf(file: string, text: string): Edge[] {
  const statement =
    /^(import|export)\s+(type\s+)?(\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)\s+from\s+'(\.[^']+)'/gm;
  const edges: Edge[] = [];
  for (const m of text.matchAll(statement)) {
    const names = m[3]!;
    const allTypes =
      names.startsWith('{') &&
      names
        .slice(1, -1)
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '')
        .every((n) => n.startsWith('type '));
    edges.push({
      to: join(dirname(file), m[4]!.replace(/\.js$/, '.ts')),
      typeOnly: m[2] !== undefined || allTypes,
    });
  }
  return edges;
}

/** The circles of a graph: its strongly connected components of more than one module. */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const files = sources(SRC);
const edges = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
const name = (f: string) => relative(SRC, f);
/** In a folder of its own, a module is domain or report code; the adapters sit in src/ itself. */
const folder = (f: string) => (name(f).includes('/') ? name(f).split('/')[0] : undefined);

describe('the imports of src/', () => {
  it('reads value and type imports apart, and finds a circle', () => {
    expect(
      importsOf(
        '/s/a.ts',
        [
          "import type { X } from './x.js';",
          "import { type Y, type Z } from '../y.js';",
          "import { w, type V } from './w.js';",
          "export { u } from './u.js';",
          "import * as t from './t.js';",
          "import { readFile } from 'node:fs';",
        ].join('\n'),
      ),
    ).toEqual([
      { to: '/s/x.ts', typeOnly: true },
      { to: '/y.ts', typeOnly: true },
      { to: '/s/w.ts', typeOnly: false },
      { to: '/s/u.ts', typeOnly: false },
      { to: '/s/t.ts', typeOnly: false },
    ]);
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c']]);
    expect(circles(new Map([['a', ['b']]]))).toEqual([]);
  });

  it('holds no circle of imports that run', () => {
    const graph = new Map(
      [...edges].map(([f, es]) => [f, es.filter((e) => !e.typeOnly).map((e) => e.to)]),
    );
    expect(circles(graph).map((c) => c.map(name))).toEqual([]);
  });

  it('imports commands/ only from commands/ and the adapters beside it (cli, action, help)', () => {
    const outside = [...edges].flatMap(([f, es]) =>
      folder(f) === undefined || folder(f) === 'commands'
        ? []
        : es
            .filter((e) => name(e.to).startsWith('commands/'))
            .map((e) => `${name(f)} → ${name(e.to)}`),
    );
    expect(outside).toEqual([]);
  });
});
