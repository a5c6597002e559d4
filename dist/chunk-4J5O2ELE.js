#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  renderModel,
  summaryLink
} from "./chunk-QZE4DUBB.js";
import {
  code
} from "./chunk-BEQKABMV.js";
import {
  findGitRoot
} from "./chunk-KS5MAWVZ.js";

// src/report/truncate.ts
var SUMMARY_LIMIT = 1024 * 1024;
function truncateMarkdown(markdown, max, note, measure = (s) => s.length) {
  let size = measure(markdown);
  if (size <= max) return markdown;
  let cut = markdown;
  let excess = size - max + measure(note) + 2;
  for (; ; ) {
    cut = cut.slice(0, Math.max(0, cut.length - excess));
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf("\n")));
    const unclosed = (cut.match(/<details/g)?.length ?? 0) - (cut.match(/<\/details>/g)?.length ?? 0);
    const out = `${cut}
${"\n</details>\n".repeat(Math.max(0, unclosed))}
${note}`;
    size = measure(out);
    if (size <= max) return out;
    if (cut === "") return note.slice(0, max);
    excess = size - max;
  }
}
function fitSummary(markdown) {
  return truncateMarkdown(
    markdown,
    SUMMARY_LIMIT,
    "\u2702\uFE0F Cut to fit GitHub's 1 MiB job summary: the whole report is the file named by this step's `report-path` output (upload it as an artifact to keep it).",
    (s) => Buffer.byteLength(s)
  );
}

// src/report/comment.ts
var COMMENT_LIMIT = 65536;
var COMMENT_ROWS = 10;
function commentMarker(m) {
  return `<!-- modelgate:${encodeURIComponent(`manifest:${m.manifestPath ?? m.manifest}`)} -->`;
}
var LEGACY_MARKER = /^<!-- modelgate:(?!manifest%3A)[^\s]+ -->$/;
function isLegacyComment(body, m) {
  if (body === void 0) return false;
  const text = body.replace(/\r\n/g, "\n");
  const first = text.split("\n", 1)[0];
  if (!LEGACY_MARKER.test(first)) return false;
  if (m.name !== void 0 && first === `<!-- modelgate:${encodeURIComponent(m.name)} -->`)
    return true;
  return parseSections(text).some((s) => s.markdown.includes(`Manifest: ${code(m.manifest)}`));
}
function isOurComment(body, marker) {
  return body !== void 0 && body.replace(/\r\n/g, "\n").split("\n", 1)[0] === marker;
}
function commentSection(report, model, ctx) {
  const id = encodeURIComponent(
    report.scope ? `${report.command}:${report.scope}` : report.command
  );
  const what = [report.command, report.scope].filter(Boolean).join(" ");
  const at = ctx.sha ? ` on ${code(ctx.sha.slice(0, 7))}` : "";
  const note = `${code(what)}${at} \xB7 full report in the ${summaryLink(ctx)}`;
  return { id, markdown: renderModel(model, { maxRows: COMMENT_ROWS, runUrl: ctx.runUrl, note }) };
}
var open = (id) => `<!-- modelgate-section:${id} -->`;
var close = (id) => `<!-- /modelgate-section:${id} -->`;
var SECTION = /^<!-- modelgate-section:(\S+) -->\n([\s\S]*?)\n<!-- \/modelgate-section:\1 -->$/gm;
function parseSections(body) {
  return [...body.replace(/\r\n/g, "\n").matchAll(SECTION)].map((m) => ({
    id: m[1],
    markdown: m[2]
  }));
}
function composeComment(marker, existing, section, ctx, limit = COMMENT_LIMIT) {
  const sections = existing === void 0 ? [] : parseSections(existing);
  const at = sections.findIndex((s) => s.id === section.id);
  if (at >= 0) sections[at] = section;
  else sections.push(section);
  const head = `${marker}
`;
  const fitted = fitSections(sections, limit - head.length, ctx);
  return head + fitted.map((s) => `${open(s.id)}
${s.markdown}
${close(s.id)}`).join("\n\n");
}
function fitSections(sections, budget, ctx) {
  const wrapped = (s) => open(s.id).length + close(s.id).length + 4;
  const order = sections.map((_, i) => i).sort((a, b) => sections[a].markdown.length - sections[b].markdown.length);
  const out = [...sections];
  let remaining = budget;
  for (const [k, i] of order.entries()) {
    const s = sections[i];
    const share = Math.floor(remaining / (order.length - k)) - wrapped(s);
    const markdown = truncateMarkdown(
      s.markdown,
      share,
      `\u2702\uFE0F Cut to fit a comment: the full report is in the ${summaryLink(ctx)}.`
    );
    out[i] = { id: s.id, markdown };
    remaining -= markdown.length + wrapped(s);
  }
  return out;
}

