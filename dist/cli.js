#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  COMMAND_NAMES,
  ciContextFromEnv,
  commands,
  findCommand,
  inGitHubActions,
  logJson,
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
  closest
} from "./chunk-4OFAA5JN.js";
import {
  UsageError,
  describeError,
  exitCodeOf
} from "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/cli.ts
import module from "node:module";

// src/terminal.ts
import { parseArgs } from "node:util";

// src/help.ts
var WIDTH = 92;
function wrap(text, indent, width = WIDTH) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = "";
  for (const w of words) {
    if (line && indent + line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => i === 0 ? l : " ".repeat(indent) + l).join("\n");
}
function flag(o) {
  return o.kind === "boolean" ? `--${o.name}` : `--${o.name} ${o.placeholder ?? "VALUE"}`;
}
var EXIT_CODES = "Exit codes: 0 success; 1 the check failed or a gate refused; 2 usage, configuration or infrastructure error.";
function helpFor(cmd) {
  const pos = cmd.positionals ? ` ${cmd.positionals.name}\u2026` : "";
  const out = [
    `modelgate ${cmd.name}: ${cmd.summary}`,
    "",
    `Usage: modelgate ${cmd.name} [options]${pos}`,
    "",
    wrap(cmd.description, 0),
    ""
  ];
  if (cmd.positionals)
    out.push(
      "Arguments:",
      `  ${cmd.positionals.name.padEnd(24)}${wrap(cmd.positionals.description, 26)}`,
      ""
    );
  out.push("Options:");
  for (const o of cmd.options) {
    let text = o.description;
    if (o.choices) text += ` One of: ${o.choices.join(", ")}.`;
    if (o.default !== void 0 && o.kind !== "boolean") text += ` Default: ${String(o.default)}.`;
    out.push(`  ${flag(o).padEnd(24)}${wrap(text, 26)}`);
  }
  out.push(`  ${"-h, --help".padEnd(24)}Show this help.`);
  if (cmd.examples?.length) out.push("", "Examples:", ...cmd.examples.map((e) => `  ${e}`));
  out.push("", EXIT_CODES);
  return out.join("\n");
}
function mainHelp(cmds) {
  return [
    "modelgate: carry a machine-learning model from a pull request to production.",
    "",
    "Usage: modelgate COMMAND [options]",
    "",
    "Commands:",
    ...cmds.map((c) => `  ${c.name.padEnd(12)}${c.summary}`),
    "",
    'Run "modelgate COMMAND --help" for the options of one command.',
    EXIT_CODES
  ].join("\n");
}

