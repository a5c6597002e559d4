import { describe, expect, it } from 'vitest';
import { decideExperiment } from '../../src/analysis/experiment.js';
import { renderExperimentMarkdown, renderExperimentText } from '../../src/report/analysis.js';
import { prop as arm, spec } from '../analysis/experiment-inputs.js';

describe('the experiment in the job summary', () => {
  it('a decision shows both arms, the difference with its interval, and the winner', () => {
    const md = renderExperimentMarkdown(
      decideExperiment(spec(), 'shop', arm('1.2.0', 48, 80), arm('1.3.0', 56, 70)),
    );
    expect(md).toMatch(/^## .* experiment on `shop`: 1\.3\.0 wins\n/);
    expect(md).toContain('Metric `conversion` (higher is better), two-proportion z.');
    expect(md).toContain('| A (production) | 1.2.0 | 60 % | 80 |');
    expect(md).toContain('| B (canary) | 1.3.0 | 80 % | 70 |');
    expect(md).toMatch(/B − A = 20 %, 95 % confidence interval 5\.2\d* % to 33\.3\d* %, p = /);
  });

  it('too little data shows the arms read so far and why there is no test, with no figures', () => {
    const r = decideExperiment(spec(), 'shop', arm('1.2.0', 2, 100), arm('1.3.0', 4, 100));
    const md = renderExperimentMarkdown(r);
    expect(md).toMatch(/^## .* experiment on `shop`: no winner yet\n/);
    expect(md).toContain('Metric `conversion` (higher is better).');
    expect(md).toContain('| A (production) | 1.2.0 | 2 % | 100 |');
    expect(md).not.toContain('B − A =');
    expect(md).toContain('not enough data to test yet: arm A has 2 successes in 100 trials');
    expect(renderExperimentText(r).split('\n')[0]).toBe(
      'experiment on shop (conversion, higher is better): inconclusive',
    );
  });
});
