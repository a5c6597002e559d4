import { describe, expect, it } from 'vitest';
import { PickleWalker } from '../../src/artifacts/pickle.js';

// The argument rules and the proven uses of allowed objects: each pickle below uses only names on
// the allow-list, in a way no real file does, and must not pass.

function walk(text: string) {
  const w = new PickleWalker();
  w.write(Buffer.from(text, 'latin1'));
  return w.end();
}

/** Everything that is not safe, as `rule global-or-message`. */
function verdicts(text: string): string[] {
  const r = walk(text);
  return [
    ...r.globals.filter((g) => g.verdict !== 'safe').map((g) => `${g.rule} ${g.global}`),
    ...r.problems.map((p) => `${p.rule} ${p.global ?? p.message}`),
  ];
}

const ODICT = 'ccollections\nOrderedDict\n)R';

describe('proven uses', () => {
  it('refuses to call a class real files only instantiate (a Booster reading a model path)', () => {
    // xgboost.core.Booster(model_file=...) would read any file; real files NEWOBJ it.
    expect(verdicts("cxgboost.core\nBooster\n(NNS'/etc/passwd'\ntR.")).toEqual([
      expect.stringMatching(/^pickle-unproven-use xgboost.core.Booster/),
    ]);
    expect(verdicts('\x80\x02cxgboost.core\nBooster\n)\x81.')).toEqual([]);
  });

  it('refuses to call a function real files only reference', () => {
    expect(verdicts('cnumpy\nmean\n(cnumpy\nndarray\ntR.')).toEqual([
      expect.stringMatching(/^pickle-unproven-use numpy.mean/),
    ]);
    expect(verdicts('(cnumpy\nmean\nl.')).toEqual([]);
  });
});

describe('proven fills', () => {
  it('fills only what real files fill: their append, __setitem__ or add runs with the data', () => {
    expect(verdicts('ccollections\nOrderedDict\n)R(K\x01K\x02u.')).toEqual([]);
    expect(verdicts('ccollections\ndeque\n)R(K\x01K\x02e.')).toEqual([]);
    // DataFrame.__setitem__ calls a callable key with the frame (pandas' apply_if_callable).
    const frame = '\x80\x02cpandas.core.frame\nDataFrame\n)\x81cnumpy\nmean\nK\x01s.';
    expect(verdicts(frame).join()).toMatch(/pickle-unproven-use SETITEM calls methods of pandas/);
  });
});

