import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { InfraError } from '../errors.js';
import {
  attach,
  containerLabels,
  isCancelling,
  removeOnExit,
  track,
  untrack,
  type Remover,
} from './cancel.js';

export const ENGINES = ['docker', 'podman'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface Mount {
  host: string;
  container: string;
  readOnly: boolean;
}

/** Resource limits every test container gets; the same numbers the manifest's target declares. */
export interface Limits {
  cpus: number;
  memoryMb: number;
  pids: number;
}

export interface RunSpec {
  image: string;
  /** argv inside the container; no shell is involved unless the caller asks for one. */
  command: readonly string[];
  mounts: readonly Mount[];
  env?: Readonly<Record<string, string>>;
  workdir?: string;
  limits: Limits;
  /** Killed and removed when it fires. */
  timeoutMs: number;
  /**
   * Only a target's one-off `setup` gets a network; the container is then kept (not `--rm`)
   * so that it can be committed to an image.
   */
  purpose: 'test' | 'setup';
  /** Prefix of the container's name, to tell whose container it is in `podman ps`. */
  label: string;
}

export interface RunResult {
  /** The container's name: unique per run. */
  name: string;
  exitCode: number;
  timedOut: boolean;
  /** The image is not present locally; nothing ran. Runs never pull: see ImagePreparer. */
  imageMissing: boolean;
  /** The last bytes of each stream: a noisy harness must not fill the runner's memory. */
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** A server under test: started detached, reached over HTTP, always stopped by its caller. */
export interface ServerSpec {
  image: string;
  /** argv inside the container: the server's own command line. */
  command: readonly string[];
  mounts: readonly Mount[];
  env?: Readonly<Record<string, string>>;
  limits: Limits;
  /** The TCP port the server listens on inside its container. */
  port: number;
  /** Prefix of the container's name. */
  label: string;
}

export interface RunningServer {
  /** The server container's name. */
  name: string;
  /** `http://127.0.0.1:PORT`: where the host reaches the server (see startServer). */
  url: string;
  /** The last lines of the server's stdout and stderr, interleaved as the engine keeps them. */
  logs(tailLines?: number): Promise<string>;
  /** Whether the server's container is still running (a crashed server is not). */
  running(): Promise<boolean>;
  /** Removes the server and its relay; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * The port the compatibility tests run containers through. One implementation drives the
 * docker and podman command lines, which take the same flags for everything used here.
 */
export interface ContainerEngine {
  readonly name: EngineName;
  /** The local image's id (`sha256:…`), or undefined when it is not present. */
  imageId(image: string): Promise<string | undefined>;
  /** Fetches an image that is not present locally; throws ImageUnavailableError when it cannot. */
  pull(image: string): Promise<void>;
  run(spec: RunSpec): Promise<RunResult>;
  /** Saves a stopped container as an image, then removes the container. */
  commit(container: string, image: string): Promise<void>;
  remove(container: string): Promise<void>;
  /** Starts a server container with no network of its own; see CliEngine.startServer. */
  startServer(spec: ServerSpec): Promise<RunningServer>;
}

/** The engine named, or on the machine's PATH, cannot run containers. */
export class EngineUnavailableError extends InfraError {}

/** A server that exited as it started, before it could be reached; `log` is its output's end. */
export class ServerExitedError extends Error {
  constructor(
    readonly exitCode: number,
    readonly log: string,
  ) {
    super(`the server exited with code ${exitCode} as it started`);
  }
}

/** An image that is neither present nor pullable. */
export class ImageUnavailableError extends InfraError {
  constructor(
    readonly image: string,
    engine: EngineName,
    detail: string,
  ) {
    super(
      `image ${image} is not present and cannot be pulled: ${detail}`,
      `build or pull it first (\`${engine} pull ${image}\`), or fix \`image:\` of the target in the manifest`,
    );
  }
}

/** Enough of a stream to explain a failure; the head of a long traceback rarely matters. */
const KEEP_BYTES = 64 * 1024;

/** How long the engine's client may take to return once its container was killed. */
const KILL_GRACE_MS = 10_000;

/** How long removeAll keeps removing containers that are still listed. */
const REMOVE_WITHIN_MS = 4_000;
const REMOVE_POLL_MS = 200;

/** Exit code of docker and podman run when the engine itself failed, before the command ran. */
const EXIT_ENGINE_ERROR = 125;
/** How podman and docker say that `--pull never` found no image. */
const MISSING_IMAGE = /image not known|No such image|Unable to find image/i;

/** Exit code docker and podman use when the container was killed by SIGKILL (e.g. out of memory). */
export const EXIT_KILLED = 137;

class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  push(b: Buffer): void {
    this.chunks.push(b);
    this.size += b.length;
    while (this.size - this.chunks[0]!.length >= KEEP_BYTES)
      this.size -= this.chunks.shift()!.length;
  }
  toString(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - KEEP_BYTES)).toString('utf8');
  }
}

interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * How long a question to the engine (inspect, ps, logs, kill, rm) may take, and a version probe:
 * a daemon that accepts connections and never answers would otherwise hang the command, and the
 * post step of every job on that runner. Runs, pulls and commits have their own bounds.
 */
const QUERY_DEADLINE_MS = 30_000;
const PROBE_DEADLINE_MS = 10_000;
/** What tool() answers for a client it killed at its deadline (as timeout(1) does). */
const EXIT_NO_ANSWER = 124;

/** How long a client that has exited may keep its output streams open (a stray stdio holder). */
const STDIO_GRACE_MS = 100;

/**
 * Runs the engine's CLI; a missing binary becomes EngineUnavailableError, never a stack trace.
 * The client runs in its own process group, so that Ctrl-C in a terminal reaches modelgate
 * alone, which removes the containers (cancel.ts) rather than the client forwarding the signal
 * into the container. `onSpawn` receives the client, for cancel.ts to kill. Once a signal came
 * only calls made `evenWhenCancelling` (the removal) run and answer; any other never settles,
 * and the process exits from the signal handler.
 */
function tool(
  bin: EngineName,
  args: readonly string[],
  opts: {
    onSpawn?: (client: ChildProcess) => void;
    evenWhenCancelling?: boolean;
    /**
     * Killed after this long, answering EXIT_NO_ANSWER: a wedged daemon must not hang us.
     * Default QUERY_DEADLINE_MS; Infinity for what has its own bound (an attached run, a pull).
     */
    deadlineMs?: number;
  } = {},
): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    // Only the removal of the containers runs once a signal came; everything else waits for
    // the exit (see isCancelling).
    if (isCancelling() && !opts.evenWhenCancelling) return;
    const out = new Tail();
    const err = new Tail();
    let exitCode: number | undefined;
    let settled = false;
    const finish = () => {
      if (settled || exitCode === undefined || (isCancelling() && !opts.evenWhenCancelling)) return;
      settled = true;
      resolve({ exitCode, stdout: out.toString(), stderr: err.toString() });
    };
    const child = spawn(bin, [...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let late = false;
    const deadlineMs = opts.deadlineMs ?? QUERY_DEADLINE_MS;
    const deadline = Number.isFinite(deadlineMs)
      ? setTimeout(() => {
          late = true;
          child.kill('SIGKILL');
        }, deadlineMs)
      : undefined;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      reject(
        new EngineUnavailableError(
          e.code === 'ENOENT'
            ? `${bin} is not installed (not on the PATH)`
            : `cannot run ${bin}: ${e.message}`,
          `install ${bin}, or choose the other engine with --engine ${bin === 'docker' ? 'podman' : 'docker'}`,
        ),
      );
    });
    child.on('exit', (code, signal) => {
      clearTimeout(deadline);
      if (late) {
        exitCode = EXIT_NO_ANSWER;
        err.push(Buffer.from(`\n${bin} ${args[0]} did not answer within ${deadlineMs / 1000} s\n`));
      }
      // A client killed by a signal ends as a shell reports it: 128 + the signal's number.
      else exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      setTimeout(finish, STDIO_GRACE_MS);
    });
    child.on('close', finish);
    opts.onSpawn?.(child);
  });
}

