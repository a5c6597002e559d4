#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ciContextFromEnv,
  code,
  coerceOption,
  commands,
  findCommand,
  findingsTable,
  logText,
  maskSecrets,
  redactUserinfo,
  renderFailure,
  renderModel,
  stepIdFromEnv,
  summaryLink,
  urlCredentials
} from "./chunk-T3EFD4UK.js";
import {
  UsageError,
  describeError
} from "./chunk-ISBBGLKA.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-MYDVHRXL.js";
import {
  __toESM
} from "./chunk-WJXHPGZE.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

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
  return `<!-- modelgate:${encodeURIComponent(m.name ?? `manifest:${m.manifest}`)} -->`;
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
function pullRequestRef(repository, number) {
  const [owner, repo, ...rest] = repository.split("/");
  return owner && repo && rest.length === 0 ? { owner, repo, number } : void 0;
}
var DEFAULT_RETRY = {
  attempts: 3,
  baseDelayMs: 1e3,
  maxDelayMs: 1e4,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
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
function describeCommentError(err) {
  const e = err;
  const status = e.status ?? 0;
  if (rateLimited(e)) return `GitHub's rate limit was reached (HTTP ${status})`;
  if (status === 403) {
    return "the token may not write comments (HTTP 403): a pull request from a fork gets a read-only token; grant `pull-requests: write` where it can be";
  }
  if (status === 404)
    return "the pull request was not found, or the token cannot see it (HTTP 404)";
  if (!e.response) return `GitHub could not be reached: ${e.message ?? String(err)}`;
  return `HTTP ${status}: ${e.message ?? String(err)}`;
}
function ownAuthor(client) {
  let login;
  return async (user) => {
    if (!user) return false;
    if (user.type === "Bot") return true;
    login ??= client.rest.users.getAuthenticated().then((r) => r.data.login).catch(() => void 0);
    const own = await login;
    return own !== void 0 && user.login === own;
  };
}
async function findComment(client, pr, marker, isOwn, policy) {
  for (let page = 1; ; page++) {
    const res = await withRetry(
      () => client.rest.issues.listComments({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
        page
      }),
      policy
    );
    for (const c of res.data)
      if (isOurComment(c.body, marker) && await isOwn(c.user)) return { id: c.id, body: c.body };
    if (!/\brel="next"/.test(res.headers.link ?? "")) return void 0;
  }
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
    const existing = await findComment(client, pr, marker, isOwn, policy);
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
async function commentOnPullRequest(client, pr, report, ctx, policy = DEFAULT_RETRY) {
  const outcomes = [];
  const isOwn = ownAuthor(client);
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
async function postComments(report, ci) {
  const pr = ci.pullRequest !== void 0 ? pullRequestRef(ci.repository, ci.pullRequest) : void 0;
  if (!pr) return;
  if (!ci.token) {
    log("no github-token: the pull-request comment is skipped; the report is in the job summary");
    return;
  }
  const client = (await import("./github-LDWF642E.js")).getOctokit(ci.token, { baseUrl: ci.apiUrl });
  const ctx = { runUrl: ci.runUrl, sha: ci.pullRequestHead ?? ci.sha };
  for (const o of await commentOnPullRequest(client, pr, report, ctx)) {
    if (o.ok) log(`pull-request comment for ${o.model}: ${o.action}${o.url ? ` ${o.url}` : ""}`);
    else
      warn(
        `no pull-request comment for ${o.model}: ${o.message}. The report is in the job summary.`
      );
  }
}
async function run() {
  try {
    const token = getInput("github-token");
    if (token) addSecret(token);
    const name = getInput("command");
    if (!name) {
      throw new UsageError(
        `the input \`command\` is required: one of ${commands().map((c) => c.name).join(", ")}`
      );
    }
    const command = findCommand(name);
    if (!command) {
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}; one of ${commands().map((c) => c.name).join(", ")}`
      );
    }
    const comment = coerceOption(commentInput, getInput("comment") || "true", "input comment") === true;
    const ci = ciContextFromEnv(process.env, token);
    const outcome = await command.run(invocationFromInputs(command), {
      cwd: process.cwd(),
      log: actionsLogger,
      ci,
      step: stepIdFromEnv(process.env)
    });
    for (const [k, v] of Object.entries(outcome.outputs)) setOutput(k, v);
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
    await writeFile2(reportPath, markdown);
    setOutput("report-path", reportPath);
    await summary.addRaw(fitSummary(markdown), true).write();
    log(outcome.text);
    if (comment && outcome.report && ci) await postComments(outcome.report, ci);
    if (outcome.exitCode !== 0) fail(`modelgate ${command.name}: ${outcome.verdict ?? "failed"}`);
  } catch (err) {
    const message = clean(describeError(err));
    fail(message);
    await summary.addRaw(renderFailure(getInput("command") || "(no command)", message), true).write().catch(() => void 0);
  }
}

// src/index.ts
await run();
