import type { Command } from './command.js';
import { makePlanCommand } from './plan.js';
import { makeTestCommand } from './test.js';
import { makeValidateCommand } from './validate.js';

/** Every command, in the order `--help` lists them. Both adapters dispatch from this table. */
export function commands(): Command[] {
  return [makeValidateCommand(), makeTestCommand(), makePlanCommand()];
}

export function findCommand(name: string): Command | undefined {
  return commands().find((c) => c.name === name);
}
