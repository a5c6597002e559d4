import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACTION, runNode, type RunResult } from './cli.js';

export interface ActionRun extends RunResult {
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs the bundled action the way the GitHub runner does: inputs as INPUT_* variables (the
 * name upper-cased, dashes kept), GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH as
 * files in `dir`, then parses the outputs file back.
 */
export async function runAction(
  dir: string,
  inputs: Record<string, string>,
  opts: {
    cwd: string;
    event?: object;
    eventName?: string;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
  },
): Promise<ActionRun> {
  await mkdir(dir, { recursive: true });
  const outputFile = join(dir, 'github_output');
  const summaryFile = join(dir, 'step_summary');
  const eventFile = join(dir, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(opts.event ?? {}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
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
  for (const [k, v] of Object.entries(inputs))
    env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = await runNode(ACTION, [], { cwd: opts.cwd, env, timeoutMs: opts.timeoutMs });
  return {
    ...r,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  };
}

/** Parses the `name<<DELIMITER … DELIMITER` blocks that @actions/core writes. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    out[name!] = value.join('\n');
  }
  return out;
}
