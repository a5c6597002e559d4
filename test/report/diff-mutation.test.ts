// The boundaries of the production diff that a loosened check would open (npm run mutate -- diff):
// a breaking change shown as compatible, a changed artifact shown as unchanged, a size change
// that is not a number.
import { describe, expect, it } from 'vitest';
import type { TensorSpec } from '../../src/manifest/types.js';
import { describeTensor, diffArtifacts, diffSignature } from '../../src/report/diff.js';

const t = (name: string, shape: number[], dtype: TensorSpec['dtype'] = 'float32'): TensorSpec => ({
  name,
  dtype,
  shape,
});

/** [side, name, kind, breaking] of each change when `before` is replaced by `after`, both sides. */
function changes(side: 'inputs' | 'outputs', before: TensorSpec[], after: TensorSpec[]) {
  return diffSignature({ [side]: before }, { [side]: after }, '1.0.0').changes.map((c) => [
    c.side,
    c.name,
    c.kind,
    c.breaking,
  ]);
}

describe('diffSignature: an input shape', () => {
  it('widening a fixed dimension to any size ([1,4] → [-1,4]) is not breaking', () => {
    expect(changes('inputs', [t('x', [1, 4])], [t('x', [-1, 4])])).toEqual([
      ['input', 'x', 'shape', false],
    ]);
  });

  it('narrowing any size to a fixed one ([-1,4] → [1,4]) is breaking', () => {
    expect(changes('inputs', [t('x', [-1, 4])], [t('x', [1, 4])])).toEqual([
      ['input', 'x', 'shape', true],
    ]);
  });

  it('a fixed dimension changed to another fixed size ([2,4] → [3,4]) is breaking', () => {
    expect(changes('inputs', [t('x', [2, 4])], [t('x', [3, 4])])).toEqual([
      ['input', 'x', 'shape', true],
    ]);
    // The last dimension too, not only the first.
    expect(changes('inputs', [t('x', [2, 4])], [t('x', [2, 5])])).toEqual([
      ['input', 'x', 'shape', true],
    ]);
  });

  it('a change of rank is breaking, however permissive the dimensions', () => {
    expect(changes('inputs', [t('x', [-1])], [t('x', [-1, -1])])).toEqual([
      ['input', 'x', 'shape', true],
    ]);
    expect(changes('inputs', [t('x', [-1, -1])], [t('x', [-1])])).toEqual([
      ['input', 'x', 'shape', true],
    ]);
  });

  it('the same shape is no change at all', () => {
    expect(changes('inputs', [t('x', [2, 4])], [t('x', [2, 4])])).toEqual([]);
  });
});

describe('diffSignature: an output shape', () => {
  it('an output that widens from fixed to any size ([1,4] → [-1,4]) is breaking', () => {
    expect(changes('outputs', [t('y', [1, 4])], [t('y', [-1, 4])])).toEqual([
      ['output', 'y', 'shape', true],
    ]);
  });

  it('an output that narrows from any size to fixed ([-1,4] → [1,4]) is not breaking', () => {
    expect(changes('outputs', [t('y', [-1, 4])], [t('y', [1, 4])])).toEqual([
      ['output', 'y', 'shape', false],
    ]);
  });

  it('an output changed to another fixed size ([2,4] → [3,4]) is breaking', () => {
    expect(changes('outputs', [t('y', [2, 4])], [t('y', [3, 4])])).toEqual([
      ['output', 'y', 'shape', true],
    ]);
  });

  it('an output removed or of another dtype is breaking; a new one is not', () => {
    expect(changes('outputs', [t('y', [2])], [])).toEqual([['output', 'y', 'removed', true]]);
    expect(changes('outputs', [t('y', [2])], [t('y', [2], 'int64')])).toEqual([
      ['output', 'y', 'dtype', true],
    ]);
    expect(changes('outputs', [], [t('z', [2])])).toEqual([['output', 'z', 'added', false]]);
  });
});

