// Three measurements of the registry, each against a baseline measured in the same run:
//   1. `promote` of a 1 GB model over `promote` of a 1 MB model (target < 1.2×): a stage is a
//      pointer, so promotion must not touch the artifact's bytes;
//   2. the bytes a second publish of the same artifacts (a new version) uploads (target 0);
//   3. `status` of a model with 10,000 events over one with 10 (target < 2×): status reads the
//      snapshot and catches up only from its revision.
import { mkdir, mkdtemp, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext, Invocation, OptionValue } from '../src/commands/command.js';
import { makePromoteCommand } from '../src/commands/promote.js';
import { makePublishCommand } from '../src/commands/publish.js';
import { makeStatusCommand } from '../src/commands/status.js';
import { emptyState, type EventChange } from '../src/registry/model.js';
import { encode, makeSnapshot, sealEvent } from '../src/registry/records.js';
import { keys } from '../src/registry/registry.js';

const quiet = { info() {}, warn() {}, progress() {} };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function line(name: string, value: string, target: string, ok: boolean, detail: string): void {
  console.log(`${name}: ${value} (${detail}; target ${target}) ${ok ? 'ok' : 'MISSED'}`);
}

function inv(options: Record<string, OptionValue>): Invocation {
  return {
    options: { registry: 'file://.modelgate/registry', manifest: 'modelgate.yaml', ...options },
    positionals: [],
  };
}

async function modelRepo(dir: string, name: string, version: string, size: number): Promise<void> {
  await mkdir(join(dir, 'model'), { recursive: true });
  await mkdir(join(dir, '.git'), { recursive: true });
  const fh = await open(join(dir, 'model/model.bin'), 'a');
  // Sparse: the bytes cost nothing to create, and every reader still has to read them all.
  await fh.truncate(size);
  await fh.close();
  await setVersion(dir, name, version);
}

async function setVersion(dir: string, name: string, version: string): Promise<void> {
  await writeFile(
    join(dir, 'modelgate.yaml'),
    `apiVersion: modelgate/v1\nmodel:\n  name: ${name}\n  version: ${version}\n  framework: custom\n  artifacts:\n    - path: model/model.bin\n`,
  );
}

async function bytesIn(dir: string): Promise<number> {
  let total = 0;
  for (const f of await readdir(dir).catch(() => [] as string[]))
    total += (await stat(join(dir, f))).size;
  return total;
}

/** Prints the ratio of the medians of two timings against its target, and returns it. */
function compare(name: string, measured: number[], baseline: number[], target: number): number {
  const [m, b] = [median(measured), median(baseline)];
  const ratio = m / b;
  const detail = `${m.toFixed(2)} ms vs ${b.toFixed(2)} ms, median of ${measured.length}`;
  line(name, `${ratio.toFixed(2)}×`, `< ${target}×`, ratio < target, detail);
  return ratio;
}

const work = await mkdtemp(join(tmpdir(), 'modelgate-bench-registry-'));
try {
  const repo = join(work, 'repo');
  const ctx: CommandContext = { cwd: repo, log: quiet };
  const publish = makePublishCommand();
  const promote = makePromoteCommand();
  const dirs = { big: join(repo, 'big'), small: join(repo, 'small') };
  await modelRepo(dirs.big, 'big', '1.0.0', 1024 * 1024 * 1024);
  await modelRepo(dirs.small, 'small', '1.0.0', 1024 * 1024);
  const registryDir = join(repo, '.modelgate/registry');
  const blobs = join(registryDir, 'blobs/sha256');

  // Two versions of each model with the same artifacts; the second publish is measured.
  for (const [name, dir] of Object.entries(dirs)) {
    const m = { manifest: join(dir, 'modelgate.yaml') };
    if ((await publish.run(inv(m), ctx)).exitCode !== 0) throw new Error(`publish ${name} failed`);
  }
  const before = await bytesIn(blobs);
  let reported = 0;
  for (const [name, dir] of Object.entries(dirs)) {
    await setVersion(dir, name, '1.0.1');
    const out = await publish.run(inv({ manifest: join(dir, 'modelgate.yaml') }), ctx);
    if (out.exitCode !== 0) throw new Error(`second publish of ${name} failed`);
    reported += (out.json.models as { uploadedBytes: number }[])[0]!.uploadedBytes;
  }
  const uploaded = (await bytesIn(blobs)) - before;
  line(
    'second publish of the same artifacts',
    `${uploaded} bytes`,
    '0',
    uploaded === 0 && reported === 0,
    `blob store grew by ${uploaded} B, publish reported ${reported} B`,
  );

  // Staging alternates between the two versions, so every promotion is a real transition.
  const times: Record<string, number[]> = { big: [], small: [] };
  for (let i = 0; i < 21; i++) {
    for (const [name, dir] of Object.entries(dirs)) {
      const t0 = performance.now();
      const out = await promote.run(
        inv({
          manifest: join(dir, 'modelgate.yaml'),
          to: 'staging',
          version: i % 2 ? '1.0.1' : '1.0.0',
        }),
        ctx,
      );
      times[name]!.push(performance.now() - t0);
      if (out.exitCode !== 0) throw new Error(`promote ${name} failed: ${out.text}`);
    }
  }
  const promoteRatio = compare('promote 1 GB / promote 1 MB', times.big!, times.small!, 1.2);

  // Logs written directly (the fsyncs of 10,000 real transitions would only slow the setup);
  // the snapshot is left 3 events behind, as after writers that died before refreshing it.
  for (const [name, count] of [
    ['long', 10_000],
    ['short', 10],
  ] as const) {
    const eventsDir = join(registryDir, keys.eventsDir(name));
    await mkdir(eventsDir, { recursive: true });
    let state = emptyState(name);
    let head: Uint8Array | undefined;
    for (let r = 1; r <= count; r++) {
      const change: EventChange =
        r % 2
          ? { type: 'publish', record: '0'.repeat(64), version: `1.0.${r}` }
          : { type: 'promote', stage: 'staging', version: `1.0.${r - 1}` };
      const sealed = sealEvent(state, head, {
        nonce: `bench-${r}`,
        at: new Date().toISOString(),
        actor: 'bench',
        forced: false,
        gates: [],
        change,
      });
      await writeFile(join(registryDir, keys.event(name, r)), sealed.bytes);
      state = sealed.after;
      head = sealed.bytes;
      if (r === count - 3)
        await writeFile(join(registryDir, keys.stages(name)), encode(makeSnapshot(state, head)));
    }
  }
  const status = makeStatusCommand();
  const st: Record<string, number[]> = { long: [], short: [] };
  for (let i = 0; i < 101; i++) {
    for (const name of ['long', 'short']) {
      const t0 = performance.now();
      const out = await status.run(inv({ model: name }), ctx);
      st[name]!.push(performance.now() - t0);
      if (out.exitCode !== 0) throw new Error(`status ${name} failed`);
    }
  }
  const statusRatio = compare('status 10,000 events / status 10 events', st.long!, st.short!, 2);
  process.exitCode = uploaded === 0 && promoteRatio < 1.2 && statusRatio < 2 ? 0 : 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
