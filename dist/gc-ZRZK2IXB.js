#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  refuseRegistryWrite
} from "./chunk-MQ6TPFFP.js";
import {
  openRegistryFor,
  registryOptions
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
import "./chunk-BEQKABMV.js";
import {
  booleanOption
} from "./chunk-U2HG4TZY.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-LNSTQQSX.js";
import "./chunk-HVXGMGJV.js";
import "./chunk-WJXHPGZE.js";

// src/commands/gc.ts
var WHAT = {
  "temp-file": "temporary file",
  "multipart-upload": "unfinished multipart upload"
};
function describeItem(i, dryRun) {
  const verb = dryRun ? "would remove" : i.removed ? "removed" : "already gone";
  const when = i.kind === "temp-file" ? "last written" : "begun";
  return `  ${verb}: ${WHAT[i.kind]} ${i.uri} (${when} ${i.since.toISOString()})`;
}
function summary(items) {
  const parts = Object.keys(WHAT).flatMap((kind) => {
    const n = items.filter((i) => i.kind === kind).length;
    return n ? [`${n} ${WHAT[kind]}${n === 1 ? "" : "s"}`] : [];
  });
  return parts.join(" and ");
}
function makeGcCommand(deps = {}) {
  return {
    name: "gc",
    summary: "Remove what killed writers left in the registry: temporary files, unfinished uploads",
    description: "A file registry: removes the temporary files (.tmp-PID-HEX) of writers that died, untouched for an hour; every write also removes those in its own folder. An S3 registry: aborts the multipart uploads under blobs/ begun more than a day ago, whose parts S3 bills until then (an S3 lifecycle rule AbortIncompleteMultipartUpload does the same without modelgate). Never touches a blob, a record or an event. --dry-run lists what would go.",
    options: [
      {
        name: "dry-run",
        kind: "boolean",
        cliOnly: true,
        description: "List what would be removed; remove nothing."
      },
      ...registryOptions,
      manifestOption,
      rootOption,
      jsonOption
    ],
    examples: ["modelgate gc --dry-run", "modelgate gc --registry s3://acme-models/registry"],
    async run(inv, ctx) {
      const dryRun = booleanOption(inv, "dry-run");
      if (!dryRun) await refuseRegistryWrite(inv, ctx, "gc");
      const registry = openRegistryFor(inv, ctx);
      const items = await registry.store.cleanup({ dryRun, now: deps.now?.() ?? /* @__PURE__ */ new Date() });
      const head = items.length ? `${dryRun ? "gc --dry-run: would remove" : "gc: removed"} ${summary(items)} in ${registry.uri}` : `gc: nothing to remove in ${registry.uri}`;
      const lines = [head, ...items.map((i) => describeItem(i, dryRun))];
      return {
        exitCode: 0,
        json: {
          registry: registry.uri,
          dryRun,
          items: items.map((i) => ({ ...i, since: i.since.toISOString() }))
        },
        text: lines.join("\n"),
        markdown: `## modelgate gc

${lines.map((l) => l.trim()).join("\n\n")}
`,
        outputs: {},
        findings: []
      };
    }
  };
}
export {
  makeGcCommand
};
