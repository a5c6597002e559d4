import { expect, it } from 'vitest';
import { BOOKWORM, describeContainers, runTestJson } from './containers.js';

/**
 * What probe.py must find in a test container, under docker and podman alike: the two engines
 * differ by default (docker's /tmp is noexec, its /run and /var/tmp read-only; podman's /run and
 * /var/tmp unbounded), so a model could pass under one and fail under the other.
 */
const EXPECTED = {
  places: {
    '/': { write: false, exec: false },
    '/etc': { write: false, exec: false },
    '/root': { write: false, exec: false },
    // A model that compiles or loads native code at run time writes it here, then runs it.
    '/tmp': { write: true, exec: true },
    '/var/tmp': { write: true, exec: true },
    '/run': { write: true, exec: false },
    '/dev/shm': { write: true, exec: false },
    '/modelgate/model': { write: false, exec: false },
    '/modelgate/out': { write: true, exec: true },
  },
  sizes_mb: { '/tmp': 256, '/var/tmp': 64, '/run': 16, '/dev/shm': 64 },
  nofile: [1024, 1024],
  nproc: [1024, 1024],
  uid: 0,
  home: '/tmp',
  capabilities: '0000000000000000',
  network: ['lo'],
};

describeContainers('one test container under either engine', [BOOKWORM], (engine) => {
  it('may write and execute in the same places, with the same sizes, limits and no capabilities or network', async () => {
    const out = await runTestJson(engine, 'test/fixtures/compat/parity/modelgate.yaml', 0);
    const target = out.models[0]!.targets[0]!;
    expect(target.verdict).toBe('pass');
    const probe = target.findings.find((f) => f.rule === 'compat-load-warning');
    const report: unknown = JSON.parse(
      probe!.message.replace(/^probe: loading raised Probe: /, ''),
    );
    expect(report).toEqual(EXPECTED);
  });
});
