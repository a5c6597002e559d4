#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  DEFAULT_RETRY,
  describeGitHubError,
  isOurComment,
  listAll,
  ownAuthor,
  truncateMarkdown,
  withRetry
} from "./chunk-4J5O2ELE.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-BEQKABMV.js";
import "./chunk-KS5MAWVZ.js";
import {
  InfraError
} from "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/github/issue.ts
var MONITOR_LABEL = "modelgate-monitor";
function monitorMarker(model) {
  return `<!-- modelgate-monitor:${encodeURIComponent(model)} -->`;
}
var ISSUE_REFUSALS = {
  forbidden: "the token may not write issues (HTTP 403): grant the job `issues: write` in its `permissions`",
  notFound: "the repository was not found, or the token cannot see it (HTTP 404)"
};
function fit(markdown, room = COMMENT_LIMIT) {
  return truncateMarkdown(markdown, room, "\u2702\uFE0F Cut to fit GitHub's limit of 65,536 characters.");
}
function issueBody(marker, figures) {
  return `${marker}
${fit(figures, COMMENT_LIMIT - marker.length - 1)}`;
}
async function findIssues(client, repo, marker, isOwn, policy) {
  const found = [];
  const issues = listAll(
    (paging) => client.rest.issues.listForRepo({ ...repo, state: "open", ...paging }),
    policy
  );
  for await (const i of issues) {
    if (!i.pull_request && isOurComment(i.body ?? void 0, marker) && await isOwn(i.user))
      found.push(i);
  }
  return found.sort((a, b) => a.number - b.number);
}
async function syncMonitoringIssue(client, repo, verdict, options = {}) {
  const policy = options.policy ?? DEFAULT_RETRY;
  const isOwn = options.isOwn ?? ownAuthor(client);
  const marker = monitorMarker(verdict.model);
  try {
    const [kept, ...duplicates] = await findIssues(client, repo, marker, isOwn, policy);
    if (!kept) {
      if (verdict.healthy) return { action: "none" };
      const res = await withRetry(
        () => client.rest.issues.create({
          ...repo,
          title: verdict.title ?? `modelgate: ${verdict.model} in production is failing its analysis`,
          body: issueBody(marker, verdict.body),
          labels: [MONITOR_LABEL]
        }),
        policy
      );
      return { action: "opened", number: res.data.number, url: res.data.html_url };
    }
    const issue = { ...repo, issue_number: kept.number };
    await withRetry(
      () => verdict.healthy ? client.rest.issues.createComment({ ...issue, body: fit(verdict.body) }) : client.rest.issues.update({ ...issue, body: issueBody(marker, verdict.body) }),
      policy
    );
    for (const d of duplicates) {
      await withRetry(
        () => client.rest.issues.update({
          ...repo,
          issue_number: d.number,
          state: "closed",
          state_reason: "duplicate",
          duplicate_issue_id: kept.id
        }),
        policy
      );
    }
    if (!verdict.healthy) return { action: "updated", number: kept.number, url: kept.html_url };
    await withRetry(
      () => client.rest.issues.update({ ...issue, state: "closed", state_reason: "completed" }),
      policy
    );
    return { action: "closed", number: kept.number, url: kept.html_url };
  } catch (err) {
    if (typeof err.status !== "number") throw err;
    throw new InfraError(
      `the monitoring issue for ${verdict.model} was not written: ${describeGitHubError(err, ISSUE_REFUSALS)}`
    );
  }
}
export {
  MONITOR_LABEL,
  monitorMarker,
  syncMonitoringIssue
};