// src/github/comment.ts
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
function pullRequestRef(repository, number) {
  const repo = repositoryRef(repository);
  return repo && { ...repo, number };
}
function repositoryRef(repository) {
  const [owner, repo, ...rest] = repository.split("/");
  return owner && repo && rest.length === 0 ? { owner, repo } : void 0;
}
var DEFAULT_RETRY = {
  attempts: 3,
  baseDelayMs: 1e3,
  maxDelayMs: 1e4,
  sleep: (ms) => new Promise((resolve2) => setTimeout(resolve2, ms)),
  now: Date.now
};
function headersOf(err) {
  return err.response?.headers ?? {};
}
function rateLimited(err) {
  const headers = headersOf(err);
  if (err.status === 429) return true;
  return err.status === 403 && (headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0 || /rate limit/i.test(err.message ?? ""));
}
var UNNAMED_LIMIT_MS = 6e4;
function retryDelay(err, attempt, policy) {
  const status = err.status ?? 0;
  if (rateLimited(err)) {
    const retryAfter = Number(headersOf(err)["retry-after"]);
    const reset = Number(headersOf(err)["x-ratelimit-reset"]);
    if (!Number.isNaN(retryAfter)) return retryAfter * 1e3;
    if (!Number.isNaN(reset)) return Math.max(0, reset * 1e3 - policy.now());
    return UNNAMED_LIMIT_MS;
  }
  if (status === 0 || status >= 500) return policy.baseDelayMs * 2 ** attempt;
  return void 0;
}
function worthRetrying(err, attempt, policy) {
  const delay = retryDelay(err, attempt, policy);
  return delay !== void 0 && delay <= policy.maxDelayMs;
}
async function withRetry(what, policy) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await what();
    } catch (err) {
      if (!worthRetrying(err, attempt, policy) || attempt + 1 >= policy.attempts) {
        throw err;
      }
      await policy.sleep(retryDelay(err, attempt, policy));
    }
  }
}
function describeGitHubError(err, words) {
  const e = err;
  const status = e.status ?? 0;
  if (rateLimited(e)) return `GitHub's rate limit was reached (HTTP ${status})`;
  if (status === 403) return words.forbidden;
  if (status === 404) return words.notFound;
  if (!e.response) return `GitHub could not be reached: ${e.message ?? String(err)}`;
  return `HTTP ${status}: ${e.message ?? String(err)}`;
}
var COMMENT_REFUSALS = {
  forbidden: "the token may not write comments (HTTP 403): a pull request from a fork gets a read-only token; grant `pull-requests: write` where it can be",
  notFound: "the pull request was not found, or the token cannot see it (HTTP 404)"
};
function describeCommentError(err) {
  return describeGitHubError(err, COMMENT_REFUSALS);
}
async function* listAll(list, policy) {
  for (let page = 1; ; page++) {
    const res = await withRetry(() => list({ per_page: 100, page }), policy);
    yield* res.data;
    if (!/\brel="next"/.test(res.headers.link ?? "")) return;
  }
}
var ACTIONS_BOT = "github-actions[bot]";
function ownAuthor(client, botLogin = ACTIONS_BOT) {
  let login;
  return async (user) => {
    if (!user?.login) return false;
    if (user.login === botLogin) return true;
    login ??= client.rest.users.getAuthenticated().then((r) => r.data.login).catch(() => void 0);
    return user.login === await login;
  };
}
async function findComment(client, pr, marker, isOwn, policy, model) {
  let legacy;
  const comments = listAll(
    (paging) => client.rest.issues.listComments({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      ...paging
    }),
    policy
  );
  for await (const c of comments) {
    if (isOurComment(c.body, marker) && await isOwn(c.user)) return { id: c.id, body: c.body };
    if (!legacy && model && isLegacyComment(c.body, model) && await isOwn(c.user))
      legacy = { id: c.id, body: c.body };
  }
  return legacy;
}
var RACE_ROUNDS = 3;
async function upsertModelComment(client, pr, report, model, ctx, policy = DEFAULT_RETRY, isOwn) {
  isOwn ??= ownAuthor(client);
  const marker = commentMarker(model);
  const section = commentSection(report, model, ctx);
  const repo = { owner: pr.owner, repo: pr.repo };
  let action = "unchanged";
  let url;
  for (let round = 0; round < RACE_ROUNDS; round++) {
    const existing = await findComment(client, pr, marker, isOwn, policy, model);
    const body = composeComment(marker, existing?.body, section, ctx);
    if (existing?.body === body) return { action, url };
    const written = sectionOf(body, section.id);
    if (existing) {
      const res = await withRetry(
        () => client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }),
        policy
      );
      action = "updated";
      url = res.data.html_url;
      const now = await withRetry(
        () => client.rest.issues.getComment({ ...repo, comment_id: existing.id }),
        policy
      );
      if (sectionOf(now.data.body ?? "", section.id) === written) return { action, url };
    } else {
      const res = await withRetry(
        () => client.rest.issues.createComment({ ...repo, issue_number: pr.number, body }),
        policy
      );
      action = "created";
      url = res.data.html_url;
      const first = await findComment(client, pr, marker, isOwn, policy);
      if (!first || first.id === res.data.id) return { action, url };
      await withRetry(
        () => client.rest.issues.deleteComment({ ...repo, comment_id: res.data.id }),
        policy
      );
      action = "updated";
    }
  }
  throw new Error(
    `the comment kept changing under other jobs' writes; gave up after ${RACE_ROUNDS} rounds`
  );
}
function sectionOf(body, id) {
  return parseSections(body).find((s) => s.id === id)?.markdown;
}
function repositoryPath(shown, cwd, root) {
  const file = resolve(cwd, shown);
  const base = root ? resolve(cwd, root) : findGitRoot(dirname(file)) ?? resolve(cwd);
  const rel = relative(base, file);
  const inside = !isAbsolute(rel) && rel.split(sep)[0] !== "..";
  return (inside ? rel : file).split(sep).join("/");
}
function withManifestPaths(report, cwd, root) {
  return {
    ...report,
    models: report.models.map((m) => ({
      ...m,
      manifestPath: m.manifestPath ?? repositoryPath(m.manifest, cwd, root)
    }))
  };
}
async function commentOnPullRequest(client, pr, report, ctx, policy = DEFAULT_RETRY, botLogin) {
  const outcomes = [];
  const isOwn = ownAuthor(client, botLogin);
  for (const [i, model] of report.models.entries()) {
    const name = model.name ?? model.manifest;
    try {
      outcomes.push({
        model: name,
        ok: true,
        ...await upsertModelComment(client, pr, report, model, ctx, policy, isOwn)
      });
    } catch (err) {
      const rest = report.models.length - i - 1;
      const permanent = !worthRetrying(err, 0, policy);
      const skipped = permanent && rest > 0 ? `; skipped the ${rest} other model${rest === 1 ? "" : "s"}` : "";
      outcomes.push({ model: name, ok: false, message: describeCommentError(err) + skipped });
      if (permanent) break;
    }
  }
  return outcomes;
}

export {
  truncateMarkdown,
  fitSummary,
  COMMENT_LIMIT,
  isOurComment,
  pullRequestRef,
  repositoryRef,
  DEFAULT_RETRY,
  withRetry,
  describeGitHubError,
  listAll,
  ownAuthor,
  repositoryPath,
  withManifestPaths,
  commentOnPullRequest
};
