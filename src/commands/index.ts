import type { Command } from './command.js';

/**
 * Every command, in the order `--help` lists them. Both adapters dispatch from this table.
 *
 * A command's module is imported only when that command is asked for: the bundles split at
 * these imports, so that a start parses and runs only the code of the one command it runs
 * (`validate` does not load the registry's or the container engine's code, `--version` none).
 */
const LOADERS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => {
    const [{ makeValidateCommand }, { inspectArtifact }] = await Promise.all([
      import('./validate.js'),
      import('../artifacts/scan.js'),
    ]);
    return makeValidateCommand({ inspect: inspectArtifact });
  },
  scan: async () => (await import('./scan.js')).makeScanCommand(),
  test: async () => (await import('./test.js')).makeTestCommand(),
  plan: async () => (await import('./plan.js')).makePlanCommand(),
  publish: async () => {
    const [{ makePublishCommand }, { inspectArtifact }] = await Promise.all([
      import('./publish.js'),
      import('../artifacts/scan.js'),
    ]);
    return makePublishCommand({ inspect: inspectArtifact });
  },
  analyze: async () => (await import('./analyze.js')).makeAnalyzeCommand(),
  promote: async () => (await import('./promote.js')).makePromoteCommand(),
  rollback: async () => (await import('./rollback.js')).makeRollbackCommand(),
  handoff: async () => (await import('./handoff-command.js')).makeHandoffCommand(),
  status: async () => (await import('./status.js')).makeStatusCommand(),
  history: async () => (await import('./history.js')).makeHistoryCommand(),
  pull: async () => (await import('./pull.js')).makePullCommand(),
  gc: async () => (await import('./gc.js')).makeGcCommand(),
};

/** The names of the commands, known without loading any of them. */
export const COMMAND_NAMES: readonly string[] = Object.keys(LOADERS);

/** The command of that name, its module loaded; undefined for a name that is none. */
export async function findCommand(name: string): Promise<Command | undefined> {
  if (!Object.hasOwn(LOADERS, name)) return undefined;
  const command = await LOADERS[name]!();
  if (command.name !== name) {
    throw new Error(`the command table's ${name} loads the command ${command.name}`);
  }
  return command;
}

/** Every command, each module loaded: for what lists them all (`--help`, the docs). */
export async function commands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map(async (name) => (await findCommand(name))!));
}
