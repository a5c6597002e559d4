#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ByteReader
} from "./chunk-Q3E75FXY.js";

// src/artifacts/tarfile.ts
import { once } from "node:events";
import { Readable } from "node:stream";
var BLOCK = 512;
var PY_SPACE = /^[ \t\n\r\x0b\x0c\x1c-\x1f]+|[ \t\n\r\x0b\x0c\x1c-\x1f]+$/g;
var SUPPORTED = /* @__PURE__ */ new Set([
  "0",
  "\0",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "L",
  "K",
  "S",
  "x",
  "g",
  "X"
]);
var REGULAR = /* @__PURE__ */ new Set(["0", "\0", "7", "S"]);
function nts(b) {
  const i = b.indexOf(0);
  return (i < 0 ? b : b.subarray(0, i)).toString("utf8");
}
function nti(field) {
  if (field[0] === 128 || field[0] === 255) {
    let n2 = 0;
    for (let i = 1; i < field.length; i++) n2 = n2 * 256 + field[i];
    return { value: field[0] === 255 ? n2 - 256 ** (field.length - 1) : n2, odd: false };
  }
  const text = field.toString("latin1").split("\0")[0];
  const stripped = text.replace(PY_SPACE, "") || "0";
  const m = /^([+-]?)([0-7](?:_?[0-7])*)$/.exec(stripped);
  if (!m) return void 0;
  const n = parseInt(m[2].replace(/_/g, ""), 8);
  return { value: m[1] === "-" ? -n : n, odd: m[1] !== "" || m[2].includes("_") };
}
function checksumOk(h) {
  const want = nti(h.subarray(148, 156));
  if (!want) return { ok: false, odd: false };
  let unsigned = 8 * 32;
  let signed = 8 * 32;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    unsigned += h[i];
    signed += h[i] < 128 ? h[i] : h[i] - 256;
  }
  return { ok: want.value === unsigned || want.value === signed, odd: want.odd };
}
function paxRecords(buf) {
  const records = /* @__PURE__ */ new Map();
  let pos = 0;
  let odd;
  const re = /^(\d+) ([^=]+)=/;
  while (pos < buf.length) {
    const m = re.exec(buf.toString("latin1", pos, Math.min(buf.length, pos + 1024)));
    if (!m) break;
    const length = Number(m[1]);
    if (length === 0) break;
    const keyword = m[2];
    const start = pos + m[1].length + 1 + Buffer.byteLength(keyword, "latin1") + 1;
    const value = buf.toString("utf8", start, pos + length - 1);
    if (/^0\d/.test(m[1])) odd = `a PAX record length written ${m[1]}`;
    records.set(Buffer.from(keyword, "latin1").toString("utf8"), value);
    pos += length;
  }
  return { records, odd };
}
var PAX_NUMBERS = /* @__PURE__ */ new Set(["size", "uid", "gid"]);
async function* tarMembers(bytes, problem) {
  let first = true;
  let longName;
  let longLink;
  let pax = /* @__PURE__ */ new Map();
  let paxOdd;
  let paxChained = false;
  const globalPax = /* @__PURE__ */ new Map();
  for (; ; ) {
    const h = Buffer.from(await bytes.peek(BLOCK));
    if (h.length === 0 && !first) return;
    if (h.length < BLOCK) {
      problem(first ? "holds no complete header" : "ends in the middle of a header");
      return;
    }
    await bytes.skip(BLOCK);
    if (h.every((b) => b === 0)) return;
    const sum = checksumOk(h);
    if (!sum.ok) {
      problem(
        first ? "its first header has a bad checksum" : "a header has a bad checksum: tarfile stops there"
      );
      return;
    }
    first = false;
    const size = nti(h.subarray(124, 136));
    if (!size || size.value < 0) {
      problem("has a header whose size tarfile cannot read");
      return;
    }
    const type = String.fromCharCode(h[156]);
    const blocks = Math.ceil(size.value / BLOCK) * BLOCK;
    if (type === "L" || type === "K") {
      const text = nts(await bytes.read(blocks).then((b) => b.subarray(0, size.value)));
      if (type === "L") longName = text;
      else longLink = text;
      continue;
    }
    if (type === "x" || type === "g" || type === "X") {
      const parsed = paxRecords((await bytes.read(blocks)).subarray(0, size.value));
      if (type === "g") for (const [k, v] of parsed.records) globalPax.set(k, v);
      else {
        const chained = paxChained;
        pax = new Map([...globalPax, ...parsed.records, ...chained ? pax : []]);
        paxOdd = parsed.odd ?? paxOdd ?? (chained ? "two extended headers in a row" : void 0);
        paxChained = true;
      }
      continue;
    }
    let name = nts(h.subarray(0, 100));
    const prefix = nts(h.subarray(345, 500));
    let effType = type;
    if (effType === "\0" && name.endsWith("/")) effType = "5";
    if (effType === "5") name = name.replace(/\/+$/, "");
    if (prefix && !["L", "K", "S"].includes(effType)) name = `${prefix}/${name}`;
    let linkname = nts(h.subarray(157, 257));
    if (longName !== void 0) name = longName;
    if (longLink !== void 0) linkname = longLink;
    let memberSize = size.value;
    let ambiguous = paxOdd ?? (size.odd ? `its size is written ${JSON.stringify(nts(h.subarray(124, 136)))}` : void 0);
    if (sum.odd) ambiguous ??= "its checksum is written with a sign or underscores";
    if (effType === "S")
      ambiguous ??= "it is a GNU sparse member, which tarfile reassembles from its map";
    for (const [k, v] of pax) {
      if (k.startsWith("GNU.sparse."))
        ambiguous ??= `its PAX record ${k}, which tarfile reads as a sparse map`;
      if (k === "path") name = v;
      else if (k === "linkpath") linkname = v;
      else if (PAX_NUMBERS.has(k)) {
        if (!/^\d+$/.test(v)) ambiguous ??= `its PAX ${k} is written ${JSON.stringify(v)}`;
        const n = Number(v.replace(/_/g, "").replace(PY_SPACE, ""));
        if (k === "size") memberSize = Number.isSafeInteger(n) ? n : 0;
      }
    }
    longName = longLink = void 0;
    pax = /* @__PURE__ */ new Map();
    paxOdd = void 0;
    paxChained = false;
    const hasData = REGULAR.has(effType) || !SUPPORTED.has(effType);
    const skip = hasData ? Math.ceil(memberSize / BLOCK) * BLOCK : 0;
    if (!hasData) {
      yield { name, type: effType, size: memberSize, linkname, ambiguous };
      continue;
    }
    let left = memberSize;
    const source = Readable.from(
      (async function* () {
        while (left > 0) {
          const chunk = await bytes.read(Math.min(left, 1 << 20));
          left -= chunk.length;
          yield Buffer.from(chunk);
        }
      })()
    );
    yield {
      name,
      type: effType,
      size: memberSize,
      linkname,
      ambiguous,
      data: new ByteReader(source)
    };
    if (!source.closed) {
      const closed = once(source, "close");
      source.destroy();
      await closed;
    }
    while (left > 0) {
      const chunk = await bytes.read(Math.min(left, 1 << 20));
      left -= chunk.length;
    }
    if (skip > memberSize) await bytes.skip(skip - memberSize);
  }
}

export {
  checksumOk,
  tarMembers
};