/** The line of a tool's output that says what went wrong: the last one. */
export function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).pop() ?? '(no output)';
}

/**
 * The writable places of a test container's read-only root, spelled out so that docker and
 * podman give the same ones: podman on its own adds unbounded /run and /var/tmp, docker neither,
 * and docker's `--tmpfs` is noexec unless told otherwise. /tmp and /var/tmp allow executing what
 * is written there (a model that compiles or loads native code at run time, as torch and numba
 * do, must not pass under one engine and fail under the other); /run holds only pid and lock
 * files. Their pages count against the container's memory limit as well.
 */
export const SCRATCH_MOUNTS = [
  '/tmp:rw,exec,nosuid,nodev,size=256m,mode=1777',
  '/var/tmp:rw,exec,nosuid,nodev,size=64m,mode=1777',
  '/run:rw,noexec,nosuid,nodev,size=16m,mode=755',
] as const;

/** Size of /dev/shm: docker's default (64 MiB); podman's is 64 000 KiB. */
const SHM_SIZE = '64m';

/** The flags every confined container gets: limits, no new privileges, mounts, environment. */
function limitArgs(limits: Limits): string[] {
  return [
    '--shm-size',
    SHM_SIZE,
    '--cpus',
    String(limits.cpus),
    '--memory',
    `${limits.memoryMb}m`,
    // Equal to --memory: no swap, so a model too large for its target fails instead of crawling.
    '--memory-swap',
    `${limits.memoryMb}m`,
    '--pids-limit',
    String(limits.pids),
    // Spelled out: a stock docker and a stock podman give different open-file limits (ours
    // agree only because .ci/ configures both daemons alike).
    '--ulimit',
    'nofile=1024:1024',
    '--ulimit',
    'nproc=1024:1024',
    '--security-opt',
    'no-new-privileges',
    // Stopped (and so removed by `rm --force`) with SIGKILL at once: see rmArgs.
    '--stop-timeout',
    '0',
  ];
}

function mountArgs(mounts: readonly Mount[], env: Readonly<Record<string, string>> = {}): string[] {
  const args: string[] = [];
  for (const m of mounts)
    args.push('--volume', `${m.host}:${m.container}:${m.readOnly ? 'ro' : 'rw'}`);
  for (const [k, v] of Object.entries(env)) args.push('--env', `${k}=${v}`);
  return args;
}

/** A test container's read-only root without capabilities, and its scratch tmpfs mounts. */
function confinedArgs(): string[] {
  const args = ['--read-only', '--cap-drop', 'ALL'];
  for (const mount of SCRATCH_MOUNTS) args.push('--tmpfs', mount);
  return args;
}

/** The flags that confine a test container. Exported so the benchmark runs exactly these. */
export function runArgs(spec: RunSpec, name: string): string[] {
  // Never pull implicitly: a pull needs the network and must not count against the timeout.
  const args = ['run', '--pull', 'never', '--name', name];
  // Whose container it is: what a signal handler and the action's post step remove.
  for (const label of containerLabels()) args.push('--label', label);
  // A setup installs packages (apt drops to its own user, which needs capabilities); the tests
  // only read the model, so they get none, no network and a read-only root.
  if (spec.purpose === 'test') args.push('--rm', '--network', 'none', ...confinedArgs());
  args.push(...limitArgs(spec.limits), ...mountArgs(spec.mounts, spec.env));
  if (spec.workdir) args.push('--workdir', spec.workdir);
  // The command replaces the image's entrypoint too: a serving image's server must not start.
  const [program, ...rest] = spec.command;
  args.push('--entrypoint', program!, '--', spec.image, ...rest);
  return args;
}

