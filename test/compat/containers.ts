import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { ENGINES, type EngineName } from '../../src/compat/engine.js';
import { runCli, type RunResult } from '../helpers/cli.js';

export const BOOKWORM = 'localhost/modelgate-bookworm:latest';
export const TRIXIE = 'localhost/modelgate-trixie:latest';

/** The socket of the daemon .ci/dockerd.sh starts: private, so no other process's choice changes. */
export const DOCKER_SOCKET = '/run/modelgate-docker.sock';

/**
 * Where the tests find docker: DOCKER_HOST when it is set (as docker itself does), otherwise the
 * private socket of .ci/dockerd.sh when it exists, otherwise docker's default.
 */
export const DOCKER_HOST =
  process.env.DOCKER_HOST ?? (existsSync(DOCKER_SOCKET) ? `unix://${DOCKER_SOCKET}` : undefined);

/** One engine the container tests run under: a parameter of each test, never a copy of it. */
export interface TestEngine {
  name: EngineName;
  /** The environment of the CLI and of the engine's own commands: DOCKER_HOST for docker. */
  env: NodeJS.ProcessEnv;
  /** `modelgate ARGS --engine NAME` with this engine's environment. */
  cli(args: string[], opts?: { timeoutMs?: number; env?: NodeJS.ProcessEnv }): Promise<RunResult>;
  /** Runs the engine's own CLI (`docker ARGS`) and returns its stdout; throws when it fails. */
  tool(args: string[]): string;
}

export function testEngine(name: EngineName): TestEngine {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GITHUB_ACTIONS: '',
    ...(name === 'docker' && DOCKER_HOST ? { DOCKER_HOST } : {}),
  };
  return {
    name,
    env,
    cli: (args, opts = {}) =>
      runCli([...args, '--engine', name], { ...opts, env: { ...env, ...opts.env } }),
    tool: (args) =>
      execFileSync(name, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  };
}

/** Why the container tests cannot run under `engine` here, or undefined when they can. */
function unavailable(engine: TestEngine, images: readonly string[]): string | undefined {
  try {
    // docker's server version needs the daemon, not only the client.
    engine.tool(
      engine.name === 'docker' ? ['version', '--format', '{{.Server.Version}}'] : ['--version'],
    );
  } catch (e) {
    const err = e as { code?: string; stderr?: string };
    if (err.code === 'ENOENT') return `${engine.name} is not installed`;
    const why = (err.stderr ?? '').trim().split('\n').pop();
    return `${engine.name} does not answer (${why}); bash .ci/setup-containers.sh starts it`;
  }
  for (const image of images) {
    try {
      engine.tool(['image', 'inspect', '--format', '{{.Id}}', image]);
    } catch {
      return `the image ${image} is missing in ${engine.name} (bash .ci/setup-containers.sh builds it)`;
    }
  }
  return undefined;
}

/**
 * A describe block for tests that need real containers, once per engine (docker and podman,
 * or `opts.engines`), the engine passed to `body`. Without the engine or the test images it is
 * skipped with the reason in its name on a developer machine, but in CI (CI=true) it fails: a
 * green run must mean the containers were tested, under both engines.
 */
export function describeContainers(
  name: string,
  images: readonly string[],
  body: (engine: TestEngine) => void,
  opts: { engines?: readonly EngineName[] } = {},
): void {
  for (const engineName of opts.engines ?? ENGINES) {
    const engine = testEngine(engineName);
    const title = `${name} [${engineName}]`;
    const why = unavailable(engine, images);
    if (why === undefined) describe(title, () => body(engine));
    else if (process.env.CI === 'true') {
      describe(title, () => {
        throw new Error(`${title} needs ${engineName} and its test images in CI: ${why}`);
      });
    } else describe.skip(`${title} (skipped: ${why})`, () => body(engine));
  }
}

/** Names of `engine`'s containers (running or stopped) whose name starts with `prefix`. */
export function containersNamed(engine: TestEngine, prefix: string): string[] {
  return engine
    .tool(['ps', '--all', '--format', '{{.Names}}'])
    .split('\n')
    .filter((n) => n.startsWith(prefix));
}

/** Names of `engine`'s containers (running or stopped) carrying the label `key=value`. */
export function containersLabelled(engine: TestEngine, label: string): string[] {
  return engine
    .tool(['ps', '--all', '--format', '{{.Names}}', '--filter', `label=${label}`])
    .split('\n')
    .filter(Boolean);
}

/**
 * Removes `engine`'s containers named, ignoring those already gone: what a test that failed
 * half-way cleans up. podman's --force waits 10 s of SIGTERM unless given --time 0.
 */
export function removeContainers(engine: TestEngine, names: readonly string[]): void {
  for (const name of names) {
    try {
      engine.tool(['rm', '--force', ...(engine.name === 'podman' ? ['--time', '0'] : []), name]);
    } catch {
      // Already gone, or being removed.
    }
  }
}

/** The parts of `test --json` these tests read. */
export interface TargetJson {
  target: string;
  verdict: string;
  runtime: { framework?: string };
  maxAbsError?: number;
  throughputRps?: number;
  findings: {
    severity: string;
    rule: string;
    message: string;
    location?: { file: string; line?: number };
  }[];
}

export interface ModelJson {
  model: string;
  verdict: string;
  targets: TargetJson[];
}

/**
 * Runs `modelgate test --json` on `manifest` (a glob runs several models in one go) under
 * `engine`, checks that it ended with `exitCode`, no internal error and the engine asked for,
 * and returns the parsed report.
 */
export async function runTestJson(
  engine: TestEngine,
  manifest: string,
  exitCode: number,
): Promise<{ verdict: string; models: ModelJson[] }> {
  const r = await engine.cli(['test', '--manifest', manifest, '--json'], { timeoutMs: 180_000 });
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.code, r.stderr).toBe(exitCode);
  const out = JSON.parse(r.stdout) as { verdict: string; engine: string; models: ModelJson[] };
  expect(out.engine).toBe(engine.name);
  return out;
}
