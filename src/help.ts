import type { Command, OptionSpec } from './commands/command.js';

const WIDTH = 92;

function wrap(text: string, indent: number, width = WIDTH): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent + line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l)).join('\n');
}

function flag(o: OptionSpec): string {
  return o.kind === 'boolean' ? `--${o.name}` : `--${o.name} ${o.placeholder ?? 'VALUE'}`;
}

export const EXIT_CODES =
  'Exit codes: 0 success; 1 the check failed or a gate refused; 2 usage, configuration or infrastructure error.';

export function helpFor(cmd: Command): string {
  const pos = cmd.positionals ? ` ${cmd.positionals.name}…` : '';
  const out = [
    `modelgate ${cmd.name}: ${cmd.summary}`,
    '',
    `Usage: modelgate ${cmd.name} [options]${pos}`,
    '',
    wrap(cmd.description, 0),
    '',
  ];
  if (cmd.positionals)
    out.push(
      'Arguments:',
      `  ${cmd.positionals.name.padEnd(24)}${wrap(cmd.positionals.description, 26)}`,
      '',
    );
  out.push('Options:');
  for (const o of cmd.options) {
    let text = o.description;
    if (o.choices) text += ` One of: ${o.choices.join(', ')}.`;
    if (o.default !== undefined && o.kind !== 'boolean') text += ` Default: ${String(o.default)}.`;
    out.push(`  ${flag(o).padEnd(24)}${wrap(text, 26)}`);
  }
  out.push(`  ${'-h, --help'.padEnd(24)}Show this help.`);
  if (cmd.examples?.length) out.push('', 'Examples:', ...cmd.examples.map((e) => `  ${e}`));
  out.push('', EXIT_CODES);
  return out.join('\n');
}

export function mainHelp(cmds: readonly Command[]): string {
  return [
    'modelgate: carry a machine-learning model from a pull request to production.',
    '',
    'Usage: modelgate COMMAND [options]',
    '',
    'Commands:',
    ...cmds.map((c) => `  ${c.name.padEnd(12)}${c.summary}`),
    '',
    'Run "modelgate COMMAND --help" for the options of one command.',
    EXIT_CODES,
  ].join('\n');
}
