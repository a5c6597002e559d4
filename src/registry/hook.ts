import { spawn } from 'node:child_process';

export interface HookResult {
  exitCode: number | null;
  /** The last lines the hook printed (stdout and stderr interleaved), for the report. */
  tail: string;
}

const TAIL_LINES = 20;

/** How long output may still arrive once the hook's shell has exited. */
const DRAIN_MS = 1000;

/**
 * The environment without hand-off variables of its own: one this transition does not set (a
 * platform it hands nothing to) must not reach the hook with a value from elsewhere, say the
 * file of another run. The user's other MODELGATE_* variables pass.
 */
function inherited(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([k]) => !/^MODELGATE_(KSERVE|SAGEMAKER|VERTEX|AZURE)_/.test(k)),
  );
}

/**
 * Runs the manifest's `deploy.hook` (a shell command, run from the manifest's folder) with
 * the transition in MODELGATE_* variables. The caller passes the environment to inherit,
 * since the registry never reads the process's own.
 */
export function runDeployHook(
  hook: string,
  opts: { cwd: string; env: NodeJS.ProcessEnv; vars: Record<string, string>; timeoutMs?: number },
): Promise<HookResult> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', hook], {
      cwd: opts.cwd,
      env: { ...inherited(opts.env), ...opts.vars },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const keep = (d: Buffer) => {
      out = (out + d.toString('utf8')).slice(-16 * 1024);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 15 * 60 * 1000);
    const done = (exitCode: number | null, extra = '') => {
      clearTimeout(timer);
      resolve({
        exitCode,
        tail: (out + extra).trimEnd().split('\n').slice(-TAIL_LINES).join('\n'),
      });
    };
    child.on('error', (err) => done(null, `\n${err.message}`));
    child.on('close', (code, signal) => done(code, signal ? `\nkilled by ${signal}` : ''));
    // 'close' waits for every holder of the pipes: a process the hook leaves running in the
    // background (a daemon it starts, or what the timeout's kill of the shell left behind)
    // would keep the command waiting as long as it runs. Once the shell is gone, read what
    // is left, then stop listening.
    child.on('exit', () => {
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, DRAIN_MS).unref();
    });
  });
}
