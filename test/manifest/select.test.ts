import { isDynamicPattern } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { selectManifests } from '../../src/manifest/select.js';
import { REPO } from '../helpers/cli.js';

describe('selectManifests', () => {
  it('returns a plain path as is, without tinyglobby, as tinyglobby would', async () => {
    // selectManifests loads tinyglobby only for a pattern holding one of `*?[]{}()!+@\`: every
    // other string must be one tinyglobby calls plain, or the shortcut would change an answer.
    const plain = [...Array(0x7f - 0x20).keys()]
      .map((i) => String.fromCharCode(0x20 + i))
      .filter((c) => !'*?[]{}()!+@\\'.includes(c))
      .concat(['é', '…', '\t']);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const samples = plain.map((c) => `models/${c}/modelgate.yaml`);
    for (let i = 0; i < 2000; i++)
      samples.push(
        Array.from({ length: 1 + (next() % 12) }, () => plain[next() % plain.length]).join(''),
      );
    for (const s of samples) {
      expect(isDynamicPattern(s), s).toBe(false);
      expect(await selectManifests(s, '/nonexistent')).toEqual([s]);
    }
  });

  it('expands a glob and reports one that matches nothing', async () => {
    await expect(selectManifests('examples/*/modelgate.yaml', REPO)).resolves.toEqual([
      'examples/iris/modelgate.yaml',
    ]);
    await expect(selectManifests('nothing/*/here.yaml', REPO)).rejects.toThrow(/matches no file/);
  });
});
