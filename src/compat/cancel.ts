import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';

/**
 * Cancellation: every container modelgate starts carries the label of its run; on SIGTERM,
 * SIGINT or SIGHUP (a cancelled job, Ctrl-C, a closed terminal) the process kills the engine
 * clients it started and removes its containers before it exits, and the action's post step
 * removes whatever a job that was killed outright left behind with that label.
 */

/** Label naming the run a container belongs to (see runIdFromEnv). */
export const RUN_LABEL = 'modelgate.run';
/** Label naming the process that started the container. */
const PID_LABEL = 'modelgate.pid';

/** How long removing the containers may take before the process exits anyway. */
const CANCEL_BUDGET_MS = 5_000;

/** The exit codes of a shell whose command was ended by the signal: 128 + its number. */
const EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type CancelSignal = keyof typeof EXIT_CODES;

/**
 * The run label of a step of a GitHub Actions job, or undefined outside Actions. It is computed
 * from what the runner sets, not saved by the main step, so that the post step (which the runner
 * runs with the same GITHUB_ACTION as its main step, actions/runner#1241) finds it even when the
 * main step was killed before it could save anything. RUNNER_NAME tells apart the legs of a
 * matrix job (one GITHUB_JOB) that self-hosted runners run at once against one engine; the
 * attempt, a re-run from an earlier one's leftovers.
 */
export function runIdFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_RUN_ID) return undefined;
  return [
    'github',
    env.GITHUB_RUN_ID,
    env.GITHUB_RUN_ATTEMPT || '1',
    env.GITHUB_JOB ?? '',
    env.RUNNER_NAME ?? '',
    env.GITHUB_ACTION ?? '',
  ].join('/');
}

let runId: string | undefined;

/** This process's run label: the job step's in Actions, otherwise random per process. */
export function currentRunId(): string {
  runId ??= runIdFromEnv(process.env) ?? `local/${randomBytes(8).toString('hex')}`;
  return runId;
}

/** The `--label` values of a container this process starts. */
export function containerLabels(): string[] {
  return [`${RUN_LABEL}=${currentRunId()}`, `${PID_LABEL}=${process.pid}`];
}

/** What removes this process's containers of one engine: `<engine> rm --force NAME…`. */
export interface Remover {
  /** Removes the containers named and any other carrying all of `labels`; returns what it removed. */
  removeAll(names: readonly string[], labels: readonly string[]): Promise<string[]>;
}

const live = new Map<string, { engine: Remover; client?: ChildProcess }>();
let installed = false;
let cancelling = false;

/**
 * Installs the SIGTERM, SIGINT and SIGHUP handlers, once. Called before the first container's client is
 * spawned (by track, and by testTargets before anything of a run starts), so that no signal can
 * find the client started and the handler missing: the default action would end modelgate and
 * leave the client to create its container.
 */
export function arm(): void {
  if (installed) return;
  installed = true;
  for (const signal of Object.keys(EXIT_CODES) as CancelSignal[])
    process.on(signal, () => void cancel(signal));
}

/** Records a container this process is about to start, before its engine client is spawned. */
export function track(name: string, engine: Remover): void {
  arm();
  live.set(name, { engine });
}

/**
 * The engine's client attached to a tracked container: killed first on a signal, so that it
 * cannot go on to create a container already removed.
 */
export function attach(name: string, client: ChildProcess): void {
  const entry = live.get(name);
  if (entry) entry.client = client;
}

/** The container is gone (removed, or committed and removed); nothing to do for it on a signal. */
export function untrack(name: string): void {
  live.delete(name);
}

/**
 * Whether a signal is being handled: the engine then starts no new client and withholds the
 * answers of those running, so that the command neither starts another container nor goes on
 * to exit on its own (with its own exit code) before its containers are removed.
 */
export function isCancelling(): boolean {
  return cancelling;
}

/** Names of the containers this process has started and not yet seen removed. */
export function liveContainers(): string[] {
  return [...live.keys()];
}

async function cancel(signal: CancelSignal): Promise<void> {
  const code = EXIT_CODES[signal];
  // A second signal while removing means "now": the post step, if any, removes the rest.
  if (cancelling) process.exit(code);
  cancelling = true;
  const names = liveContainers();
  if (names.length > 0)
    process.stderr.write(
      `modelgate: ${signal}: removing ${names.length} container${names.length === 1 ? '' : 's'} (${names.join(', ')})\n`,
    );
  const byEngine = new Map<Remover, string[]>();
  for (const [name, { engine, client }] of live) {
    client?.kill('SIGKILL');
    byEngine.set(engine, [...(byEngine.get(engine) ?? []), name]);
  }
  const removed = Promise.allSettled(
    [...byEngine].map(([engine, these]) => engine.removeAll(these, containerLabels())),
  );
  const timer = new Promise<'late'>((resolve) =>
    setTimeout(() => resolve('late'), CANCEL_BUDGET_MS),
  );
  const settled = await Promise.race([removed, timer]);
  if (settled === 'late')
    process.stderr.write(
      `modelgate: ${signal}: containers not removed within ${CANCEL_BUDGET_MS / 1000} s; exiting anyway\n`,
    );
  else
    for (const s of settled)
      if (s.status === 'rejected')
        process.stderr.write(`modelgate: ${signal}: ${(s.reason as Error).message}\n`);
  process.exit(code);
}

/**
 * Removes the folder `dir` when the process exits, as well as where its owner's `finally` would:
 * a signal ends the process from cancel(), past every `finally`. Returns what undoes it.
 */
export function removeOnExit(dir: string): () => void {
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  return () => process.off('exit', remove);
}
