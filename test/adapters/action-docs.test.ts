import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runNode, tempDir } from '../helpers/cli.js';

/**
 * README.md's inputs and outputs table is generated from action.yml (scripts/action-docs.mjs,
 * `npm run docs:action`): users read the table, the runner reads action.yml, and the two must
 * say the same thing.
 */
const SCRIPT = join(REPO, 'scripts/action-docs.mjs');
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-action-docs-'));
});
afterAll(() => cleanup());

function docs(...args: string[]) {
  return runNode(SCRIPT, args, { timeoutMs: 30_000 });
}

/** The rows of the table whose first cell is `name`, as the reader of the Markdown sees them. */
function row(block: string, name: string): string | undefined {
  return block.split('\n').find((line) => line.startsWith(`| \`${name}\` `));
}

describe('the inputs and outputs table in README.md', () => {
  it('matches action.yml (run `npm run docs:action` after changing action.yml)', async () => {
    const check = await docs('--check');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const readme = await readFile(join(REPO, 'README.md'), 'utf8');
    expect(readme.split(START)).toHaveLength(2);
    expect(readme.split(END)).toHaveLength(2);
    expect(readme).toMatch(/^## Action inputs and outputs\n\n<!-- action-docs:start -->$/m);
  });

  it('lists every input and output of action.yml, with defaults and required marks', async () => {
    const { parse } = await import('yaml');
    const action = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { required?: boolean; default?: unknown }>;
      outputs: Record<string, unknown>;
    };
    const readme = await readFile(join(REPO, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf(START), readme.indexOf(END));
    for (const [name, spec] of Object.entries(action.inputs)) {
      const line = row(block, name);
      expect(line, `input ${name}`).toBeDefined();
      expect(line).toMatch(spec.required === true ? /\| yes +\|$/ : /\| no +\|$/);
      if (spec.default !== undefined) expect(line).toContain(`\`${String(spec.default)}\``);
    }
    for (const name of Object.keys(action.outputs)) expect(row(block, name), name).toBeDefined();
  });

  it('differs, and --check fails, once action.yml changes', async () => {
    const action = join(dir, 'action.yml');
    const readme = join(dir, 'README.md');
    await copyFile(join(REPO, 'README.md'), readme);
    const original = await readFile(join(REPO, 'action.yml'), 'utf8');
    // A new input whose description (a literal block) and default hold a pipe and whose
    // description holds a line break, and a new output.
    const changed = original
      .replace(
        /^inputs:\n/m,
        'inputs:\n' +
          '  fail-on:\n' +
          '    description: |\n' +
          '      Which findings fail the step: unsafe | error.\n' +
          '      Several, comma-separated.\n' +
          '    default: "unsafe|error"\n' +
          '    required: true\n',
      )
      .replace(/^outputs:\n/m, 'outputs:\n  findings:\n    description: Number of findings.\n');
    expect(changed).not.toBe(original);
    await writeFile(action, changed);

    const before = await docs('--print');
    const after = await docs('--print', '--action', action);
    expect(before.code).toBe(0);
    expect(after.code).toBe(0);
    expect(after.stdout).not.toBe(before.stdout);
    // One cell per column: the pipe is escaped, the line break is <br>, and the row stays one line.
    expect(row(after.stdout, 'fail-on')).toMatch(
      /^\| `fail-on` +\| Which findings fail the step: unsafe \\\| error\.<br>Several, comma-separated\. +\| `unsafe\\\|error` +\| yes +\|$/,
    );
    expect(row(after.stdout, 'findings')).toMatch(/^\| `findings` +\| Number of findings\. +\|$/);

    const check = await docs('--check', '--action', action, '--readme', readme);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('npm run docs:action');

    // Regenerating brings them back together, touching nothing outside the markers.
    const write = await docs('--action', action, '--readme', readme);
    expect(write.code).toBe(0);
    expect((await docs('--check', '--action', action, '--readme', readme)).code).toBe(0);
    const rewritten = await readFile(readme, 'utf8');
    const current = await readFile(join(REPO, 'README.md'), 'utf8');
    expect(rewritten.slice(0, rewritten.indexOf(START))).toBe(
      current.slice(0, current.indexOf(START)),
    );
    expect(rewritten.slice(rewritten.indexOf(END))).toBe(current.slice(current.indexOf(END)));
    expect(rewritten).toContain('`fail-on`');
  });

  it('inserts the heading and markers into a README that has none, before its license', async () => {
    const readme = join(dir, 'bare.md');
    await writeFile(readme, '# tool\n\nUsage.\n\n## License\n\nMIT\n');
    expect((await docs('--check', '--readme', readme)).code).toBe(1);
    expect((await docs('--readme', readme)).code).toBe(0);
    const text = await readFile(readme, 'utf8');
    expect(text).toMatch(
      /^# tool\n\nUsage\.\n\n## Action inputs and outputs\n\n<!-- action-docs:start -->\n\n[^]*\n\n<!-- action-docs:end -->\n\n## License\n\nMIT\n$/,
    );
    expect((await docs('--check', '--readme', readme)).code).toBe(0);
  });
});
