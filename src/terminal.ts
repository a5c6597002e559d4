import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ciContextFromEnv, inGitHubActions, stepIdFromEnv } from './ci.js';
import type {
  Command,
  CommandOutcome,
  Invocation,
  Logger,
  OptionValue,
} from './commands/command.js';
import { coerceOption } from './commands/command.js';
import { COMMAND_NAMES, commands, findCommand } from './commands/index.js';
import { describeError, exitCodeOf, UsageError } from './errors.js';
import { helpFor, mainHelp } from './help.js';
import { closest } from './manifest/suggest.js';
import { VERSION } from './version.js';
import { logJson, logText, maskSecrets, redactUserinfo, urlCredentials } from './workflow-log.js';

type Kind = 'text' | 'json';

/**
 * The one way text leaves the CLI. No secret of this run shows: not the credentials of a URL
 * given on the command line (in any form: a refusal may quote a part of it), not GITHUB_TOKEN,
 * not the userinfo of any URL. In a GitHub Actions step the runner reads both streams and runs
 * a line that looks like a workflow command, so there every line is escaped as well.
 */
function outputGate(argv: readonly string[], env: NodeJS.ProcessEnv) {
  const secrets = [...argv.flatMap(urlCredentials), env.GITHUB_TOKEN ?? ''].filter(Boolean);
  const shown = (text: string, kind: Kind): string => {
    const masked = maskSecrets(text, secrets);
    if (!inGitHubActions(env)) return redactUserinfo(masked);
    return kind === 'json' ? logJson(masked) : logText(masked);
  };
  const write = (stream: NodeJS.WriteStream, text: string, kind: Kind = 'text'): Promise<void> =>
    new Promise((resolve) => (text ? stream.write(shown(text, kind), () => resolve()) : resolve()));
  const log: Logger = {
    info: (m) => process.stderr.write(shown(m + '\n', 'text')),
    warn: (m) => process.stderr.write(shown(`warning: ${m}\n`, 'text')),
    progress: (m) => process.stderr.write(shown(`  … ${m}\n`, 'text')),
  };
  return { write, log };
}

/** Turns argv into a command and its typed options, or a UsageError that says what is wrong. */
export function parseInvocation(command: Command, argv: string[]): Invocation & { help: boolean } {
  const options: ParseArgsConfig['options'] = { help: { type: 'boolean', short: 'h' } };
  for (const o of command.options) {
    options[o.name] =
      o.kind === 'boolean'
        ? { type: 'boolean' }
        : { type: 'string', multiple: o.repeatable === true };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const m = /'(-[^']+)'/.exec((err as Error).message);
    const flag = m?.[1];
    if (flag && (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const guess = closest(
        flag.replace(/^-+/, ''),
        command.options.map((o) => o.name),
      );
      throw new UsageError(
        `unknown option ${flag} for ${command.name}${guess ? `; did you mean --${guess}?` : ''}`,
        `modelgate ${command.name} --help lists its options`,
      );
    }
    throw new UsageError(
      (err as Error).message.split('\n')[0]!,
      `modelgate ${command.name} --help lists its options`,
    );
  }
  const values: Record<string, OptionValue> = {};
  for (const o of command.options) {
    const given = (parsed.values as Record<string, string | string[] | boolean | undefined>)[
      o.name
    ];
    const raw = Array.isArray(given) ? given.join(',') : given;
    values[o.name] = coerceOption(o, raw ?? o.default, `--${o.name}`);
  }
  if (!command.positionals && parsed.positionals.length > 0) {
    throw new UsageError(
      `${command.name} takes no arguments; got ${JSON.stringify(parsed.positionals[0])}`,
    );
  }
  if (
    command.positionals?.required &&
    parsed.positionals.length === 0 &&
    parsed.values.help !== true
  ) {
    throw new UsageError(
      `${command.name} needs at least one ${command.positionals.name}`,
      `modelgate ${command.name} --help`,
    );
  }
  return { options: values, positionals: parsed.positionals, help: parsed.values.help === true };
}

export async function main(argv: string[]): Promise<number> {
  const { write, log } = outputGate(argv, process.env);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const cmd = rest[0] ? await findCommand(rest[0]) : undefined;
    await write(process.stdout, (cmd ? helpFor(cmd) : mainHelp(await commands())) + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    await write(process.stdout, VERSION + '\n');
    return 0;
  }
  const json = rest.includes('--json');
  try {
    const command = await findCommand(name);
    if (!command) {
      const guess = closest(name, COMMAND_NAMES);
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}${guess ? `; did you mean ${guess}?` : ''}`,
        'modelgate --help lists the commands',
      );
    }
    const inv = parseInvocation(command, rest);
    if (inv.help) {
      await write(process.stdout, helpFor(command) + '\n');
      return 0;
    }
    const outcome: CommandOutcome = await command.run(inv, {
      cwd: process.cwd(),
      log,
      ci: ciContextFromEnv(process.env, process.env.GITHUB_TOKEN),
      step: stepIdFromEnv(process.env),
    });
    if (json) {
      await write(process.stderr, outcome.text + '\n');
      await write(process.stdout, JSON.stringify(outcome.json, null, 2) + '\n', 'json');
    } else {
      await write(process.stdout, outcome.text + '\n');
    }
    return outcome.exitCode;
  } catch (err) {
    const code = exitCodeOf(err);
    await write(
      process.stderr,
      `modelgate: ${err instanceof UsageError ? 'usage' : 'error'}: ${describeError(err)}\n`,
    );
    if (json) {
      await write(
        process.stdout,
        JSON.stringify(
          {
            verdict: 'error',
            error: {
              message: (err as Error).message,
              hint: (err as { hint?: string }).hint,
              exitCode: code,
            },
          },
          null,
          2,
        ) + '\n',
        'json',
      );
    }
    return code;
  }
}
