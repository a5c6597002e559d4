// The action's post step (action.yml `post:`, run with `post-if: always()`): removes every
// container the main step left behind, which is what a cancelled or crashed job leaves when
// modelgate was killed before its own signal handler could remove them (see compat/cancel.ts).
import * as core from '@actions/core';
import { RUN_LABEL, runIdFromEnv } from './compat/cancel.js';
import { CliEngine, ENGINES, refusal, type EngineName } from './compat/engine.js';

/** Removes this step's containers from one engine; says what it did. Never throws. */
async function cleanEngine(name: EngineName, label: string): Promise<void> {
  try {
    const why = await refusal(name);
    if (why !== undefined) {
      core.info(`${name} does not answer (${why}): nothing to remove there`);
      return;
    }
    const engine = new CliEngine(name);
    const left = await engine.labelled([label]);
    if (left.length === 0) {
      core.info(`${name}: no container of this step was left`);
      return;
    }
    const removed = await engine.removeAll(left, [label]);
    core.info(
      `${name}: removed ${removed.length} container${removed.length === 1 ? '' : 's'} this step left: ${removed.join(', ')}`,
    );
  } catch (err) {
    core.warning(
      `${name}: could not remove the containers this step left: ${(err as Error).message}`,
    );
  }
}

/**
 * Looks in every engine that answers (the main step may have chosen either, or `auto`), for
 * the containers with this step's run label, which it recomputes from the runner's variables
 * as the main step did. Problems are warnings: cleaning up never fails the job.
 */
export async function post(env: NodeJS.ProcessEnv): Promise<void> {
  const runId = runIdFromEnv(env);
  if (runId === undefined) {
    core.info('not a step of a GitHub Actions run (no GITHUB_RUN_ID): nothing to clean up');
    return;
  }
  const label = `${RUN_LABEL}=${runId}`;
  core.info(`removing the containers labelled ${label}`);
  for (const name of ENGINES) await cleanEngine(name, label);
}

try {
  await post(process.env);
} catch (err) {
  core.warning(`modelgate post step: ${(err as Error).message}`);
}
