// The README's table of the action's inputs and outputs, generated from action.yml so that the
// two cannot drift apart. The table sits between two markers in README.md:
//
//   <!-- action-docs:start -->  …generated, never edit by hand…  <!-- action-docs:end -->
//
//   npm run docs:action                    rewrite the block in README.md
//   npm run docs:action -- --check         exit 1 (and say so) when README.md's block is stale
//   node scripts/action-docs.mjs --print   print the block that would be written
//   --action FILE, --readme FILE           other files than the repository's (for the tests)
//
// The block is formatted with the repository's prettier settings, so `npm run format:check`
// and this script agree on every byte. When the markers are missing, --write inserts them under
// a heading "## Action inputs and outputs" at the end of the README (before a license section,
// if there is one); --check fails instead.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';
const HEADING = '## Action inputs and outputs';

/**
 * Text for one Markdown table cell: a pipe would end the cell and a newline the row, so pipes
 * are escaped (also inside code spans, as GFM tables require; backslashes before a pipe are
 * doubled so that they stay text) and line breaks become <br>.
 */
export function cell(text) {
  return String(text)
    .trim()
    .replace(/(\\*)\|/g, (_, slashes) => `${slashes}${slashes}\\|`)
    .replace(/\r\n?|\n/g, '<br>');
}

/** A value as a code span, with a fence longer than any run of backticks inside it. */
function code(value) {
  const text = String(value);
  if (text === '') return '`""`';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The two tables, unformatted, from action.yml's text. */
export function renderTables(actionYml) {
  const action = parse(actionYml) ?? {};
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const lines = [
    'Generated from [`action.yml`](action.yml) by `npm run docs:action`; do not edit by hand.',
    '',
  ];
  if (inputs.length > 0) {
    lines.push('| Input | Description | Default | Required |', '| --- | --- | --- | --- |');
    for (const [name, spec] of inputs) {
      const s = spec ?? {};
      const dflt = s.default === undefined || s.default === null ? '' : cell(code(s.default));
      const required = s.required === true || s.required === 'true' ? 'yes' : 'no';
      const deprecated = s.deprecationMessage
        ? `<br>**Deprecated:** ${cell(s.deprecationMessage)}`
        : '';
      lines.push(
        `| ${cell(code(name))} | ${cell(s.description ?? '')}${deprecated} | ${dflt} | ${required} |`,
      );
    }
  } else {
    lines.push('The action has no inputs.');
  }
  lines.push('');
  if (outputs.length > 0) {
    lines.push('| Output | Description |', '| --- | --- |');
    for (const [name, spec] of outputs) {
      lines.push(`| ${cell(code(name))} | ${cell(spec?.description ?? '')} |`);
    }
  } else {
    lines.push('The action has no outputs.');
  }
  return lines.join('\n') + '\n';
}

/** The block between the markers (markers excluded), formatted as prettier formats README.md. */
export async function renderBlock(actionYml) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(join(repo, 'README.md'))) ?? {};
  return prettier.format(renderTables(actionYml), { ...options, parser: 'markdown' });
}

/** README's text with the block replaced (or inserted with its heading when absent). */
export function withBlock(readme, block) {
  const wrapped = `${START}\n\n${block.trimEnd()}\n\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start >= 0 && end > start) {
    return readme.slice(0, start) + wrapped + readme.slice(end + END.length);
  }
  if (start >= 0 || end >= 0) throw new Error(`README has only one of ${START} and ${END}`);
  const section = `${HEADING}\n\n${wrapped}\n`;
  const license = readme.search(/^#{1,6} +licen[cs]e\b/im);
  if (license >= 0) {
    return `${readme.slice(0, license)}${section}\n${readme.slice(license)}`;
  }
  return `${readme.trimEnd()}\n\n${section}`;
}

async function main(argv) {
  const arg = (flag, fallback) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : fallback;
  };
  const actionPath = arg('--action', join(repo, 'action.yml'));
  const readmePath = arg('--readme', join(repo, 'README.md'));
  const block = await renderBlock(await readFile(actionPath, 'utf8'));
  if (argv.includes('--print')) {
    process.stdout.write(block);
    return 0;
  }
  const readme = await readFile(readmePath, 'utf8');
  const updated = withBlock(readme, block);
  if (argv.includes('--check')) {
    if (updated === readme) return 0;
    console.error(
      `${readmePath}: the inputs and outputs table differs from ${actionPath}; ` +
        'run `npm run docs:action` and commit README.md',
    );
    return 1;
  }
  if (updated !== readme) await writeFile(readmePath, updated);
  console.log(updated === readme ? 'README.md is up to date' : `updated ${readmePath}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
