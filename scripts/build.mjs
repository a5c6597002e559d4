// Bundles the two entry points into dist/ so that the action and the CLI run with no
// node_modules, the way the GitHub runner runs them. The output must be byte-for-byte
// reproducible: a test rebuilds and compares it with the committed dist/.
import { build } from 'esbuild';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { resolve } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give ESM output a real one.
  banner: {
    js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);",
  },
};

// The manifest schema's validator is compiled here, not at every start: its module in src/ is
// bundled and run once, and the standalone code it generates is bundled in that module's place
// (see src/manifest/schema-validator.ts), so that ajv's compiler is not in the bundles at all.
const SCHEMA_VALIDATOR = resolve('src/manifest/schema-validator.ts');
async function schemaValidatorSource() {
  const generator = await build({
    ...common,
    banner: {},
    entryPoints: [SCHEMA_VALIDATOR],
    write: false,
  });
  const url = `data:text/javascript;base64,${Buffer.from(generator.outputFiles[0].contents).toString('base64')}`;
  return (await import(url)).manifestValidatorSource();
}
const precompiledSchema = (source) => ({
  name: 'precompiled-schema',
  setup(b) {
    b.onLoad({ filter: /schema-validator\.ts$/ }, (args) =>
      args.path === SCHEMA_VALIDATOR
        ? { contents: source, loader: 'js', resolveDir: resolve('src/manifest') }
        : undefined,
    );
  },
});

// Built beside the target and renamed into place, so that a reader never sees half a dist/.
const target = process.argv[2] ?? 'dist';
const out = `${target}.tmp-${process.pid}`;
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
// One build for both entry points, split into chunks: what only some commands need (the AWS
// SDK, octokit) is loaded on first use instead of parsed at every start. The hashbang is
// harmless in the chunks and the action's entry, and needed in the CLI's.
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', post: 'src/post.ts' },
  outdir: out,
  splitting: true,
  // Chunks sit beside the entry points, so that files found relative to the code (the
  // harness) are found from any chunk.
  chunkNames: '[name]-[hash]',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
  plugins: [precompiledSchema(await schemaValidatorSource())],
});
// Files read at run time, shipped beside the bundles.
await cp('schema/modelgate.schema.json', `${out}/modelgate.schema.json`);
await cp('src/compat/harness/harness.py', `${out}/harness/harness.py`);
// The bundles are ES modules wherever dist/ is copied: without this, Node finds no "type" above
// a copy (as in test/adapters/dist.test.ts) and parses each file twice to detect its syntax.
await writeFile(`${out}/package.json`, '{ "type": "module" }\n');
// The old dist/ is moved aside, not deleted first: deleting takes long enough for a test that
// runs dist/cli.js meanwhile to find nothing there.
const old = `${target}.old-${process.pid}`;
await rename(target, old).catch((err) => {
  if (err.code !== 'ENOENT') throw err;
});
await rename(out, target);
await rm(old, { recursive: true, force: true });
