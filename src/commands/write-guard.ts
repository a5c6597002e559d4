import { loadManifest } from '../manifest/load.js';
import { selectManifests } from '../manifest/select.js';
import { RefusedError } from '../registry/errors.js';
import type { CiContext, CommandContext, Invocation } from './command.js';
import { requireString, stringOption } from './command.js';

/**
 * The events whose runs may write to the registry with no manifest saying so. Each runs the
 * workflow and the code of the repository's own branches or tags, started by someone who may
 * push (a push, a manual dispatch, a release) or by the repository itself (a schedule). Any
 * other event (issue_comment, workflow_run, a new one GitHub adds) writes only where a
 * manifest's `promotion.write_events` names it: a deny-list would let each of those through.
 */
export const WRITE_EVENTS: readonly string[] = ['push', 'workflow_dispatch', 'schedule', 'release'];

/** The manifest key that adds events to WRITE_EVENTS. */
export const WRITE_EVENTS_KEY = 'promotion.write_events';

/**
 * Events that run a pull request's code (pull_request, pull_request_target, the review
 * events), which no manifest can allow: their merge commit is nobody's reviewed code.
 */
export function isPullRequestEvent(event: string): boolean {
  return event.startsWith('pull_request');
}

/** A pull request's refs (`refs/pull/N/merge`, `refs/pull/N/head`), whatever the event. */
const PULL_REQUEST_REF = 'refs/pull/';

/** What a selected manifest adds to WRITE_EVENTS; `events` is absent when it does not load. */
export interface WritePolicy {
  shown: string;
  events?: readonly string[];
}

export type WriteDecision = { allowed: true } | { allowed: false; message: string; hint: string };

const DEFAULT_WRITERS = `only ${WRITE_EVENTS.slice(0, -1).join(', ')} and ${WRITE_EVENTS.at(-1)} runs may write`;
const FROM_TRUSTED = 'run it from a push or workflow_dispatch workflow';

/** `a push run`, `an issue_comment run`. */
function aRun(event: string): string {
  return `${/^[aeiou]/.test(event) ? 'an' : 'a'} ${event} run`;
}

/**
 * Judges a write from the run alone. Outside GitHub Actions there is no event: a person at a
 * terminal may write. Inside, the event must be one of WRITE_EVENTS, or else one the manifests
 * add (`ask-manifests`).
 */
export function judgeRun(
  ci: CiContext | undefined,
  command: string,
): WriteDecision | 'ask-manifests' {
  if (!ci) return { allowed: true };
  const writes = `${command} writes to the model registry`;
  const event = ci.eventName;
  if (isPullRequestEvent(event) || ci.ref.startsWith(PULL_REQUEST_REF)) {
    return {
      allowed: false,
      message: isPullRequestEvent(event)
        ? `${writes}, and ${aRun(event)} never does`
        : `${writes}, and a run on ${ci.ref} (a pull request's code) never does`,
      hint: `${FROM_TRUSTED}; on pull requests use validate and test (without --record)`,
    };
  }
  if (event === '') {
    return {
      allowed: false,
      message: `${writes}, and this run names no event (GITHUB_EVENT_NAME is empty): in GitHub Actions ${DEFAULT_WRITERS}, and those ${WRITE_EVENTS_KEY} adds`,
      hint: `${FROM_TRUSTED}; outside GitHub Actions, unset GITHUB_ACTIONS`,
    };
  }
  return WRITE_EVENTS.includes(event) ? { allowed: true } : 'ask-manifests';
}

/**
 * Judges a write by an event outside WRITE_EVENTS: every selected manifest must add it,
 * since the write acts on each of their models. A manifest that does not load adds nothing.
 */
export function judgeByManifests(
  event: string,
  command: string,
  policies: readonly WritePolicy[],
): WriteDecision {
  const lacking = policies.filter((p) => !p.events?.includes(event));
  if (lacking.length === 0) return { allowed: true };
  const broken = lacking.filter((p) => p.events === undefined).map((p) => p.shown);
  const silent = lacking.filter((p) => p.events !== undefined).map((p) => p.shown);
  const why = [
    silent.length ? `${WRITE_EVENTS_KEY} in ${silent.join(', ')} does not add ${event}` : '',
    broken.length ? `${broken.join(', ')} has errors, so its ${WRITE_EVENTS_KEY} is unknown` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const fix = silent.length
    ? `if ${event} runs are trusted to write, add \`write_events: [${event}]\` under \`promotion:\` in ${silent.join(', ')}`
    : `modelgate validate --manifest ${broken[0]}`;
  return {
    allowed: false,
    message: `${command} writes to the model registry, and ${aRun(event)} may not: ${DEFAULT_WRITERS}, and ${why}`,
    hint: `${fix}; or ${FROM_TRUSTED}`,
  };
}

/** What each selected manifest adds; read only, and only when the run's event needs it. */
async function writePolicies(inv: Invocation, ctx: CommandContext): Promise<WritePolicy[]> {
  const out: WritePolicy[] = [];
  for (const file of await selectManifests(requireString(inv, 'manifest'), ctx.cwd)) {
    const r = await loadManifest(file, { cwd: ctx.cwd, root: stringOption(inv, 'root') });
    const events = r.loaded ? (r.loaded.manifest.promotion.write_events ?? []) : undefined;
    out.push({ shown: r.shown, events });
  }
  return out;
}

/**
 * The write guard: throws a RefusedError (exit 1) unless this run may write to the registry.
 * Called before the registry is opened and before any other work, so that a refused run has
 * written nothing and spent nothing. Pull-request runs carry untrusted code: they may read
 * the registry, never write it.
 */
export async function refuseRegistryWrite(
  inv: Invocation,
  ctx: CommandContext,
  command: string,
): Promise<void> {
  const byRun = judgeRun(ctx.ci, command);
  const decision =
    byRun === 'ask-manifests'
      ? judgeByManifests(ctx.ci!.eventName, command, await writePolicies(inv, ctx))
      : byRun;
  if (!decision.allowed) throw new RefusedError(decision.message, decision.hint);
}
