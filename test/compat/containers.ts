import { execFileSync } from 'node:child_process';
import { describe, expect } from 'vitest';
import { runCli } from '../helpers/cli.js';

export const BOOKWORM = 'localhost/modelgate-bookworm:latest';
export const TRIXIE = 'localhost/modelgate-trixie:latest';

/** Why the container tests cannot run here, or undefined when podman and the images are ready. */
function unavailable(images: readonly string[]): string | undefined {
  try {
    execFileSync('podman', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'podman is not installed';
  }
  for (const image of images) {
    try {
      execFileSync('podman', ['image', 'exists', image], { stdio: 'ignore' });
    } catch {
      return `the image ${image} is missing (bash .ci/setup-containers.sh builds it)`;
    }
  }
  return undefined;
}

/**
 * A describe block for tests that need real containers. Without podman or the test images it
 * is skipped with the reason in its name on a developer machine, but in CI (CI=true) it fails:
 * a green run must mean the containers were tested.
 */
export function describeContainers(
  name: string,
  images: readonly string[],
  body: () => void,
): void {
  const why = unavailable(images);
  if (why === undefined) describe(name, body);
  else if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`${name} needs podman and its test images in CI: ${why}`);
    });
  } else describe.skip(`${name} (skipped: ${why})`, body);
}

/** Names of the containers (running or stopped) whose name starts with `prefix`. */
export function containersNamed(prefix: string): string[] {
  const out = execFileSync('podman', ['ps', '--all', '--format', '{{.Names}}'], {
    encoding: 'utf8',
  });
  return out.split('\n').filter((n) => n.startsWith(prefix));
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
 * Runs `modelgate test --json` on `manifest` (a glob runs several models in one go), checks
 * that it ended with `exitCode` and no internal error, and returns the parsed report.
 */
export async function runTestJson(
  manifest: string,
  exitCode: number,
): Promise<{ verdict: string; models: ModelJson[] }> {
  const r = await runCli(['test', '--manifest', manifest, '--json'], { timeoutMs: 180_000 });
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.code, r.stderr).toBe(exitCode);
  return JSON.parse(r.stdout) as { verdict: string; models: ModelJson[] };
}