/**
 * How the host reaches a server that has no network: the server runs with `--network none`
 * (only its own loopback), and a relay container joins its network namespace
 * (`--network container:NAME`) and forwards each connection from a unix socket in a folder
 * mounted from the host to the server's port on that loopback. modelgate listens on
 * 127.0.0.1 and forwards to the socket, so that clients see a plain `http://127.0.0.1:PORT`.
 *
 * Why not an `--internal` network and the container's address, on each engine (measured on
 * podman 4.3 with netavark and docker 20.10 with --iptables=false --bridge=none):
 * - podman: a port published from an --internal network does not reach the container, and
 *   the container's address does, but the server can then connect to every port the host
 *   listens on at the bridge's address (the network's gateway is the host itself).
 * - docker: an --internal network relies on iptables for its isolation; without it the
 *   container gets a default route through the bridge, reaches the host's own addresses and
 *   has its packets forwarded out of the host.
 * With `--network none` the server can reach nothing, whatever the firewall, on both engines;
 * the relay adds one local hop per connection (connections are kept alive, so not per request).
 *
 * The relay is the Node binary running modelgate, with the shared libraries it links (as `ldd`
 * lists them), started through their own dynamic loader: it runs in the server's image
 * whatever that image holds, and needs nothing from it.
 */
const RELAY_SCRIPT = `'use strict';
const net = require('node:net');
const fs = require('node:fs');
const [sock, port] = process.argv.slice(2);
const server = net.createServer((c) => {
  const u = net.connect(Number(port), '127.0.0.1');
  c.setNoDelay(true); u.setNoDelay(true);
  c.pipe(u); u.pipe(c);
  const end = () => { c.destroy(); u.destroy(); };
  c.on('error', end); u.on('error', end); c.on('close', end); u.on('close', end);
});
server.listen(sock, () => { fs.chmodSync(sock, 0o777); });
process.on('SIGTERM', () => process.exit(0));
`;

/** Where the relay's parts are inside its container. */
const RELAY_DIR = '/modelgate-relay';
const RELAY_SOCKET = `${RELAY_DIR}/sock/relay.sock`;
/** How long the relay may take to listen. */
const RELAY_READY_MS = 15_000;
/** The relay's own limits: a Node process forwarding bytes. */
const RELAY_LIMITS: Limits = { cpus: 1, memoryMb: 256, pids: 64 };

