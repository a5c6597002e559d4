import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ciContextFromEnv, stepIdFromEnv } from './ci.js';
import type {
  CiContext,
  Command,
  Invocation,
  Logger,
  MonitoringReport,
  OptionSpec,
  OptionValue,
} from './commands/command.js';
import { coerceOption } from './commands/command.js';
import { COMMAND_NAMES, findCommand } from './commands/index.js';
import { describeError, errorKindOf, ModelgateError, UsageError } from './errors.js';
import {
  commentOnPullRequest,
  DEFAULT_RETRY,
  ownAuthor,
  pullRequestRef,
  repositoryPath,
  repositoryRef,
  withManifestPaths,
} from './github/comment.js';
import { selectManifests } from './manifest/select.js';
import { renderOverflow, splitAnnotations } from './report/annotations.js';
import { failureReport, renderFailure } from './report/markdown.js';
import type { Report } from './report/model.js';
import { fitSummary } from './report/truncate.js';
import { logText, maskSecrets, redactUserinfo, urlCredentials } from './workflow-log.js';

/**
 * The secrets of this run: the token and the credentials of URLs given as inputs. The runner
 * masks them in the log once told (before anything that could show them is printed); the job
 * summary and the report file are masked here.
 */
const secrets: string[] = [];
function addSecret(secret: string): void {
  core.setSecret(secret);
  secrets.push(secret);
}
const clean = (m: string) => redactUserinfo(maskSecrets(m, secrets));

/**
 * The only ways the action writes to the log. core.info prints its text as it is, so every
 * line of it is escaped (a file name could otherwise start a workflow command); core's
 * commands (warning, error, notice, setFailed) escape their own data and properties.
 */
const log = (m: string) => core.info(logText(clean(m)));
const warn = (m: string) => core.warning(clean(m));
const fail = (m: string) => core.setFailed(clean(m));

const actionsLogger: Logger = { info: log, warn, progress: log };

/** Reads the inputs a command declares; an empty input means "not given". */
function invocationFromInputs(command: Command): Invocation {
  const options: Record<string, OptionValue> = {};
  for (const o of command.options) {
    if (o.cliOnly) continue;
    const raw = core.getInput(o.name);
    // Before the value is checked: a refusal quotes it.
    for (const secret of urlCredentials(raw)) addSecret(secret);
    options[o.name] = coerceOption(o, raw === '' ? o.default : raw, `input ${o.name}`);
  }
  const positionals = command.positionals ? core.getMultilineInput('paths') : [];
  if (command.positionals?.required && positionals.length === 0) {
    throw new UsageError(
      `command ${command.name} needs the input \`paths\` (one ${command.positionals.name} per line)`,
    );
  }
  return { options, positionals };
}

/** An input of the action itself, not of a command: checked like a command's options. */
const commentInput: OptionSpec = {
  name: 'comment',
  kind: 'boolean',
  description: 'post the sticky pull-request comment',
};

const issueInput: OptionSpec = {
  name: 'issue',
  kind: 'boolean',
  description: "keep the models' monitoring issues",
};

/** The root the comment keys manifests by: the `root` input when given, as commands read it. */
const rootInput = () => core.getInput('root') || undefined;

/** How long the pull-request comment may take in all: MODELGATE_GITHUB_TIMEOUT_S, default 60 s. */
function githubDeadlineMs(env: NodeJS.ProcessEnv): number {
  const s = Number(env.MODELGATE_GITHUB_TIMEOUT_S);
  return (Number.isFinite(s) && s > 0 ? s : 60) * 1000;
}

/**
 * A GitHub client whose requests share one deadline: octokit has none, and an API that accepts
 * the connection and never answers would otherwise hold the job until its own timeout. Set by
 * a hook, not as the `request` option, which would replace @actions/github's proxy-aware fetch
 * (octokit merges its defaults shallowly).
 */
async function githubClient(token: string, apiUrl: string) {
  const client = (await import('@actions/github')).getOctokit(token, { baseUrl: apiUrl });
  const deadline = AbortSignal.timeout(githubDeadlineMs(process.env));
  client.hook.before('request', (options) => {
    options.request = { ...options.request, signal: deadline };
  });
  return client;
}

