#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  modelNames,
  modelOption
} from "./chunk-BE2TXZTA.js";
import {
  STAGES,
  checkVersion,
  keys,
  loadManifests,
  makeDirs,
  openRegistryFor,
  registryOptions,
  stageBlob
} from "./chunk-Y5WLGIWN.js";
import "./chunk-WLW7VUCT.js";
import "./chunk-OHNIFULL.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import "./chunk-QZE4DUBB.js";
import "./chunk-PJPDOYQZ.js";
import {
  formatBytes
} from "./chunk-BEQKABMV.js";
import {
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import {
  CorruptRegistryError
} from "./chunk-LNSTQQSX.js";
import {
  ConfigError,
  GateError,
  UsageError
} from "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/commands/pull.ts
import { dirname, isAbsolute, relative, resolve } from "node:path";
function destination(out, a, where) {
  const dest = resolve(out, a.path);
  const rel = relative(out, dest);
  if (a.path.includes("\0") || isAbsolute(a.path) || rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    throw new CorruptRegistryError(
      `${where} names an artifact path that leaves the output folder: ${JSON.stringify(a.path)}`
    );
  }
  return dest;
}
function makePullCommand() {
  return {
    name: "pull",
    summary: "Download a version's artifacts from the registry, verified against their digests",
    description: "Writes the artifacts of a version (--version, or the one a --stage holds, or the manifest's) under --out, at the paths the manifest gave them. Every byte is hashed on the way, and no more are read than the version record gives: an artifact whose size or sha256 differs from the record is an error, and then no artifact is written. Read-only on the registry; meant for deploy hooks.",
    options: [
      manifestOption,
      rootOption,
      modelOption,
      {
        name: "version",
        kind: "string",
        placeholder: "V",
        description: "The version to download."
      },
      {
        name: "stage",
        kind: "string",
        placeholder: "STAGE",
        choices: STAGES,
        description: "Download the version this stage holds."
      },
      {
        name: "out",
        kind: "string",
        placeholder: "DIR",
        description: "Folder to write the artifacts into (created if needed)."
      },
      ...registryOptions,
      jsonOption
    ],
    examples: [
      "modelgate pull --stage production --out /srv/model",
      "modelgate pull --model iris-classifier --version 1.2.0 --out model/"
    ],
    async run(inv, ctx) {
      const out = resolve(ctx.cwd, requireString(inv, "out"));
      const stage = stringOption(inv, "stage");
      const asked = stringOption(inv, "version");
      if (stage && asked) throw new UsageError("give --version or --stage, not both");
      const names = await modelNames(inv, ctx);
      if (names.length !== 1)
        throw new UsageError(
          `pull downloads one model; --manifest selects ${names.length}`,
          "pass --model NAME or one manifest"
        );
      const model = names[0];
      const registry = openRegistryFor(inv, ctx);
      let version = asked;
      if (stage) {
        version = (await registry.state(model)).stages[stage]?.version;
        if (!version)
          throw new GateError(
            `${stage} holds no version of ${model}`,
            "modelgate status shows the stages"
          );
      }
      if (!version) {
        if (stringOption(inv, "model") !== void 0)
          throw new UsageError("with --model, give --version or --stage");
        version = (await loadManifests(inv, ctx))[0].manifest.model.version;
      }
      const v = checkVersion(version);
      const record = await registry.publishedVersion(model, v);
      if (!record)
        throw new GateError(`${model} ${v} is not published in ${registry.versionUri(model, v)}`);
      const where = registry.versionUri(model, v);
      const staged = [];
      try {
        for (const a of record.artifacts) {
          const dest = destination(out, a, where);
          try {
            await makeDirs(dirname(dest));
          } catch (err) {
            throw new ConfigError(
              `cannot write ${a.path} under --out ${out}: ${err.message}`,
              void 0,
              "give --out a folder this user can write, where no file stands in the way"
            );
          }
          const expect = { sha256: a.sha256, size: a.size };
          staged.push(await stageBlob(registry.store, keys.blob(a.sha256), expect, dest));
        }
        for (const s of staged) await s.commit();
      } finally {
        for (const s of staged) await s.discard();
      }
      const total = record.artifacts.reduce((n, a) => n + a.size, 0);
      return {
        exitCode: 0,
        json: { model, version: v, out, artifacts: record.artifacts },
        text: [
          `\u2713 ${model} ${v}: ${record.artifacts.length} artifact(s), ${formatBytes(total)}, verified, in ${out}`,
          ...record.artifacts.map((a) => `  ${a.path}  sha256:${a.sha256}`)
        ].join("\n"),
        markdown: `## modelgate pull

\`${model}\` ${v}: ${record.artifacts.length} artifact(s), ${formatBytes(total)}, verified
`,
        outputs: { model, version: v, "artifact-uri": where },
        findings: []
      };
    }
  };
}
export {
  makePullCommand
};