/** The Node binary's dynamic loader and libraries, as `ldd` resolves them on this host. */
async function nodeLibraries(): Promise<{ loader: string; libs: string[] }> {
  const { stdout } = await promisify(execFile)('ldd', [process.execPath]);
  let loader: string | undefined;
  const libs: string[] = [];
  for (const line of stdout.split('\n')) {
    const arrow = /=>\s*(\/\S+)/.exec(line);
    const bare = /^\s*(\/\S+)\s+\(/.exec(line);
    if (arrow) libs.push(arrow[1]!);
    else if (bare) loader = bare[1]!;
  }
  if (!loader)
    throw new InfraError(`cannot tell the dynamic loader of ${process.execPath} from ldd`);
  return { loader, libs };
}

/** Listens on 127.0.0.1 and forwards each connection to the relay's unix socket. */
function hostListener(socketPath: string): Promise<Server> {
  const sockets = new Set<Socket>();
  const server = createServer((c) => {
    const u = connect(socketPath);
    // Forwarded bytes go out at once: Nagle would hold a response's second write for an ACK.
    c.setNoDelay(true);
    sockets.add(c).add(u);
    c.pipe(u);
    u.pipe(c);
    const end = () => {
      c.destroy();
      u.destroy();
      sockets.delete(c);
      sockets.delete(u);
    };
    for (const s of [c, u]) s.on('error', end).on('close', end);
  });
  // Closing the listener also ends the connections still open (kept-alive ones never end).
  const close = server.close.bind(server);
  server.close = (cb) => {
    for (const s of sockets) s.destroy();
    return close(cb);
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export class CliEngine implements ContainerEngine, Remover {
  constructor(readonly name: EngineName) {}

  async imageId(image: string): Promise<string | undefined> {
    const r = await tool(this.name, ['image', 'inspect', '--format', '{{.Id}}', image]);
    return r.exitCode === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
  }

  async pull(image: string): Promise<void> {
    const r = await tool(this.name, ['pull', '--quiet', image], { deadlineMs: Infinity });
    if (r.exitCode !== 0) throw new ImageUnavailableError(image, this.name, lastLine(r.stderr));
  }

  async run(spec: RunSpec): Promise<RunResult> {
    const name = `${spec.label}-${randomBytes(6).toString('hex')}`;
    const started = performance.now();
    let timedOut = false;
    // Tracked from before its client starts until it is known to be gone: a signal in between
    // removes it (cancel.ts).
    track(name, this);
    // Bounded by the target's own timeout below, not by the query deadline.
    const running = tool(this.name, runArgs(spec, name), {
      onSpawn: (client) => attach(name, client),
      deadlineMs: Infinity,
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), spec.timeoutMs);
    });
    const first = await Promise.race([running, deadline]);
    clearTimeout(timer);
    let result: ToolResult;
    if (first === 'timeout') {
      timedOut = true;
      // Killing the container makes the attached `run` return; `rm -f` covers a container
      // that was still being created when the kill came.
      await tool(this.name, ['kill', name]);
      await this.remove(name);
      const stuck: ToolResult = {
        exitCode: EXIT_KILLED,
        stdout: '',
        stderr: `${this.name} run did not return after the kill`,
      };
      result = await Promise.race([running, sleep(KILL_GRACE_MS).then(() => stuck)]);
    } else {
      result = first;
    }
    // `run --rm` returns once the container is removed; a setup's is kept for commit().
    if (spec.purpose === 'test') untrack(name);
    const imageMissing = result.exitCode === EXIT_ENGINE_ERROR && MISSING_IMAGE.test(result.stderr);
    return { name, timedOut, imageMissing, durationMs: performance.now() - started, ...result };
  }

  /**
   * Starts `spec.command` detached in `spec.image` with no network (`--network none`), the
   * confinement of a test container (read-only root, no capabilities, no new privileges, the
   * scratch tmpfs mounts, the limits, the run's labels) and not `--rm`, so that its log is
   * there to read when it crashed; then the relay that makes it reachable at `url` (see
   * RELAY_SCRIPT). Both containers are tracked for cancellation from before their clients
   * start. The caller must `stop()` it, in a `finally`.
   */
  async startServer(spec: ServerSpec): Promise<RunningServer> {
    const name = `${spec.label}-${randomBytes(6).toString('hex')}`;
    const relayName = `${name}-relay`;
    const dir = await mkdtemp(join(tmpdir(), 'modelgate-relay-'));
    const dropExitHook = removeOnExit(dir);
    let listener: Server | undefined;
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) =>
        listener ? listener.close(() => resolve()) : resolve(),
      );
      // The relay first: podman will not remove a container whose network namespace another uses.
      await tool(this.name, this.rmArgs([relayName]), { evenWhenCancelling: true });
      await tool(this.name, this.rmArgs([name]), { evenWhenCancelling: true });
      untrack(relayName);
      untrack(name);
      await rm(dir, { recursive: true, force: true });
      dropExitHook();
    };
    try {
      const sockDir = join(dir, 'sock');
      await writeFile(join(dir, 'relay.cjs'), RELAY_SCRIPT);
      await promisify(execFile)('mkdir', ['-m', '0777', sockDir]);
      await chmod(dir, 0o755);
      const labels = containerLabels().flatMap((l) => ['--label', l]);
      const [program, ...rest] = spec.command;
      track(name, this);
      const started = await tool(
        this.name,
        [
          'run',
          '--detach',
          '--pull',
          'never',
          '--name',
          name,
          ...labels,
          '--network',
          'none',
          ...confinedArgs(),
          ...limitArgs(spec.limits),
          ...mountArgs(spec.mounts, spec.env),
          '--entrypoint',
          program!,
          '--',
          spec.image,
          ...rest,
        ],
        { onSpawn: (client) => attach(name, client) },
      );
      if (started.exitCode !== 0) {
        if (MISSING_IMAGE.test(started.stderr))
          throw new ImageUnavailableError(spec.image, this.name, lastLine(started.stderr));
        throw new InfraError(
          `${this.name} could not start the server in ${spec.image}: ${lastLine(started.stderr)}`,
        );
      }
      // podman starts a stopped container again when another joins its network namespace: a
      // server that exited at once would run twice. Its exit is the answer; no relay is started.
      await this.throwIfExited(name);
      const { loader, libs } = await nodeLibraries();
      const relayMounts: Mount[] = [
        { host: process.execPath, container: `${RELAY_DIR}/node`, readOnly: true },
        { host: join(dir, 'relay.cjs'), container: `${RELAY_DIR}/relay.cjs`, readOnly: true },
        { host: sockDir, container: `${RELAY_DIR}/sock`, readOnly: false },
        { host: loader, container: `${RELAY_DIR}/lib/${basename(loader)}`, readOnly: true },
        ...libs.map((l) => ({
          host: l,
          container: `${RELAY_DIR}/lib/${basename(l)}`,
          readOnly: true,
        })),
      ];
      track(relayName, this);
      const relay = await tool(
        this.name,
        [
          'run',
          '--detach',
          '--pull',
          'never',
          '--name',
          relayName,
          ...labels,
          '--network',
          `container:${name}`,
          '--read-only',
          '--cap-drop',
          'ALL',
          ...limitArgs(RELAY_LIMITS),
          ...mountArgs(relayMounts),
          '--entrypoint',
          `${RELAY_DIR}/lib/${basename(loader)}`,
          '--',
          spec.image,
          '--library-path',
          `${RELAY_DIR}/lib`,
          `${RELAY_DIR}/node`,
          `${RELAY_DIR}/relay.cjs`,
          RELAY_SOCKET,
          String(spec.port),
        ],
        { onSpawn: (client) => attach(relayName, client) },
      );
      if (relay.exitCode !== 0) {
        // The usual reason: the server exited in between, and its network namespace with it.
        await this.throwIfExited(name);
        throw new InfraError(
          `${this.name} could not start the relay to the server: ${lastLine(relay.stderr)}`,
        );
      }
      const socketPath = join(sockDir, 'relay.sock');
      const until = performance.now() + RELAY_READY_MS;
      for (;;) {
        const ok = await stat(socketPath).then(
          (st) => st.isSocket() && (st.mode & 0o777) === 0o777,
          () => false,
        );
        if (ok) break;
        if (performance.now() > until) {
          const why = await tool(this.name, ['logs', '--tail', '5', relayName]);
          throw new InfraError(
            `the relay to the server did not listen within ${RELAY_READY_MS / 1000} s: ${lastLine(why.stderr || why.stdout)}`,
          );
        }
        await sleep(50);
      }
      listener = await hostListener(socketPath);
      const { port } = listener.address() as { port: number };
      return {
        name,
        url: `http://127.0.0.1:${port}`,
        logs: async (tailLines = 50) => {
          const r = await tool(this.name, ['logs', '--tail', String(tailLines), name]);
          // The engine replays the container's stdout and stderr on its own two streams.
          return [r.stdout, r.stderr].filter((t) => t.trim()).join('\n');
        },
        running: async () => {
          const r = await tool(this.name, ['inspect', '--format', '{{.State.Running}}', name]);
          return r.exitCode === 0 && r.stdout.trim() === 'true';
        },
        stop,
      };
    } catch (e) {
      await stop();
      throw e;
    }
  }

  /** Throws ServerExitedError, with the end of its log, when the container is no longer running. */
  private async throwIfExited(name: string): Promise<void> {
    const state = await tool(this.name, [
      'inspect',
      '--format',
      '{{.State.Running}} {{.State.ExitCode}}',
      name,
    ]);
    const [running, code] = state.stdout.trim().split(' ');
    if (state.exitCode !== 0 || running !== 'false') return;
    const log = await tool(this.name, ['logs', '--tail', '50', name]);
    throw new ServerExitedError(
      Number(code),
      [log.stdout, log.stderr].filter((x) => x.trim()).join('\n'),
    );
  }

  async commit(container: string, image: string): Promise<void> {
    // Writing a large image takes as long as it takes.
    const r = await tool(this.name, ['commit', container, image], { deadlineMs: Infinity });
    await this.remove(container);
    if (r.exitCode !== 0)
      throw new InfraError(`${this.name} commit ${container} failed: ${lastLine(r.stderr)}`);
  }

  async remove(container: string): Promise<void> {
    await tool(this.name, this.rmArgs([container]));
    untrack(container);
  }

  /**
   * `rm --force` kills a running container: docker with SIGKILL at once, podman after the
   * container's stop timeout, which limitArgs sets to 0 (podman's default is 10 s of SIGTERM,
   * which a PID 1 such as `sleep` ignores; `rm --time` would say the same but podman 3, on
   * Ubuntu 22.04, does not know it).
   */
  private rmArgs(names: readonly string[]): string[] {
    return ['rm', '--force', ...names];
  }

  /** Names of the containers, running or not, that carry every one of `labels` (`key=value`). */
  async labelled(labels: readonly string[]): Promise<string[]> {
    const r = await tool(
      this.name,
      [
        'ps',
        '--all',
        '--format',
        '{{.Names}}',
        ...labels.flatMap((l) => ['--filter', `label=${l}`]),
      ],
      { evenWhenCancelling: true },
    );
    if (r.exitCode !== 0)
      throw new InfraError(`${this.name} ps failed: ${lastLine(r.stderr || r.stdout)}`);
    return r.stdout.split('\n').filter(Boolean);
  }

  /**
   * Removes the containers named, then any other carrying all of `labels` (one whose client was
   * still creating it), until none is listed or `withinMs` has passed: docker refuses to remove
   * a container whose `--rm` removal is under way, and lists it until that is done. Returns the
   * names removed; throws InfraError naming those still listed at the end.
   */
  async removeAll(
    names: readonly string[],
    labels: readonly string[],
    withinMs = REMOVE_WITHIN_MS,
  ): Promise<string[]> {
    const until = performance.now() + withinMs;
    const seen = new Set(names);
    let left = [...names];
    let why = '';
    for (;;) {
      if (left.length > 0) {
        const r = await tool(this.name, this.rmArgs(left), { evenWhenCancelling: true });
        why = r.exitCode === 0 ? '' : lastLine(r.stderr || r.stdout);
      }
      left = await this.labelled(labels);
      for (const n of left) seen.add(n);
      if (left.length === 0 || performance.now() > until) break;
      await sleep(REMOVE_POLL_MS);
    }
    for (const n of names) untrack(n);
    if (left.length > 0)
      throw new InfraError(
        `${this.name} could not remove ${left.join(', ')}: ${why || 'still listed'}`,
      );
    return [...seen];
  }
}

