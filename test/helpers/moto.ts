import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { execFile, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { describeContainers } from '../compat/containers.js';
import { BUCKET } from '../registry/helpers.js';

const run = promisify(execFile);

/** moto's S3 server (Debian trixie python3-moto), built by `.ci/setup-containers.sh`. */
export const MOTO_IMAGE = 'localhost/modelgate-moto:latest';

/**
 * The environment the CLI needs to talk to moto: it wants signed requests, but takes any key.
 * Spread it into the `env` of `runCli`, with `--s3-endpoint` naming the endpoint.
 */
export const MOTO_ENV = {
  AWS_ACCESS_KEY_ID: 'moto',
  AWS_SECRET_ACCESS_KEY: 'moto',
  AWS_REGION: 'us-east-1',
};

/** How long moto waits for its first answer: podman on a busy 2-core machine is slow to start. */
const READY_MS = 60_000;

/**
 * A container outlives a test run killed outright (no `afterAll`, no exit handler): `timeout`
 * ends it after this long, and `--rm` removes it then.
 */
const LIFETIME_S = 3600;

/** Containers this process started and has not removed yet, removed on exit at the latest. */
const live = new Set<string>();
function removeLive(): void {
  for (const name of live) {
    try {
      execFileSync('podman', ['rm', '--force', '--time', '0', name], { stdio: 'ignore' });
    } catch {
      // Already gone.
    }
  }
  live.clear();
}
process.on('exit', removeLive);
// Ctrl-C or a runner stopping the worker ends the process without 'exit': remove the
// containers, then die of the signal as the process would have.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    removeLive();
    process.kill(process.pid, signal);
  });
}

export interface Moto {
  /** `http://127.0.0.1:PORT`: pass it as `--s3-endpoint`. */
  endpoint: string;
  /** A client of moto, or of a proxy in front of it (`endpoint`), signed with `MOTO_ENV`'s key. */
  client(endpoint?: string): S3Client;
  /** Removes the container (and everything moto kept, all in memory). Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * A describe block for tests that need moto: skipped with the reason locally when podman or
 * the image is missing, failing in CI (CI=true), as `describeContainers` decides.
 */
export function describeMoto(name: string, body: () => void): void {
  describeContainers(name, [MOTO_IMAGE], body);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function removeContainer(name: string): Promise<void> {
  await run('podman', ['rm', '--force', '--time', '0', name]).catch(() => undefined);
  live.delete(name);
}

async function running(name: string): Promise<boolean> {
  try {
    const { stdout } = await run('podman', [
      'container',
      'inspect',
      '--format',
      '{{.State.Running}}',
      name,
    ]);
    return stdout.trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Waits until moto answers on `endpoint`. Resolves false when the container is gone first:
 * most often another process took the port between `freePort` and moto's bind.
 */
async function ready(endpoint: string, name: string): Promise<boolean> {
  const deadline = Date.now() + READY_MS;
  for (let i = 0; Date.now() < deadline; i++) {
    try {
      const r = await fetch(`${endpoint}/`, { signal: AbortSignal.timeout(5000) });
      await r.arrayBuffer();
      // Whoever answers must be moto, not a server that took the port before it.
      if (r.headers.has('x-amzn-requestid')) return running(name);
    } catch {
      // Not listening yet.
    }
    if (i % 10 === 9 && !(await running(name))) return false;
    await sleep(100);
  }
  throw new Error(
    `moto did not answer on ${endpoint} within ${READY_MS / 1000} s; try it by hand: ` +
      `podman run --rm --network host ${MOTO_IMAGE} moto_server -H 127.0.0.1 -p ${new URL(endpoint).port}`,
  );
}

/**
 * Starts moto's S3 server in a container on a free loopback port (host networking), waits
 * until it answers and creates the bucket `BUCKET`. moto honours `If-None-Match: *` on
 * PutObject and CompleteMultipartUpload (412), so the registry's probe accepts it. Call
 * `stop()` in `afterAll`; a process that exits without it still removes the container.
 */
export async function startMoto(): Promise<Moto> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const endpoint = `http://127.0.0.1:${port}`;
    const name = `modelgate-moto-${process.pid}-${port}`;
    live.add(name);
    await run('podman', [
      'run',
      '--detach',
      '--rm',
      '--name',
      name,
      '--network',
      'host',
      MOTO_IMAGE,
      'timeout',
      String(LIFETIME_S),
      'moto_server',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ]).catch(async (err: unknown) => {
      await removeContainer(name);
      throw err;
    });
    const stop = () => removeContainer(name);
    try {
      if (!(await ready(endpoint, name))) {
        await stop();
        if (attempt < 3) continue;
        throw new Error(
          `moto's container exited before answering on port ${port} (three ports tried); try it by hand: ` +
            `podman run --rm --network host ${MOTO_IMAGE} moto_server -H 127.0.0.1 -p ${port}`,
        );
      }
      const client = (via = endpoint) =>
        new S3Client({
          endpoint: via,
          forcePathStyle: true,
          region: MOTO_ENV.AWS_REGION,
          credentials: {
            accessKeyId: MOTO_ENV.AWS_ACCESS_KEY_ID,
            secretAccessKey: MOTO_ENV.AWS_SECRET_ACCESS_KEY,
          },
        });
      await client().send(new CreateBucketCommand({ Bucket: BUCKET }));
      return { endpoint, client, stop };
    } catch (err) {
      await stop();
      throw err;
    }
  }
}
