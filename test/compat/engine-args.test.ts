import { describe, expect, it } from 'vitest';
import { currentRunId, runIdFromEnv } from '../../src/compat/cancel.js';
import { runArgs, type RunSpec } from '../../src/compat/engine.js';

const spec: RunSpec = {
  image: 'localhost/img:1',
  command: ['/usr/bin/python3', '/modelgate/harness/harness.py', 'a', 'b'],
  mounts: [
    { host: '/h/model.pkl', container: '/modelgate/artifacts/0/model.pkl', readOnly: true },
    { host: '/h/out', container: '/modelgate/out', readOnly: false },
  ],
  env: { OMP_NUM_THREADS: '2' },
  limits: { cpus: 1.5, memoryMb: 512, pids: 256 },
  timeoutMs: 1000,
  purpose: 'test',
  label: 'modelgate-t',
};

/** The value following a flag, e.g. `--network` → `none`. */
function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
}

describe('the flags of a test container', () => {
  const args = runArgs(spec, 'modelgate-t-1');

  it('confines it: no network, limits, no new privileges, no capabilities, read-only root, removed on exit', () => {
    expect(flag(args, '--network')).toBe('none');
    expect(flag(args, '--cpus')).toBe('1.5');
    expect(flag(args, '--memory')).toBe('512m');
    expect(flag(args, '--memory-swap')).toBe('512m');
    expect(flag(args, '--pids-limit')).toBe('256');
    expect(flag(args, '--security-opt')).toBe('no-new-privileges');
    expect(flag(args, '--cap-drop')).toBe('ALL');
    expect(args).toContain('--read-only');
    expect(args).toContain('--rm');
    expect(flag(args, '--name')).toBe('modelgate-t-1');
    // A pull needs the network and would eat into the timeout: the run never pulls.
    expect(flag(args, '--pull')).toBe('never');
  });

  it('gives both engines the same scratch space: /tmp and /var/tmp executable, /run not, each bounded', () => {
    expect(args.filter((a, i) => args[i - 1] === '--tmpfs')).toEqual([
      '/tmp:rw,exec,nosuid,nodev,size=256m,mode=1777',
      '/var/tmp:rw,exec,nosuid,nodev,size=64m,mode=1777',
      '/run:rw,noexec,nosuid,nodev,size=16m,mode=755',
    ]);
    expect(flag(args, '--shm-size')).toBe('64m');
  });

  it('labels it with the run and the process that started it, for cancellation and the post step', () => {
    const labels = args.filter((a, i) => args[i - 1] === '--label');
    expect(labels).toEqual([`modelgate.run=${currentRunId()}`, `modelgate.pid=${process.pid}`]);
    // Outside Actions the run is this process: a random id, the same for all its containers.
    expect(currentRunId()).toMatch(
      runIdFromEnv(process.env) ? /^github\// : /^local\/[0-9a-f]{16}$/,
    );
    // One run label per process: every container of the run carries the same one.
    expect(runArgs(spec, 'modelgate-t-2').filter((a, i, all) => all[i - 1] === '--label')).toEqual(
      labels,
    );
  });

  it('mounts artifacts read-only and only the output folder writable', () => {
    expect(args.filter((a, i) => args[i - 1] === '--volume')).toEqual([
      '/h/model.pkl:/modelgate/artifacts/0/model.pkl:ro',
      '/h/out:/modelgate/out:rw',
    ]);
  });

  it('replaces the image entrypoint with the command, after the image name', () => {
    expect(flag(args, '--entrypoint')).toBe('/usr/bin/python3');
    expect(args.slice(args.indexOf('--') + 1)).toEqual([
      'localhost/img:1',
      '/modelgate/harness/harness.py',
      'a',
      'b',
    ]);
  });

  it('gives a setup container the network and keeps it for the commit', () => {
    const setup = runArgs({ ...spec, purpose: 'setup' }, 'modelgate-setup-1');
    expect(setup).not.toContain('--network');
    expect(setup).not.toContain('--rm');
    expect(flag(setup, '--memory')).toBe('512m');
    // Its root is writable (it installs packages), so what it writes to /tmp is its own.
    expect(setup).not.toContain('--tmpfs');
    expect(setup.filter((a, i) => setup[i - 1] === '--label')).toContain(
      `modelgate.pid=${process.pid}`,
    );
  });
});
