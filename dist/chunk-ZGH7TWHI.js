#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/ci.ts
import { readFileSync } from "node:fs";
function inGitHubActions(env) {
  return env.GITHUB_ACTIONS === "true";
}
function stepIdFromEnv(env) {
  if (env.MODELGATE_STEP_ID) return env.MODELGATE_STEP_ID;
  if (inGitHubActions(env) && env.GITHUB_RUN_ID)
    return `${env.GITHUB_RUN_ID}/${env.GITHUB_JOB ?? ""}/${env.GITHUB_ACTION ?? ""}`;
  return void 0;
}
function ciContextFromEnv(env, token) {
  if (!inGitHubActions(env)) return void 0;
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const repository = env.GITHUB_REPOSITORY ?? "";
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    ref: env.GITHUB_REF ?? "",
    sha: env.GITHUB_SHA ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    repository,
    runUrl: env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : "",
    ...pullRequestOf(env.GITHUB_EVENT_PATH),
    token: token || void 0,
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com"
  };
}
function pullRequestOf(eventPath) {
  if (!eventPath) return {};
  try {
    const event = JSON.parse(readFileSync(eventPath, "utf8"));
    const n = event.pull_request?.number;
    const head = event.pull_request?.head?.sha;
    return {
      pullRequest: typeof n === "number" ? n : void 0,
      pullRequestHead: typeof head === "string" ? head : void 0
    };
  } catch {
    return {};
  }
}

// src/commands/index.ts
var LOADERS = {
  validate: async () => {
    const [{ makeValidateCommand }, { inspectArtifact }] = await Promise.all([
      import("./validate-LYLS7JR5.js"),
      import("./scan-C7NN43ZA.js")
    ]);
    return makeValidateCommand({ inspect: inspectArtifact });
  },
  scan: async () => (await import("./scan-KIR55G2L.js")).makeScanCommand(),
  test: async () => (await import("./test-LTIFVREK.js")).makeTestCommand(),
  plan: async () => (await import("./plan-UUDUR4JO.js")).makePlanCommand(),
  publish: async () => {
    const [{ makePublishCommand }, { inspectArtifact }] = await Promise.all([
      import("./publish-F3EL52SM.js"),
      import("./scan-C7NN43ZA.js")
    ]);
    return makePublishCommand({ inspect: inspectArtifact });
  },
  analyze: async () => (await import("./analyze-LKAWTS6Z.js")).makeAnalyzeCommand(),
  promote: async () => (await import("./promote-3NEJPSDT.js")).makePromoteCommand(),
  rollback: async () => (await import("./rollback-LNXHHT7P.js")).makeRollbackCommand(),
  handoff: async () => (await import("./handoff-command-NBNILBMP.js")).makeHandoffCommand(),
  status: async () => (await import("./status-QIIAPKTS.js")).makeStatusCommand(),
  history: async () => (await import("./history-JIQRAGVA.js")).makeHistoryCommand(),
  pull: async () => (await import("./pull-7IDSYNTU.js")).makePullCommand(),
  gc: async () => (await import("./gc-ZRZK2IXB.js")).makeGcCommand()
};
var COMMAND_NAMES = Object.keys(LOADERS);
async function findCommand(name) {
  if (!Object.hasOwn(LOADERS, name)) return void 0;
  const command = await LOADERS[name]();
  if (command.name !== name) {
    throw new Error(`the command table's ${name} loads the command ${command.name}`);
  }
  return command;
}
async function commands() {
  return Promise.all(COMMAND_NAMES.map(async (name) => await findCommand(name)));
}

// src/workflow-log.ts
var LINE_BREAK = /(\r\n|\r|\n)/;
var LEADING_COMMAND = /^([\s\u0085\u180e\p{Cf}]*)::/u;
var LEGACY_COMMAND = /##\[/g;
var USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^\s/?#"'<>\\]+@/gi;
function redactUserinfo(text) {
  return text.replace(USERINFO, "$1***@");
}
function maskSecrets(text, secrets) {
  const longestFirst = [...secrets].filter(Boolean).sort((a, b) => b.length - a.length);
  return longestFirst.reduce((t, secret) => t.split(secret).join("***"), text);
}
function urlCredentials(value) {
  const out = /* @__PURE__ */ new Set();
  for (const m of value.matchAll(USERINFO)) {
    const userinfo = m[0].slice(m[1].length, -1);
    out.add(userinfo);
    const colon = userinfo.indexOf(":");
    if (colon >= 0 && colon < userinfo.length - 1) out.add(userinfo.slice(colon + 1));
  }
  return [...out];
}
function logText(text) {
  return redactUserinfo(text).split(LINE_BREAK).map(
    (part, i) => (
      // Odd parts are the line breaks the split kept.
      i % 2 === 1 ? part : part.replace(LEADING_COMMAND, "$1\\::").replace(LEGACY_COMMAND, "##\\[")
    )
  ).join("");
}
function logJson(json) {
  return redactUserinfo(json).replace(LEGACY_COMMAND, "#\\u0023[");
}

export {
  inGitHubActions,
  stepIdFromEnv,
  ciContextFromEnv,
  COMMAND_NAMES,
  findCommand,
  commands,
  redactUserinfo,
  maskSecrets,
  urlCredentials,
  logText,
  logJson
};