/** Why the engine cannot run containers now, or undefined when it can. Docker needs its daemon. */
export async function refusal(name: EngineName): Promise<string | undefined> {
  try {
    const r = await tool(
      name,
      name === 'docker' ? ['version', '--format', '{{.Server.Version}}'] : ['--version'],
      { deadlineMs: PROBE_DEADLINE_MS },
    );
    return r.exitCode === 0 ? undefined : `${name}: ${lastLine(r.stderr)}`;
  } catch (e) {
    if (e instanceof EngineUnavailableError) return e.message;
    throw e;
  }
}

/**
 * The engine asked for, or the first of docker and podman that answers. Docker comes first
 * because on hosted runners it is the one with a running daemon and a warm image cache. Both
 * are asked at once: each question is a process start, which a busy runner makes slow.
 */
export async function detectEngine(choice: EngineName | 'auto'): Promise<ContainerEngine> {
  const candidates = choice === 'auto' ? ENGINES : [choice];
  const reasons = await Promise.all(candidates.map(refusal));
  const i = reasons.findIndex((r) => r === undefined);
  if (i >= 0) return new CliEngine(candidates[i]!);
  throw new EngineUnavailableError(
    `no container engine to run the targets in (${reasons.join('; ')})`,
    choice === 'docker'
      ? 'start the docker daemon (DOCKER_HOST names its socket when it is not the default), or use --engine podman'
      : 'install podman (apt-get install podman runc) or docker, or choose one with --engine',
  );
}
