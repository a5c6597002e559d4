import { inspectArtifact } from '../artifacts/scan.js';
import { makeAnalyzeCommand } from './analyze.js';
import type { Command } from './command.js';
import { makeGcCommand } from './gc.js';
import { makeHistoryCommand } from './history.js';
import { makePlanCommand } from './plan.js';
import { makePromoteCommand } from './promote.js';
import { makePublishCommand } from './publish.js';
import { makePullCommand } from './pull.js';
import { makeRollbackCommand } from './rollback.js';
import { makeScanCommand } from './scan.js';
import { makeStatusCommand } from './status.js';
import { makeTestCommand } from './test.js';
import { makeValidateCommand } from './validate.js';

/** Every command, in the order `--help` lists them. Both adapters dispatch from this table. */
export function commands(): Command[] {
  return [
    makeValidateCommand({ inspect: inspectArtifact }),
    makeScanCommand(),
    makeTestCommand(),
    makePlanCommand(),
    makePublishCommand({ inspect: inspectArtifact }),
    makeAnalyzeCommand(),
    makePromoteCommand(),
    makeRollbackCommand(),
    makeStatusCommand(),
    makeHistoryCommand(),
    makePullCommand(),
    makeGcCommand(),
  ];
}

export function findCommand(name: string): Command | undefined {
  return commands().find((c) => c.name === name);
}
