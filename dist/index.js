#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  DEFAULT_RETRY,
  commentOnPullRequest,
  fitSummary,
  ownAuthor,
  pullRequestRef,
  repositoryPath,
  repositoryRef,
  withManifestPaths
} from "./chunk-4J5O2ELE.js";
import {
  failureReport,
  findingsTable,
  renderFailure
} from "./chunk-QZE4DUBB.js";
import {
  selectManifests
} from "./chunk-PJPDOYQZ.js";
import "./chunk-BEQKABMV.js";
import {
  COMMAND_NAMES,
  ciContextFromEnv,
  findCommand,
  logText,
  maskSecrets,
  redactUserinfo,
  stepIdFromEnv,
  urlCredentials
} from "./chunk-ZGH7TWHI.js";
import {
  coerceOption
} from "./chunk-U2HG4TZY.js";
import {
  error,
  getInput,
  getMultilineInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-2KHWR3BN.js";
import "./chunk-MYDVHRXL.js";
import "./chunk-KS5MAWVZ.js";
import {
  ModelgateError,
  UsageError,
  describeError,
  errorKindOf
} from "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/action.ts
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/report/annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
function splitAnnotations(findings, limit = ANNOTATIONS_PER_TYPE) {
  const counts = { error: 0, warning: 0, notice: 0 };
  const annotated = [];
  const overflow = [];
  for (const f of findings) {
    if (!f.location) continue;
    if (counts[f.severity] < limit) {
      counts[f.severity]++;
      annotated.push(f);
    } else {
      overflow.push(f);
    }
  }
  return { annotated, overflow };
}
function renderOverflow(overflow) {
  if (overflow.length === 0) return "";
  const heading = `${overflow.length} more finding${overflow.length === 1 ? "" : "s"} (GitHub shows ${ANNOTATIONS_PER_TYPE} annotations of each type)`;
  return ["", ...findingsTable(overflow, {}, heading)].join("\n");
}

// src/action.ts
var secrets = [];
function addSecret(secret) {
  setSecret(secret);
  secrets.push(secret);
}
var clean = (m) => redactUserinfo(maskSecrets(m, secrets));
var log = (m) => info(logText(clean(m)));
var warn = (m) => warning(clean(m));
var fail = (m) => setFailed(clean(m));
var actionsLogger = { info: log, warn, progress: log };
function invocationFromInputs(command) {
  const options = {};
  for (const o of command.options) {
    if (o.cliOnly) continue;
    const raw = getInput(o.name);
    for (const secret of urlCredentials(raw)) addSecret(secret);
    options[o.name] = coerceOption(o, raw === "" ? o.default : raw, `input ${o.name}`);
  }
  const positionals = command.positionals ? getMultilineInput("paths") : [];
  if (command.positionals?.required && positionals.length === 0) {
    throw new UsageError(
      `command ${command.name} needs the input \`paths\` (one ${command.positionals.name} per line)`
    );
  }
  return { options, positionals };
}
var commentInput = {
  name: "comment",
  kind: "boolean",
  description: "post the sticky pull-request comment"
};
var issueInput = {
  name: "issue",
  kind: "boolean",
  description: "keep the models' monitoring issues"
};
var rootInput = () => getInput("root") || void 0;
function githubDeadlineMs(env) {
  const s = Number(env.MODELGATE_GITHUB_TIMEOUT_S);
  return (Number.isFinite(s) && s > 0 ? s : 60) * 1e3;
}
async function githubClient(token, apiUrl) {
  const client = (await import("./github-LDWF642E.js")).getOctokit(token, { baseUrl: apiUrl });
  const deadline = AbortSignal.timeout(githubDeadlineMs(process.env));
  client.hook.before("request", (options) => {
    options.request = { ...options.request, signal: deadline };
  });
  return client;
}
async function syncIssues(reports, ci) {
  const repo = repositoryRef(ci.repository);
  if (!repo || reports.length === 0) return;
  if (!ci.token) {
    log("no github-token: the monitoring issues are not kept; the report is in the job summary");
    return;
  }
  const { syncMonitoringIssue } = await import("./issue-FCGD5VUG.js");
  const client = await githubClient(ci.token, ci.apiUrl);
  const isOwn = ownAuthor(client, process.env.MODELGATE_COMMENT_AUTHOR || void 0);
  for (const r of reports) {
    if (r.verdict === "inconclusive") {
      log(`monitoring issue for ${r.model}: left as it is (the analysis was inconclusive)`);
      continue;
    }
    try {
      const o = await syncMonitoringIssue(
        client,
        repo,
        { model: r.model, healthy: r.verdict === "pass", body: clean(r.markdown) },
        { isOwn }
      );
      log(`monitoring issue for ${r.model}: ${o.action}${o.url ? ` ${o.url}` : ""}`);
    } catch (e) {
      warn(`monitoring issue for ${r.model} not kept: ${e.message}`);
    }
  }
}
async function postComments(report, ci) {
  const pr = ci.pullRequest !== void 0 ? pullRequestRef(ci.repository, ci.pullRequest) : void 0;
  if (!pr) return;
  if (!ci.token) {
    log("no github-token: the pull-request comment is skipped; the report is in the job summary");
    return;
  }
  const client = await githubClient(ci.token, ci.apiUrl);
  const ctx = { runUrl: ci.runUrl, sha: ci.pullRequestHead ?? ci.sha };
  const keyed = withManifestPaths(report, process.cwd(), rootInput());
  const author = process.env.MODELGATE_COMMENT_AUTHOR || void 0;
  for (const o of await commentOnPullRequest(client, pr, keyed, ctx, DEFAULT_RETRY, author)) {
    if (o.ok) log(`pull-request comment for ${o.model}: ${o.action}${o.url ? ` ${o.url}` : ""}`);
    else
      warn(
        `no pull-request comment for ${o.model}: ${o.message}. The report is in the job summary.`
      );
  }
}
function forReaders(err) {
  return err instanceof Error && !(err instanceof ModelgateError) ? `internal error: ${err.message}` : describeError(err);
}
var COMMENTED = /* @__PURE__ */ new Set(["validate", "test"]);
async function postFailure(command, err, ci) {
  if (!COMMENTED.has(command.name)) return;
  const cwd = process.cwd();
  const input = getInput("manifest") || String(command.options.find((o) => o.name === "manifest")?.default ?? "");
  if (!input) return;
  const files = await selectManifests(input, cwd).catch(() => []);
  if (files.length === 0) return;
  const message = clean(forReaders(err));
  const root = rootInput();
  const scope = command.options.some((o) => o.name === "target") ? getInput("target") || void 0 : void 0;
  const report = failureReport(
    command.name,
    scope,
    files.map((f) => ({ manifest: f, manifestPath: repositoryPath(f, cwd, root) })),
    { kind: errorKindOf(err), message }
  );
  await postComments(report, ci);
}
async function run() {
  let command;
  let comment = false;
  let ci;
  try {
    const token = getInput("github-token");
    if (token) addSecret(token);
    const name = getInput("command");
    if (!name) {
      throw new UsageError(`the input \`command\` is required: one of ${COMMAND_NAMES.join(", ")}`);
    }
    command = await findCommand(name);
    if (!command) {
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}; one of ${COMMAND_NAMES.join(", ")}`
      );
    }
    comment = coerceOption(commentInput, getInput("comment") || "true", "input comment") === true;
    const issue = coerceOption(issueInput, getInput("issue") || "true", "input issue") === true;
    ci = ciContextFromEnv(process.env, token);
    const outcome = await command.run(invocationFromInputs(command), {
      cwd: process.cwd(),
      log: actionsLogger,
      ci,
      step: stepIdFromEnv(process.env)
    });
    for (const [k, v] of Object.entries(outcome.outputs)) setOutput(k, v);
    if (outcome.exitCode !== 0 && outcome.outputs.verdict === void 0)
      setOutput("verdict", outcome.verdict ?? "fail");
    setOutput("error-kind", outcome.exitCode === 0 ? "" : "check");
    const { annotated, overflow } = splitAnnotations(outcome.findings);
    for (const f of annotated) {
      const props = {
        title: f.rule,
        file: f.location?.file,
        startLine: f.location?.line,
        startColumn: f.location?.column
      };
      const message = clean(f.message);
      if (f.severity === "error") error(message, props);
      else if (f.severity === "warning") warning(message, props);
      else notice(message, props);
    }
    const markdown = clean(outcome.markdown + renderOverflow(overflow));
    const reportPath = join(
      process.env.RUNNER_TEMP || tmpdir(),
      `modelgate-${command.name}-report.md`
    );
    await writeFile(reportPath, markdown);
    setOutput("report-path", reportPath);
    await summary.addRaw(fitSummary(markdown), true).write().catch(
      (e) => warn(
        `the job summary could not be written (${e.message}); the report is in ${reportPath}`
      )
    );
    log(outcome.text);
    if (comment && outcome.report && ci)
      await postComments(outcome.report, ci).catch(
        (e) => warn(`no pull-request comment: ${e.message}. The report is in the job summary.`)
      );
    if (issue && outcome.monitoring && ci) await syncIssues(outcome.monitoring, ci);
    if (outcome.exitCode !== 0) fail(`modelgate ${command.name}: ${outcome.verdict ?? "failed"}`);
  } catch (err) {
    setOutput("verdict", "error");
    setOutput("error-kind", errorKindOf(err));
    fail(clean(describeError(err)));
    await summary.addRaw(
      renderFailure(getInput("command") || "(no command)", clean(forReaders(err))),
      true
    ).write().catch(() => void 0);
    if (comment && command && ci) {
      await postFailure(command, err, ci).catch(
        (e) => warn(`no pull-request comment: ${e.message}`)
      );
    }
  }
}

// src/index.ts
await run();
