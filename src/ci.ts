import { readFileSync } from 'node:fs';
import type { CiContext } from './commands/command.js';

/** Whether this process is a step of a GitHub Actions job: the runner sets GITHUB_ACTIONS. */
export function inGitHubActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/**
 * Which step of which run this process is, the same when the job is re-run or the step retried:
 * a stage change records it, so that the rerun of a step that was cut off after its change
 * finds the change made rather than making the next one (a canary moved two steps). In Actions
 * it is the run, job and step ids; elsewhere only what MODELGATE_STEP_ID says, if anything.
 */
export function stepIdFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (env.MODELGATE_STEP_ID) return env.MODELGATE_STEP_ID;
  if (inGitHubActions(env) && env.GITHUB_RUN_ID)
    return `${env.GITHUB_RUN_ID}/${env.GITHUB_JOB ?? ''}/${env.GITHUB_ACTION ?? ''}`;
  return undefined;
}

/**
 * What GitHub Actions tells a step about its run, read from the variables the runner sets.
 * Takes the environment as an argument so that it is tested without touching process.env.
 * An event name the runner did not set stays empty: the write guard refuses such a run.
 */
export function ciContextFromEnv(env: NodeJS.ProcessEnv, token?: string): CiContext | undefined {
  if (!inGitHubActions(env)) return undefined;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? '';
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    repository,
    runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : '',
    ...pullRequestOf(env.GITHUB_EVENT_PATH),
    token: token || undefined,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
  };
}

function pullRequestOf(
  eventPath: string | undefined,
): Pick<CiContext, 'pullRequest' | 'pullRequestHead'> {
  if (!eventPath) return {};
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { number?: unknown; head?: { sha?: unknown } };
    };
    const n = event.pull_request?.number;
    const head = event.pull_request?.head?.sha;
    return {
      pullRequest: typeof n === 'number' ? n : undefined,
      pullRequestHead: typeof head === 'string' ? head : undefined,
    };
  } catch {
    return {};
  }
}
