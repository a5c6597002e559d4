// Runs every bench/*.bench.ts (or those named on the command line) one after the other.
// Each is bundled with esbuild first so that it measures the same code the action ships.
// A benchmark prints its own lines: "name: value (target …) ok|MISSED".
import { build } from 'esbuild';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const here = resolve(import.meta.dirname);
const wanted = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
// Inside the repository, so that the bundles' external packages resolve from node_modules.
const cache = resolve(here, '../node_modules/.cache');
await mkdir(cache, { recursive: true });
const out = await mkdtemp(join(cache, 'modelgate-bench-'));
let failed = 0;
try {
  for (const f of files) {
    const outfile = join(out, f.replace(/\.ts$/, '.mjs'));
    await build({
      entryPoints: [join(here, f)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    });
    console.log(`\n# ${f}`);
    const r = spawnSync(process.execPath, ['--expose-gc', outfile], {
      stdio: 'inherit',
      cwd: resolve(here, '..'),
    });
    if (r.status !== 0) failed++;
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
