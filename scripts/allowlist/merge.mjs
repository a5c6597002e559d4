#!/usr/bin/env node
// Regenerates src/artifacts/allowlist.json, the exact pickle globals modelgate allows, from the
// real libraries: runs scripts/allowlist/generate.py inside each test image (no network) and
// merges what the files it wrote imported. `npm run allowlist`; review the diff before committing.
//
//   node scripts/allowlist/merge.mjs                    both test images, rewrite the list
//   node scripts/allowlist/merge.mjs --check            exit 1 if the list is not up to date
//   node scripts/allowlist/merge.mjs --keep DIR         keep each image's corpus in DIR/<image>
//   node scripts/allowlist/merge.mjs --add globals.json add a generate.py run of your own image
//                                                       to the committed list (no podman run)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
const SCRIPT_DIR = join(REPO, 'scripts/allowlist');
const OUTPUT = join(REPO, 'src/artifacts/allowlist.json');
const IMPORTABLE = join(REPO, 'src/artifacts/importable.json');
export const IMAGES = {
  bookworm: 'localhost/modelgate-bookworm:latest',
  trixie: 'localhost/modelgate-trixie:latest',
};

/** Runs generate.py in `image` with its output in `out`; returns the parsed globals.json. */
export function generateIn(label, image, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const args = [
    'run', '--rm', '--network', 'none', '--read-only', '-e', 'HOME=/tmp',
    '-v', `${SCRIPT_DIR}:/gen:ro`, '-v', `${out}:/out`,
    image, 'python3', '/gen/generate.py', '--out', '/out', '--image', label,
  ]; // prettier-ignore
  const r = spawnSync('podman', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new Error(`generate.py in ${image} failed (${r.status ?? r.signal}):\n${r.stderr}`);
  }
  return JSON.parse(readFileSync(join(out, 'globals.json'), 'utf8'));
}