/**
 * One issue per model in production: a failing monitoring run opens or updates it, a healthy
 * one closes it. An inconclusive run (no data) leaves it as it is: it proves neither. A
 * failure to write is a warning: the failed step already alerts whoever watches the workflow.
 */
async function syncIssues(reports: readonly MonitoringReport[], ci: CiContext): Promise<void> {
  const repo = repositoryRef(ci.repository);
  if (!repo || reports.length === 0) return;
  if (!ci.token) {
    log('no github-token: the monitoring issues are not kept; the report is in the job summary');
    return;
  }
  const { syncMonitoringIssue } = await import('./github/issue.js');
  const client = await githubClient(ci.token, ci.apiUrl);
  const isOwn = ownAuthor(client, process.env.MODELGATE_COMMENT_AUTHOR || undefined);
  for (const r of reports) {
    if (r.verdict === 'inconclusive') {
      log(`monitoring issue for ${r.model}: left as it is (the analysis was inconclusive)`);
      continue;
    }
    try {
      const o = await syncMonitoringIssue(
        client,
        repo,
        { model: r.model, healthy: r.verdict === 'pass', body: clean(r.markdown) },
        { isOwn },
      );
      log(`monitoring issue for ${r.model}: ${o.action}${o.url ? ` ${o.url}` : ''}`);
    } catch (e) {
      warn(`monitoring issue for ${r.model} not kept: ${(e as Error).message}`);
    }
  }
}

/**
 * The sticky pull-request comments, one per manifest (keyed by its path in the repository).
 * Whatever goes wrong here is a warning: the job summary already holds the whole report, and
 * a reviewer's courtesy must not fail a validation.
 */
async function postComments(report: Report, ci: CiContext): Promise<void> {
  const pr =
    ci.pullRequest !== undefined ? pullRequestRef(ci.repository, ci.pullRequest) : undefined;
  if (!pr) return;
  if (!ci.token) {
    log('no github-token: the pull-request comment is skipped; the report is in the job summary');
    return;
  }
  const client = await githubClient(ci.token, ci.apiUrl);
  const ctx = { runUrl: ci.runUrl, sha: ci.pullRequestHead ?? ci.sha };
  const keyed = withManifestPaths(report, process.cwd(), rootInput());
  // A GitHub App's token cannot ask who it is: MODELGATE_COMMENT_AUTHOR names its bot.
  const author = process.env.MODELGATE_COMMENT_AUTHOR || undefined;
  for (const o of await commentOnPullRequest(client, pr, keyed, ctx, DEFAULT_RETRY, author)) {
    if (o.ok) log(`pull-request comment for ${o.model}: ${o.action}${o.url ? ` ${o.url}` : ''}`);
    else
      warn(
        `no pull-request comment for ${o.model}: ${o.message}. The report is in the job summary.`,
      );
  }
}

/**
 * An error as the job summary and the comment show it: as the log does, but without the stack
 * trace of an unexpected one (the log keeps it, for a bug report).
 */
function forReaders(err: unknown): string {
  return err instanceof Error && !(err instanceof ModelgateError)
    ? `internal error: ${err.message}`
    : describeError(err);
}

/**
 * The commands that report on pull requests, whose comment an error must update: else the
 * verdict of an earlier push would stay in view.
 */
const COMMENTED = new Set(['validate', 'test']);

/**
 * On an error before any report, the comment of each manifest the `manifest` input names
 * says so. No stack trace goes there: the log has it.
 */
async function postFailure(command: Command, err: unknown, ci: CiContext): Promise<void> {
  if (!COMMENTED.has(command.name)) return;
  const cwd = process.cwd();
  const input =
    core.getInput('manifest') ||
    String(command.options.find((o) => o.name === 'manifest')?.default ?? '');
  if (!input) return;
  const files = await selectManifests(input, cwd).catch(() => []);
  if (files.length === 0) return;
  const message = clean(forReaders(err));
  const root = rootInput();
  const scope = command.options.some((o) => o.name === 'target')
    ? core.getInput('target') || undefined
    : undefined;
  const report = failureReport(
    command.name,
    scope,
    files.map((f) => ({ manifest: f, manifestPath: repositoryPath(f, cwd, root) })),
    { kind: errorKindOf(err), message },
  );
  await postComments(report, ci);
}

