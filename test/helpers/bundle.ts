import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO, runNode } from './cli.js';
import { parseOutputs, type ActionRun } from './runner.js';

/**
 * Bundles src/ into `dir`/dist with the build script that makes the committed dist/, so that a
 * test runs the action and the CLI exactly as the runner would, from the source under test
 * (test/adapters/dist.test.ts holds the committed dist/ equal to this build).
 */
export async function bundleSource(dir: string): Promise<{ action: string; cli: string }> {
  const out = join(dir, 'dist');
  await promisify(execFile)(process.execPath, ['scripts/build.mjs', out], { cwd: REPO });
  return { action: join(out, 'index.js'), cli: join(out, 'cli.js') };
}

/**
 * The environment the GitHub runner gives a step, with GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and
 * GITHUB_EVENT_PATH as files in `dir`. Variables set to undefined in `env` are left out, as
 * the runner leaves out what it does not know.
 */
export async function runnerEnv(
  dir: string,
  opts: { cwd: string; eventName?: string; event?: object; env?: NodeJS.ProcessEnv },
): Promise<NodeJS.ProcessEnv> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'github_output'), '');
  await writeFile(join(dir, 'step_summary'), '');
  await writeFile(join(dir, 'event.json'), JSON.stringify(opts.event ?? {}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    // Mutation testing switches a mutant on through this variable: without it, a test that
    // runs the action or CLI could never kill one.
    ...(process.env.__STRYKER_ACTIVE_MUTANT__
      ? { __STRYKER_ACTIVE_MUTANT__: process.env.__STRYKER_ACTIVE_MUTANT__ }
      : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(dir, 'github_output'),
    GITHUB_STEP_SUMMARY: join(dir, 'step_summary'),
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: opts.cwd,
    RUNNER_TEMP: dir,
    ...opts.env,
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return env;
}

/** Runs a bundled action as the runner does (see runAction), inputs as INPUT_* variables. */
export async function runActionScript(
  script: string,
  dir: string,
  inputs: Record<string, string>,
  opts: { cwd: string; eventName?: string; event?: object; env?: NodeJS.ProcessEnv },
): Promise<ActionRun> {
  const env = await runnerEnv(dir, opts);
  for (const [k, v] of Object.entries(inputs))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = await runNode(script, [], { cwd: opts.cwd, env });
  return {
    ...r,
    outputs: parseOutputs(await readFile(join(dir, 'github_output'), 'utf8')),
    summary: await readFile(join(dir, 'step_summary'), 'utf8'),
  };
}
