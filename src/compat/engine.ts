import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { InfraError } from '../errors.js';
import { attach, containerLabels, isCancelling, track, untrack, type Remover } from './cancel.js';

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

/**
 * The port the compatibility tests run containers through. One implementation drives the
 * docker and podman command lines, which take the same flags for everything used here.
 */
export interface ContainerEngine {
  readonly name: EngineName;
  imageExists(image: string): Promise<boolean>;
  /** Fetches an image that is not present locally; throws ImageUnavailableError when it cannot. */
  pull(image: string): Promise<void>;
  run(spec: RunSpec): Promise<RunResult>;
  /** Saves a stopped container as an image, then removes the container. */
  commit(container: string, image: string): Promise<void>;
  remove(container: string): Promise<void>;
}

/** The engine named, or on the machine's PATH, cannot run containers. */
export class EngineUnavailableError extends InfraError {}

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
  opts: { onSpawn?: (client: ChildProcess) => void; evenWhenCancelling?: boolean } = {},
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
      // A client killed by a signal ends as a shell reports it: 128 + the signal's number.
      exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
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

/** The flags that confine a test container. Exported so the benchmark runs exactly these. */
export function runArgs(spec: RunSpec, name: string): string[] {
  // Never pull implicitly: a pull needs the network and must not count against the timeout.
  const args = ['run', '--pull', 'never', '--name', name];
  // Whose container it is: what a signal handler and the action's post step remove.
  for (const label of containerLabels()) args.push('--label', label);
  // A setup installs packages (apt drops to its own user, which needs capabilities); the tests
  // only read the model, so they get none, no network and a read-only root.
  if (spec.purpose === 'test') {
    args.push('--rm', '--network', 'none', '--read-only', '--cap-drop', 'ALL');
    for (const mount of SCRATCH_MOUNTS) args.push('--tmpfs', mount);
  }
  args.push(
    '--shm-size',
    SHM_SIZE,
    '--cpus',
    String(spec.limits.cpus),
    '--memory',
    `${spec.limits.memoryMb}m`,
    // Equal to --memory: no swap, so a model too large for its target fails instead of crawling.
    '--memory-swap',
    `${spec.limits.memoryMb}m`,
    '--pids-limit',
    String(spec.limits.pids),
    '--security-opt',
    'no-new-privileges',
  );
  for (const m of spec.mounts) {
    args.push('--volume', `${m.host}:${m.container}:${m.readOnly ? 'ro' : 'rw'}`);
  }
  for (const [k, v] of Object.entries(spec.env ?? {})) args.push('--env', `${k}=${v}`);
  if (spec.workdir) args.push('--workdir', spec.workdir);
  // The command replaces the image's entrypoint too: a serving image's server must not start.
  const [program, ...rest] = spec.command;
  args.push('--entrypoint', program!, '--', spec.image, ...rest);
  return args;
}

export class CliEngine implements ContainerEngine, Remover {
  constructor(readonly name: EngineName) {}

  async imageExists(image: string): Promise<boolean> {
    return (
      (await tool(this.name, ['image', 'inspect', '--format', '{{.Id}}', image])).exitCode === 0
    );
  }

  async pull(image: string): Promise<void> {
    const r = await tool(this.name, ['pull', '--quiet', image]);
    if (r.exitCode !== 0) throw new ImageUnavailableError(image, this.name, lastLine(r.stderr));
  }

  async run(spec: RunSpec): Promise<RunResult> {
    const name = `${spec.label}-${randomBytes(6).toString('hex')}`;
    const started = performance.now();
    let timedOut = false;
    // Tracked from before its client starts until it is known to be gone: a signal in between
    // removes it (cancel.ts).
    track(name, this);
    const running = tool(this.name, runArgs(spec, name), {
      onSpawn: (client) => attach(name, client),
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

  async commit(container: string, image: string): Promise<void> {
    const r = await tool(this.name, ['commit', container, image]);
    await this.remove(container);
    if (r.exitCode !== 0)
      throw new InfraError(`${this.name} commit ${container} failed: ${lastLine(r.stderr)}`);
  }

  async remove(container: string): Promise<void> {
    await tool(this.name, this.rmArgs([container]));
    untrack(container);
  }

  /**
   * `rm --force` kills a running container: docker with SIGKILL at once, podman only after its
   * stop timeout (10 s of SIGTERM, which a PID 1 such as `sleep` ignores) unless given `--time 0`.
   */
  private rmArgs(names: readonly string[]): string[] {
    return ['rm', '--force', ...(this.name === 'podman' ? ['--time', '0'] : []), ...names];
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