/** The action: inputs → command → outputs, job summary, annotations, comment, failure status. */
export async function run(): Promise<void> {
  // Known once read, so that an error after them can still update the comment.
  let command: Command | undefined;
  let comment = false;
  let ci: CiContext | undefined;
  try {
    // Masked before anything is logged: the runner masks `${{ github.token }}` itself, but not
    // a token computed by an earlier step and passed in.
    const token = core.getInput('github-token');
    if (token) addSecret(token);
    const name = core.getInput('command');
    if (!name) {
      throw new UsageError(`the input \`command\` is required: one of ${COMMAND_NAMES.join(', ')}`);
    }
    command = await findCommand(name);
    if (!command) {
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}; one of ${COMMAND_NAMES.join(', ')}`,
      );
    }
    // Read before the command runs, so that a bad value fails before any work is done.
    comment =
      coerceOption(commentInput, core.getInput('comment') || 'true', 'input comment') === true;
    const issue =
      coerceOption(issueInput, core.getInput('issue') || 'true', 'input issue') === true;
    ci = ciContextFromEnv(process.env, token);
    const outcome = await command.run(invocationFromInputs(command), {
      cwd: process.cwd(),
      log: actionsLogger,
      ci,
      step: stepIdFromEnv(process.env),
    });
    for (const [k, v] of Object.entries(outcome.outputs)) core.setOutput(k, v);
    // A command that failed its check says `fail` even where it names no verdict of its own.
    if (outcome.exitCode !== 0 && outcome.outputs.verdict === undefined)
      core.setOutput('verdict', outcome.verdict ?? 'fail');
    core.setOutput('error-kind', outcome.exitCode === 0 ? '' : 'check');

    const { annotated, overflow } = splitAnnotations(outcome.findings);
    for (const f of annotated) {
      const props = {
        title: f.rule,
        file: f.location?.file,
        startLine: f.location?.line,
        startColumn: f.location?.column,
      };
      const message = clean(f.message);
      if (f.severity === 'error') core.error(message, props);
      else if (f.severity === 'warning') core.warning(message, props);
      else core.notice(message, props);
    }

    // The summary and the report file are shown on the run's page: no credential there either.
    const markdown = clean(outcome.markdown + renderOverflow(overflow));
    const reportPath = join(
      process.env.RUNNER_TEMP || tmpdir(),
      `modelgate-${command.name}-report.md`,
    );
    await writeFile(reportPath, markdown);
    core.setOutput('report-path', reportPath);
    // The verdict is decided: a summary that cannot be written (no GITHUB_STEP_SUMMARY on some
    // runners, a full disk) or a comment that fails must not turn it into an error.
    await core.summary
      .addRaw(fitSummary(markdown), true)
      .write()
      .catch((e: unknown) =>
        warn(
          `the job summary could not be written (${(e as Error).message}); the report is in ${reportPath}`,
        ),
      );
    log(outcome.text);
    if (comment && outcome.report && ci)
      await postComments(outcome.report, ci).catch((e: unknown) =>
        warn(`no pull-request comment: ${(e as Error).message}. The report is in the job summary.`),
      );
    if (issue && outcome.monitoring && ci) await syncIssues(outcome.monitoring, ci);

    if (outcome.exitCode !== 0) fail(`modelgate ${command.name}: ${outcome.verdict ?? 'failed'}`);
  } catch (err) {
    // Set first, so that a later step can tell a failed check from a broken registry even if
    // what follows fails too.
    core.setOutput('verdict', 'error');
    core.setOutput('error-kind', errorKindOf(err));
    fail(clean(describeError(err)));
    // Outside a runner there is no summary file to write to; the failure above says it all.
    await core.summary
      .addRaw(
        renderFailure(core.getInput('command') || '(no command)', clean(forReaders(err))),
        true,
      )
      .write()
      .catch(() => undefined);
    if (comment && command && ci) {
      await postFailure(command, err, ci).catch((e: unknown) =>
        warn(`no pull-request comment: ${(e as Error).message}`),
      );
    }
  }
}