/** The top-level modules a Python in `image` can import (modules.py). */
function importableIn(image) {
  const r = spawnSync('podman', ['run', '--rm', '--network', 'none', '-i', image, 'python3', '-'], {
    input: readFileSync(join(SCRIPT_DIR, 'modules.py')),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`modules.py in ${image} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** importable.json: the union over the test images, formatted as the repository's prettier would. */
async function renderImportable() {
  const modules = new Set(['__main__', 'builtins']);
  for (const image of Object.values(IMAGES)) for (const m of importableIn(image)) modules.add(m);
  const text = JSON.stringify({
    generated: {
      by: 'scripts/allowlist/modules.py, run in each test image (npm run allowlist)',
      images: Object.values(IMAGES),
      note: 'Top-level modules a Python of the test images can import. In readings of bytes that are not meant as a pickle, an unknown import counts only when its module is importable (here, on the deny-list or the allow-list); otherwise Python raises before anything runs.',
    },
    modules: [...modules].sort(),
  });
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(IMPORTABLE)) ?? {};
  return prettier.format(text, { ...config, filepath: IMPORTABLE });
}

/** Refuses a run whose recording is not trustworthy. */
function check(run) {
  const problems = [];
  if (run.escaped?.length) {
    problems.push(`imports the recorder missed: ${run.escaped.map((e) => e.global).join(', ')}`);
  }
  if (run.suspect?.length) problems.push(`globals that no library should need: ${run.suspect}`);
  if (problems.length) throw new Error(`${run.image}: ${problems.join('; ')}`);
}

function sortKeys(obj) {
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, obj[k]]),
  );
}

/** Adds one generate.py run to `list` (the parsed allowlist.json), in place. */
export function addRun(list, run, image) {
  check(run);
  list.generated.images[run.image] = sortKeys({
    image,
    versions: sortKeys(run.versions),
    files: run.files.length,
    globals: Object.keys(run.globals).length,
    formats: run.formats,
  });
  for (const [key, g] of Object.entries(run.globals)) {
    const old = list.globals[key];
    const entry = old ?? { kind: g.kind, object: g.object };
    if (old && (old.kind !== g.kind || old.object !== g.object)) {
      // The same name is another object in another version: keep both, visibly.
      entry.object_in = { ...(old.object_in ?? {}), [run.image]: g.object };
      entry.kind_in = { ...(old.kind_in ?? {}), [run.image]: g.kind };
    }
    if (g.kind === 'class') entry.setstate = Boolean(old?.setstate) || g.setstate;
    entry.uses = [...new Set([...(old?.uses ?? []), ...(g.uses ?? [])])].sort();
    if (g.via) entry.via = g.via;
    entry.seen = [...new Set([...(old?.seen ?? []), run.image])].sort();
    entry.example ??= g.example;
    list.globals[key] = entry;
  }
}

/** The list as committed: sorted, and formatted as the repository's prettier would. */
async function render(list) {
  const globals = {};
  for (const key of Object.keys(list.globals).sort()) {
    const g = list.globals[key];
    const out = { kind: g.kind, object: g.object };
    for (const k of ['setstate', 'uses', 'via', 'object_in', 'kind_in']) if (k in g) out[k] = g[k];
    out.seen = g.seen;
    out.example = g.example;
    globals[key] = out;
  }
  const generated = { ...list.generated, images: sortKeys(list.generated.images) };
  const text = JSON.stringify({ generated, globals }, null, 2);
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(OUTPUT)) ?? {};
  return prettier.format(text, { ...config, filepath: OUTPUT });
}

function header() {
  return {
    by: 'npm run allowlist: scripts/allowlist/merge.mjs runs scripts/allowlist/generate.py in each image',
    how: 'podman run --rm --network none --read-only -v scripts/allowlist:/gen:ro -v OUT:/out IMAGE python3 /gen/generate.py --out /out --image LABEL',
    note: 'Generated; do not edit by hand. Every entry was imported by a real file written by the library versions below. Review the diff; argument-calling entries need a rule in policy.ts.',
    images: {},
  };
}

async function main(argv) {
  const opts = { check: false, keep: undefined, add: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') opts.check = true;
    else if (argv[i] === '--keep') opts.keep = resolve(argv[++i]);
    else if (argv[i] === '--add') opts.add.push(resolve(argv[++i]));
    else throw new Error(`unknown option ${argv[i]}`);
  }
  let list;
  if (opts.add.length) {
    list = JSON.parse(readFileSync(OUTPUT, 'utf8'));
    for (const file of opts.add) {
      const run = JSON.parse(readFileSync(file, 'utf8'));
      addRun(list, run, `${run.image} (added from ${file})`);
    }
  } else {
    list = { generated: header(), globals: {} };
    const root = opts.keep ?? mkdtempSync(join(tmpdir(), 'modelgate-allowlist-'));
    try {
      for (const [label, image] of Object.entries(IMAGES)) {
        const started = Date.now();
        const run = generateIn(label, image, join(root, label));
        addRun(list, run, image);
        console.error(
          `${label}: ${run.files.length} files, ${Object.keys(run.globals).length} globals, ` +
            `${run.failures.length} objects skipped, ${((Date.now() - started) / 1000).toFixed(1)}s`,
        );
      }
    } finally {
      if (!opts.keep) rmSync(root, { recursive: true, force: true });
    }
  }
  const outputs = [[OUTPUT, await render(list)]];
  if (!opts.add.length) outputs.push([IMPORTABLE, await renderImportable()]);
  for (const [file, text] of outputs) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // first run
    }
    if (opts.check) {
      if (text !== current) {
        console.error(`${file} is out of date: run npm run allowlist and review the diff`);
        process.exitCode = 1;
      }
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.error(`${file}${text === current ? ' (unchanged)' : ' written'}`);
  }
  console.error(`${Object.keys(list.globals).length} globals`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main(process.argv.slice(2));
}
