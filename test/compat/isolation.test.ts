import { expect, it } from 'vitest';
import { BOOKWORM, containersNamed, describeContainers, runTestJson } from './containers.js';

describeContainers('custom targets: timeout, no network, own result.json', [BOOKWORM], (engine) => {
  it('kills a hanging command at its timeout and leaves no container; a command that needs the network or too much memory fails', async () => {
    const out = await runTestJson(engine, 'test/fixtures/compat/custom/modelgate.yaml', 1);
    const targets = new Map(out.models[0]!.targets.map((t) => [t.target, t]));

    // The control: a custom command that writes a good result.json passes in the same run.
    expect(targets.get('answers')!.verdict).toBe('pass');

    const hangs = targets.get('hangs')!;
    expect(hangs.verdict).toBe('error');
    expect(hangs.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'compat-timeout',
        message: expect.stringMatching(/did not finish in 3 s .*killed and removed/),
      }),
    ]);

    const network = targets.get('needs-network')!;
    expect(network.verdict).toBe('error');
    expect(network.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'compat-no-result',
        message: expect.stringMatching(
          /wrote no result\.json: OSError: \[Errno 101\] Network is unreachable$/,
        ),
      }),
    ]);

    // An optional target reports its failure as a warning and does not fail the model.
    const hog = targets.get('eats-memory')!;
    expect(hog.verdict).toBe('error');
    expect(hog.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'compat-killed',
        message: expect.stringMatching(
          /killed \(exit 137\), most likely out of memory: memory_mb is 128 \(target not required\)$/,
        ),
      }),
    ]);

    for (const name of ['hangs', 'needs-network', 'answers', 'eats-memory'])
      expect(containersNamed(engine, `modelgate-${name}-`)).toEqual([]);
  });
});