// package.json
var package_default = {
  name: "modelgate",
  version: "0.1.0",
  description: "Carry a machine-learning model from a pull request to production: validate, scan, test in containers, promote through a registry, report.",
  license: "MIT",
  type: "module",
  bin: {
    modelgate: "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    test: "npm run typecheck && npm run lint && npm run format:check && npm run build && vitest run",
    demo: "npm run build && node scripts/demo.mjs",
    bench: "node bench/run.mjs",
    allowlist: "node scripts/allowlist/merge.mjs",
    mutate: "node scripts/mutate.mjs",
    "docs:action": "node scripts/action-docs.mjs"
  },
  devDependencies: {
    "@actions/expressions": "^0.3.61",
    "@actions/workflow-parser": "^0.3.61",
    "@eslint/js": "^10.0.1",
    "@stryker-mutator/core": "^10.1.1",
    "@stryker-mutator/vitest-runner": "^10.1.1",
    "@types/lz4js": "^0.2.2",
    "@types/node": "^24.19.2",
    "@types/semver": "^7.8.0",
    "@types/unbzip2-stream": "^1.4.3",
    "@types/yauzl": "^3.4.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    node: "^24.21.0",
    prettier: "^3.10.1",
    s3rver: "^3.7.1",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0",
    vitest: "^5.1.1"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@actions/github": "^9.1.1",
    "@aws-sdk/client-s3": "^3.1175.0",
    "@aws-sdk/client-sagemaker": "^3.1142.0",
    "@aws-sdk/lib-storage": "^3.1175.0",
    "@huggingface/gguf": "^0.4.6",
    "@huggingface/jinja": "^0.5.11",
    "@stdlib/stats-base-dists-normal-cdf": "^0.3.1",
    "@stdlib/stats-base-dists-normal-quantile": "^0.3.1",
    ajv: "^8.20.0",
    fzstd: "^0.1.1",
    "hdr-histogram-js": "^3.0.1",
    lz4js: "^0.2.0",
    lzma1: "^0.3.0",
    protobufjs: "^8.8.1",
    semver: "^7.8.6",
    tinyglobby: "^0.2.17",
    "unbzip2-stream": "^1.4.3",
    "xz-decompress": "^0.2.3",
    yaml: "^2.9.1",
    yauzl: "^3.4.0"
  },
  allowScripts: {
    node: true,
    esbuild: true
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/terminal.ts
function outputGate(argv, env) {
  const secrets = [...argv.flatMap(urlCredentials), env.GITHUB_TOKEN ?? ""].filter(Boolean);
  const shown = (text, kind) => {
    const masked = maskSecrets(text, secrets);
    if (!inGitHubActions(env)) return redactUserinfo(masked);
    return kind === "json" ? logJson(masked) : logText(masked);
  };
  const write = (stream, text, kind = "text") => new Promise((resolve) => text ? stream.write(shown(text, kind), () => resolve()) : resolve());
  const log = {
    info: (m) => process.stderr.write(shown(m + "\n", "text")),
    warn: (m) => process.stderr.write(shown(`warning: ${m}
`, "text")),
    progress: (m) => process.stderr.write(shown(`  \u2026 ${m}
`, "text"))
  };
  return { write, log };
}
function parseInvocation(command, argv) {
  const options = { help: { type: "boolean", short: "h" } };
  for (const o of command.options) {
    options[o.name] = o.kind === "boolean" ? { type: "boolean" } : { type: "string", multiple: o.repeatable === true };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const m = /'(-[^']+)'/.exec(err.message);
    const flag2 = m?.[1];
    if (flag2 && err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const guess = closest(
        flag2.replace(/^-+/, ""),
        command.options.map((o) => o.name)
      );
      throw new UsageError(
        `unknown option ${flag2} for ${command.name}${guess ? `; did you mean --${guess}?` : ""}`,
        `modelgate ${command.name} --help lists its options`
      );
    }
    throw new UsageError(
      err.message.split("\n")[0],
      `modelgate ${command.name} --help lists its options`
    );
  }
  const values = {};
  for (const o of command.options) {
    const given = parsed.values[o.name];
    const raw = Array.isArray(given) ? given.join(",") : given;
    values[o.name] = coerceOption(o, raw ?? o.default, `--${o.name}`);
  }
  if (!command.positionals && parsed.positionals.length > 0) {
    throw new UsageError(
      `${command.name} takes no arguments; got ${JSON.stringify(parsed.positionals[0])}`
    );
  }
  if (command.positionals?.required && parsed.positionals.length === 0 && parsed.values.help !== true) {
    throw new UsageError(
      `${command.name} needs at least one ${command.positionals.name}`,
      `modelgate ${command.name} --help`
    );
  }
  return { options: values, positionals: parsed.positionals, help: parsed.values.help === true };
}
async function main(argv) {
  const { write, log } = outputGate(argv, process.env);
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    const cmd = rest[0] ? await findCommand(rest[0]) : void 0;
    await write(process.stdout, (cmd ? helpFor(cmd) : mainHelp(await commands())) + "\n");
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    await write(process.stdout, VERSION + "\n");
    return 0;
  }
  const json = rest.includes("--json");
  try {
    const command = await findCommand(name);
    if (!command) {
      const guess = closest(name, COMMAND_NAMES);
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}${guess ? `; did you mean ${guess}?` : ""}`,
        "modelgate --help lists the commands"
      );
    }
    const inv = parseInvocation(command, rest);
    if (inv.help) {
      await write(process.stdout, helpFor(command) + "\n");
      return 0;
    }
    const outcome = await command.run(inv, {
      cwd: process.cwd(),
      log,
      ci: ciContextFromEnv(process.env, process.env.GITHUB_TOKEN),
      step: stepIdFromEnv(process.env)
    });
    if (json) {
      await write(process.stderr, outcome.text + "\n");
      await write(process.stdout, JSON.stringify(outcome.json, null, 2) + "\n", "json");
    } else {
      await write(process.stdout, outcome.text + "\n");
    }
    return outcome.exitCode;
  } catch (err) {
    const code = exitCodeOf(err);
    await write(
      process.stderr,
      `modelgate: ${err instanceof UsageError ? "usage" : "error"}: ${describeError(err)}
`
    );
    if (json) {
      await write(
        process.stdout,
        JSON.stringify(
          {
            verdict: "error",
            error: {
              message: err.message,
              hint: err.hint,
              exitCode: code
            }
          },
          null,
          2
        ) + "\n",
        "json"
      );
    }
    return code;
  }
}

// src/cli.ts
module.enableCompileCache?.();
process.exit(await main(process.argv.slice(2)));