describe('diffSignature: inputs', () => {
  it('a new input is breaking (callers do not send it), a removed one too', () => {
    expect(changes('inputs', [], [t('x', [2])])).toEqual([['input', 'x', 'added', true]]);
    expect(changes('inputs', [t('x', [2])], [])).toEqual([['input', 'x', 'removed', true]]);
  });

  it('reports what each change was and became', () => {
    const d = diffSignature(
      { inputs: [t('x', [2, 4]), t('gone', [1], 'string')] },
      { inputs: [t('x', [-1, 4], 'float32'), t('new', [3], 'int64')] },
      '2.0.0',
    );
    expect(d).toEqual({
      against: '2.0.0',
      changes: [
        {
          side: 'input',
          name: 'x',
          kind: 'shape',
          before: 'float32 [2, 4]',
          after: 'float32 [-1, 4]',
          breaking: false,
        },
        { side: 'input', name: 'gone', kind: 'removed', before: 'string [1]', breaking: true },
        { side: 'input', name: 'new', kind: 'added', after: 'int64 [3]', breaking: true },
      ],
    });
    expect(describeTensor(t('s', []))).toBe('float32 []');
  });

  it('compares a side only when both versions declare it', () => {
    expect(diffSignature({}, { inputs: [t('x', [1])] }, '1').changes).toEqual([]);
    expect(diffSignature({ outputs: [t('y', [1])] }, {}, '1').changes).toEqual([]);
    expect(diffSignature({ outputs: [t('y', [1])] }, { outputs: [] }, '1').changes).toHaveLength(1);
  });
});

describe('diffArtifacts', () => {
  const row = (path: string, size?: number, sha256?: string) => ({
    path,
    size,
    sha256,
    verdict: 'safe' as const,
  });

  it('two artifacts without digests are "changed", never "unchanged"', () => {
    const [r] = diffArtifacts([row('a.bin', 10)], [{ path: 'a.bin', size: 10 }]);
    expect(r).toMatchObject({ change: 'changed', sizeDelta: 0 });
  });

  it('a digest on one side only is "changed"', () => {
    expect(diffArtifacts([row('a.bin', 10, 'aa')], [{ path: 'a.bin', size: 10 }])[0]!.change).toBe(
      'changed',
    );
    expect(
      diffArtifacts([row('a.bin', 10)], [{ path: 'a.bin', size: 10, sha256: 'aa' }])[0]!.change,
    ).toBe('changed');
  });

  it('equal digests are "unchanged", different ones "changed"', () => {
    expect(
      diffArtifacts([row('a', 1, 'aa')], [{ path: 'a', size: 1, sha256: 'aa' }])[0]!.change,
    ).toBe('unchanged');
    expect(
      diffArtifacts([row('a', 1, 'aa')], [{ path: 'a', size: 1, sha256: 'bb' }])[0]!.change,
    ).toBe('changed');
  });

  it('a size missing on either side gives no size change, never NaN', () => {
    const rows = diffArtifacts(
      [row('a', undefined, 'x'), row('b', 5, 'y')],
      [{ path: 'a', size: 3, sha256: 'x0' }, { path: 'b', sha256: 'y0' }, { path: 'gone' }],
    );
    expect(rows.map((r) => [r.path, r.change, r.sizeDelta])).toEqual([
      ['a', 'changed', undefined],
      ['b', 'changed', undefined],
      ['gone', 'removed', undefined],
    ]);
    for (const r of rows) expect(Number.isNaN(r.sizeDelta)).toBe(false);
  });

  it('the size change is the new size less the old; a removed artifact keeps its record', () => {
    const rows = diffArtifacts(
      [row('a', 100, 'x')],
      [
        { path: 'a', size: 30, sha256: 'x0' },
        { path: 'old', size: 7, sha256: 'dd' },
      ],
    );
    expect(rows).toEqual([
      { path: 'a', size: 100, sha256: 'x', verdict: 'safe', change: 'changed', sizeDelta: 70 },
      { path: 'old', size: 7, sha256: 'dd', change: 'removed', sizeDelta: -7 },
    ]);
  });

  it('matches rows by the key production knows them by, defaulting to their path', () => {
    expect(diffArtifacts([row('a', 1, 'x')], [{ path: 'a', size: 1, sha256: 'x' }])).toEqual([
      { path: 'a', size: 1, sha256: 'x', verdict: 'safe', change: 'unchanged', sizeDelta: 0 },
    ]);
    expect(
      diffArtifacts([row('m/a', 1, 'x')], [{ path: 'a', size: 1, sha256: 'x' }]).map((r) => [
        r.path,
        r.change,
      ]),
    ).toEqual([
      ['m/a', 'added'],
      ['a', 'removed'],
    ]);
    expect(
      diffArtifacts([row('m/a', 1, 'x')], [{ path: 'a', size: 1, sha256: 'x' }], ['a']).map(
        (r) => r.change,
      ),
    ).toEqual(['unchanged']);
  });
});