describe('argument rules', () => {
  it('copyreg._reconstructor makes only allowed classes, from allowed bases', () => {
    const ok =
      'ccopyreg\n_reconstructor\n(csklearn.linear_model._logistic\nLogisticRegression\ncbuiltins\nobject\nNtR.';
    expect(verdicts(ok)).toEqual([]);
    const base =
      "ccopyreg\n_reconstructor\n(csklearn.linear_model._logistic\nLogisticRegression\ncsubprocess\nPopen\nS'id'\ntR.";
    expect(verdicts(base).join()).toMatch(/pickle-unsafe-global subprocess.Popen/);
    const literal = "ccopyreg\n_reconstructor\n(S'x'\ncbuiltins\nobject\nNtR.";
    expect(verdicts(literal).join()).toMatch(/pickle-rule-argument/);
  });

  it("copyreg._reconstructor's base is a built-in type: another allowed class's __init__ would run", () => {
    const dict =
      'ccopyreg\n_reconstructor\n(cscipy.sparse._dok\ndok_matrix\ncbuiltins\ndict\n(dtR.';
    expect(verdicts(dict)).toEqual([]);
    // dateutil's tzfile.__init__(obj, state) opens `state` as a path.
    const tz =
      "ccopyreg\n_reconstructor\n(cdateutil.tz.tz\ntzfile\ncdateutil.tz.tz\ntzfile\nS'/etc/shadow'\ntR.";
    expect(verdicts(tz).join()).toMatch(/pickle-rule-argument .*base class/);
  });

  it("sklearn's and pandas' constructor helpers build only their own library's classes", () => {
    const kd = 'csklearn.neighbors._kd_tree\nnewObj\n(csklearn.neighbors._kd_tree\nKDTree\ntR.';
    expect(verdicts(kd)).toEqual([]);
    const other = 'csklearn.neighbors._kd_tree\nnewObj\n(cdateutil.tz.tz\ntzfile\ntR.';
    expect(verdicts(other).join()).toMatch(/pickle-rule-argument .*outside sklearn/);
  });

  it('torch tensors carry no backward hooks', () => {
    const tensor = (hooks: string) =>
      `\x80\x02ctorch._utils\n_rebuild_tensor_v2\n(NK\x00))\x89${hooks}tR.`;
    expect(verdicts(tensor(ODICT))).toEqual([]);
    const hooked = `${ODICT}K\x01cnumpy\nmean\ns`;
    expect(verdicts(tensor(hooked)).join()).toMatch(/pickle-rule-argument .*backward hooks/);
  });

  it('a partial or a defaultdict keeps only an allowed callable', () => {
    expect(verdicts('cfunctools\npartial\n(csklearn.utils.validation\ncheck_array\ntR.')).toEqual(
      [],
    );
    expect(verdicts("cfunctools\npartial\n(S'x'\ntR.").join()).toMatch(/pickle-rule-argument/);
    // A function whose effect depends on its arguments, kept to be called later with others.
    const loader = 'cfunctools\npartial\n(ctorch.storage\n_load_from_bytes\ntR.';
    expect(verdicts(loader).join()).toMatch(/pickle-rule-argument .*call later/);
    // The state a BUILD gives a partial replaces its function: checked the same way.
    const swapped =
      'cfunctools\npartial\n(csklearn.utils.validation\ncheck_array\ntR(ctorch.storage\n_load_from_bytes\n)NNtb.';
    expect(verdicts(swapped).join()).toMatch(/BUILD gives functools.partial/);
    expect(verdicts('ccollections\ndefaultdict\n(cbuiltins\nlist\ntR.')).toEqual([]);
    expect(verdicts('ccollections\ndefaultdict\n)R.')).toEqual([]);
    expect(verdicts(`ccollections\ndefaultdict\n(${ODICT}tR.`).join()).toMatch(
      /pickle-rule-argument/,
    );
  });

  it("dateutil's tzfile is never given a path to open", () => {
    expect(verdicts("cdateutil.tz.tz\ntzfile\n(NS'/usr/share/zoneinfo/UTC'\ntR.")).toEqual([]);
    expect(verdicts("cdateutil.tz.tz\ntzfile\n(S'/etc/shadow'\ntR.").join()).toMatch(
      /pickle-rule-argument .*path to read/,
    );
  });

  it('numpy builds its random generators only from its own bit generators', () => {
    const ok =
      "cnumpy.random._pickle\n__generator_ctor\n(S'PCG64'\ncnumpy.random._pickle\n__bit_generator_ctor\ntR.";
    expect(verdicts(ok)).toEqual([]);
    const ctor = "cnumpy.random._pickle\n__generator_ctor\n(S'id'\ncnumpy\nmean\ntR.";
    expect(verdicts(ctor).join()).toMatch(/pickle-rule-argument .*constructor to call/);
    const name = "cnumpy.random._pickle\n__bit_generator_ctor\n(S'os'\ntR.";
    expect(verdicts(name).join()).toMatch(/pickle-rule-argument .*bit generator/);
  });

  it('getattr is the import of the attribute it names, judged as such', () => {
    const ok =
      "cbuiltins\ngetattr\n(ctorch.optim.lr_scheduler\nCyclicLR\nS'_triangular_scale_fn'\ntR.";
    expect(verdicts(ok)).toEqual([]);
    const bad = "cbuiltins\ngetattr\n(ctorch.optim.lr_scheduler\nCyclicLR\nS'__init__'\ntR.";
    expect(verdicts(bad).join()).toMatch(/CyclicLR.__init__/);
    const computed =
      'cbuiltins\ngetattr\n(ctorch.optim.lr_scheduler\nCyclicLR\ncbuiltins\nstr\n)RtR.';
    expect(verdicts(computed).join()).toMatch(/pickle-rule-argument .*cannot name/);
  });

  it('_codecs.encode spells bytes with latin1 only', () => {
    expect(verdicts("c_codecs\nencode\n(S'abc'\nS'latin1'\ntR.")).toEqual([]);
    expect(verdicts("c_codecs\nencode\n(S'abc'\nS'zlib_codec'\ntR.").join()).toMatch(
      /pickle-rule-argument/,
    );
  });
});
