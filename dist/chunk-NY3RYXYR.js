#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  checksumOk
} from "./chunk-QNBHIFBM.js";
import {
  worstVerdict
} from "./chunk-L7QR56MK.js";
import {
  PYTHON_ESCAPES
} from "./chunk-KBFD3HU4.js";
import {
  ByteReader,
  fileRandomAccess,
  sliceRandomAccess
} from "./chunk-Q3E75FXY.js";

// src/artifacts/scan.ts
import { open } from "node:fs/promises";
import { dirname } from "node:path";

// src/artifacts/content.ts
var MAX_DEPTH = 5;

// src/artifacts/allowlist.json
var allowlist_default = {
  generated: {
    by: "npm run allowlist: scripts/allowlist/merge.mjs runs scripts/allowlist/generate.py in each image",
    how: "podman run --rm --network none --read-only -v scripts/allowlist:/gen:ro -v OUT:/out IMAGE python3 /gen/generate.py --out /out --image LABEL",
    note: "Generated; do not edit by hand. Every entry was imported by a real file written by the library versions below. Review the diff; argument-calling entries need a rule in policy.ts.",
    images: {
      bookworm: {
        files: 1323,
        formats: [
          "joblib",
          "joblib-bz2",
          "joblib-gzip",
          "joblib-lz4",
          "joblib-lzma",
          "joblib-xz",
          "joblib-zlib",
          "npy",
          "npz",
          "npz-compressed",
          "p0",
          "p1",
          "p2",
          "p3",
          "p4",
          "p5",
          "pandas",
          "pandas-bz2",
          "pandas-gzip",
          "pandas-tar",
          "pandas-xz",
          "pandas-zip",
          "sparse-npz",
          "sparse-npz-compressed"
        ],
        globals: 374,
        image: "localhost/modelgate-bookworm:latest",
        versions: {
          joblib: "1.2.0",
          lz4: "4.0.2+dfsg",
          numpy: "1.24.2",
          pandas: "1.5.3",
          python: "3.11.2",
          scipy: "1.10.1",
          sklearn: "1.2.1"
        }
      },
      trixie: {
        files: 1579,
        formats: [
          "joblib",
          "joblib-bz2",
          "joblib-gzip",
          "joblib-lz4",
          "joblib-lzma",
          "joblib-xz",
          "joblib-zlib",
          "npy",
          "npz",
          "npz-compressed",
          "p0",
          "p1",
          "p2",
          "p3",
          "p4",
          "p5",
          "pandas",
          "pandas-bz2",
          "pandas-gzip",
          "pandas-tar",
          "pandas-xz",
          "pandas-zip",
          "sparse-npz",
          "sparse-npz-compressed",
          "torch-legacy",
          "torch-zip",
          "torch-zip-p4"
        ],
        globals: 487,
        image: "localhost/modelgate-trixie:latest",
        versions: {
          joblib: "1.4.2",
          lz4: "4.4.0+dfsg",
          numpy: "2.2.4",
          pandas: "2.2.3",
          python: "3.13.5",
          scipy: "1.15.3",
          sklearn: "1.4.2",
          torch: "2.6.0+debian",
          xgboost: "3.0.0"
        }
      }
    }
  },
  globals: {
    "_codecs.encode": {
      kind: "function",
      object: "_codecs.encode",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-Generator-MT19937.p0.bookworm.pkl"
    },
    "argparse.Namespace": {
      kind: "class",
      object: "argparse.Namespace",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "python-argparse-Namespace.joblib.bookworm.joblib"
    },
    "builtins.bytearray": {
      kind: "class",
      object: "builtins.bytearray",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "builtins.bytes": {
      kind: "class",
      object: "builtins.bytes",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GridSearchCV-SVC.p2.bookworm.pkl"
    },
    "builtins.complex": {
      kind: "class",
      object: "builtins.complex",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-array-object.joblib-bz2.bookworm.joblib.bz2"
    },
    "builtins.dict": {
      kind: "class",
      object: "builtins.dict",
      setstate: false,
      uses: ["fill"],
      seen: ["bookworm", "trixie"],
      example: "scipy-dok_array.joblib-bz2.bookworm.joblib.bz2"
    },
    "builtins.frozenset": {
      kind: "class",
      object: "builtins.frozenset",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.p0.bookworm.pkl"
    },
    "builtins.getattr": {
      kind: "function",
      object: "builtins.getattr",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-zoneinfo.joblib.bookworm.joblib"
    },
    "builtins.list": {
      kind: "class",
      object: "builtins.list",
      setstate: false,
      uses: ["fill"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "builtins.object": {
      kind: "class",
      object: "builtins.object",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-CategoricalIndex.p0.bookworm.pkl"
    },
    "builtins.range": {
      kind: "class",
      object: "builtins.range",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "builtins.set": {
      kind: "class",
      object: "builtins.set",
      setstate: false,
      uses: ["call", "fill"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.p0.bookworm.pkl"
    },
    "builtins.slice": {
      kind: "class",
      object: "builtins.slice",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-float.joblib.bookworm.joblib"
    },
    "collections.Counter": {
      kind: "class",
      object: "collections.Counter",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "collections.OrderedDict": {
      kind: "class",
      object: "collections.OrderedDict",
      setstate: false,
      uses: ["call", "fill"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "collections.defaultdict": {
      kind: "class",
      object: "collections.defaultdict",
      setstate: false,
      uses: ["call", "fill"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "collections.deque": {
      kind: "class",
      object: "collections.deque",
      setstate: false,
      uses: ["call", "fill"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "copyreg._reconstructor": {
      kind: "function",
      object: "copyreg._reconstructor",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-CategoricalIndex.p0.bookworm.pkl"
    },
    "datetime.date": {
      kind: "class",
      object: "datetime.date",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "datetime.datetime": {
      kind: "class",
      object: "datetime.datetime",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "datetime.timedelta": {
      kind: "class",
      object: "datetime.timedelta",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-dateutil-offset.joblib.bookworm.joblib"
    },
    "datetime.timezone": {
      kind: "class",
      object: "datetime.timezone",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-utc-stdlib.joblib.bookworm.joblib"
    },
    "dateutil.relativedelta.relativedelta": {
      kind: "class",
      object: "dateutil.relativedelta.relativedelta",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-scalars.joblib.bookworm.joblib"
    },
    "dateutil.tz.tz._ttinfo": {
      kind: "class",
      object: "dateutil.tz.tz._ttinfo",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-dateutil.joblib.bookworm.joblib"
    },
    "dateutil.tz.tz.tzfile": {
      kind: "class",
      object: "dateutil.tz.tz.tzfile",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-dateutil.joblib.bookworm.joblib"
    },
    "dateutil.tz.tz.tzoffset": {
      kind: "class",
      object: "dateutil.tz.tz.tzoffset",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-dateutil-offset.joblib.bookworm.joblib"
    },
    "dateutil.tz.tz.tzutc": {
      kind: "class",
      object: "dateutil.tz.tz.tzutc",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-dateutil-utc.joblib.bookworm.joblib"
    },
    "decimal.Decimal": {
      kind: "class",
      object: "decimal.Decimal",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "fractions.Fraction": {
      kind: "class",
      object: "fractions.Fraction",
      setstate: false,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "functools.partial": {
      kind: "class",
      object: "functools.partial",
      setstate: true,
      uses: ["call"],
      seen: ["trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.trixie.joblib"
    },
    "joblib.numpy_pickle.NumpyArrayWrapper": {
      kind: "class",
      object: "joblib.numpy_pickle.NumpyArrayWrapper",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "numpy-Generator-MT19937.joblib.bookworm.joblib"
    },
    "numpy._core.multiarray._reconstruct": {
      kind: "function",
      object: "numpy._core.multiarray._reconstruct",
      uses: ["call"],
      seen: ["trixie"],
      example: "numpy-Generator-MT19937.p0.trixie.pkl"
    },
    "numpy._core.multiarray.scalar": {
      kind: "function",
      object: "numpy._core.multiarray.scalar",
      uses: ["call"],
      seen: ["trixie"],
      example: "numpy-scalar-bool.p0.trixie.pkl"
    },
    "numpy._core.numeric._frombuffer": {
      kind: "function",
      object: "numpy._core.numeric._frombuffer",
      uses: ["call"],
      seen: ["trixie"],
      example: "numpy-RandomState.p5.trixie.pkl"
    },
    "numpy.add": {
      kind: "function",
      object: "numpy.add",
      uses: [],
      seen: ["trixie"],
      example: "numpy-ufuncs.p0.trixie.pkl"
    },
    "numpy.core._multiarray_umath.add": {
      kind: "function",
      object: "numpy.add",
      uses: [],
      seen: ["bookworm"],
      example: "numpy-ufuncs.p0.bookworm.pkl"
    },
    "numpy.core._multiarray_umath.expm1": {
      kind: "function",
      object: "numpy.expm1",
      uses: [],
      seen: ["bookworm"],
      example: "numpy-ufuncs.p0.bookworm.pkl"
    },
    "numpy.core._multiarray_umath.log1p": {
      kind: "function",
      object: "numpy.log1p",
      uses: [],
      seen: ["bookworm"],
      example: "numpy-ufuncs.p0.bookworm.pkl"
    },
    "numpy.core._multiarray_umath.sqrt": {
      kind: "function",
      object: "numpy.sqrt",
      uses: [],
      seen: ["bookworm"],
      example: "numpy-ufuncs.p0.bookworm.pkl"
    },
    "numpy.core.multiarray._reconstruct": {
      kind: "function",
      object: "numpy.core.multiarray._reconstruct",
      uses: ["call"],
      seen: ["bookworm"],
      example: "numpy-Generator-MT19937.p0.bookworm.pkl"
    },
    "numpy.core.multiarray.scalar": {
      kind: "function",
      object: "numpy.core.multiarray.scalar",
      uses: ["call"],
      seen: ["bookworm"],
      example: "numpy-scalar-bool.p0.bookworm.pkl"
    },
    "numpy.core.numeric._frombuffer": {
      kind: "function",
      object: "numpy.core.numeric._frombuffer",
      uses: ["call"],
      seen: ["bookworm"],
      example: "numpy-RandomState.p5.bookworm.pkl"
    },
    "numpy.dtype": {
      kind: "class",
      object: "numpy.dtype",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-Generator-MT19937.joblib.bookworm.joblib"
    },
    "numpy.expm1": {
      kind: "function",
      object: "numpy.expm1",
      uses: [],
      seen: ["trixie"],
      example: "numpy-ufuncs.p0.trixie.pkl"
    },
    "numpy.float64": {
      kind: "class",
      object: "numpy.float64",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ColumnTransformer-selector.joblib.bookworm.joblib"
    },
    "numpy.int64": {
      kind: "class",
      object: "numpy.int64",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CountVectorizer.joblib-zlib.bookworm.joblib.zlib"
    },
    "numpy.log1p": {
      kind: "function",
      object: "numpy.log1p",
      uses: [],
      seen: ["trixie"],
      example: "numpy-ufuncs.p0.trixie.pkl"
    },
    "numpy.ma.MaskedArray": {
      kind: "class",
      object: "numpy.ma.MaskedArray",
      setstate: true,
      uses: [],
      seen: ["trixie"],
      example: "numpy-maskedarray-float.joblib-gzip.trixie.joblib.gzip"
    },
    "numpy.ma.core.MaskedArray": {
      kind: "class",
      object: "numpy.ma.core.MaskedArray",
      setstate: true,
      uses: [],
      seen: ["bookworm"],
      example: "numpy-maskedarray-float.joblib-gzip.bookworm.joblib.gzip"
    },
    "numpy.ma.core.MaskedConstant": {
      kind: "class",
      object: "numpy.ma.core.MaskedConstant",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-masked-constant.p2.bookworm.pkl"
    },
    "numpy.ma.core._mareconstruct": {
      kind: "function",
      object: "numpy.ma.core._mareconstruct",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-maskedarray-float.joblib-gzip.bookworm.joblib.gzip"
    },
    "numpy.matrix": {
      kind: "class",
      object: "numpy.matrix",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "numpy-matrix.joblib.bookworm.joblib"
    },
    "numpy.mean": {
      kind: "function",
      object: "numpy.mean",
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-FeatureAgglomeration-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "numpy.ndarray": {
      kind: "class",
      object: "numpy.ndarray",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "numpy-Generator-MT19937.joblib.bookworm.joblib"
    },
    "numpy.random._mt19937.MT19937": {
      kind: "class",
      object: "numpy.random._mt19937.MT19937",
      setstate: true,
      uses: [],
      seen: ["trixie"],
      example: "numpy-Generator-MT19937.joblib.trixie.joblib"
    },
    "numpy.random._pcg64.PCG64": {
      kind: "class",
      object: "numpy.random._pcg64.PCG64",
      setstate: true,
      uses: [],
      seen: ["trixie"],
      example: "numpy-Generator-PCG64.joblib.trixie.joblib"
    },
    "numpy.random._pcg64.PCG64DXSM": {
      kind: "class",
      object: "numpy.random._pcg64.PCG64DXSM",
      setstate: true,
      uses: [],
      seen: ["trixie"],
      example: "numpy-Generator-PCG64DXSM.joblib.trixie.joblib"
    },
    "numpy.random._philox.Philox": {
      kind: "class",
      object: "numpy.random._philox.Philox",
      setstate: true,
      uses: [],
      seen: ["trixie"],
      example: "numpy-Generator-Philox.joblib.trixie.joblib"
    },
    "numpy.random._pickle.__bit_generator_ctor": {
      kind: "function",
      object: "numpy.random._pickle.__bit_generator_ctor",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-Generator-MT19937.joblib.bookworm.joblib"
    },
    "numpy.random._pickle.__generator_ctor": {
      kind: "function",
      object: "numpy.random._pickle.__generator_ctor",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-Generator-MT19937.joblib.bookworm.joblib"
    },
    "numpy.random._pickle.__randomstate_ctor": {
      kind: "function",
      object: "numpy.random._pickle.__randomstate_ctor",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-RandomState.joblib-bz2.bookworm.joblib.bz2"
    },
    "numpy.random._sfc64.SFC64": {
      kind: "class",
      object: "numpy.random._sfc64.SFC64",
      setstate: true,
      uses: [],
      seen: ["trixie"],
      example: "numpy-Generator-SFC64.joblib.trixie.joblib"
    },
    "numpy.random.bit_generator.SeedSequence": {
      kind: "class",
      object: "numpy.random.bit_generator.SeedSequence",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "numpy-SeedSequence.p2.bookworm.pkl"
    },
    "numpy.random.bit_generator.__pyx_unpickle_SeedSequence": {
      kind: "function",
      object: "numpy.random.bit_generator.__pyx_unpickle_SeedSequence",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "numpy-SeedSequence.p2.bookworm.pkl"
    },
    "numpy.rec.recarray": {
      kind: "class",
      object: "numpy.rec.recarray",
      setstate: true,
      uses: [],
      seen: ["trixie"],
      example: "numpy-recarray.joblib.trixie.joblib"
    },
    "numpy.recarray": {
      kind: "class",
      object: "numpy.recarray",
      setstate: true,
      uses: [],
      seen: ["bookworm"],
      example: "numpy-recarray.joblib.bookworm.joblib"
    },
    "numpy.record": {
      kind: "class",
      object: "numpy.record",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "numpy-recarray.joblib.bookworm.joblib"
    },
    "numpy.sqrt": {
      kind: "function",
      object: "numpy.sqrt",
      uses: [],
      seen: ["trixie"],
      example: "numpy-ufuncs.p0.trixie.pkl"
    },
    "pandas._libs.arrays.__pyx_unpickle_NDArrayBacked": {
      kind: "function",
      object: "pandas._libs.arrays.__pyx_unpickle_NDArrayBacked",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-CategoricalIndex.p0.bookworm.pkl"
    },
    "pandas._libs.internals._unpickle_block": {
      kind: "function",
      object: "pandas._libs.internals._unpickle_block",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-float.joblib.bookworm.joblib"
    },
    "pandas._libs.interval.Interval": {
      kind: "class",
      object: "pandas._libs.interval.Interval",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-scalars.joblib.bookworm.joblib"
    },
    "pandas._libs.interval.__pyx_unpickle_IntervalMixin": {
      kind: "function",
      object: "pandas._libs.interval.__pyx_unpickle_IntervalMixin",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas._libs.missing.NA": {
      kind: "object",
      object: "pandas._libs.missing.NAType:<NA>",
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-scalars.joblib.bookworm.joblib"
    },
    "pandas._libs.sparse.IntIndex": {
      kind: "class",
      object: "pandas._libs.sparse.IntIndex",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas._libs.tslibs.nattype.__nat_unpickle": {
      kind: "function",
      object: "pandas._libs.tslibs.nattype.__nat_unpickle",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-scalars.joblib.bookworm.joblib"
    },
    "pandas._libs.tslibs.offsets.DateOffset": {
      kind: "class",
      object: "pandas._libs.tslibs.offsets.DateOffset",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-scalars.joblib.bookworm.joblib"
    },
    "pandas._libs.tslibs.offsets.Day": {
      kind: "class",
      object: "pandas._libs.tslibs.offsets.Day",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DatetimeIndex.joblib.bookworm.joblib"
    },
    "pandas._libs.tslibs.offsets.MonthEnd": {
      kind: "class",
      object: "pandas._libs.tslibs.offsets.MonthEnd",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas._libs.tslibs.offsets.QuarterEnd": {
      kind: "class",
      object: "pandas._libs.tslibs.offsets.QuarterEnd",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm"],
      example: "pandas-PeriodIndex.p2.bookworm.pkl"
    },
    "pandas._libs.tslibs.period.Period": {
      kind: "class",
      object: "pandas._libs.tslibs.period.Period",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-scalars.joblib.bookworm.joblib"
    },
    "pandas._libs.tslibs.timedeltas._timedelta_unpickle": {
      kind: "function",
      object: "pandas._libs.tslibs.timedeltas._timedelta_unpickle",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-scalars.joblib.bookworm.joblib"
    },
    "pandas._libs.tslibs.timestamps._unpickle_timestamp": {
      kind: "function",
      object: "pandas._libs.tslibs.timestamps._unpickle_timestamp",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-scalars.joblib.bookworm.joblib"
    },
    "pandas.core.arrays.boolean.BooleanArray": {
      kind: "class",
      object: "pandas.core.arrays.boolean.BooleanArray",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.boolean.BooleanDtype": {
      kind: "class",
      object: "pandas.core.arrays.boolean.BooleanDtype",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.categorical.Categorical": {
      kind: "class",
      object: "pandas.core.arrays.categorical.Categorical",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-CategoricalIndex.p0.bookworm.pkl"
    },
    "pandas.core.arrays.datetimes.DatetimeArray": {
      kind: "class",
      object: "pandas.core.arrays.datetimes.DatetimeArray",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.floating.Float64Dtype": {
      kind: "class",
      object: "pandas.core.arrays.floating.Float64Dtype",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.floating.FloatingArray": {
      kind: "class",
      object: "pandas.core.arrays.floating.FloatingArray",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.integer.Int64Dtype": {
      kind: "class",
      object: "pandas.core.arrays.integer.Int64Dtype",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.integer.IntegerArray": {
      kind: "class",
      object: "pandas.core.arrays.integer.IntegerArray",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.interval.IntervalArray": {
      kind: "class",
      object: "pandas.core.arrays.interval.IntervalArray",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.period.PeriodArray": {
      kind: "class",
      object: "pandas.core.arrays.period.PeriodArray",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.sparse.array.SparseArray": {
      kind: "class",
      object: "pandas.core.arrays.sparse.array.SparseArray",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.sparse.dtype.SparseDtype": {
      kind: "class",
      object: "pandas.core.arrays.sparse.dtype.SparseDtype",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.string_.StringArray": {
      kind: "class",
      object: "pandas.core.arrays.string_.StringArray",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.string_.StringDtype": {
      kind: "class",
      object: "pandas.core.arrays.string_.StringDtype",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.arrays.timedeltas.TimedeltaArray": {
      kind: "class",
      object: "pandas.core.arrays.timedeltas.TimedeltaArray",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.dtypes.dtypes.CategoricalDtype": {
      kind: "class",
      object: "pandas.core.dtypes.dtypes.CategoricalDtype",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-CategoricalIndex.p0.bookworm.pkl"
    },
    "pandas.core.dtypes.dtypes.DatetimeTZDtype": {
      kind: "class",
      object: "pandas.core.dtypes.dtypes.DatetimeTZDtype",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.dtypes.dtypes.IntervalDtype": {
      kind: "class",
      object: "pandas.core.dtypes.dtypes.IntervalDtype",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.dtypes.dtypes.PeriodDtype": {
      kind: "class",
      object: "pandas.core.dtypes.dtypes.PeriodDtype",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "pandas.core.dtypes.dtypes.SparseDtype": {
      kind: "class",
      object: "pandas.core.dtypes.dtypes.SparseDtype",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.trixie.joblib.bz2"
    },
    "pandas.core.frame.DataFrame": {
      kind: "class",
      object: "pandas.core.frame.DataFrame",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-float.joblib.bookworm.joblib"
    },
    "pandas.core.indexes.base.Index": {
      kind: "class",
      object: "pandas.core.indexes.base.Index",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-CategoricalIndex.p0.bookworm.pkl"
    },
    "pandas.core.indexes.base._new_Index": {
      kind: "function",
      object: "pandas.core.indexes.base._new_Index",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-CategoricalIndex.p0.bookworm.pkl"
    },
    "pandas.core.indexes.category.CategoricalIndex": {
      kind: "class",
      object: "pandas.core.indexes.category.CategoricalIndex",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-CategoricalIndex.p0.bookworm.pkl"
    },
    "pandas.core.indexes.datetimes.DatetimeIndex": {
      kind: "class",
      object: "pandas.core.indexes.datetimes.DatetimeIndex",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-DatetimeIndex.joblib.bookworm.joblib"
    },
    "pandas.core.indexes.datetimes._new_DatetimeIndex": {
      kind: "function",
      object: "pandas.core.indexes.datetimes._new_DatetimeIndex",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DatetimeIndex.joblib.bookworm.joblib"
    },
    "pandas.core.indexes.interval.IntervalIndex": {
      kind: "class",
      object: "pandas.core.indexes.interval.IntervalIndex",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-IntervalIndex.joblib.bookworm.joblib"
    },
    "pandas.core.indexes.interval._new_IntervalIndex": {
      kind: "function",
      object: "pandas.core.indexes.interval._new_IntervalIndex",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-IntervalIndex.joblib.bookworm.joblib"
    },
    "pandas.core.indexes.multi.MultiIndex": {
      kind: "class",
      object: "pandas.core.indexes.multi.MultiIndex",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-multiindex.joblib.bookworm.joblib"
    },
    "pandas.core.indexes.numeric.Float64Index": {
      kind: "class",
      object: "pandas.core.indexes.numeric.Float64Index",
      setstate: false,
      uses: [],
      seen: ["bookworm"],
      example: "pandas-Index-float.p2.bookworm.pkl"
    },
    "pandas.core.indexes.numeric.Int64Index": {
      kind: "class",
      object: "pandas.core.indexes.numeric.Int64Index",
      setstate: false,
      uses: [],
      seen: ["bookworm"],
      example: "pandas-DataFrame-multiindex.joblib.bookworm.joblib"
    },
    "pandas.core.indexes.period.PeriodIndex": {
      kind: "class",
      object: "pandas.core.indexes.period.PeriodIndex",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-PeriodIndex.p2.bookworm.pkl"
    },
    "pandas.core.indexes.range.RangeIndex": {
      kind: "class",
      object: "pandas.core.indexes.range.RangeIndex",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-float.joblib.bookworm.joblib"
    },
    "pandas.core.indexes.timedeltas.TimedeltaIndex": {
      kind: "class",
      object: "pandas.core.indexes.timedeltas.TimedeltaIndex",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-TimedeltaIndex.p0.bookworm.pkl"
    },
    "pandas.core.internals.managers.BlockManager": {
      kind: "class",
      object: "pandas.core.internals.managers.BlockManager",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-float.joblib.bookworm.joblib"
    },
    "pandas.core.internals.managers.SingleBlockManager": {
      kind: "class",
      object: "pandas.core.internals.managers.SingleBlockManager",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-F64.joblib-zlib.bookworm.joblib.zlib"
    },
    "pandas.core.series.Series": {
      kind: "class",
      object: "pandas.core.series.Series",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-F64.joblib-zlib.bookworm.joblib.zlib"
    },
    "pytz._UTC": {
      kind: "function",
      object: "pytz._UTC",
      uses: ["call"],
      seen: ["bookworm"],
      example: "pandas-DatetimeIndex.joblib.bookworm.joblib"
    },
    "pytz._p": {
      kind: "function",
      object: "pytz._p",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "pandas-DataFrame-mixed.joblib-bz2.bookworm.joblib.bz2"
    },
    "scipy.interpolate._bsplines.BSpline": {
      kind: "class",
      object: "scipy.interpolate._bsplines.BSpline",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SplineTransformer-dataframe.joblib.bookworm.joblib"
    },
    "scipy.sparse._arrays.bsr_array": {
      kind: "class",
      object: "scipy.sparse._arrays.bsr_array",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "scipy-bsr_array.joblib-bz2.bookworm.joblib.bz2"
    },
    "scipy.sparse._arrays.coo_array": {
      kind: "class",
      object: "scipy.sparse._arrays.coo_array",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "scipy-coo_array.joblib.bookworm.joblib"
    },
    "scipy.sparse._arrays.csc_array": {
      kind: "class",
      object: "scipy.sparse._arrays.csc_array",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "scipy-csc_array.joblib-xz.bookworm.joblib.xz"
    },
    "scipy.sparse._arrays.csr_array": {
      kind: "class",
      object: "scipy.sparse._arrays.csr_array",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "scipy-csr_array.joblib-gzip.bookworm.joblib.gzip"
    },
    "scipy.sparse._arrays.dia_array": {
      kind: "class",
      object: "scipy.sparse._arrays.dia_array",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "scipy-dia_array.joblib-lz4.bookworm.joblib.lz4"
    },
    "scipy.sparse._arrays.dok_array": {
      kind: "class",
      object: "scipy.sparse._arrays.dok_array",
      setstate: false,
      uses: [],
      seen: ["bookworm"],
      example: "scipy-dok_array.joblib-bz2.bookworm.joblib.bz2"
    },
    "scipy.sparse._arrays.lil_array": {
      kind: "class",
      object: "scipy.sparse._arrays.lil_array",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "scipy-lil_array.joblib-zlib.bookworm.joblib.zlib"
    },
    "scipy.sparse._bsr.bsr_array": {
      kind: "class",
      object: "scipy.sparse._bsr.bsr_array",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "scipy-bsr_array.joblib-bz2.trixie.joblib.bz2"
    },
    "scipy.sparse._bsr.bsr_matrix": {
      kind: "class",
      object: "scipy.sparse._bsr.bsr_matrix",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "scipy-bsr_matrix.joblib-zlib.bookworm.joblib.zlib"
    },
    "scipy.sparse._coo.coo_array": {
      kind: "class",
      object: "scipy.sparse._coo.coo_array",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "scipy-coo_array.joblib.trixie.joblib"
    },
    "scipy.sparse._coo.coo_matrix": {
      kind: "class",
      object: "scipy.sparse._coo.coo_matrix",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "scipy-coo_matrix.joblib-lz4.bookworm.joblib.lz4"
    },
    "scipy.sparse._csc.csc_array": {
      kind: "class",
      object: "scipy.sparse._csc.csc_array",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "scipy-csc_array.joblib-xz.trixie.joblib.xz"
    },
    "scipy.sparse._csc.csc_matrix": {
      kind: "class",
      object: "scipy.sparse._csc.csc_matrix",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "scipy-csc_matrix.joblib-bz2.bookworm.joblib.bz2"
    },
    "scipy.sparse._csr.csr_array": {
      kind: "class",
      object: "scipy.sparse._csr.csr_array",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "scipy-csr_array.joblib-gzip.trixie.joblib.gzip"
    },
    "scipy.sparse._csr.csr_matrix": {
      kind: "class",
      object: "scipy.sparse._csr.csr_matrix",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "scipy-csr-int-p0.p0.bookworm.pkl"
    },
    "scipy.sparse._dia.dia_array": {
      kind: "class",
      object: "scipy.sparse._dia.dia_array",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "scipy-dia_array.joblib-lz4.trixie.joblib.lz4"
    },
    "scipy.sparse._dia.dia_matrix": {
      kind: "class",
      object: "scipy.sparse._dia.dia_matrix",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "scipy-dia_matrix.joblib-lzma.bookworm.joblib.lzma"
    },
    "scipy.sparse._dok.dok_array": {
      kind: "class",
      object: "scipy.sparse._dok.dok_array",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "scipy-dok_array.joblib-bz2.trixie.joblib.bz2"
    },
    "scipy.sparse._dok.dok_matrix": {
      kind: "class",
      object: "scipy.sparse._dok.dok_matrix",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "scipy-dok_matrix.joblib-gzip.bookworm.joblib.gzip"
    },
    "scipy.sparse._lil.lil_array": {
      kind: "class",
      object: "scipy.sparse._lil.lil_array",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "scipy-lil_array.joblib-zlib.trixie.joblib.zlib"
    },
    "scipy.sparse._lil.lil_matrix": {
      kind: "class",
      object: "scipy.sparse._lil.lil_matrix",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "scipy-lil_matrix.joblib.bookworm.joblib"
    },
    "sklearn._loss._loss.CyHalfBinomialLoss": {
      kind: "class",
      object: "sklearn._loss._loss.CyHalfBinomialLoss",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.bookworm.joblib"
    },
    "sklearn._loss._loss.CyHalfGammaLoss": {
      kind: "class",
      object: "sklearn._loss._loss.CyHalfGammaLoss",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GammaRegressor.joblib.bookworm.joblib"
    },
    "sklearn._loss._loss.CyHalfMultinomialLoss": {
      kind: "class",
      object: "sklearn._loss._loss.CyHalfMultinomialLoss",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn._loss._loss.CyHalfPoissonLoss": {
      kind: "class",
      object: "sklearn._loss._loss.CyHalfPoissonLoss",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PoissonRegressor.joblib.bookworm.joblib"
    },
    "sklearn._loss._loss.CyHalfSquaredError": {
      kind: "class",
      object: "sklearn._loss._loss.CyHalfSquaredError",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingRegressor-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn._loss._loss.CyHalfTweedieLossIdentity": {
      kind: "class",
      object: "sklearn._loss._loss.CyHalfTweedieLossIdentity",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-TweedieRegressor.p0.bookworm.pkl"
    },
    "sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss": {
      kind: "function",
      object: "sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.bookworm.joblib"
    },
    "sklearn._loss._loss.__pyx_unpickle_CyHalfGammaLoss": {
      kind: "function",
      object: "sklearn._loss._loss.__pyx_unpickle_CyHalfGammaLoss",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GammaRegressor.joblib.bookworm.joblib"
    },
    "sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss": {
      kind: "function",
      object: "sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss": {
      kind: "function",
      object: "sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PoissonRegressor.joblib.bookworm.joblib"
    },
    "sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError": {
      kind: "function",
      object: "sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingRegressor-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity": {
      kind: "function",
      object: "sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-TweedieRegressor.p0.bookworm.pkl"
    },
    "sklearn._loss.link.IdentityLink": {
      kind: "class",
      object: "sklearn._loss.link.IdentityLink",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingRegressor-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn._loss.link.Interval": {
      kind: "class",
      object: "sklearn._loss.link.Interval",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GammaRegressor.joblib.bookworm.joblib"
    },
    "sklearn._loss.link.LogLink": {
      kind: "class",
      object: "sklearn._loss.link.LogLink",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GammaRegressor.joblib.bookworm.joblib"
    },
    "sklearn._loss.link.LogitLink": {
      kind: "class",
      object: "sklearn._loss.link.LogitLink",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.bookworm.joblib"
    },
    "sklearn._loss.link.MultinomialLogit": {
      kind: "class",
      object: "sklearn._loss.link.MultinomialLogit",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn._loss.loss.HalfBinomialLoss": {
      kind: "class",
      object: "sklearn._loss.loss.HalfBinomialLoss",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.bookworm.joblib"
    },
    "sklearn._loss.loss.HalfGammaLoss": {
      kind: "class",
      object: "sklearn._loss.loss.HalfGammaLoss",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GammaRegressor.joblib.bookworm.joblib"
    },
    "sklearn._loss.loss.HalfMultinomialLoss": {
      kind: "class",
      object: "sklearn._loss.loss.HalfMultinomialLoss",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn._loss.loss.HalfPoissonLoss": {
      kind: "class",
      object: "sklearn._loss.loss.HalfPoissonLoss",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PoissonRegressor.joblib.bookworm.joblib"
    },
    "sklearn._loss.loss.HalfSquaredError": {
      kind: "class",
      object: "sklearn._loss.loss.HalfSquaredError",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingRegressor-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn._loss.loss.HalfTweedieLossIdentity": {
      kind: "class",
      object: "sklearn._loss.loss.HalfTweedieLossIdentity",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-TweedieRegressor.p0.bookworm.pkl"
    },
    "sklearn.calibration.CalibratedClassifierCV": {
      kind: "class",
      object: "sklearn.calibration.CalibratedClassifierCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CalibratedClassifierCV-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.calibration._CalibratedClassifier": {
      kind: "class",
      object: "sklearn.calibration._CalibratedClassifier",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CalibratedClassifierCV-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.calibration._SigmoidCalibration": {
      kind: "class",
      object: "sklearn.calibration._SigmoidCalibration",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CalibratedClassifierCV-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.cluster._affinity_propagation.AffinityPropagation": {
      kind: "class",
      object: "sklearn.cluster._affinity_propagation.AffinityPropagation",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-AffinityPropagation-dataframe.p4.bookworm.pkl"
    },
    "sklearn.cluster._agglomerative.AgglomerativeClustering": {
      kind: "class",
      object: "sklearn.cluster._agglomerative.AgglomerativeClustering",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-AgglomerativeClustering-dataframe.p3.bookworm.pkl"
    },
    "sklearn.cluster._agglomerative.FeatureAgglomeration": {
      kind: "class",
      object: "sklearn.cluster._agglomerative.FeatureAgglomeration",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-FeatureAgglomeration-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.cluster._bicluster.SpectralBiclustering": {
      kind: "class",
      object: "sklearn.cluster._bicluster.SpectralBiclustering",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SpectralBiclustering-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.cluster._bicluster.SpectralCoclustering": {
      kind: "class",
      object: "sklearn.cluster._bicluster.SpectralCoclustering",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SpectralCoclustering-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.cluster._birch.Birch": {
      kind: "class",
      object: "sklearn.cluster._birch.Birch",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Birch-dataframe.p3.bookworm.pkl"
    },
    "sklearn.cluster._birch._CFNode": {
      kind: "class",
      object: "sklearn.cluster._birch._CFNode",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Birch-dataframe.p3.bookworm.pkl"
    },
    "sklearn.cluster._birch._CFSubcluster": {
      kind: "class",
      object: "sklearn.cluster._birch._CFSubcluster",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Birch-dataframe.p3.bookworm.pkl"
    },
    "sklearn.cluster._bisect_k_means.BisectingKMeans": {
      kind: "class",
      object: "sklearn.cluster._bisect_k_means.BisectingKMeans",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BisectingKMeans-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.cluster._bisect_k_means._BisectingTree": {
      kind: "class",
      object: "sklearn.cluster._bisect_k_means._BisectingTree",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BisectingKMeans-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.cluster._dbscan.DBSCAN": {
      kind: "class",
      object: "sklearn.cluster._dbscan.DBSCAN",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-DBSCAN-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.cluster._hdbscan.hdbscan.HDBSCAN": {
      kind: "class",
      object: "sklearn.cluster._hdbscan.hdbscan.HDBSCAN",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "sklearn-HDBSCAN-dataframe.joblib-lzma.trixie.joblib.lzma"
    },
    "sklearn.cluster._kmeans.KMeans": {
      kind: "class",
      object: "sklearn.cluster._kmeans.KMeans",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KMeans-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.cluster._kmeans.MiniBatchKMeans": {
      kind: "class",
      object: "sklearn.cluster._kmeans.MiniBatchKMeans",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MiniBatchKMeans-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.cluster._kmeans._kmeans_single_lloyd": {
      kind: "function",
      object: "sklearn.cluster._kmeans._kmeans_single_lloyd",
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BisectingKMeans-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.cluster._mean_shift.MeanShift": {
      kind: "class",
      object: "sklearn.cluster._mean_shift.MeanShift",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MeanShift-dataframe.p5.bookworm.pkl"
    },
    "sklearn.cluster._optics.OPTICS": {
      kind: "class",
      object: "sklearn.cluster._optics.OPTICS",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-OPTICS-dataframe.p3.bookworm.pkl"
    },
    "sklearn.cluster._spectral.SpectralClustering": {
      kind: "class",
      object: "sklearn.cluster._spectral.SpectralClustering",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SpectralClustering-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.compose._column_transformer.ColumnTransformer": {
      kind: "class",
      object: "sklearn.compose._column_transformer.ColumnTransformer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ColumnTransformer-selector.joblib.bookworm.joblib"
    },
    "sklearn.compose._column_transformer.make_column_selector": {
      kind: "class",
      object: "sklearn.compose._column_transformer.make_column_selector",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ColumnTransformer-selector.joblib.bookworm.joblib"
    },
    "sklearn.compose._target.TransformedTargetRegressor": {
      kind: "class",
      object: "sklearn.compose._target.TransformedTargetRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-TransformedTargetRegressor-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.covariance._elliptic_envelope.EllipticEnvelope": {
      kind: "class",
      object: "sklearn.covariance._elliptic_envelope.EllipticEnvelope",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-EllipticEnvelope-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.covariance._empirical_covariance.EmpiricalCovariance": {
      kind: "class",
      object: "sklearn.covariance._empirical_covariance.EmpiricalCovariance",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-EmpiricalCovariance-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.covariance._graph_lasso.GraphicalLasso": {
      kind: "class",
      object: "sklearn.covariance._graph_lasso.GraphicalLasso",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GraphicalLasso-dataframe.p4.bookworm.pkl"
    },
    "sklearn.covariance._graph_lasso.GraphicalLassoCV": {
      kind: "class",
      object: "sklearn.covariance._graph_lasso.GraphicalLassoCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GraphicalLassoCV-dataframe.p3.bookworm.pkl"
    },
    "sklearn.covariance._robust_covariance.MinCovDet": {
      kind: "class",
      object: "sklearn.covariance._robust_covariance.MinCovDet",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MinCovDet-dataframe.p4.bookworm.pkl"
    },
    "sklearn.covariance._shrunk_covariance.LedoitWolf": {
      kind: "class",
      object: "sklearn.covariance._shrunk_covariance.LedoitWolf",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LedoitWolf-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.covariance._shrunk_covariance.OAS": {
      kind: "class",
      object: "sklearn.covariance._shrunk_covariance.OAS",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-OAS-dataframe.p4.bookworm.pkl"
    },
    "sklearn.covariance._shrunk_covariance.ShrunkCovariance": {
      kind: "class",
      object: "sklearn.covariance._shrunk_covariance.ShrunkCovariance",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ShrunkCovariance-dataframe.p4.bookworm.pkl"
    },
    "sklearn.cross_decomposition._pls.CCA": {
      kind: "class",
      object: "sklearn.cross_decomposition._pls.CCA",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CCA.joblib.bookworm.joblib"
    },
    "sklearn.cross_decomposition._pls.PLSCanonical": {
      kind: "class",
      object: "sklearn.cross_decomposition._pls.PLSCanonical",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PLSCanonical.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.cross_decomposition._pls.PLSRegression": {
      kind: "class",
      object: "sklearn.cross_decomposition._pls.PLSRegression",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PLSRegression.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.cross_decomposition._pls.PLSSVD": {
      kind: "class",
      object: "sklearn.cross_decomposition._pls.PLSSVD",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PLSSVD.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.decomposition._dict_learning.DictionaryLearning": {
      kind: "class",
      object: "sklearn.decomposition._dict_learning.DictionaryLearning",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-DictionaryLearning-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning": {
      kind: "class",
      object: "sklearn.decomposition._dict_learning.MiniBatchDictionaryLearning",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MiniBatchDictionaryLearning-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.decomposition._dict_learning.SparseCoder": {
      kind: "class",
      object: "sklearn.decomposition._dict_learning.SparseCoder",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SparseCoder.p2.bookworm.pkl"
    },
    "sklearn.decomposition._factor_analysis.FactorAnalysis": {
      kind: "class",
      object: "sklearn.decomposition._factor_analysis.FactorAnalysis",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-FactorAnalysis-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.decomposition._fastica.FastICA": {
      kind: "class",
      object: "sklearn.decomposition._fastica.FastICA",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-FastICA-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.decomposition._incremental_pca.IncrementalPCA": {
      kind: "class",
      object: "sklearn.decomposition._incremental_pca.IncrementalPCA",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-IncrementalPCA-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.decomposition._kernel_pca.KernelPCA": {
      kind: "class",
      object: "sklearn.decomposition._kernel_pca.KernelPCA",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Isomap-dataframe.p4.bookworm.pkl"
    },
    "sklearn.decomposition._lda.LatentDirichletAllocation": {
      kind: "class",
      object: "sklearn.decomposition._lda.LatentDirichletAllocation",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LatentDirichletAllocation-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.decomposition._nmf.MiniBatchNMF": {
      kind: "class",
      object: "sklearn.decomposition._nmf.MiniBatchNMF",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MiniBatchNMF-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.decomposition._nmf.NMF": {
      kind: "class",
      object: "sklearn.decomposition._nmf.NMF",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-NMF-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.decomposition._pca.PCA": {
      kind: "class",
      object: "sklearn.decomposition._pca.PCA",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-FeatureUnion.p2.bookworm.pkl"
    },
    "sklearn.decomposition._sparse_pca.MiniBatchSparsePCA": {
      kind: "class",
      object: "sklearn.decomposition._sparse_pca.MiniBatchSparsePCA",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MiniBatchSparsePCA-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.decomposition._sparse_pca.SparsePCA": {
      kind: "class",
      object: "sklearn.decomposition._sparse_pca.SparsePCA",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SparsePCA-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.decomposition._truncated_svd.TruncatedSVD": {
      kind: "class",
      object: "sklearn.decomposition._truncated_svd.TruncatedSVD",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-TruncatedSVD-dataframe.p5.bookworm.pkl"
    },
    "sklearn.discriminant_analysis.LinearDiscriminantAnalysis": {
      kind: "class",
      object: "sklearn.discriminant_analysis.LinearDiscriminantAnalysis",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LinearDiscriminantAnalysis-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis": {
      kind: "class",
      object: "sklearn.discriminant_analysis.QuadraticDiscriminantAnalysis",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-QuadraticDiscriminantAnalysis-dataframe.p5.bookworm.pkl"
    },
    "sklearn.dummy.DummyClassifier": {
      kind: "class",
      object: "sklearn.dummy.DummyClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-DummyClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.dummy.DummyRegressor": {
      kind: "class",
      object: "sklearn.dummy.DummyRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-DummyRegressor-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.ensemble._bagging.BaggingClassifier": {
      kind: "class",
      object: "sklearn.ensemble._bagging.BaggingClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BaggingClassifier-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.ensemble._bagging.BaggingRegressor": {
      kind: "class",
      object: "sklearn.ensemble._bagging.BaggingRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BaggingRegressor-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.ensemble._forest.ExtraTreesClassifier": {
      kind: "class",
      object: "sklearn.ensemble._forest.ExtraTreesClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ExtraTreesClassifier-dataframe.p5.bookworm.pkl"
    },
    "sklearn.ensemble._forest.ExtraTreesRegressor": {
      kind: "class",
      object: "sklearn.ensemble._forest.ExtraTreesRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ExtraTreesRegressor-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.ensemble._forest.RandomForestClassifier": {
      kind: "class",
      object: "sklearn.ensemble._forest.RandomForestClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RandomForest-joblib-all.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.ensemble._forest.RandomForestRegressor": {
      kind: "class",
      object: "sklearn.ensemble._forest.RandomForestRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RandomForestRegressor-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.ensemble._forest.RandomTreesEmbedding": {
      kind: "class",
      object: "sklearn.ensemble._forest.RandomTreesEmbedding",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RandomTreesEmbedding-dataframe.p5.bookworm.pkl"
    },
    "sklearn.ensemble._gb.GradientBoostingClassifier": {
      kind: "class",
      object: "sklearn.ensemble._gb.GradientBoostingClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GradientBoostingClassifier-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.ensemble._gb.GradientBoostingRegressor": {
      kind: "class",
      object: "sklearn.ensemble._gb.GradientBoostingRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GradientBoostingRegressor-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.ensemble._gb_losses.LeastSquaresError": {
      kind: "class",
      object: "sklearn.ensemble._gb_losses.LeastSquaresError",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "sklearn-GradientBoostingRegressor-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.ensemble._gb_losses.MultinomialDeviance": {
      kind: "class",
      object: "sklearn.ensemble._gb_losses.MultinomialDeviance",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm"],
      example: "sklearn-GradientBoostingClassifier-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper": {
      kind: "class",
      object: "sklearn.ensemble._hist_gradient_boosting.binning._BinMapper",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.bookworm.joblib"
    },
    "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier": {
      kind: "class",
      object: "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.bookworm.joblib"
    },
    "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor": {
      kind: "class",
      object: "sklearn.ensemble._hist_gradient_boosting.gradient_boosting.HistGradientBoostingRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoostingRegressor-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor": {
      kind: "class",
      object: "sklearn.ensemble._hist_gradient_boosting.predictor.TreePredictor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.bookworm.joblib"
    },
    "sklearn.ensemble._iforest.IsolationForest": {
      kind: "class",
      object: "sklearn.ensemble._iforest.IsolationForest",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-IsolationForest-dataframe.p5.bookworm.pkl"
    },
    "sklearn.ensemble._stacking.StackingClassifier": {
      kind: "class",
      object: "sklearn.ensemble._stacking.StackingClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-StackingClassifier-dataframe.p5.bookworm.pkl"
    },
    "sklearn.ensemble._stacking.StackingRegressor": {
      kind: "class",
      object: "sklearn.ensemble._stacking.StackingRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-StackingRegressor-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.ensemble._voting.VotingClassifier": {
      kind: "class",
      object: "sklearn.ensemble._voting.VotingClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-VotingClassifier-dataframe.p3.bookworm.pkl"
    },
    "sklearn.ensemble._voting.VotingRegressor": {
      kind: "class",
      object: "sklearn.ensemble._voting.VotingRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-VotingRegressor-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.ensemble._weight_boosting.AdaBoostClassifier": {
      kind: "class",
      object: "sklearn.ensemble._weight_boosting.AdaBoostClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-AdaBoostClassifier-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.ensemble._weight_boosting.AdaBoostRegressor": {
      kind: "class",
      object: "sklearn.ensemble._weight_boosting.AdaBoostRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-AdaBoostRegressor-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.feature_extraction._dict_vectorizer.DictVectorizer": {
      kind: "class",
      object: "sklearn.feature_extraction._dict_vectorizer.DictVectorizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-DictVectorizer.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.feature_extraction._hash.FeatureHasher": {
      kind: "class",
      object: "sklearn.feature_extraction._hash.FeatureHasher",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-FeatureHasher.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.feature_extraction.image.PatchExtractor": {
      kind: "class",
      object: "sklearn.feature_extraction.image.PatchExtractor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PatchExtractor.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.feature_extraction.text.CountVectorizer": {
      kind: "class",
      object: "sklearn.feature_extraction.text.CountVectorizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CountVectorizer.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.feature_extraction.text.HashingVectorizer": {
      kind: "class",
      object: "sklearn.feature_extraction.text.HashingVectorizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HashingVectorizer.p2.bookworm.pkl"
    },
    "sklearn.feature_extraction.text.TfidfTransformer": {
      kind: "class",
      object: "sklearn.feature_extraction.text.TfidfTransformer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Pipeline-tfidf-nb.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.feature_extraction.text.TfidfVectorizer": {
      kind: "class",
      object: "sklearn.feature_extraction.text.TfidfVectorizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Pipeline-tfidf-nb.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.feature_selection._from_model.SelectFromModel": {
      kind: "class",
      object: "sklearn.feature_selection._from_model.SelectFromModel",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SelectFromModel-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.feature_selection._rfe.RFE": {
      kind: "class",
      object: "sklearn.feature_selection._rfe.RFE",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RFE-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.feature_selection._rfe.RFECV": {
      kind: "class",
      object: "sklearn.feature_selection._rfe.RFECV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RFECV-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.feature_selection._sequential.SequentialFeatureSelector": {
      kind: "class",
      object: "sklearn.feature_selection._sequential.SequentialFeatureSelector",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SequentialFeatureSelector-dataframe.p5.bookworm.pkl"
    },
    "sklearn.feature_selection._univariate_selection.GenericUnivariateSelect": {
      kind: "class",
      object: "sklearn.feature_selection._univariate_selection.GenericUnivariateSelect",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GenericUnivariateSelect-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.feature_selection._univariate_selection.SelectFdr": {
      kind: "class",
      object: "sklearn.feature_selection._univariate_selection.SelectFdr",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SelectFdr-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.feature_selection._univariate_selection.SelectFpr": {
      kind: "class",
      object: "sklearn.feature_selection._univariate_selection.SelectFpr",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SelectFpr-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.feature_selection._univariate_selection.SelectFwe": {
      kind: "class",
      object: "sklearn.feature_selection._univariate_selection.SelectFwe",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SelectFwe-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.feature_selection._univariate_selection.SelectKBest": {
      kind: "class",
      object: "sklearn.feature_selection._univariate_selection.SelectKBest",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SelectKBest-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.feature_selection._univariate_selection.SelectPercentile": {
      kind: "class",
      object: "sklearn.feature_selection._univariate_selection.SelectPercentile",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SelectPercentile-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.feature_selection._univariate_selection.f_classif": {
      kind: "function",
      object: "sklearn.feature_selection._univariate_selection.f_classif",
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GenericUnivariateSelect-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.feature_selection._variance_threshold.VarianceThreshold": {
      kind: "class",
      object: "sklearn.feature_selection._variance_threshold.VarianceThreshold",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-VarianceThreshold-dataframe.p4.bookworm.pkl"
    },
    "sklearn.gaussian_process._gpc.GaussianProcessClassifier": {
      kind: "class",
      object: "sklearn.gaussian_process._gpc.GaussianProcessClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianProcessClassifier-dataframe.p3.bookworm.pkl"
    },
    "sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace": {
      kind: "class",
      object: "sklearn.gaussian_process._gpc._BinaryGaussianProcessClassifierLaplace",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianProcessClassifier-dataframe.p3.bookworm.pkl"
    },
    "sklearn.gaussian_process._gpr.GaussianProcessRegressor": {
      kind: "class",
      object: "sklearn.gaussian_process._gpr.GaussianProcessRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianProcessRegressor-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.gaussian_process.kernels.ConstantKernel": {
      kind: "class",
      object: "sklearn.gaussian_process.kernels.ConstantKernel",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianProcessClassifier-dataframe.p3.bookworm.pkl"
    },
    "sklearn.gaussian_process.kernels.Product": {
      kind: "class",
      object: "sklearn.gaussian_process.kernels.Product",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianProcessClassifier-dataframe.p3.bookworm.pkl"
    },
    "sklearn.gaussian_process.kernels.RBF": {
      kind: "class",
      object: "sklearn.gaussian_process.kernels.RBF",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianProcessClassifier-dataframe.p3.bookworm.pkl"
    },
    "sklearn.impute._base.MissingIndicator": {
      kind: "class",
      object: "sklearn.impute._base.MissingIndicator",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MissingIndicator-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.impute._base.SimpleImputer": {
      kind: "class",
      object: "sklearn.impute._base.SimpleImputer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Pipeline-ColumnTransformer-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.impute._knn.KNNImputer": {
      kind: "class",
      object: "sklearn.impute._knn.KNNImputer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KNNImputer-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.isotonic.IsotonicRegression": {
      kind: "class",
      object: "sklearn.isotonic.IsotonicRegression",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CalibratedClassifierCV-isotonic.joblib.bookworm.joblib"
    },
    "sklearn.kernel_approximation.AdditiveChi2Sampler": {
      kind: "class",
      object: "sklearn.kernel_approximation.AdditiveChi2Sampler",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-AdditiveChi2Sampler-dataframe.p5.bookworm.pkl"
    },
    "sklearn.kernel_approximation.Nystroem": {
      kind: "class",
      object: "sklearn.kernel_approximation.Nystroem",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Nystroem-dataframe.p5.bookworm.pkl"
    },
    "sklearn.kernel_approximation.PolynomialCountSketch": {
      kind: "class",
      object: "sklearn.kernel_approximation.PolynomialCountSketch",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PolynomialCountSketch-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.kernel_approximation.RBFSampler": {
      kind: "class",
      object: "sklearn.kernel_approximation.RBFSampler",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RBFSampler-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.kernel_approximation.SkewedChi2Sampler": {
      kind: "class",
      object: "sklearn.kernel_approximation.SkewedChi2Sampler",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SkewedChi2Sampler-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.kernel_ridge.KernelRidge": {
      kind: "class",
      object: "sklearn.kernel_ridge.KernelRidge",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KernelRidge-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.linear_model._base.LinearRegression": {
      kind: "class",
      object: "sklearn.linear_model._base.LinearRegression",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LinearRegression-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.linear_model._bayes.ARDRegression": {
      kind: "class",
      object: "sklearn.linear_model._bayes.ARDRegression",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ARDRegression-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.linear_model._bayes.BayesianRidge": {
      kind: "class",
      object: "sklearn.linear_model._bayes.BayesianRidge",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BayesianRidge-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.linear_model._coordinate_descent.ElasticNet": {
      kind: "class",
      object: "sklearn.linear_model._coordinate_descent.ElasticNet",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ElasticNet-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.linear_model._coordinate_descent.ElasticNetCV": {
      kind: "class",
      object: "sklearn.linear_model._coordinate_descent.ElasticNetCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ElasticNetCV-dataframe.p4.bookworm.pkl"
    },
    "sklearn.linear_model._coordinate_descent.Lasso": {
      kind: "class",
      object: "sklearn.linear_model._coordinate_descent.Lasso",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Lasso-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.linear_model._coordinate_descent.LassoCV": {
      kind: "class",
      object: "sklearn.linear_model._coordinate_descent.LassoCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LassoCV-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.linear_model._coordinate_descent.MultiTaskElasticNet": {
      kind: "class",
      object: "sklearn.linear_model._coordinate_descent.MultiTaskElasticNet",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultiTaskElasticNet.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.linear_model._coordinate_descent.MultiTaskElasticNetCV": {
      kind: "class",
      object: "sklearn.linear_model._coordinate_descent.MultiTaskElasticNetCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultiTaskElasticNetCV.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.linear_model._coordinate_descent.MultiTaskLasso": {
      kind: "class",
      object: "sklearn.linear_model._coordinate_descent.MultiTaskLasso",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultiTaskLasso.p2.bookworm.pkl"
    },
    "sklearn.linear_model._coordinate_descent.MultiTaskLassoCV": {
      kind: "class",
      object: "sklearn.linear_model._coordinate_descent.MultiTaskLassoCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultiTaskLassoCV.p4.bookworm.pkl"
    },
    "sklearn.linear_model._glm.glm.GammaRegressor": {
      kind: "class",
      object: "sklearn.linear_model._glm.glm.GammaRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GammaRegressor.joblib.bookworm.joblib"
    },
    "sklearn.linear_model._glm.glm.PoissonRegressor": {
      kind: "class",
      object: "sklearn.linear_model._glm.glm.PoissonRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PoissonRegressor.joblib.bookworm.joblib"
    },
    "sklearn.linear_model._glm.glm.TweedieRegressor": {
      kind: "class",
      object: "sklearn.linear_model._glm.glm.TweedieRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-TweedieRegressor.p0.bookworm.pkl"
    },
    "sklearn.linear_model._huber.HuberRegressor": {
      kind: "class",
      object: "sklearn.linear_model._huber.HuberRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-HuberRegressor-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.linear_model._least_angle.Lars": {
      kind: "class",
      object: "sklearn.linear_model._least_angle.Lars",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Lars-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.linear_model._least_angle.LarsCV": {
      kind: "class",
      object: "sklearn.linear_model._least_angle.LarsCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LarsCV-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.linear_model._least_angle.LassoLars": {
      kind: "class",
      object: "sklearn.linear_model._least_angle.LassoLars",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LassoLars-dataframe.p4.bookworm.pkl"
    },
    "sklearn.linear_model._least_angle.LassoLarsCV": {
      kind: "class",
      object: "sklearn.linear_model._least_angle.LassoLarsCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LassoLarsCV-dataframe.p3.bookworm.pkl"
    },
    "sklearn.linear_model._least_angle.LassoLarsIC": {
      kind: "class",
      object: "sklearn.linear_model._least_angle.LassoLarsIC",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LassoLarsIC-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.linear_model._logistic.LogisticRegression": {
      kind: "class",
      object: "sklearn.linear_model._logistic.LogisticRegression",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ClassifierChain.p2.bookworm.pkl"
    },
    "sklearn.linear_model._logistic.LogisticRegressionCV": {
      kind: "class",
      object: "sklearn.linear_model._logistic.LogisticRegressionCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LogisticRegressionCV-dataframe.p5.bookworm.pkl"
    },
    "sklearn.linear_model._omp.OrthogonalMatchingPursuit": {
      kind: "class",
      object: "sklearn.linear_model._omp.OrthogonalMatchingPursuit",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-OrthogonalMatchingPursuit-dataframe.p3.bookworm.pkl"
    },
    "sklearn.linear_model._omp.OrthogonalMatchingPursuitCV": {
      kind: "class",
      object: "sklearn.linear_model._omp.OrthogonalMatchingPursuitCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-OrthogonalMatchingPursuitCV-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier": {
      kind: "class",
      object: "sklearn.linear_model._passive_aggressive.PassiveAggressiveClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PassiveAggressiveClassifier-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.linear_model._passive_aggressive.PassiveAggressiveRegressor": {
      kind: "class",
      object: "sklearn.linear_model._passive_aggressive.PassiveAggressiveRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PassiveAggressiveRegressor-dataframe.p4.bookworm.pkl"
    },
    "sklearn.linear_model._perceptron.Perceptron": {
      kind: "class",
      object: "sklearn.linear_model._perceptron.Perceptron",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Perceptron-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.linear_model._quantile.QuantileRegressor": {
      kind: "class",
      object: "sklearn.linear_model._quantile.QuantileRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-QuantileRegressor-dataframe.p3.bookworm.pkl"
    },
    "sklearn.linear_model._ransac.RANSACRegressor": {
      kind: "class",
      object: "sklearn.linear_model._ransac.RANSACRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RANSACRegressor-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.linear_model._ridge.Ridge": {
      kind: "class",
      object: "sklearn.linear_model._ridge.Ridge",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultiOutputRegressor.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.linear_model._ridge.RidgeCV": {
      kind: "class",
      object: "sklearn.linear_model._ridge.RidgeCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RidgeCV-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.linear_model._ridge.RidgeClassifier": {
      kind: "class",
      object: "sklearn.linear_model._ridge.RidgeClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RidgeClassifier-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.linear_model._ridge.RidgeClassifierCV": {
      kind: "class",
      object: "sklearn.linear_model._ridge.RidgeClassifierCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RidgeClassifierCV-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.linear_model._sgd_fast.Hinge": {
      kind: "class",
      object: "sklearn.linear_model._sgd_fast.Hinge",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LogisticRegression-RandomState.joblib.bookworm.joblib"
    },
    "sklearn.linear_model._stochastic_gradient.SGDClassifier": {
      kind: "class",
      object: "sklearn.linear_model._stochastic_gradient.SGDClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LogisticRegression-RandomState.joblib.bookworm.joblib"
    },
    "sklearn.linear_model._stochastic_gradient.SGDOneClassSVM": {
      kind: "class",
      object: "sklearn.linear_model._stochastic_gradient.SGDOneClassSVM",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SGDOneClassSVM-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.linear_model._stochastic_gradient.SGDRegressor": {
      kind: "class",
      object: "sklearn.linear_model._stochastic_gradient.SGDRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SGDRegressor-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.linear_model._theil_sen.TheilSenRegressor": {
      kind: "class",
      object: "sklearn.linear_model._theil_sen.TheilSenRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-TheilSenRegressor-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.manifold._isomap.Isomap": {
      kind: "class",
      object: "sklearn.manifold._isomap.Isomap",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Isomap-dataframe.p4.bookworm.pkl"
    },
    "sklearn.manifold._locally_linear.LocallyLinearEmbedding": {
      kind: "class",
      object: "sklearn.manifold._locally_linear.LocallyLinearEmbedding",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LocallyLinearEmbedding-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.manifold._mds.MDS": {
      kind: "class",
      object: "sklearn.manifold._mds.MDS",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MDS-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.manifold._spectral_embedding.SpectralEmbedding": {
      kind: "class",
      object: "sklearn.manifold._spectral_embedding.SpectralEmbedding",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SpectralEmbedding-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.manifold._t_sne.TSNE": {
      kind: "class",
      object: "sklearn.manifold._t_sne.TSNE",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-TSNE-dataframe.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.metrics._dist_metrics.EuclideanDistance": {
      kind: "class",
      object: "sklearn.metrics._dist_metrics.EuclideanDistance",
      setstate: true,
      uses: [],
      seen: ["bookworm"],
      example: "sklearn-Isomap-dataframe.p4.bookworm.pkl"
    },
    "sklearn.metrics._dist_metrics.EuclideanDistance64": {
      kind: "class",
      object: "sklearn.metrics._dist_metrics.EuclideanDistance64",
      setstate: true,
      uses: [],
      seen: ["trixie"],
      example: "sklearn-Isomap-dataframe.joblib-gzip.trixie.joblib.gzip"
    },
    "sklearn.metrics._dist_metrics.newObj": {
      kind: "function",
      object: "sklearn.metrics._dist_metrics.newObj",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Isomap-dataframe.p4.bookworm.pkl"
    },
    "sklearn.metrics._scorer._PassthroughScorer": {
      kind: "class",
      object: "sklearn.metrics._scorer._PassthroughScorer",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "sklearn-GridSearchCV-SVC.joblib-zlib.trixie.joblib.zlib"
    },
    "sklearn.metrics._scorer._passthrough_scorer": {
      kind: "function",
      object: "sklearn.metrics._scorer._passthrough_scorer",
      uses: [],
      seen: ["bookworm"],
      example: "sklearn-GridSearchCV-SVC.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.mixture._bayesian_mixture.BayesianGaussianMixture": {
      kind: "class",
      object: "sklearn.mixture._bayesian_mixture.BayesianGaussianMixture",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BayesianGaussianMixture-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.mixture._gaussian_mixture.GaussianMixture": {
      kind: "class",
      object: "sklearn.mixture._gaussian_mixture.GaussianMixture",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianMixture-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.model_selection._search.GridSearchCV": {
      kind: "class",
      object: "sklearn.model_selection._search.GridSearchCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GridSearchCV-SVC.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.model_selection._search.RandomizedSearchCV": {
      kind: "class",
      object: "sklearn.model_selection._search.RandomizedSearchCV",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RandomizedSearchCV-Ridge.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.multiclass.OneVsOneClassifier": {
      kind: "class",
      object: "sklearn.multiclass.OneVsOneClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-OneVsOneClassifier-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.multiclass.OneVsRestClassifier": {
      kind: "class",
      object: "sklearn.multiclass.OneVsRestClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianProcessClassifier-dataframe.p3.bookworm.pkl"
    },
    "sklearn.multiclass.OutputCodeClassifier": {
      kind: "class",
      object: "sklearn.multiclass.OutputCodeClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-OutputCodeClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.multiclass._ConstantPredictor": {
      kind: "class",
      object: "sklearn.multiclass._ConstantPredictor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-OutputCodeClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.multioutput.ClassifierChain": {
      kind: "class",
      object: "sklearn.multioutput.ClassifierChain",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ClassifierChain.p2.bookworm.pkl"
    },
    "sklearn.multioutput.MultiOutputClassifier": {
      kind: "class",
      object: "sklearn.multioutput.MultiOutputClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultiOutputClassifier.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.multioutput.MultiOutputRegressor": {
      kind: "class",
      object: "sklearn.multioutput.MultiOutputRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultiOutputRegressor.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.multioutput.RegressorChain": {
      kind: "class",
      object: "sklearn.multioutput.RegressorChain",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RegressorChain.p3.bookworm.pkl"
    },
    "sklearn.naive_bayes.BernoulliNB": {
      kind: "class",
      object: "sklearn.naive_bayes.BernoulliNB",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BernoulliNB.joblib-lzma.bookworm.joblib.lzma"
    },
    "sklearn.naive_bayes.CategoricalNB": {
      kind: "class",
      object: "sklearn.naive_bayes.CategoricalNB",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CategoricalNB.p4.bookworm.pkl"
    },
    "sklearn.naive_bayes.ComplementNB": {
      kind: "class",
      object: "sklearn.naive_bayes.ComplementNB",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ComplementNB.p1.bookworm.pkl"
    },
    "sklearn.naive_bayes.GaussianNB": {
      kind: "class",
      object: "sklearn.naive_bayes.GaussianNB",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianNB-dataframe.p5.bookworm.pkl"
    },
    "sklearn.naive_bayes.MultinomialNB": {
      kind: "class",
      object: "sklearn.naive_bayes.MultinomialNB",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultinomialNB.joblib.bookworm.joblib"
    },
    "sklearn.neighbors._classification.KNeighborsClassifier": {
      kind: "class",
      object: "sklearn.neighbors._classification.KNeighborsClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KNeighborsClassifier-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.neighbors._classification.RadiusNeighborsClassifier": {
      kind: "class",
      object: "sklearn.neighbors._classification.RadiusNeighborsClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RadiusNeighborsClassifier-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.neighbors._graph.KNeighborsTransformer": {
      kind: "class",
      object: "sklearn.neighbors._graph.KNeighborsTransformer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KNeighborsTransformer-dataframe.p5.bookworm.pkl"
    },
    "sklearn.neighbors._graph.RadiusNeighborsTransformer": {
      kind: "class",
      object: "sklearn.neighbors._graph.RadiusNeighborsTransformer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RadiusNeighborsTransformer-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.neighbors._kd_tree.KDTree": {
      kind: "class",
      object: "sklearn.neighbors._kd_tree.KDTree",
      setstate: true,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Isomap-dataframe.p4.bookworm.pkl"
    },
    "sklearn.neighbors._kd_tree.newObj": {
      kind: "function",
      object: "sklearn.neighbors._kd_tree.newObj",
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Isomap-dataframe.p4.bookworm.pkl"
    },
    "sklearn.neighbors._kde.KernelDensity": {
      kind: "class",
      object: "sklearn.neighbors._kde.KernelDensity",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KernelDensity-dataframe.p4.bookworm.pkl"
    },
    "sklearn.neighbors._lof.LocalOutlierFactor": {
      kind: "class",
      object: "sklearn.neighbors._lof.LocalOutlierFactor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LocalOutlierFactor-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.neighbors._nca.NeighborhoodComponentsAnalysis": {
      kind: "class",
      object: "sklearn.neighbors._nca.NeighborhoodComponentsAnalysis",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-NeighborhoodComponentsAnalysis-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.neighbors._nearest_centroid.NearestCentroid": {
      kind: "class",
      object: "sklearn.neighbors._nearest_centroid.NearestCentroid",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-NearestCentroid-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.neighbors._regression.KNeighborsRegressor": {
      kind: "class",
      object: "sklearn.neighbors._regression.KNeighborsRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KNeighborsRegressor-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.neighbors._regression.RadiusNeighborsRegressor": {
      kind: "class",
      object: "sklearn.neighbors._regression.RadiusNeighborsRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RadiusNeighborsRegressor-dataframe.p3.bookworm.pkl"
    },
    "sklearn.neighbors._unsupervised.NearestNeighbors": {
      kind: "class",
      object: "sklearn.neighbors._unsupervised.NearestNeighbors",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Isomap-dataframe.p4.bookworm.pkl"
    },
    "sklearn.neural_network._multilayer_perceptron.MLPClassifier": {
      kind: "class",
      object: "sklearn.neural_network._multilayer_perceptron.MLPClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MLPClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.neural_network._multilayer_perceptron.MLPRegressor": {
      kind: "class",
      object: "sklearn.neural_network._multilayer_perceptron.MLPRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MLPRegressor-dataframe.joblib-xz.bookworm.joblib.xz"
    },
    "sklearn.neural_network._rbm.BernoulliRBM": {
      kind: "class",
      object: "sklearn.neural_network._rbm.BernoulliRBM",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-BernoulliRBM-dataframe.p5.bookworm.pkl"
    },
    "sklearn.neural_network._stochastic_optimizers.AdamOptimizer": {
      kind: "class",
      object: "sklearn.neural_network._stochastic_optimizers.AdamOptimizer",
      setstate: false,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MLPClassifier-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.pipeline.FeatureUnion": {
      kind: "class",
      object: "sklearn.pipeline.FeatureUnion",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-FeatureUnion.p2.bookworm.pkl"
    },
    "sklearn.pipeline.Pipeline": {
      kind: "class",
      object: "sklearn.pipeline.Pipeline",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Pipeline-ColumnTransformer-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.preprocessing._data.Binarizer": {
      kind: "class",
      object: "sklearn.preprocessing._data.Binarizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Binarizer-dataframe.p4.bookworm.pkl"
    },
    "sklearn.preprocessing._data.KernelCenterer": {
      kind: "class",
      object: "sklearn.preprocessing._data.KernelCenterer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Isomap-dataframe.p4.bookworm.pkl"
    },
    "sklearn.preprocessing._data.MaxAbsScaler": {
      kind: "class",
      object: "sklearn.preprocessing._data.MaxAbsScaler",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MaxAbsScaler-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.preprocessing._data.MinMaxScaler": {
      kind: "class",
      object: "sklearn.preprocessing._data.MinMaxScaler",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ColumnTransformer-selector.joblib.bookworm.joblib"
    },
    "sklearn.preprocessing._data.Normalizer": {
      kind: "class",
      object: "sklearn.preprocessing._data.Normalizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-Normalizer-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.preprocessing._data.PowerTransformer": {
      kind: "class",
      object: "sklearn.preprocessing._data.PowerTransformer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PowerTransformer-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.preprocessing._data.QuantileTransformer": {
      kind: "class",
      object: "sklearn.preprocessing._data.QuantileTransformer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-QuantileTransformer-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.preprocessing._data.RobustScaler": {
      kind: "class",
      object: "sklearn.preprocessing._data.RobustScaler",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-RobustScaler-dataframe.p3.bookworm.pkl"
    },
    "sklearn.preprocessing._data.StandardScaler": {
      kind: "class",
      object: "sklearn.preprocessing._data.StandardScaler",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ColumnTransformer.p3.bookworm.pkl"
    },
    "sklearn.preprocessing._discretization.KBinsDiscretizer": {
      kind: "class",
      object: "sklearn.preprocessing._discretization.KBinsDiscretizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KBinsDiscretizer-dataframe.p3.bookworm.pkl"
    },
    "sklearn.preprocessing._encoders.OneHotEncoder": {
      kind: "class",
      object: "sklearn.preprocessing._encoders.OneHotEncoder",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-KBinsDiscretizer-dataframe.p3.bookworm.pkl"
    },
    "sklearn.preprocessing._encoders.OrdinalEncoder": {
      kind: "class",
      object: "sklearn.preprocessing._encoders.OrdinalEncoder",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ColumnTransformer-selector.joblib.bookworm.joblib"
    },
    "sklearn.preprocessing._function_transformer.FunctionTransformer": {
      kind: "class",
      object: "sklearn.preprocessing._function_transformer.FunctionTransformer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ColumnTransformer.p3.bookworm.pkl"
    },
    "sklearn.preprocessing._label.LabelBinarizer": {
      kind: "class",
      object: "sklearn.preprocessing._label.LabelBinarizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianProcessClassifier-dataframe.p3.bookworm.pkl"
    },
    "sklearn.preprocessing._label.LabelEncoder": {
      kind: "class",
      object: "sklearn.preprocessing._label.LabelEncoder",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LabelEncoder.p2.bookworm.pkl"
    },
    "sklearn.preprocessing._label.MultiLabelBinarizer": {
      kind: "class",
      object: "sklearn.preprocessing._label.MultiLabelBinarizer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-MultiLabelBinarizer.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.preprocessing._polynomial.PolynomialFeatures": {
      kind: "class",
      object: "sklearn.preprocessing._polynomial.PolynomialFeatures",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-PolynomialFeatures-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.preprocessing._polynomial.SplineTransformer": {
      kind: "class",
      object: "sklearn.preprocessing._polynomial.SplineTransformer",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SplineTransformer-dataframe.joblib.bookworm.joblib"
    },
    "sklearn.preprocessing._target_encoder.TargetEncoder": {
      kind: "class",
      object: "sklearn.preprocessing._target_encoder.TargetEncoder",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "sklearn-TargetEncoder-dataframe.p4.trixie.pkl"
    },
    "sklearn.random_projection.GaussianRandomProjection": {
      kind: "class",
      object: "sklearn.random_projection.GaussianRandomProjection",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GaussianRandomProjection.p1.bookworm.pkl"
    },
    "sklearn.random_projection.SparseRandomProjection": {
      kind: "class",
      object: "sklearn.random_projection.SparseRandomProjection",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SparseRandomProjection.joblib.bookworm.joblib"
    },
    "sklearn.semi_supervised._label_propagation.LabelPropagation": {
      kind: "class",
      object: "sklearn.semi_supervised._label_propagation.LabelPropagation",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LabelPropagation.p3.bookworm.pkl"
    },
    "sklearn.semi_supervised._label_propagation.LabelSpreading": {
      kind: "class",
      object: "sklearn.semi_supervised._label_propagation.LabelSpreading",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LabelSpreading.p1.bookworm.pkl"
    },
    "sklearn.semi_supervised._self_training.SelfTrainingClassifier": {
      kind: "class",
      object: "sklearn.semi_supervised._self_training.SelfTrainingClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SelfTrainingClassifier.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.svm._classes.LinearSVC": {
      kind: "class",
      object: "sklearn.svm._classes.LinearSVC",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-CalibratedClassifierCV-dataframe.joblib-gzip.bookworm.joblib.gzip"
    },
    "sklearn.svm._classes.LinearSVR": {
      kind: "class",
      object: "sklearn.svm._classes.LinearSVR",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-LinearSVR-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.svm._classes.NuSVC": {
      kind: "class",
      object: "sklearn.svm._classes.NuSVC",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-NuSVC-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.svm._classes.NuSVR": {
      kind: "class",
      object: "sklearn.svm._classes.NuSVR",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-NuSVR-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.svm._classes.OneClassSVM": {
      kind: "class",
      object: "sklearn.svm._classes.OneClassSVM",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-OneClassSVM-dataframe.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.svm._classes.SVC": {
      kind: "class",
      object: "sklearn.svm._classes.SVC",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-GridSearchCV-SVC.joblib-zlib.bookworm.joblib.zlib"
    },
    "sklearn.svm._classes.SVR": {
      kind: "class",
      object: "sklearn.svm._classes.SVR",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-SVR-dataframe.p3.bookworm.pkl"
    },
    "sklearn.tree._classes.DecisionTreeClassifier": {
      kind: "class",
      object: "sklearn.tree._classes.DecisionTreeClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-AdaBoostClassifier-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.tree._classes.DecisionTreeRegressor": {
      kind: "class",
      object: "sklearn.tree._classes.DecisionTreeRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-AdaBoostRegressor-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.tree._classes.ExtraTreeClassifier": {
      kind: "class",
      object: "sklearn.tree._classes.ExtraTreeClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ExtraTreeClassifier-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.tree._classes.ExtraTreeRegressor": {
      kind: "class",
      object: "sklearn.tree._classes.ExtraTreeRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-ExtraTreeRegressor-dataframe.joblib-lz4.bookworm.joblib.lz4"
    },
    "sklearn.tree._tree.Tree": {
      kind: "class",
      object: "sklearn.tree._tree.Tree",
      setstate: true,
      uses: ["call"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-AdaBoostClassifier-dataframe.joblib-bz2.bookworm.joblib.bz2"
    },
    "sklearn.utils._bunch.Bunch": {
      kind: "class",
      object: "sklearn.utils._bunch.Bunch",
      setstate: true,
      uses: ["fill", "new"],
      seen: ["bookworm", "trixie"],
      example: "sklearn-StackingClassifier-dataframe.p5.bookworm.pkl"
    },
    "sklearn.utils.validation.check_array": {
      kind: "function",
      object: "sklearn.utils.validation.check_array",
      uses: [],
      seen: ["trixie"],
      example: "sklearn-HistGradientBoosting-categorical.joblib.trixie.joblib"
    },
    "torch.BFloat16Storage": {
      kind: "class",
      object: "torch.BFloat16Storage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-bfloat16.torch-legacy.trixie.pt"
    },
    "torch.BoolStorage": {
      kind: "class",
      object: "torch.BoolStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-bool.torch-legacy.trixie.pt"
    },
    "torch.ByteStorage": {
      kind: "class",
      object: "torch.ByteStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-checkpoint-namespace.torch-legacy.trixie.pt"
    },
    "torch.CharStorage": {
      kind: "class",
      object: "torch.CharStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-int8.torch-legacy.trixie.pt"
    },
    "torch.ComplexDoubleStorage": {
      kind: "class",
      object: "torch.ComplexDoubleStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-complex128.torch-legacy.trixie.pt"
    },
    "torch.ComplexFloatStorage": {
      kind: "class",
      object: "torch.ComplexFloatStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-complex64.torch-legacy.trixie.pt"
    },
    "torch.DoubleStorage": {
      kind: "class",
      object: "torch.DoubleStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-quantized-per-channel.torch-legacy.trixie.pt"
    },
    "torch.FloatStorage": {
      kind: "class",
      object: "torch.FloatStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-Parameter.torch-legacy.trixie.pt"
    },
    "torch.HalfStorage": {
      kind: "class",
      object: "torch.HalfStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-float16.torch-legacy.trixie.pt"
    },
    "torch.IntStorage": {
      kind: "class",
      object: "torch.IntStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-int32.torch-legacy.trixie.pt"
    },
    "torch.LongStorage": {
      kind: "class",
      object: "torch.LongStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.QInt32Storage": {
      kind: "class",
      object: "torch.QInt32Storage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-quantized-qint32.torch-legacy.trixie.pt"
    },
    "torch.QInt8Storage": {
      kind: "class",
      object: "torch.QInt8Storage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-quantized-per-channel.torch-legacy.trixie.pt"
    },
    "torch.QUInt8Storage": {
      kind: "class",
      object: "torch.QUInt8Storage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-quantized-quint8.torch-legacy.trixie.pt"
    },
    "torch.ShortStorage": {
      kind: "class",
      object: "torch.ShortStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-int16.torch-legacy.trixie.pt"
    },
    "torch.Size": {
      kind: "class",
      object: "torch.Size",
      setstate: false,
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-sparse-bsr.torch-legacy.trixie.pt"
    },
    "torch._utils._rebuild_parameter": {
      kind: "function",
      object: "torch._utils._rebuild_parameter",
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-Parameter.torch-legacy.trixie.pt"
    },
    "torch._utils._rebuild_qtensor": {
      kind: "function",
      object: "torch._utils._rebuild_qtensor",
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-quantized-per-channel.torch-legacy.trixie.pt"
    },
    "torch._utils._rebuild_sparse_tensor": {
      kind: "function",
      object: "torch._utils._rebuild_sparse_tensor",
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-sparse-bsr.torch-legacy.trixie.pt"
    },
    "torch._utils._rebuild_tensor_v2": {
      kind: "function",
      object: "torch._utils._rebuild_tensor_v2",
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-Parameter.torch-legacy.trixie.pt"
    },
    "torch._utils._rebuild_tensor_v3": {
      kind: "function",
      object: "torch._utils._rebuild_tensor_v3",
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-tensor-complex32.torch-zip.trixie.pt"
    },
    "torch.bfloat16": {
      kind: "object",
      object: "torch.dtype:torch.bfloat16",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.bool": {
      kind: "object",
      object: "torch.dtype:torch.bool",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.complex128": {
      kind: "object",
      object: "torch.dtype:torch.complex128",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.complex32": {
      kind: "object",
      object: "torch.dtype:torch.complex32",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.complex64": {
      kind: "object",
      object: "torch.dtype:torch.complex64",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.device": {
      kind: "class",
      object: "torch.device",
      setstate: false,
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-tensor-sizes.torch-legacy.trixie.pt"
    },
    "torch.float16": {
      kind: "object",
      object: "torch.dtype:torch.float16",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.float32": {
      kind: "object",
      object: "torch.dtype:torch.float32",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.float64": {
      kind: "object",
      object: "torch.dtype:torch.float64",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.float8_e4m3fn": {
      kind: "object",
      object: "torch.dtype:torch.float8_e4m3fn",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.float8_e5m2": {
      kind: "object",
      object: "torch.dtype:torch.float8_e5m2",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.int16": {
      kind: "object",
      object: "torch.dtype:torch.int16",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.int32": {
      kind: "object",
      object: "torch.dtype:torch.int32",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.int64": {
      kind: "object",
      object: "torch.dtype:torch.int64",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.int8": {
      kind: "object",
      object: "torch.dtype:torch.int8",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.nn.functional.relu": {
      kind: "function",
      object: "torch.nn.functional.relu",
      uses: [],
      seen: ["trixie"],
      example: "torch-module-Transformer.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.activation.GELU": {
      kind: "class",
      object: "torch.nn.modules.activation.GELU",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.activation.LeakyReLU": {
      kind: "class",
      object: "torch.nn.modules.activation.LeakyReLU",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-ModuleDict.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.activation.MultiheadAttention": {
      kind: "class",
      object: "torch.nn.modules.activation.MultiheadAttention",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-MultiheadAttention.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.activation.ReLU": {
      kind: "class",
      object: "torch.nn.modules.activation.ReLU",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.activation.Sigmoid": {
      kind: "class",
      object: "torch.nn.modules.activation.Sigmoid",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.activation.Softmax": {
      kind: "class",
      object: "torch.nn.modules.activation.Softmax",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Sequential.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.activation.Tanh": {
      kind: "class",
      object: "torch.nn.modules.activation.Tanh",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.batchnorm.BatchNorm1d": {
      kind: "class",
      object: "torch.nn.modules.batchnorm.BatchNorm1d",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Sequential.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.batchnorm.BatchNorm2d": {
      kind: "class",
      object: "torch.nn.modules.batchnorm.BatchNorm2d",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.container.ModuleDict": {
      kind: "class",
      object: "torch.nn.modules.container.ModuleDict",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-ModuleDict.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.container.ModuleList": {
      kind: "class",
      object: "torch.nn.modules.container.ModuleList",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-ModuleDict.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.container.Sequential": {
      kind: "class",
      object: "torch.nn.modules.container.Sequential",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.conv.Conv1d": {
      kind: "class",
      object: "torch.nn.modules.conv.Conv1d",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Conv1d.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.conv.Conv2d": {
      kind: "class",
      object: "torch.nn.modules.conv.Conv2d",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.dropout.Dropout": {
      kind: "class",
      object: "torch.nn.modules.dropout.Dropout",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Sequential.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.flatten.Flatten": {
      kind: "class",
      object: "torch.nn.modules.flatten.Flatten",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.linear.Identity": {
      kind: "class",
      object: "torch.nn.modules.linear.Identity",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-ModuleDict.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.linear.Linear": {
      kind: "class",
      object: "torch.nn.modules.linear.Linear",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Linear.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.linear.NonDynamicallyQuantizableLinear": {
      kind: "class",
      object: "torch.nn.modules.linear.NonDynamicallyQuantizableLinear",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-MultiheadAttention.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.module._WrappedHook": {
      kind: "class",
      object: "torch.nn.modules.module._WrappedHook",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-spectral_norm-Linear.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.normalization.LayerNorm": {
      kind: "class",
      object: "torch.nn.modules.normalization.LayerNorm",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.pooling.MaxPool2d": {
      kind: "class",
      object: "torch.nn.modules.pooling.MaxPool2d",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-CNN.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.rnn.GRU": {
      kind: "class",
      object: "torch.nn.modules.rnn.GRU",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-GRU.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.rnn.LSTM": {
      kind: "class",
      object: "torch.nn.modules.rnn.LSTM",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-LSTM.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.sparse.Embedding": {
      kind: "class",
      object: "torch.nn.modules.sparse.Embedding",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Embedding.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.transformer.Transformer": {
      kind: "class",
      object: "torch.nn.modules.transformer.Transformer",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Transformer.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.transformer.TransformerDecoder": {
      kind: "class",
      object: "torch.nn.modules.transformer.TransformerDecoder",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Transformer.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.transformer.TransformerDecoderLayer": {
      kind: "class",
      object: "torch.nn.modules.transformer.TransformerDecoderLayer",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Transformer.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.transformer.TransformerEncoder": {
      kind: "class",
      object: "torch.nn.modules.transformer.TransformerEncoder",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Transformer.torch-legacy.trixie.pt"
    },
    "torch.nn.modules.transformer.TransformerEncoderLayer": {
      kind: "class",
      object: "torch.nn.modules.transformer.TransformerEncoderLayer",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-Transformer.torch-legacy.trixie.pt"
    },
    "torch.nn.utils.spectral_norm.SpectralNorm": {
      kind: "class",
      object: "torch.nn.utils.spectral_norm.SpectralNorm",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-spectral_norm-Linear.torch-legacy.trixie.pt"
    },
    "torch.nn.utils.spectral_norm.SpectralNormLoadStateDictPreHook": {
      kind: "class",
      object: "torch.nn.utils.spectral_norm.SpectralNormLoadStateDictPreHook",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-spectral_norm-Linear.torch-legacy.trixie.pt"
    },
    "torch.nn.utils.spectral_norm.SpectralNormStateDictHook": {
      kind: "class",
      object: "torch.nn.utils.spectral_norm.SpectralNormStateDictHook",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-spectral_norm-Linear.torch-legacy.trixie.pt"
    },
    "torch.nn.utils.weight_norm.WeightNorm": {
      kind: "class",
      object: "torch.nn.utils.weight_norm.WeightNorm",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-module-weight_norm-Linear.torch-legacy.trixie.pt"
    },
    "torch.optim.adadelta.Adadelta": {
      kind: "class",
      object: "torch.optim.adadelta.Adadelta",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-Adadelta.torch-legacy.trixie.pt"
    },
    "torch.optim.adagrad.Adagrad": {
      kind: "class",
      object: "torch.optim.adagrad.Adagrad",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-Adagrad.torch-legacy.trixie.pt"
    },
    "torch.optim.adam.Adam": {
      kind: "class",
      object: "torch.optim.adam.Adam",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-Adam.torch-legacy.trixie.pt"
    },
    "torch.optim.adamax.Adamax": {
      kind: "class",
      object: "torch.optim.adamax.Adamax",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-Adamax.torch-legacy.trixie.pt"
    },
    "torch.optim.adamw.AdamW": {
      kind: "class",
      object: "torch.optim.adamw.AdamW",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-AdamW.torch-legacy.trixie.pt"
    },
    "torch.optim.asgd.ASGD": {
      kind: "class",
      object: "torch.optim.asgd.ASGD",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-ASGD.torch-legacy.trixie.pt"
    },
    "torch.optim.lbfgs.LBFGS": {
      kind: "class",
      object: "torch.optim.lbfgs.LBFGS",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-LBFGS.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.ConstantLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.ConstantLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-ConstantLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.CosineAnnealingLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.CosineAnnealingLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-CosineAnnealingLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.CosineAnnealingWarmRestarts": {
      kind: "class",
      object: "torch.optim.lr_scheduler.CosineAnnealingWarmRestarts",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-CosineAnnealingWarmRestarts.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.CyclicLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.CyclicLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-CyclicLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.CyclicLR._triangular_scale_fn": {
      kind: "function",
      object: "torch.optim.lr_scheduler.CyclicLR._triangular_scale_fn",
      uses: [],
      via: "builtins.getattr",
      seen: ["trixie"],
      example: "torch-scheduler-CyclicLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.ExponentialLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.ExponentialLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-ExponentialLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.LinearLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.LinearLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-LinearLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.MultiStepLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.MultiStepLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-MultiStepLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.OneCycleLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.OneCycleLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-OneCycleLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.PolynomialLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.PolynomialLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-PolynomialLR.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.ReduceLROnPlateau": {
      kind: "class",
      object: "torch.optim.lr_scheduler.ReduceLROnPlateau",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-ReduceLROnPlateau.torch-legacy.trixie.pt"
    },
    "torch.optim.lr_scheduler.StepLR": {
      kind: "class",
      object: "torch.optim.lr_scheduler.StepLR",
      setstate: false,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-scheduler-StepLR.torch-legacy.trixie.pt"
    },
    "torch.optim.nadam.NAdam": {
      kind: "class",
      object: "torch.optim.nadam.NAdam",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-NAdam.torch-legacy.trixie.pt"
    },
    "torch.optim.radam.RAdam": {
      kind: "class",
      object: "torch.optim.radam.RAdam",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-RAdam.torch-legacy.trixie.pt"
    },
    "torch.optim.rmsprop.RMSprop": {
      kind: "class",
      object: "torch.optim.rmsprop.RMSprop",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-RMSprop.torch-legacy.trixie.pt"
    },
    "torch.optim.rprop.Rprop": {
      kind: "class",
      object: "torch.optim.rprop.Rprop",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-Rprop.torch-legacy.trixie.pt"
    },
    "torch.optim.sgd.SGD": {
      kind: "class",
      object: "torch.optim.sgd.SGD",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "torch-optimizer-SGD.torch-legacy.trixie.pt"
    },
    "torch.per_channel_affine": {
      kind: "object",
      object: "torch.qscheme:torch.per_channel_affine",
      uses: [],
      seen: ["trixie"],
      example: "torch-quantized-per-channel.torch-legacy.trixie.pt"
    },
    "torch.per_tensor_affine": {
      kind: "object",
      object: "torch.qscheme:torch.per_tensor_affine",
      uses: [],
      seen: ["trixie"],
      example: "torch-quantized-qint32.torch-legacy.trixie.pt"
    },
    "torch.serialization._get_layout": {
      kind: "function",
      object: "torch.serialization._get_layout",
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-sparse-bsr.torch-legacy.trixie.pt"
    },
    "torch.storage.UntypedStorage": {
      kind: "class",
      object: "torch.storage.UntypedStorage",
      setstate: false,
      uses: [],
      seen: ["trixie"],
      example: "torch-tensor-complex32.torch-zip.trixie.pt"
    },
    "torch.storage._load_from_bytes": {
      kind: "function",
      object: "torch.storage._load_from_bytes",
      uses: ["call"],
      seen: ["trixie"],
      example: "torch-tensors-plain-pickle.joblib.trixie.joblib"
    },
    "torch.uint16": {
      kind: "object",
      object: "torch.dtype:torch.uint16",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.uint32": {
      kind: "object",
      object: "torch.dtype:torch.uint32",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.uint64": {
      kind: "object",
      object: "torch.dtype:torch.uint64",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "torch.uint8": {
      kind: "object",
      object: "torch.dtype:torch.uint8",
      uses: [],
      seen: ["trixie"],
      example: "torch-dtypes.torch-legacy.trixie.pt"
    },
    "uuid.UUID": {
      kind: "class",
      object: "uuid.UUID",
      setstate: true,
      uses: ["new"],
      seen: ["bookworm", "trixie"],
      example: "python-builtins.joblib.bookworm.joblib"
    },
    "xgboost.core.Booster": {
      kind: "class",
      object: "xgboost.core.Booster",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "xgboost-Booster.joblib-zlib.trixie.joblib.zlib"
    },
    "xgboost.sklearn.XGBClassifier": {
      kind: "class",
      object: "xgboost.sklearn.XGBClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "xgboost-Pipeline.joblib-gzip.trixie.joblib.gzip"
    },
    "xgboost.sklearn.XGBRFClassifier": {
      kind: "class",
      object: "xgboost.sklearn.XGBRFClassifier",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "xgboost-XGBRFClassifier.joblib.trixie.joblib"
    },
    "xgboost.sklearn.XGBRFRegressor": {
      kind: "class",
      object: "xgboost.sklearn.XGBRFRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "xgboost-XGBRFRegressor.p4.trixie.pkl"
    },
    "xgboost.sklearn.XGBRanker": {
      kind: "class",
      object: "xgboost.sklearn.XGBRanker",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "xgboost-XGBRanker.joblib.trixie.joblib"
    },
    "xgboost.sklearn.XGBRegressor": {
      kind: "class",
      object: "xgboost.sklearn.XGBRegressor",
      setstate: true,
      uses: ["new"],
      seen: ["trixie"],
      example: "xgboost-XGBRegressor.joblib-zlib.trixie.joblib.zlib"
    },
    "zoneinfo.ZoneInfo": {
      kind: "class",
      object: "zoneinfo.ZoneInfo",
      setstate: false,
      uses: [],
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-zoneinfo.joblib.bookworm.joblib"
    },
    "zoneinfo.ZoneInfo._unpickle": {
      kind: "function",
      object: "zoneinfo.ZoneInfo._unpickle",
      uses: ["call"],
      via: "builtins.getattr",
      seen: ["bookworm", "trixie"],
      example: "pandas-Series-tz-zoneinfo.joblib.bookworm.joblib"
    }
  }
};

// src/artifacts/compat-pickle.json
var compat_pickle_default = {
  python: "3.11",
  modules: {
    BaseHTTPServer: "http.server",
    CGIHTTPServer: "http.server",
    ConfigParser: "configparser",
    Cookie: "http.cookies",
    Dialog: "tkinter.dialog",
    DocXMLRPCServer: "xmlrpc.server",
    FileDialog: "tkinter.filedialog",
    HTMLParser: "html.parser",
    Queue: "queue",
    ScrolledText: "tkinter.scrolledtext",
    SimpleDialog: "tkinter.simpledialog",
    SimpleHTTPServer: "http.server",
    SimpleXMLRPCServer: "xmlrpc.server",
    SocketServer: "socketserver",
    StringIO: "io",
    Tix: "tkinter.tix",
    Tkconstants: "tkinter.constants",
    Tkdnd: "tkinter.dnd",
    Tkinter: "tkinter",
    UserDict: "collections",
    UserList: "collections",
    UserString: "collections",
    __builtin__: "builtins",
    _abcoll: "collections.abc",
    _elementtree: "xml.etree.ElementTree",
    _winreg: "winreg",
    anydbm: "dbm",
    cPickle: "pickle",
    cStringIO: "io",
    commands: "subprocess",
    cookielib: "http.cookiejar",
    copy_reg: "copyreg",
    dbhash: "dbm.bsd",
    dbm: "dbm.ndbm",
    dumbdbm: "dbm.dumb",
    dummy_thread: "_dummy_thread",
    gdbm: "dbm.gnu",
    htmlentitydefs: "html.entities",
    httplib: "http.client",
    markupbase: "_markupbase",
    repr: "reprlib",
    robotparser: "urllib.robotparser",
    "test.test_support": "test.support",
    thread: "_thread",
    tkColorChooser: "tkinter.colorchooser",
    tkCommonDialog: "tkinter.commondialog",
    tkFileDialog: "tkinter.filedialog",
    tkFont: "tkinter.font",
    tkMessageBox: "tkinter.messagebox",
    tkSimpleDialog: "tkinter.simpledialog",
    ttk: "tkinter.ttk",
    urllib2: "urllib.request",
    urlparse: "urllib.parse",
    whichdb: "dbm",
    xmlrpclib: "xmlrpc.client"
  },
  importable: ["_elementtree", "dbm", "test.test_support"],
  names: {
    "UserDict.IterableUserDict": "collections.UserDict",
    "UserDict.UserDict": "collections.UserDict",
    "UserList.UserList": "collections.UserList",
    "UserString.UserString": "collections.UserString",
    "__builtin__.basestring": "builtins.str",
    "__builtin__.intern": "sys.intern",
    "__builtin__.long": "builtins.int",
    "__builtin__.reduce": "functools.reduce",
    "__builtin__.unichr": "builtins.chr",
    "__builtin__.unicode": "builtins.str",
    "__builtin__.xrange": "builtins.range",
    "_multiprocessing.Connection": "multiprocessing.connection.Connection",
    "_socket.fromfd": "socket.fromfd",
    "exceptions.ArithmeticError": "builtins.ArithmeticError",
    "exceptions.AssertionError": "builtins.AssertionError",
    "exceptions.AttributeError": "builtins.AttributeError",
    "exceptions.BaseException": "builtins.BaseException",
    "exceptions.BufferError": "builtins.BufferError",
    "exceptions.BytesWarning": "builtins.BytesWarning",
    "exceptions.DeprecationWarning": "builtins.DeprecationWarning",
    "exceptions.EOFError": "builtins.EOFError",
    "exceptions.EnvironmentError": "builtins.EnvironmentError",
    "exceptions.Exception": "builtins.Exception",
    "exceptions.FloatingPointError": "builtins.FloatingPointError",
    "exceptions.FutureWarning": "builtins.FutureWarning",
    "exceptions.GeneratorExit": "builtins.GeneratorExit",
    "exceptions.IOError": "builtins.IOError",
    "exceptions.ImportError": "builtins.ImportError",
    "exceptions.ImportWarning": "builtins.ImportWarning",
    "exceptions.IndentationError": "builtins.IndentationError",
    "exceptions.IndexError": "builtins.IndexError",
    "exceptions.KeyError": "builtins.KeyError",
    "exceptions.KeyboardInterrupt": "builtins.KeyboardInterrupt",
    "exceptions.LookupError": "builtins.LookupError",
    "exceptions.MemoryError": "builtins.MemoryError",
    "exceptions.NameError": "builtins.NameError",
    "exceptions.NotImplementedError": "builtins.NotImplementedError",
    "exceptions.OSError": "builtins.OSError",
    "exceptions.OverflowError": "builtins.OverflowError",
    "exceptions.PendingDeprecationWarning": "builtins.PendingDeprecationWarning",
    "exceptions.ReferenceError": "builtins.ReferenceError",
    "exceptions.RuntimeError": "builtins.RuntimeError",
    "exceptions.RuntimeWarning": "builtins.RuntimeWarning",
    "exceptions.StandardError": "builtins.Exception",
    "exceptions.StopIteration": "builtins.StopIteration",
    "exceptions.SyntaxError": "builtins.SyntaxError",
    "exceptions.SyntaxWarning": "builtins.SyntaxWarning",
    "exceptions.SystemError": "builtins.SystemError",
    "exceptions.SystemExit": "builtins.SystemExit",
    "exceptions.TabError": "builtins.TabError",
    "exceptions.TypeError": "builtins.TypeError",
    "exceptions.UnboundLocalError": "builtins.UnboundLocalError",
    "exceptions.UnicodeDecodeError": "builtins.UnicodeDecodeError",
    "exceptions.UnicodeEncodeError": "builtins.UnicodeEncodeError",
    "exceptions.UnicodeError": "builtins.UnicodeError",
    "exceptions.UnicodeTranslateError": "builtins.UnicodeTranslateError",
    "exceptions.UnicodeWarning": "builtins.UnicodeWarning",
    "exceptions.UserWarning": "builtins.UserWarning",
    "exceptions.ValueError": "builtins.ValueError",
    "exceptions.Warning": "builtins.Warning",
    "exceptions.ZeroDivisionError": "builtins.ZeroDivisionError",
    "itertools.ifilter": "builtins.filter",
    "itertools.ifilterfalse": "itertools.filterfalse",
    "itertools.imap": "builtins.map",
    "itertools.izip": "builtins.zip",
    "itertools.izip_longest": "itertools.zip_longest",
    "multiprocessing.AuthenticationError": "multiprocessing.context.AuthenticationError",
    "multiprocessing.BufferTooShort": "multiprocessing.context.BufferTooShort",
    "multiprocessing.ProcessError": "multiprocessing.context.ProcessError",
    "multiprocessing.TimeoutError": "multiprocessing.context.TimeoutError",
    "multiprocessing.forking.Popen": "multiprocessing.popen_fork.Popen",
    "multiprocessing.process.Process": "multiprocessing.context.Process",
    "socket._socketobject": "socket.SocketType",
    "urllib.ContentTooShortError": "urllib.error.ContentTooShortError",
    "urllib.getproxies": "urllib.request.getproxies",
    "urllib.pathname2url": "urllib.request.pathname2url",
    "urllib.quote": "urllib.parse.quote",
    "urllib.quote_plus": "urllib.parse.quote_plus",
    "urllib.unquote": "urllib.parse.unquote",
    "urllib.unquote_plus": "urllib.parse.unquote_plus",
    "urllib.url2pathname": "urllib.request.url2pathname",
    "urllib.urlcleanup": "urllib.request.urlcleanup",
    "urllib.urlencode": "urllib.parse.urlencode",
    "urllib.urlopen": "urllib.request.urlopen",
    "urllib.urlretrieve": "urllib.request.urlretrieve",
    "urllib2.HTTPError": "urllib.error.HTTPError",
    "urllib2.URLError": "urllib.error.URLError",
    "whichdb.whichdb": "dbm.whichdb"
  }
};

// src/artifacts/importable.json
var importable_default = {
  generated: {
    by: "scripts/allowlist/modules.py, run in each test image (npm run allowlist)",
    images: ["localhost/modelgate-bookworm:latest", "localhost/modelgate-trixie:latest"],
    note: "Top-level modules a Python of the test images can import. In readings of bytes that are not meant as a pickle, an unknown import counts only when its module is importable (here, on the deny-list or the allow-list); otherwise Python raises before anything runs."
  },
  modules: [
    "__future__",
    "__hello__",
    "__main__",
    "__phello__",
    "_abc",
    "_aix_support",
    "_android_support",
    "_apple_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bootsubprocess",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_colorize",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_ctypes_test",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_distutils_hack",
    "_distutils_system_mod",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_hypothesis_ftz_detector",
    "_hypothesis_globals",
    "_hypothesis_pytestplugin",
    "_imp",
    "_interpchannels",
    "_interpqueues",
    "_interpreters",
    "_io",
    "_ios_support",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_opcode_metadata",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_pyrepl",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha256",
    "_sha3",
    "_sha512",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_suggestions",
    "_symtable",
    "_sysconfig",
    "_testbuffer",
    "_testcapi",
    "_testclinic",
    "_testclinic_limited",
    "_testexternalinspection",
    "_testimportmultiple",
    "_testinternalcapi",
    "_testlimitedcapi",
    "_testmultiphase",
    "_testsinglephase",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_wmi",
    "_xxsubinterpreters",
    "_xxtestfuzz",
    "_yaml",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "attr",
    "attrs",
    "audioop",
    "autocommand",
    "base64",
    "bdb",
    "beniget",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "certifi",
    "cgi",
    "cgitb",
    "chardet",
    "charset_normalizer",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "coloredlogs",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dateutil",
    "dbm",
    "decimal",
    "decorator",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "exceptiongroup",
    "expecttest",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "filelock",
    "flatbuffers",
    "fnmatch",
    "fractions",
    "fsspec",
    "ftplib",
    "functools",
    "functorch",
    "gast",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "humanfriendly",
    "hypothesis",
    "idlelib",
    "idna",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "importlib_metadata",
    "importlib_resources",
    "inflect",
    "inspect",
    "io",
    "ipaddress",
    "isympy",
    "itertools",
    "jinja2",
    "joblib",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lz4",
    "lzma",
    "mailbox",
    "mailcap",
    "markupsafe",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "monotonic",
    "more_itertools",
    "mpmath",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "networkx",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "numpy",
    "omp",
    "onnx",
    "onnxruntime",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "packaging",
    "pandas",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkg_resources",
    "pkgutil",
    "platform",
    "plistlib",
    "ply",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "psutil",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "pythran",
    "pytz",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "requests",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "scipy",
    "secrets",
    "select",
    "selectors",
    "setuptools",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "sitecustomize",
    "six",
    "sklearn",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "sortedcontainers",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "sympy",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "test",
    "textwrap",
    "this",
    "threading",
    "threadpoolctl",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "torch",
    "torchgen",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "typeguard",
    "types",
    "typing",
    "typing_extensions",
    "unicodedata",
    "unittest",
    "urllib",
    "urllib3",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xgboost",
    "xml",
    "xmlrpc",
    "xxlimited",
    "xxlimited_35",
    "xxsubtype",
    "yaml",
    "zipapp",
    "zipfile",
    "zipimport",
    "zipp",
    "zlib",
    "zoneinfo"
  ]
};

// src/artifacts/denylist.ts
var DENIED_MODULES = /* @__PURE__ */ new Set([
  "os",
  "posix",
  "nt",
  "posixpath",
  "ntpath",
  "subprocess",
  "_posixsubprocess",
  "_winapi",
  "msvcrt",
  "winreg",
  "sys",
  "importlib",
  "imp",
  "pkgutil",
  "zipimport",
  "runpy",
  "code",
  "codeop",
  "site",
  "sysconfig",
  "socket",
  "_socket",
  "ssl",
  "select",
  "selectors",
  "socketserver",
  "asyncio",
  "http",
  "urllib",
  "urllib2",
  "httplib",
  "ftplib",
  "smtplib",
  "poplib",
  "imaplib",
  "telnetlib",
  "xmlrpc",
  "requests",
  "webbrowser",
  "shutil",
  "tempfile",
  "glob",
  "fileinput",
  "pathlib",
  "tarfile",
  "zipfile",
  "shelve",
  "dbm",
  "sqlite3",
  "mmap",
  "pickle",
  "_pickle",
  "cPickle",
  "pickletools",
  "dill",
  "cloudpickle",
  "marshal",
  "ctypes",
  "_ctypes",
  "cffi",
  "gc",
  "inspect",
  "types",
  "operator",
  "_operator",
  "pty",
  "tty",
  "termios",
  "fcntl",
  "resource",
  "signal",
  "atexit",
  "faulthandler",
  "threading",
  "_thread",
  "thread",
  "multiprocessing",
  "concurrent",
  "sched",
  "pdb",
  "bdb",
  "trace",
  "profile",
  "cProfile",
  "timeit",
  "doctest",
  "pydoc",
  "idlelib",
  "tkinter",
  "platform",
  "commands",
  "popen2",
  "logging.config",
  "logging.handlers",
  "distutils",
  "setuptools",
  "pip",
  "ensurepip",
  "venv",
  "pkg_resources",
  "_frozen_importlib",
  "_frozen_importlib_external",
  "_imp",
  "cmd",
  "linecache",
  "tokenize",
  "py_compile",
  "compileall",
  "zipapp",
  "gzip",
  "bz2",
  "lzma",
  "filecmp",
  "mailbox",
  "wsgiref",
  "nntplib",
  "getpass",
  "antigravity",
  "IPython",
  "pexpect",
  "sh",
  "plumbum",
  "paramiko",
  "docker",
  "httpx",
  "urllib3",
  "aiohttp",
  "boto3",
  "botocore",
  "huggingface_hub",
  "fsspec",
  "numpy.testing",
  "numpy.f2py",
  "numpy.distutils",
  "numpy.ctypeslib",
  "pandas.io",
  "pandas.core.computation",
  "scipy.io",
  "sklearn.externals",
  "sklearn.datasets",
  // Test and plumbing modules inside the allowed `sklearn.` prefix that import subprocess,
  // importlib and joblib's load/dump (sklearn.utils._testing.check_output is subprocess's).
  "sklearn.utils._testing",
  "sklearn.utils.estimator_checks",
  "sklearn.utils._joblib",
  "sklearn.utils.discovery",
  "torch.hub",
  "torch.jit",
  "torch._C",
  "torch.ops",
  "torch.classes",
  "torch.package",
  "torch.utils.cpp_extension",
  "tensorflow",
  "keras",
  "transformers.dynamic_module_utils"
]);
var DENIED_GLOBALS = /* @__PURE__ */ new Set([
  "builtins.eval",
  "builtins.exec",
  "builtins.compile",
  "builtins.open",
  "builtins.__import__",
  "builtins.setattr",
  "builtins.delattr",
  "builtins.globals",
  "builtins.locals",
  "builtins.vars",
  "builtins.input",
  "builtins.breakpoint",
  "builtins.help",
  "builtins.exit",
  "builtins.quit",
  "builtins.__build_class__",
  "builtins.memoryview",
  "builtins.type",
  "builtins.super",
  "builtins.classmethod",
  "builtins.staticmethod",
  "builtins.property",
  "builtins.object.__subclasses__",
  "builtins.print",
  "io.open",
  "io.open_code",
  "io.FileIO",
  "_io.open",
  "_io.open_code",
  "_io.FileIO",
  "codecs.open",
  "copyreg.add_extension",
  "logging.FileHandler",
  "uuid._get_command_stdout",
  "uuid._popen",
  "joblib.load",
  "joblib.numpy_pickle.load",
  "joblib.numpy_pickle.NumpyUnpickler",
  "joblib.numpy_pickle_compat.NDArrayWrapper",
  "joblib.numpy_pickle_compat.ZNDArrayWrapper",
  "numpy.load",
  "numpy.lib.npyio.load",
  "numpy.lib._npyio_impl.load",
  "numpy.lib.format.read_array",
  "numpy.fromfile",
  "numpy.tofile",
  "numpy.save",
  "numpy.savez",
  "numpy.savetxt",
  "numpy.loadtxt",
  "numpy.genfromtxt",
  "numpy.memmap",
  "numpy.core.memmap.memmap",
  "numpy.DataSource",
  "numpy.lib.npyio.DataSource",
  "torch.load",
  "torch.serialization.load",
  "torch.serialization._load",
  "torch.save",
  "torch.from_file",
  "torch.UntypedStorage.from_file",
  "pandas.read_pickle",
  "pandas.read_csv",
  "pandas.read_json",
  "pandas.read_sql",
  "pandas.eval",
  "scipy.sparse.load_npz",
  "scipy.sparse.save_npz",
  "sklearn.utils._joblib.load",
  "xgboost.core.Booster.load_model",
  "lightgbm.basic.Booster.model_from_string"
]);

// src/artifacts/policy.ts
var ALLOWED = new Map(
  Object.entries(allowlist_default.globals)
);
var PY2_MODULES = compat_pickle_default.modules;
var PY2_NAMES = compat_pickle_default.names;
var PY2_IMPORTABLE = new Set(compat_pickle_default.importable);
var REEXPORTED_DANGER = /^(system|popen\w*|spawn\w*|exec\w*|eval|compile|open|load\w*|dump\w*|save\w*|getattr|setattr|delattr|attrgetter|methodcaller|import_module|check_output|check_call|call|run|Popen|getoutput|getstatusoutput|urlopen|urlretrieve|remove|unlink|rmtree|makedirs)$/;
var IDENTIFIER_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
function underAny(name, prefixes) {
  for (let i = name.indexOf("."); ; i = name.indexOf(".", i + 1)) {
    if (prefixes.has(i < 0 ? name : name.slice(0, i))) return true;
    if (i < 0) return false;
  }
}
function importedNames(module, name, protocol) {
  const written = [module, name];
  if (protocol >= 3) return [written];
  const renamed = PY2_NAMES[`${module}.${name}`];
  let mapped = written;
  if (renamed) {
    const dot = renamed.lastIndexOf(".");
    mapped = [renamed.slice(0, dot), renamed.slice(dot + 1)];
  } else if (PY2_MODULES[module]) mapped = [PY2_MODULES[module], name];
  if (mapped === written) return [written];
  return PY2_IMPORTABLE.has(module) ? [mapped, written] : [mapped];
}
function judgeOne(module, name, allowGlobals) {
  const full = `${module}.${name}`;
  if (!IDENTIFIER_PATH.test(module) || !IDENTIFIER_PATH.test(name))
    return {
      verdict: "unknown",
      rule: "pickle-unknown-global",
      why: "is not a Python name the scanner can resolve"
    };
  if (DENIED_GLOBALS.has(full) || underAny(module, DENIED_MODULES) || underAny(full, DENIED_MODULES))
    return {
      verdict: "unsafe",
      rule: "pickle-unsafe-global",
      why: "can run code or touch the system when loaded"
    };
  const parts = name.split(".");
  if (parts.length > 1 && parts.some((p) => DENIED_MODULES.has(p)))
    return {
      verdict: "unsafe",
      rule: "pickle-unsafe-global",
      why: `walks through an attribute named like the module ${parts.find((p) => DENIED_MODULES.has(p))}`
    };
  const entry = ALLOWED.get(full);
  if (entry) return { verdict: "safe", rule: "allow-list", entry };
  if (/(^|\.)__\w*__(\.|$)/.test(name))
    return {
      verdict: "unsafe",
      rule: "pickle-unsafe-global",
      why: "walks through a dunder attribute to reach the interpreter"
    };
  if (allowGlobals.includes(full)) {
    if (REEXPORTED_DANGER.test(parts[parts.length - 1]))
      return {
        verdict: "unsafe",
        rule: "pickle-unsafe-global",
        why: "is named like a standard-library function that runs, imports or loads something, which allow_globals cannot unlock"
      };
    return { verdict: "safe", rule: "allow-globals", entry: { kind: "class", object: full } };
  }
  return {
    verdict: "unknown",
    rule: "pickle-unknown-global",
    why: "is not on the allow-list of proven-benign objects"
  };
}
var RANK = { safe: 0, unknown: 1, unsafe: 2 };
function judgeGlobal(module, name, protocol, allowGlobals = []) {
  let worst;
  for (const [m, n] of importedNames(module, name, protocol)) {
    const j = { ...judgeOne(m, n, allowGlobals), full: `${m}.${n}` };
    if (!worst || RANK[j.verdict] > RANK[worst.verdict]) worst = j;
  }
  return worst;
}
function looksLikeClass(full) {
  const last = full.slice(full.lastIndexOf(".") + 1);
  return /^_?[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(last);
}
var TOP_LEVEL = /* @__PURE__ */ new Set([
  ...importable_default.modules,
  ...[...DENIED_MODULES].map((m) => m.split(".")[0]),
  ...[...ALLOWED.keys()].map((m) => m.split(".")[0])
]);
function importable(full) {
  return TOP_LEVEL.has(full.split(".")[0]);
}

// src/artifacts/values.ts
var Global = class {
  constructor(full, judgement) {
    this.full = full;
    this.judgement = judgement;
  }
  full;
  judgement;
  /** The allow-list entry, when the object is proven benign. */
  get entry() {
    return this.judgement.verdict === "safe" ? this.judgement.entry : void 0;
  }
};
var Call = class {
  constructor(fn, args, produces, returns) {
    this.fn = fn;
    this.args = args;
    this.produces = produces;
    this.returns = returns;
  }
  fn;
  args;
  produces;
  returns;
  state = void 0;
  /** Something was added to what the call made (APPEND, SETITEMS, BUILD…). */
  filled = false;
  /** The attributes BUILDs have set so far, on an object without `__setstate__`. */
  attributes;
};
var Seq = class {
  constructor(kind) {
    this.kind = kind;
  }
  kind;
  items = [];
  /** Items beyond KEEP_ITEMS were counted out, not kept. */
  dropped = false;
  add(v) {
    if (this.items.length < KEEP_ITEMS) this.items.push(v);
    else this.dropped = true;
  }
};
var Dict = class {
  keys = [];
  values = [];
  /** A key that is `__class__` or not a known string, kept or not (see the judge's slot rule). */
  oddKey = false;
  /** A `__class__` key: set as an attribute, it turns the object into another class. */
  classKey = false;
  /** Keys beyond KEEP_ITEMS were counted out, not kept. */
  dropped = false;
  /**
   * Where each kept key is, once there are more than a few: a tokenizer's dict sets a million
   * keys, and each must be looked up among the kept ones.
   */
  at;
  find(k) {
    if (this.at) return this.at.get(k) ?? -1;
    return this.keys.indexOf(k);
  }
  set(k, v) {
    if (typeof k !== "string" || k === "__class__") this.oddKey = true;
    if (k === "__class__") this.classKey = true;
    if (this.dropped && k !== "_parse_arg_template") return;
    const i = this.find(k);
    if (i >= 0) this.values[i] = v;
    else if (this.keys.length < KEEP_ITEMS || k === "_parse_arg_template") {
      if (this.keys.length === 8) this.at = new Map(this.keys.map((key, j) => [key, j]));
      this.at?.set(k, this.keys.length);
      this.keys.push(k);
      this.values.push(v);
    } else this.dropped = true;
  }
  get(k) {
    const i = this.find(k);
    return i < 0 ? void 0 : this.values[i];
  }
};
var Opaque = class {
  constructor(what) {
    this.what = what;
  }
  what;
};
var LongText = class extends Opaque {
  constructor() {
    super("a long string");
  }
};
var Bytes = class {
  constructor(length, offset) {
    this.length = length;
    this.offset = offset;
  }
  length;
  offset;
};
var KEEP_ITEMS = 32;
function callee(v) {
  return v instanceof Call && v.returns ? v.returns : v;
}
function tupleItems(v) {
  return v instanceof Seq && v.kind === "tuple" && !v.dropped ? v.items : void 0;
}

// src/artifacts/rules.ts
var BIT_GENERATORS = /* @__PURE__ */ new Set(["MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"]);
var BIT_GENERATOR_CLASSES = new Set(
  [
    "numpy.random._mt19937.MT19937",
    "numpy.random._pcg64.PCG64",
    "numpy.random._pcg64.PCG64DXSM",
    "numpy.random._philox.Philox",
    "numpy.random._sfc64.SFC64"
  ].concat(["MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64"].map((n) => `numpy.random.${n}`))
);
function instanceOf(entry) {
  return {
    of: entry.object,
    setstate: entry.setstate === true,
    fills: entry.uses?.includes("fill") === true
  };
}
function made(cls) {
  return cls?.entry ? { instance: instanceOf(cls.entry) } : {};
}
var instanceOfFirst = (args, cx, name) => made(cx.instantiate(args?.[0], name));
var BUILTIN_BASES = new Set(
  [
    "object",
    "dict",
    "list",
    "set",
    "frozenset",
    "tuple",
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray"
  ].map((t) => `builtins.${t}`)
);
var reconstructor = (args, cx, name) => {
  const cls = cx.instantiate(args?.[0], name);
  const base = args?.[1];
  if (!(base instanceof Global && BUILTIN_BASES.has(base.full)))
    cx.problem(
      "unsafe",
      "pickle-rule-argument",
      `${name} is given a base class other than a built-in type, whose __init__ would run with the pickle's state`
    );
  return made(cls);
};
function classOfLibrary(prefix) {
  return (args, cx, name) => {
    const cls = args?.[0];
    if (!(cls instanceof Global && cls.full.startsWith(prefix))) {
      cx.problem(
        "unsafe",
        "pickle-rule-argument",
        `${name} is given a class outside ${prefix.slice(0, -1)}, whose constructor it would call with the pickle's arguments`
      );
      return {};
    }
    return made(cx.instantiate(cls, name));
  };
}
var dtype = (args, cx, name) => {
  const descr = args?.[0];
  if (typeof descr !== "string" && !(descr instanceof Global && descr.entry?.kind === "class"))
    cx.problem(
      "error",
      "pickle-rule-argument",
      `${name} is given a descriptor that is not a literal string`
    );
  return { instance: { of: "numpy.dtype", setstate: true, fills: false } };
};
function bitGenerator(v, cx, name) {
  if (typeof v === "string" && BIT_GENERATORS.has(v)) return;
  if (v instanceof Global && BIT_GENERATOR_CLASSES.has(v.full) && v.entry) {
    cx.instantiate(v, name);
    return;
  }
  if (v instanceof Call && v.fn instanceof Global && BIT_GENERATOR_CTORS.has(v.fn.full)) return;
  cx.problem(
    "unsafe",
    "pickle-rule-argument",
    `${name} is given a bit generator that is neither one of numpy's by name nor an allowed class`
  );
}
var bitGeneratorCtor = (args, cx, name) => {
  bitGenerator(args?.[0], cx, name);
  return { instance: { of: "numpy.random.BitGenerator", setstate: true, fills: false } };
};
function generatorCtor(of) {
  return (args, cx, name) => {
    bitGenerator(args?.[0], cx, name);
    const ctor = args?.[1];
    if (ctor !== void 0 && !(ctor instanceof Global && BIT_GENERATOR_CTORS.has(ctor.full)))
      cx.problem(
        "unsafe",
        "pickle-rule-argument",
        `${name} is given a constructor to call other than numpy's __bit_generator_ctor`
      );
    return { instance: { of, setstate: true, fills: false } };
  };
}
var ufuncReconstruct = (args, cx, name) => {
  const [module, attr] = args ?? [];
  if (typeof module !== "string" || typeof attr !== "string") {
    cx.problem("unsafe", "pickle-rule-argument", `${name} imports a name that is not a literal`);
    return {};
  }
  return { returns: cx.lookup(module, attr, name) };
};
var getattrRule = (args, cx, name) => {
  const [obj, attr] = args ?? [];
  if (!(obj instanceof Global) || typeof attr !== "string") {
    cx.problem(
      "unsafe",
      "pickle-rule-argument",
      `${name} looks up an attribute the scanner cannot name`
    );
    return {};
  }
  const dot = obj.full.lastIndexOf(".");
  return { returns: cx.lookup(obj.full.slice(0, dot), `${obj.full.slice(dot + 1)}.${attr}`, name) };
};
var rebuildFromType = (args, cx, name) => {
  const [func, newType, inner] = args ?? [];
  if (!(func instanceof Global && TORCH_REBUILDERS.has(func.full))) {
    cx.problem(
      "unsafe",
      "pickle-rule-argument",
      `${name} calls ${func instanceof Global ? func.full : "a value"}, which is not one of torch's tensor rebuild functions`
    );
  } else cx.call(func, inner instanceof Seq ? inner : void 0, name);
  return made(cx.instantiate(newType, name));
};
var loadFromBytes = (args, cx, name) => {
  const b = args?.[0];
  if (b instanceof Bytes)
    return { load: { loader: "torch.load", offset: b.offset, length: b.length } };
  cx.problem(
    "error",
    "pickle-nested-load",
    `${name} runs torch.load on bytes the scanner cannot locate in the stream`
  );
  return {};
};
var BIT_GENERATOR_CTORS = /* @__PURE__ */ new Set([
  "numpy.random._pickle.__bit_generator_ctor",
  "numpy.random.__bit_generator_ctor"
]);
var TORCH_REBUILDERS = /* @__PURE__ */ new Set([
  "torch._utils._rebuild_tensor",
  "torch._utils._rebuild_tensor_v2",
  "torch._utils._rebuild_tensor_v3",
  "torch._utils._rebuild_parameter",
  "torch._utils._rebuild_parameter_with_state",
  "torch._utils._rebuild_qtensor",
  "torch._utils._rebuild_sparse_tensor",
  "torch._utils._rebuild_nested_tensor",
  "torch._utils._rebuild_device_tensor_from_numpy",
  "torch._utils._rebuild_device_tensor_from_cpu_tensor",
  "torch._utils._rebuild_meta_tensor_no_storage",
  "torch._utils._rebuild_wrapper_subclass"
]);
var encode = (args, cx, name) => {
  const text = args?.[0];
  if (!(typeof text === "string" || text instanceof LongText) || !["latin1", "latin-1"].includes(args?.[1]))
    cx.problem(
      "unsafe",
      "pickle-rule-argument",
      `${name} is given something other than a literal string and the latin1 codec`
    );
  return {};
};
var CLASS_FIRST = [
  "numpy.random.bit_generator.__pyx_unpickle_SeedSequence",
  "pandas._libs.arrays.__pyx_unpickle_NDArrayBacked",
  "pandas._libs.interval.__pyx_unpickle_IntervalMixin",
  "sklearn._loss._loss.__pyx_unpickle_CyHalfBinomialLoss",
  "sklearn._loss._loss.__pyx_unpickle_CyHalfGammaLoss",
  "sklearn._loss._loss.__pyx_unpickle_CyHalfMultinomialLoss",
  "sklearn._loss._loss.__pyx_unpickle_CyHalfPoissonLoss",
  "sklearn._loss._loss.__pyx_unpickle_CyHalfSquaredError",
  "sklearn._loss._loss.__pyx_unpickle_CyHalfTweedieLossIdentity"
];
function rebuildWithHooks(at) {
  return (args, cx, name) => {
    const hooks = args?.[at];
    const empty = hooks instanceof Call && hooks.fn instanceof Global && hooks.fn.full === "collections.OrderedDict" && (tupleItems(hooks.args)?.length ?? 1) === 0 && !hooks.filled;
    if (!empty && !(hooks instanceof Dict && hooks.keys.length === 0 && !hooks.dropped))
      cx.problem(
        "unsafe",
        "pickle-rule-argument",
        `${name} is given backward hooks, which torch calls during backward()`
      );
    return {};
  };
}
function keepable(f) {
  const target = callee(f);
  return target instanceof Global && target.entry !== void 0 && !ruled(target);
}
function heldCallable(optional) {
  return (args, cx, name) => {
    const f = args?.[0];
    if (optional && (f === void 0 || f === null) || keepable(f)) return {};
    cx.problem(
      "unsafe",
      "pickle-rule-argument",
      `${name} is given a callable to keep and call later that is not an allowed function or class`
    );
    return {};
  };
}
var tzfile = (args, cx, name) => {
  if (args?.[0] !== null && args?.[0] !== void 0)
    cx.problem(
      "unsafe",
      "pickle-rule-argument",
      `${name} is given a file or path to read; real files pass None`
    );
  return {};
};
var table = [
  [
    [
      "sklearn.metrics._dist_metrics.newObj",
      "sklearn.neighbors._kd_tree.newObj",
      "sklearn.neighbors._ball_tree.newObj"
    ],
    classOfLibrary("sklearn.")
  ],
  [
    [
      "pandas.core.indexes.base._new_Index",
      "pandas.core.indexes.datetimes._new_DatetimeIndex",
      "pandas.core.indexes.interval._new_IntervalIndex"
    ],
    classOfLibrary("pandas.core.indexes.")
  ],
  [["torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor_v3"], rebuildWithHooks(5)],
  [
    ["torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state"],
    rebuildWithHooks(2)
  ],
  [["torch._utils._rebuild_qtensor"], rebuildWithHooks(6)],
  [["functools.partial"], heldCallable(false)],
  [["collections.defaultdict"], heldCallable(true)],
  [["dateutil.tz.tz.tzfile"], tzfile],
  [["_codecs.encode"], encode],
  [CLASS_FIRST, instanceOfFirst],
  [["copyreg._reconstructor"], reconstructor],
  [["copyreg.__newobj__", "copyreg.__newobj_ex__"], instanceOfFirst],
  // ndarray.__new__ refuses a subtype that is no ndarray; _mareconstruct calls subtype.__new__
  // with the pickle's arguments, so it is held to numpy's own classes.
  [["numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct"], instanceOfFirst],
  [["numpy.ma.core._mareconstruct"], classOfLibrary("numpy.")],
  [["numpy.dtype"], dtype],
  [[...BIT_GENERATOR_CTORS], bitGeneratorCtor],
  [
    ["numpy.random._pickle.__generator_ctor", "numpy.random.__generator_ctor"],
    generatorCtor("numpy.random._generator.Generator")
  ],
  [
    ["numpy.random._pickle.__randomstate_ctor", "numpy.random.__randomstate_ctor"],
    generatorCtor("numpy.random.mtrand.RandomState")
  ],
  [["numpy.core._ufunc_reconstruct", "numpy._core._ufunc_reconstruct"], ufuncReconstruct],
  [["builtins.getattr"], getattrRule],
  [["torch._tensor._rebuild_from_type_v2"], rebuildFromType],
  [["torch.storage._load_from_bytes"], loadFromBytes]
];
var RULES = new Map(
  table.flatMap(([names, rule]) => names.map((n) => [n, rule]))
);
function ruled(g) {
  return RULES.has(g.full) || g.entry !== void 0 && RULES.has(g.entry.object);
}

// src/artifacts/judge.ts
var USE_WORDS = { call: "called", new: "instantiated", fill: "filled" };
var FILLING = /* @__PURE__ */ new Set(["APPEND", "APPENDS", "SETITEM", "SETITEMS", "ADDITEMS"]);
var MAX_GLOBALS = 1e4;
var Judge = class {
  constructor(opts = {}) {
    this.opts = opts;
    this.rules = {
      instantiate: (v, by) => this.instantiate(v, by),
      lookup: (module, name, by) => {
        const g = this.imported(module, name, -1, 3);
        this.problemIfNotSafe(g, by);
        return g;
      },
      call: (fn, args, by) => this.apply(fn, args, by),
      problem: (verdict, rule, message) => this.problem(verdict, rule, message)
    };
  }
  opts;
  uses = /* @__PURE__ */ new Map();
  problems = [];
  reported = /* @__PURE__ */ new Set();
  /** The PROTO in force: it decides whether Python 2 names are mapped. */
  protocol = 0;
  rules;
  /** Bytes of the stream that calls hand to another loader. */
  loads = [];
  get distinctGlobals() {
    return this.uses.size;
  }
  problem(verdict, rule, message, global) {
    const key = `${rule}\0${global ?? message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ verdict, rule, message, global });
  }
  /** GLOBAL, STACK_GLOBAL, INST: `offset` -1 for a name a rule derived from arguments. */
  imported(module, name, offset, protocol = this.protocol) {
    const j = judgeGlobal(module, name, protocol, this.opts.allowGlobals);
    const use = this.uses.get(j.full);
    if (use) {
      use.imports++;
      return use.global;
    }
    const g = new Global(j.full, j);
    this.uses.set(j.full, { global: g, imports: 1, calls: 0, instances: 0, offset });
    return g;
  }
  /** The record of `g`, made here when `g` was imported before this judge took over (a fork). */
  use(g) {
    let u = this.uses.get(g.full);
    if (!u) {
      u = { global: g, imports: 0, calls: 0, instances: 0, offset: -1 };
      this.uses.set(g.full, u);
    }
    return u;
  }
  problemIfNotSafe(g, by) {
    if (g.judgement.verdict !== "safe")
      this.problem("unsafe", "pickle-rule-argument", `${by} reaches ${g.full}`, g.full);
  }
  instantiate(v, by) {
    if (v instanceof Global) {
      this.use(v).instances++;
      if (v.entry?.kind === "class") return v;
      if (v.judgement.verdict === "safe")
        this.problem(
          "error",
          "pickle-rule-argument",
          `${by} instantiates ${v.full}, which is not a class`,
          v.full
        );
      return void 0;
    }
    this.problem(
      "error",
      "pickle-rule-argument",
      `${by} instantiates a class the scanner cannot name`
    );
    return void 0;
  }
  /** What calling `fn(*args)` makes, after the rules of `fn` have checked `args`. */
  apply(fn, args, op) {
    const target = callee(fn);
    if (target instanceof Global) {
      this.use(target).calls++;
      const rule = RULES.get(target.full) ?? (target.entry && RULES.get(target.entry.object));
      const entry = target.entry;
      const made2 = rule ? rule(tupleItems(args), this.rules, target.full) : {};
      if (!made2.instance && entry?.kind === "class") made2.instance = instanceOf(entry);
      return made2;
    }
    if (fn instanceof Call) {
      const inner = fn.fn instanceof Global ? fn.fn.full : "an unknown callable";
      this.problem("error", "pickle-indirect-call", `${op} calls the result of calling ${inner}`);
    } else if (fn instanceof Opaque) {
      this.problem(
        "error",
        "pickle-unresolved-call",
        `${op} calls ${fn.what}, which the scanner cannot resolve`
      );
    } else {
      this.problem("error", "pickle-invalid-call", `${op} calls a value that is not callable`);
    }
    return {};
  }
  /** An allowed object used in a way no real file uses it: that use is not proven safe. */
  unproven(v, use, op) {
    const target = callee(v);
    const uses = target instanceof Global ? target.entry?.uses : void 0;
    if (!uses || uses.includes(use)) return;
    const seen = uses.length ? `only ${uses.map((u) => USE_WORDS[u]).join(" and ")}` : "only referenced, never called";
    this.problem(
      "unsafe",
      "pickle-unproven-use",
      `${op} ${use === "call" ? "calls" : "instantiates"} ${target.full}, which real models ${seen}: ${use === "call" ? "its code would run with the pickle's arguments" : "its constructor would run with the pickle's arguments"}`,
      target.full
    );
  }
  /** REDUCE, INST, OBJ: `fn(*args)`. */
  called(fn, args, op) {
    this.unproven(fn, "call", op);
    const m = this.apply(fn, args, op);
    if (m.load) this.loads.push(m.load);
    return new Call(fn, args, m.instance, m.returns);
  }
  /** NEWOBJ, NEWOBJ_EX: `cls.__new__(cls, *args)`. */
  instantiated(cls, args, op) {
    this.unproven(cls, "new", op);
    const g = this.instantiate(cls, op);
    const entry = g?.entry;
    return new Call(cls, args, entry ? instanceOf(entry) : void 0);
  }
  /** Methods called on an object (append, extend, __setitem__, add) that is not a plain container. */
  mutated(target, op) {
    if (target instanceof Call) {
      target.filled = true;
      if (FILLING.has(op) && target.produces?.fills !== true)
        this.problem(
          "unsafe",
          "pickle-unproven-use",
          `${op} calls methods of ${target.produces ? target.produces.of : "an object the scanner cannot name"} with the pickle's data, which real files never do to it`
        );
    } else if (target instanceof Global) {
      this.problem(
        "unsafe",
        "pickle-mutates-global",
        `${op} changes the imported object ${target.full} itself`,
        target.full
      );
    } else if (target instanceof Opaque) {
      this.problem(
        "error",
        "pickle-unresolved-call",
        `${op} acts on ${target.what}, which the scanner cannot resolve`
      );
    }
  }
  /**
   * BUILD: `__setstate__(state)` where the instance's class has one; otherwise `__dict__`
   * update and, for a `(state, slotstate)` pair, setattr of every slot item.
   */
  built(target, state) {
    if (!(target instanceof Call)) {
      this.mutated(target, "BUILD");
      return;
    }
    target.state = state;
    target.filled = true;
    const parts = state instanceof Seq && state.kind === "tuple" ? state.items : [state];
    if (parts.some((p) => p instanceof Dict && p.classKey))
      this.problem(
        "unsafe",
        "pickle-class-swap",
        "BUILD gives an object a __class__, which turns it into another class than it was made as"
      );
    if (target.produces?.setstate !== true) {
      const slots = slotStateProblem(state);
      if (slots) this.problem("error", "pickle-unresolved-state", `BUILD ${slots}`);
    }
    if (target.fn instanceof Global && target.fn.full === "functools.partial") {
      if (!keepable(tupleItems(state)?.[0]))
        this.problem(
          "unsafe",
          "pickle-rule-argument",
          "BUILD gives functools.partial a function to call later that is not an allowed function or class"
        );
    }
    const template = argparserTemplate(state);
    if (template) this.problem(template, "pickle-exec-state", ARGPARSER_MESSAGE[template]);
  }
  /** Every finding of the walk so far: the globals as the policy judges them, then the problems. */
  findings() {
    const globals = [];
    for (const u of this.uses.values()) {
      const j = u.global.judgement;
      const how = u.calls > 0 ? "calls" : u.instances > 0 ? "instantiates" : "imports";
      let verdict = "safe";
      let message = `${how} ${u.global.full}`;
      if (j.verdict === "unsafe") {
        verdict = "unsafe";
        message += `, which ${j.why}`;
      } else if (j.verdict === "unknown") {
        const lenient = this.opts.policy === "warn-unknown-classes" && u.calls === 0 && looksLikeClass(u.global.full);
        verdict = lenient ? "suspicious" : "unsafe";
        message += `, which ${j.why}${lenient ? " (an unknown class: a warning under security.pickle: warn-unknown-classes)" : "; if you trust it, add it to security.allow_globals"}`;
      }
      globals.push({
        global: u.global.full,
        verdict,
        rule: j.rule,
        message,
        imports: u.imports,
        calls: u.calls,
        instances: u.instances,
        offset: u.offset
      });
    }
    return { globals, problems: this.problems, loads: this.loads };
  }
};
function slotStateProblem(state) {
  if (!(state instanceof Seq) || state.kind !== "tuple" || state.items.length !== 2) return;
  const slots = state.items[1];
  if (slots instanceof Dict && slots.oddKey)
    return "sets __class__ (or an attribute it cannot name) through setattr";
  if (slots instanceof Call || slots instanceof Opaque || slots instanceof Global)
    return "sets attributes from a value the scanner cannot read";
  return void 0;
}
function argparserTemplate(state) {
  const dict = state instanceof Seq && state.kind === "tuple" ? state.items[0] : state;
  if (!(dict instanceof Dict)) return void 0;
  const i = dict.keys.indexOf("_parse_arg_template");
  if (i < 0) return void 0;
  const code = dict.values[i];
  if (typeof code !== "string") return "error";
  const def = /^def \w+\(self(,\s*\w+(\s*=\s*(-?[\w.]+|'\w*'))?)*,?\s*\):$/;
  const ok = code.split("\n").every((line) => /^\s*$/.test(line) || line.startsWith("    ") || def.test(line));
  return ok ? void 0 : "unsafe";
}
var ARGPARSER_MESSAGE = {
  unsafe: "BUILD gives a scipy.stats distribution an _parse_arg_template that runs code when it is executed on load",
  error: "BUILD gives a scipy.stats distribution an _parse_arg_template the scanner cannot read, which is executed on load"
};

// src/artifacts/pickle.ts
var KEEP_STRING = 1024;
var MAX_LINE = 1 << 20;
var MAX_STACK = 1 << 21;
var MAX_MEMO = 1 << 23;
var MAX_MEMO_OBJECTS = 1 << 21;
var MAX_KEPT_BYTES = 1 << 28;
var PYTHON_NAME = /^[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*(\.[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*)*$/u;
var JOIN_BYTES = 1 << 16;
var FLOAT = 0.5;
var TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
var EMPTY = Buffer.alloc(0);
var Fatal = class extends Error {
  /** The walker cannot follow what Python would: no sign that the bytes are not a pickle. */
  constructor(message, beyondWalker = false) {
    super(message);
    this.beyondWalker = beyondWalker;
  }
  beyondWalker;
};
var Memo = class _Memo {
  values = [];
  size = 0;
  /** Values stored that are objects (containers, calls, globals), overwritten or not. */
  objects = 0;
  set(k, v) {
    if (this.values[k] === void 0) this.size++;
    if (typeof v === "object" && v !== null) this.objects++;
    this.values[k] = v;
  }
  has(k) {
    return this.values[k] !== void 0;
  }
  get(k) {
    return this.values[k];
  }
  clone() {
    const m = new _Memo();
    m.values = this.values.slice();
    m.size = this.size;
    m.objects = this.objects;
    return m;
  }
};
var latin1 = (b, start, end) => b.latin1Slice(start, end);
var u16 = (b, p) => b[p] | b[p + 1] << 8;
var i32 = (b, p) => b[p] | b[p + 1] << 8 | b[p + 2] << 16 | b[p + 3] << 24;
var PickleWalker = class _PickleWalker {
  constructor(opts = {}) {
    this.opts = opts;
    this.judge = new Judge(opts);
    this.joblibReading = opts.joblib !== false;
    this.persistent = opts.persistentLoad !== false;
    this.maxPickles = this.persistent ? Infinity : 1;
  }
  opts;
  stack = [];
  marks = [];
  memo = new Memo();
  /** Stack height at the innermost MARK: nothing below it can be popped. */
  fence = 0;
  /** Outer pickles suspended while a pickle nested in the stream (joblib object arrays) is walked. */
  outer = [];
  pending = EMPTY;
  /** Absolute stream offset of `pending[0]`. */
  base = 0;
  skip = 0;
  /** Stream offset where the current FRAME ends (joblib reads raw array bytes from there). */
  frameEnd = -1;
  /** Array bytes joblib reads after the current frame, once the walk reaches its end. */
  deferred;
  /** joblib writes one byte of padding length before aligned array data. */
  paddingByte = false;
  inPickle = false;
  /**
   * pickle.load, joblib and numpy read one pickle; torch's legacy format five. A scan of a
   * pickle file walks every pickle in it (a stream may be loaded pickle after pickle), but a
   * reading of what one plain pickle.load would run ends at its first STOP.
   */
  maxPickles;
  fatal = false;
  /** The walk stopped where Python would carry on (a limit, an unsizable joblib array). */
  gaveUp = false;
  judge;
  joblibReading;
  /** Persistent ids resolve (torch); pickle.load, joblib and numpy have no persistent_load. */
  persistent;
  /** pickle.load's reading of the bytes joblib skips, from the first array on. */
  shadow;
  /** Bytes of strings and global names kept so far (see MAX_KEPT_BYTES). */
  kept = 0;
  pickles = 0;
  protocol = 0;
  legacyTorch = false;
  joblib = false;
  opcodes = 0;
  /** Bytes of the current opcode's payload still to come. */
  get skipping() {
    return this.skip;
  }
  /** Bytes of an opcode that has not arrived whole (a text line without its newline). */
  get waiting() {
    return this.pending.length;
  }
  /** A plain (pickle.load) walker in this one's state, to read on where joblib skips. */
  fork() {
    const w = new _PickleWalker({ ...this.opts, joblib: false, persistentLoad: false });
    w.stack = this.stack.slice();
    w.marks = this.marks.slice();
    w.memo = this.memo.clone();
    w.fence = this.fence;
    w.inPickle = this.inPickle;
    w.pickles = this.pickles;
    w.maxPickles = this.pickles + 1;
    w.protocol = this.protocol;
    w.judge.protocol = this.judge.protocol;
    w.base = this.base;
    return w;
  }
  /** True once nothing more will be read: a fatal parse error, or the last expected pickle. */
  get finished() {
    return this.fatal || this.pickles >= this.maxPickles;
  }
  write(chunk) {
    if (this.shadow && !this.shadow.finished) this.shadow.write(chunk);
    this.walk(chunk);
  }
  walk(chunk) {
    if (this.finished || chunk.length === 0) return;
    if (this.pending.length && chunk.length > JOIN_BYTES) {
      const pending = this.pending.length;
      const forked = this.shadow !== void 0;
      const p2 = this.feed(Buffer.concat([this.pending, chunk.subarray(0, JOIN_BYTES)]));
      if (!forked && this.shadow) this.shadow.write(chunk.subarray(JOIN_BYTES));
      if (p2 === void 0) return;
      if (p2 >= pending) {
        this.pending = EMPTY;
        this.base += p2;
        this.walk(chunk.subarray(p2 - pending));
        return;
      }
      this.pending = Buffer.from(this.pending.subarray(p2));
      this.base += p2;
    }
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const p = this.feed(buf);
    if (p === void 0) return;
    this.pending = p < buf.length ? Buffer.from(buf.subarray(p)) : EMPTY;
    this.base += p;
  }
  /** Runs `buf`; how far it got, or undefined once a fatal error ended the walk. */
  feed(buf) {
    let p;
    try {
      p = this.run(buf);
    } catch (err) {
      if (!(err instanceof Fatal)) throw err;
      this.fatal = true;
      this.gaveUp = err.beyondWalker;
      this.problem("error", "pickle-parse-error", err.message);
      return void 0;
    }
    if (p < buf.length) this.opcodes--;
    return p;
  }
  end() {
    if (!this.fatal && this.pickles < this.maxPickles) {
      if (this.inPickle || this.pending.length || this.skip || this.deferred || this.paddingByte || this.outer.length) {
        this.problem(
          "error",
          "pickle-truncated",
          `the pickle stream ends in the middle of a pickle (offset ${this.base + this.pending.length})`
        );
      } else if (this.pickles === 0) {
        this.problem("error", "pickle-empty", "the stream holds no complete pickle");
      }
    }
    const { globals, problems, loads } = this.judge.findings();
    return {
      pickles: this.pickles,
      globals,
      problems,
      loads,
      plain: this.shadow?.end(),
      gaveUp: this.gaveUp,
      opcodes: this.opcodes,
      protocol: this.protocol,
      legacyTorch: this.legacyTorch,
      joblib: this.joblib
    };
  }
  problem(verdict, rule, message) {
    this.judge.problem(verdict, rule, message);
  }
  fail(at, message, beyondWalker = false) {
    throw new Fatal(`${message} at offset ${this.base + at}`, beyondWalker);
  }
  pop(at) {
    if (this.stack.length <= this.fence) this.fail(at, "stack underflow");
    return this.stack.pop();
  }
  top(at) {
    if (this.stack.length <= this.fence) this.fail(at, "stack underflow");
    return this.stack[this.stack.length - 1];
  }
  /** The value just below a popped mark's items (what APPENDS or SETITEMS fills). */
  below(m, at) {
    if (m <= this.fence) this.fail(at, "stack underflow");
    return this.stack[m - 1];
  }
  popMark(at) {
    return this.stack.splice(this.unmark(at));
  }
  /**
   * Pops the innermost mark and returns where it stood: the items above it are still on the
   * stack, to be read in place and then dropped (`stack.length = m`), which spares copying a
   * large APPENDS or SETITEMS batch into an array of its own.
   */
  unmark(at) {
    const m = this.marks.pop();
    if (m === void 0) this.fail(at, "no MARK to pop to");
    this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0;
    return m;
  }
  importGlobal(module, name, at) {
    if (!PYTHON_NAME.test(module) || !PYTHON_NAME.test(name))
      this.fail(
        at,
        `${JSON.stringify(`${module}.${name}`.slice(0, 80))} is not a name Python can import`
      );
    const before = this.judge.distinctGlobals;
    if (before >= MAX_GLOBALS)
      this.fail(at, `more than ${MAX_GLOBALS} distinct globals imported`, true);
    const g = this.judge.imported(module, name, this.base + at);
    if (this.judge.distinctGlobals > before) this.keep(g.full, at);
    return g;
  }
  /**
   * joblib's NumpyPickler writes each array's bytes straight into the pickle stream after the
   * wrapper's BUILD; joblib's unpickler reads exactly as many as the wrapper's dtype and shape
   * say. The walker must skip exactly that many too, or it would walk array bytes as opcodes
   * or skip opcodes Python runs: anything it cannot size exactly is a fatal error.
   */
  startRaw(state, at, pos) {
    const inFrame = this.frameEnd > pos;
    if (inFrame && this.deferred) this.fail(at, "two joblib arrays read past one frame", true);
    this.joblib = true;
    if (!(state instanceof Dict) || state.dropped)
      this.fail(at, "joblib NumpyArrayWrapper without a state dictionary it can read whole", true);
    const shape = state.get("shape");
    const layout = dtypeLayout(state.get("dtype"));
    if (!(shape instanceof Seq) || shape.dropped || !layout) {
      this.fail(at, "joblib NumpyArrayWrapper whose shape or dtype cannot be sized exactly", true);
    }
    if (layout === "object") {
      if (inFrame) this.fail(at, "a joblib object array read past the current frame", true);
      this.outer.push({
        stack: this.stack,
        marks: this.marks,
        memo: this.memo,
        protocol: this.judge.protocol
      });
      this.judge.protocol = 0;
      this.stack = [];
      this.marks = [];
      this.fence = 0;
      this.memo = new Memo();
      this.inPickle = false;
      return;
    }
    let count = 1;
    for (const d of shape.items) {
      if (typeof d !== "number" || !Number.isSafeInteger(d) || d < 0)
        this.fail(at, "joblib array shape is not a tuple of sizes", true);
      count *= d;
    }
    if (!Number.isSafeInteger(count * layout))
      this.fail(at, "joblib array larger than the walker can count", true);
    this.skip = count * layout;
    const alignment = state.get("numpy_array_alignment_bytes");
    this.paddingByte = alignment !== void 0 && alignment !== null;
    if (inFrame) {
      this.deferred = { at: this.frameEnd, skip: this.skip, padding: this.paddingByte };
      this.skip = 0;
      this.paddingByte = false;
    }
  }
  /** Counts a string the walker keeps (and what keeping it costs) against MAX_KEPT_BYTES. */
  keep(text, at, overhead = 16) {
    this.kept += text.length + overhead;
    if (this.kept > MAX_KEPT_BYTES)
      this.fail(at, `more than ${MAX_KEPT_BYTES} bytes of strings and names to keep`, true);
    return text;
  }
  memoKey(line, at) {
    const k = /^\s*[+-]?\d(_?\d)*\s*$/.test(line) ? Number(line.replace(/_/g, "")) : NaN;
    if (!Number.isInteger(k) || k < 0)
      this.fail(at, `memo key ${JSON.stringify(line)} is not a number`);
    return k + 0;
  }
  get(k, at) {
    if (!this.memo.has(k)) this.fail(at, `memo key ${k} was never stored`);
    this.stack.push(this.memo.get(k));
  }
  /** Walks as many whole opcodes of `b` as it holds; returns where the first incomplete one starts. */
  run(b) {
    const n = b.length;
    let p = 0;
    while (p < n) {
      if (this.deferred && this.base + p >= this.deferred.at) {
        if (this.base + p > this.deferred.at)
          this.fail(p, "an opcode runs past the end of its frame");
        this.skip = this.deferred.skip;
        this.paddingByte = this.deferred.padding;
        this.deferred = void 0;
      }
      if (this.skip > 0 || this.paddingByte) {
        if (this.paddingByte) {
          this.paddingByte = false;
          this.skip += b[p];
          p++;
          continue;
        }
        const k = Math.min(this.skip, n - p);
        p += k;
        this.skip -= k;
        continue;
      }
      if (this.pickles >= this.maxPickles) return n;
      const at = p;
      const op = b[p];
      if ((++this.opcodes & 65535) === 0 && (this.stack.length + this.marks.length > MAX_STACK || this.memo.size > MAX_MEMO || this.memo.objects > MAX_MEMO_OBJECTS)) {
        this.fail(
          at,
          `more than ${MAX_STACK} values on the stack (marks included) or ${MAX_MEMO} values (${MAX_MEMO_OBJECTS} objects) in the memo`,
          true
        );
      }
      this.inPickle = true;
      const need = ARG_BYTES[op];
      if (need === UNKNOWN)
        this.fail(
          at,
          `unknown opcode 0x${op.toString(16).padStart(2, "0")}${this.pickles ? ` after ${this.pickles} complete pickle(s)` : ""}`
        );
      if (need > 0 && p + 1 + need > n) return at;
      const s = this.stack;
      switch (op) {
        case 40:
          this.marks.push(s.length);
          this.fence = s.length;
          p++;
          break;
        case 46: {
          const result = this.pop(at);
          p++;
          if (this.frameEnd > this.base + p && this.outer.length === 0)
            this.problem(
              "error",
              "pickle-stop-in-frame",
              `a pickle ends inside a frame (offset ${this.base + p}): readers disagree on where the next one starts`
            );
          this.endPickle(result);
          break;
        }
        case 48:
          if (s.length > this.fence) s.pop();
          else this.popMark(at);
          p++;
          break;
        case 49:
          this.popMark(at);
          p++;
          break;
        case 50:
          s.push(this.top(at));
          p++;
          break;
        case 78:
          s.push(null);
          p++;
          break;
        case 136:
        // NEWTRUE
        case 137:
          s.push(op === 136);
          p++;
          break;
        case 75:
          s.push(b[p + 1]);
          p += 2;
          break;
        case 77:
          s.push(u16(b, p + 1));
          p += 3;
          break;
        case 74:
          s.push(i32(b, p + 1));
          p += 5;
          break;
        case 71:
          s.push(FLOAT);
          p += 9;
          break;
        case 138:
        // LONG1
        case 139: {
          const lenBytes = op === 138 ? 1 : 4;
          const len = op === 138 ? b[p + 1] : b.readInt32LE(p + 1);
          if (len < 0) this.fail(at, "negative LONG4 length");
          const startData = p + 1 + lenBytes;
          if (len > 64) {
            s.push(new Opaque("a very large integer"));
            p = this.skipTo(startData + len, n);
            break;
          }
          if (startData + len > n) return at;
          s.push(readLong(b, startData, len));
          p = startData + len;
          break;
        }
        case 84:
        // BINSTRING
        case 88:
        // BINUNICODE
        case 66:
        // BINBYTES
        case 85:
        // SHORT_BINSTRING
        case 67:
        // SHORT_BINBYTES
        case 140:
        // SHORT_BINUNICODE
        case 141:
        // BINUNICODE8
        case 142:
        // BINBYTES8
        case 150: {
          const lenBytes = need;
          let len;
          if (lenBytes === 1) len = b[p + 1];
          else if (lenBytes === 4) len = op === 84 ? i32(b, p + 1) : i32(b, p + 1) >>> 0;
          else len = Number(b.readBigUInt64LE(p + 1));
          if (len < 0 || !Number.isSafeInteger(len)) this.fail(at, "invalid length");
          const startData = p + 1 + lenBytes;
          const isText = op === 84 || op === 88 || op === 85 || op === 140 || op === 141;
          if (!isText || len > KEEP_STRING) {
            s.push(isText ? new LongText() : new Bytes(len, this.base + startData));
            p = this.skipTo(startData + len, n);
            break;
          }
          if (startData + len > n) return at;
          s.push(this.keep(latin1(b, startData, startData + len), at));
          p = startData + len;
          break;
        }
        case 73:
        // INT
        case 76:
        // LONG
        case 70:
        // FLOAT
        case 83:
        // STRING
        case 86:
        // UNICODE
        case 103:
        // GET
        case 112:
        // PUT
        case 80: {
          const eol = b.indexOf(10, p + 1);
          if (eol < 0) {
            if (n - p > MAX_LINE) this.fail(at, "text argument longer than 1 MiB");
            return at;
          }
          const line = b.toString("latin1", p + 1, eol);
          p = eol + 1;
          this.textOp(op, line, at);
          break;
        }
        case 99:
        // GLOBAL
        case 105: {
          const eol1 = b.indexOf(10, p + 1);
          const eol2 = eol1 < 0 ? -1 : b.indexOf(10, eol1 + 1);
          if (eol2 < 0) {
            if (n - p > MAX_LINE) this.fail(at, "GLOBAL argument longer than 1 MiB");
            return at;
          }
          const module = b.toString("utf8", p + 1, eol1);
          const name = b.toString("utf8", eol1 + 1, eol2);
          p = eol2 + 1;
          const g = this.importGlobal(module, name, at);
          if (op === 99) s.push(g);
          else {
            const args = new Seq("tuple");
            for (const v of this.popMark(at)) args.add(v);
            this.stack.push(this.judge.called(g, args, "INST"));
          }
          break;
        }
        case 147: {
          const name = this.pop(at);
          const module = this.pop(at);
          if (module instanceof LongText || name instanceof LongText) {
            this.problem(
              "unsafe",
              "pickle-long-name",
              `STACK_GLOBAL at offset ${this.base + at} imports a name longer than ${KEEP_STRING} bytes, which the scanner does not keep`
            );
            s.push(new Opaque("an unresolved import"));
          } else if (typeof module !== "string" || typeof name !== "string") {
            this.problem(
              "error",
              "pickle-unresolved-global",
              `STACK_GLOBAL at offset ${this.base + at} imports a name the scanner cannot resolve`
            );
            s.push(new Opaque("an unresolved import"));
          } else {
            s.push(this.importGlobal(utf8(module), utf8(name), at));
          }
          p++;
          break;
        }
        case 104:
          this.get(b[p + 1], at);
          p += 2;
          break;
        case 106:
          this.get(i32(b, p + 1) >>> 0, at);
          p += 5;
          break;
        case 113:
          this.memo.set(b[p + 1], this.top(at));
          p += 2;
          break;
        case 114:
          this.memo.set(i32(b, p + 1) >>> 0, this.top(at));
          p += 5;
          break;
        case 148:
          this.memo.set(this.memo.size, this.top(at));
          p++;
          break;
        case 41:
          s.push(new Seq("tuple"));
          p++;
          break;
        case 93:
          s.push(new Seq("list"));
          p++;
          break;
        case 125:
          s.push(new Dict());
          p++;
          break;
        case 143:
          s.push(new Seq("set"));
          p++;
          break;
        case 133:
        // TUPLE1
        case 134:
        // TUPLE2
        case 135: {
          const t = new Seq("tuple");
          const k = op - 132;
          const items = [];
          for (let i = 0; i < k; i++) items.unshift(this.pop(at));
          for (const v of items) t.add(v);
          s.push(t);
          p++;
          break;
        }
        case 116:
        // TUPLE
        case 108:
        // LIST
        case 145: {
          const t = new Seq(op === 108 ? "list" : op === 116 ? "tuple" : "set");
          const m = this.unmark(at);
          for (let i = m; i < s.length; i++) t.add(s[i]);
          s.length = m;
          s.push(t);
          p++;
          break;
        }
        case 100: {
          const m = this.unmark(at);
          const d = new Dict();
          for (let i = m; i + 1 < s.length; i += 2) d.set(s[i], s[i + 1]);
          s.length = m;
          s.push(d);
          p++;
          break;
        }
        case 97: {
          const v = this.pop(at);
          const target = this.top(at);
          if (target instanceof Seq) target.add(v);
          else this.judge.mutated(target, "APPEND");
          p++;
          break;
        }
        case 101:
        // APPENDS
        case 144: {
          const m = this.unmark(at);
          const target = this.below(m, at);
          if (target instanceof Seq) for (let i = m; i < s.length; i++) target.add(s[i]);
          else this.judge.mutated(target, op === 101 ? "APPENDS" : "ADDITEMS");
          s.length = m;
          p++;
          break;
        }
        case 115: {
          const v = this.pop(at);
          const k = this.pop(at);
          const target = this.top(at);
          if (target instanceof Dict) target.set(k, v);
          else this.judge.mutated(target, "SETITEM");
          p++;
          break;
        }
        case 117: {
          const m = this.unmark(at);
          const target = this.below(m, at);
          if (target instanceof Dict)
            for (let i = m; i + 1 < s.length; i += 2) target.set(s[i], s[i + 1]);
          else this.judge.mutated(target, "SETITEMS");
          s.length = m;
          p++;
          break;
        }
        case 82:
        // REDUCE
        case 129: {
          const args = this.pop(at);
          const fn = this.pop(at);
          s.push(
            op === 82 ? this.judge.called(fn, args, "REDUCE") : this.judge.instantiated(fn, args, "NEWOBJ")
          );
          p++;
          break;
        }
        case 146: {
          this.pop(at);
          const args = this.pop(at);
          const cls = this.pop(at);
          s.push(this.judge.instantiated(cls, args, "NEWOBJ_EX"));
          p++;
          break;
        }
        case 111: {
          const items = this.popMark(at);
          if (items.length === 0) this.fail(at, "OBJ without a class");
          const args = new Seq("tuple");
          for (const v of items.slice(1)) args.add(v);
          this.stack.push(this.judge.called(items[0], args, "OBJ"));
          p++;
          break;
        }
        case 98: {
          const state = this.pop(at);
          const target = this.top(at);
          p++;
          this.judge.built(target, state);
          if (this.joblibReading && target instanceof Call && isJoblibWrapper(target)) {
            if (!this.shadow) {
              this.shadow = this.fork();
              this.shadow.base = this.base + p;
              this.shadow.write(b.subarray(p));
            }
            this.startRaw(mergeAttributes(target, state), at, this.base + p);
          }
          break;
        }
        case 81: {
          if (!this.persistent)
            this.fail(at, "BINPERSID without a persistent_load (pickle.load raises here)");
          const pid = this.pop(at);
          const typename = pid instanceof Seq && pid.kind === "tuple" ? pid.items[0] : void 0;
          const module = typename === "module" || typename instanceof Bytes && typename.length === 6;
          s.push(
            module && pid.items.length > 1 ? pid.items[1] : new Opaque("a persistent reference")
          );
          p++;
          break;
        }
        case 130:
        // EXT1
        case 131:
        // EXT2
        case 132: {
          const code = op === 130 ? b[p + 1] : op === 131 ? b.readUInt16LE(p + 1) : b.readInt32LE(p + 1);
          this.problem(
            "error",
            "pickle-extension",
            `EXT${need} imports extension code ${code} from the copyreg registry, which the scanner cannot resolve`
          );
          s.push(new Opaque(`extension code ${code}`));
          p += 1 + need;
          break;
        }
        case 128: {
          const v = b[p + 1];
          if (v > 5) this.fail(at, `unsupported pickle protocol ${v}`);
          this.protocol = Math.max(this.protocol, v);
          this.judge.protocol = v;
          p += 2;
          break;
        }
        case 149: {
          const len = b.readBigUInt64LE(p + 1);
          if (this.deferred) this.fail(at, "a frame begins while joblib reads past the last", true);
          this.frameEnd = len > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : this.base + p + 9 + Number(len);
          p += 9;
          break;
        }
        case 151:
          s.push(new Opaque("an out-of-band buffer"));
          p++;
          break;
        case 152:
          this.top(at);
          p++;
          break;
        default:
          this.fail(at, `unknown opcode 0x${op.toString(16)}`);
      }
    }
    return p;
  }
  /** Moves past a payload that may end beyond this chunk; the rest is skipped as it arrives. */
  skipTo(end, n) {
    if (end <= n) return end;
    this.skip = end - n;
    return n;
  }
  endPickle(result) {
    this.inPickle = false;
    const resume = this.outer.pop();
    if (resume) {
      this.stack = resume.stack;
      this.marks = resume.marks;
      this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0;
      this.memo = resume.memo;
      this.judge.protocol = resume.protocol;
      this.inPickle = true;
      return;
    }
    if (this.pickles === 0 && (result === TORCH_LEGACY_MAGIC || result instanceof Call || result instanceof Global || result instanceof Opaque)) {
      if (result === TORCH_LEGACY_MAGIC) {
        this.legacyTorch = true;
        this.maxPickles = 5;
      } else this.maxPickles = Math.max(this.maxPickles, 5);
      this.persistent = true;
    }
    this.pickles++;
    this.stack = [];
    this.marks = [];
    this.fence = 0;
    this.memo = new Memo();
    this.judge.protocol = 0;
  }
  textOp(op, whole, at) {
    const s = this.stack;
    const line = op === 83 || op === 86 || op === 80 ? whole : whole.split("\0", 1)[0];
    switch (op) {
      case 73: {
        if (line === "01" || line === "00") s.push(line === "01");
        else s.push(parseInteger(line, at, this, true));
        break;
      }
      case 76:
        s.push(parseInteger(line.replace(/L$/, ""), at, this, false));
        break;
      case 70: {
        const v = Number(line);
        const inf = /^([+-]?)inf(inity)?$/i.exec(line);
        if (Number.isNaN(v) && !inf && !/^[+-]?nan$/i.test(line.trim()))
          this.fail(at, `FLOAT ${JSON.stringify(line)} is not a number`);
        s.push(inf ? inf[1] === "-" ? -Infinity : Infinity : v);
        break;
      }
      case 83: {
        const m = /^(['"])(.*)\1$/s.exec(line);
        if (!m) this.fail(at, "STRING argument is not quoted");
        s.push(m[2].length > KEEP_STRING ? new LongText() : this.keep(unescapeString(m[2]), at));
        break;
      }
      case 86:
        s.push(line.length > KEEP_STRING ? new LongText() : this.keep(rawUnicode(line), at));
        break;
      case 103:
        this.get(this.memoKey(line, at), at);
        break;
      case 112:
        this.memo.set(this.memoKey(line, at), this.top(at));
        break;
      case 80:
        if (!this.persistent)
          this.fail(at, "PERSID without a persistent_load (pickle.load raises here)");
        s.push(new Opaque("a persistent reference"));
        break;
    }
  }
  /** Exposed for the text opcodes' number parsing. */
  failAt(at, message) {
    return this.fail(at, message);
  }
};
var JOBLIB_WRAPPER = "joblib.numpy_pickle.NumpyArrayWrapper";
var COPYREG_NEW = /* @__PURE__ */ new Set([
  "copyreg._reconstructor",
  "copyreg.__newobj__",
  "copyreg.__newobj_ex__"
]);
function isJoblibWrapper(c) {
  if (c.produces?.of === JOBLIB_WRAPPER) return true;
  if (!(c.fn instanceof Global)) return false;
  if (c.fn.full === JOBLIB_WRAPPER) return true;
  const cls = c.args instanceof Seq ? c.args.items[0] : void 0;
  return COPYREG_NEW.has(c.fn.full) && cls instanceof Global && cls.full === JOBLIB_WRAPPER;
}
function mergeAttributes(target, state) {
  const attrs = target.attributes ??= new Dict();
  const parts = state instanceof Seq && state.kind === "tuple" && state.items.length === 2 ? state.items : [state];
  for (const part of parts) {
    if (part === null) continue;
    if (!(part instanceof Dict) || part.dropped) attrs.dropped = true;
    else for (let i = 0; i < part.keys.length; i++) attrs.set(part.keys[i], part.values[i]);
  }
  return attrs;
}
function dtypeLayout(dtype2, depth = 0) {
  if (!(dtype2 instanceof Call) || !(dtype2.fn instanceof Global) || dtype2.fn.full !== "numpy.dtype")
    return void 0;
  if (depth > 8) return void 0;
  const descr = dtype2.args instanceof Seq ? dtype2.args.items[0] : void 0;
  if (typeof descr !== "string") return void 0;
  const m = /^[<>|=]?([a-zA-Z])(\d*)$/.exec(descr);
  if (!m) return void 0;
  const state = dtype2.state;
  let elsize = -1;
  let hasObject = m[1] === "O";
  if (state !== void 0) {
    if (!(state instanceof Seq) || state.items.length < 8) return void 0;
    const [, , sub, names, fields, size, , flags] = state.items;
    if (typeof size !== "number" || typeof flags !== "number") return void 0;
    if ((sub !== null || names !== null || fields !== null) && size <= 0) return void 0;
    elsize = size;
    const flagged = (flags & 1) === 1;
    if (m[1] !== "V" && flagged !== hasObject) return void 0;
    const inner = innerLayouts(sub, fields, depth);
    if (inner === void 0) return void 0;
    hasObject = flagged || inner === "object";
  }
  if (hasObject) return "object";
  if (m[2] === "") return void 0;
  const itemSize = Number(m[2]) * (m[1] === "U" ? 4 : 1);
  return elsize > 0 && elsize !== itemSize ? void 0 : itemSize;
}
function innerLayouts(sub, fields, depth) {
  const inner = [];
  if (sub !== null) {
    const t = sub instanceof Seq && !sub.dropped ? sub.items : void 0;
    if (!t) return void 0;
    inner.push(t[0]);
  }
  if (fields !== null) {
    if (!(fields instanceof Dict) || fields.dropped) return void 0;
    for (const f of fields.values) {
      if (!(f instanceof Seq) || f.dropped) return void 0;
      inner.push(f.items[0]);
    }
  }
  let object = false;
  for (const d of inner) {
    const layout = dtypeLayout(d, depth + 1);
    if (layout === void 0) return void 0;
    object ||= layout === "object";
  }
  return object ? "object" : "plain";
}
function parseInteger(text, at, w, cOctal) {
  const m = /^\s*([+-]?)(0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|0(?:_?0)*|[1-9](?:_?\d)*|0[0-7]+)\s*$/.exec(
    text
  );
  if (!m || !cOctal && /^0[0-7]+$/.test(m[2]) && /[1-7]/.test(m[2]))
    w.failAt(at, `integer ${JSON.stringify(text.slice(0, 40))} is not a number`);
  const digits = m[2].replace(/_/g, "");
  const abs = BigInt(/^0\d/.test(digits) ? `0o${digits.slice(1)}` : digits);
  const v = m[1] === "-" ? -abs : abs;
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
function readLong(b, start, len) {
  if (len === 0) return 0;
  let v = 0n;
  for (let i = len - 1; i >= 0; i--) v = v << 8n | BigInt(b[start + i]);
  if (b[start + len - 1] & 128) v -= 1n << BigInt(len * 8);
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
function utf8(latin12) {
  return /^[ -~\t\n\r]*$/.test(latin12) ? latin12 : Buffer.from(latin12, "latin1").toString("utf8");
}
var STRING_ESCAPES = { ...PYTHON_ESCAPES, "\n": "" };
function unescapeString(s) {
  if (!s.includes("\\")) return s;
  return s.replace(/\\([0-7]{1,3}|x[0-9a-fA-F]{2}|[\s\S])/g, (all, e) => {
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8) & 255);
    if (e.length === 3 && e[0] === "x") return String.fromCharCode(parseInt(e.slice(1), 16));
    return STRING_ESCAPES[e] ?? all;
  });
}
function rawUnicode(line) {
  const text = line.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/g, (all, e) => {
    const cp = parseInt(e.slice(1), 16);
    return cp > 1114111 ? all : String.fromCodePoint(cp);
  });
  return /^[ -~]*$/.test(text) ? text : Buffer.from(text, "utf8").toString("latin1");
}
var UNKNOWN = -1;
var ARG_BYTES = (() => {
  const t = new Int8Array(256).fill(UNKNOWN);
  const none = "(.012NRabdelostu})]\x81\x85\x86\x87\x88\x89\x8F\x90\x91\x92\x93\x94\x97\x98Q";
  for (const c of none) t[c.charCodeAt(0)] = 0;
  for (const c of "IFLSVPgpci") t[c.charCodeAt(0)] = 0;
  for (const c of "KhqUC\x8A\x8C\x80\x82") t[c.charCodeAt(0)] = 1;
  for (const c of "M\x83") t[c.charCodeAt(0)] = 2;
  for (const c of "JjrTXB\x8B\x84") t[c.charCodeAt(0)] = 4;
  for (const c of "G\x8D\x8E\x96\x95") t[c.charCodeAt(0)] = 8;
  return t;
})();
var FIRST_OPCODES = new Set(
  Array.from("(]})cNIJKLMFGSTUVXltBC\x88\x89\x8A\x8B\x8C\x8D\x8E\x8F\x95\x96").map(
    (c) => c.charCodeAt(0)
  )
);
function looksLikePickle(head, size) {
  if (head.length >= 2 && head[0] === 128 && head[1] <= 5) return true;
  if (head.length === 0 || !FIRST_OPCODES.has(head[0])) return false;
  const w = new PickleWalker();
  w.write(head);
  const r = w.end();
  if (w.gaveUp) return true;
  if (r.problems.some((p) => p.rule === "pickle-parse-error")) return false;
  if (r.pickles > 0 || w.opcodes >= 2) return true;
  if (w.opcodes === 1 && w.skipping > 0)
    return size === void 0 || head.length + w.skipping <= size;
  const more = size === void 0 || size > head.length;
  const value = /^(S['"]|V|[IL][\s+\-\dxXoObB_a-fA-F]*$|F[\d.eE+-]*$)/.test(
    head.toString("latin1")
  );
  return w.opcodes === 0 && w.waiting === head.length && more && value;
}

// src/artifacts/sniff.ts
var HEAD_BYTES = 4096;
var HDF5_MAGIC = Buffer.from("\x89HDF\r\n\n", "latin1");
var ONNX_NEXT_TAGS = /* @__PURE__ */ new Set([18, 26, 34, 40, 50, 58, 66, 114, 162, 202]);
function startsWith(head, magic) {
  const m = typeof magic === "string" ? Buffer.from(magic, "latin1") : magic;
  return head.length >= m.length && head.subarray(0, m.length).equals(m);
}
function sniff(head, size) {
  if (head.length === 0) return "empty";
  if (startsWith(head, "PK") || startsWith(head, "PK")) return "zip";
  if (startsWith(head, "\x93NUMPY")) return "npy";
  if (startsWith(head, "GGUF")) return "gguf";
  if (startsWith(head, HDF5_MAGIC)) return "hdf5";
  if (startsWith(head, "\x8B")) return "gzip";
  if (startsWith(head, "BZh")) return "bz2";
  if (startsWith(head, "\xFD7zXZ\0")) return "xz";
  if (startsWith(head, '"M')) return "lz4";
  if (startsWith(head, "(\xB5/\xFD")) return "zstd";
  if (head.length >= 2 && head[0] === 120 && (head[0] * 256 + head[1]) % 31 === 0) return "zlib";
  if (head.length >= 2 && head[0] === 93 && head[1] === 0) return "lzma";
  if (startsWith(head, "ZF")) return "joblib-zfile";
  if (isTar(head)) return "tar";
  if (isSafetensors(head)) return "safetensors";
  if (head.length >= 3 && head[0] === 8 && head[1] === 1 && head[2] === 18)
    return "tf-savedmodel";
  if (isOnnx(head)) return "onnx";
  if (looksLikePickle(head, size)) return "pickle";
  const text = head.toString("latin1", 0, Math.min(head.length, 256)).replace(/\0/g, "").replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, "").trimStart();
  if (text.startsWith("{") || text.startsWith("[")) return "json";
  return "unknown";
}
function isTar(head) {
  return head.length >= 512 && checksumOk(head.subarray(0, 512)).ok;
}
function isSafetensors(head) {
  if (head.length < 10) return false;
  const n = head.readBigUInt64LE(0);
  return n >= 2n && n < 1n << 40n && head[8] === 123;
}
function isOnnx(head) {
  if (head.length < 3 || head[0] !== 8) return false;
  const ir = head[1];
  return ir >= 2 && ir <= 15 && ONNX_NEXT_TAGS.has(head[2]);
}

// src/artifacts/scan.ts
async function scanFile(path, policy, hint) {
  const fh = await open(path, "r");
  const findings = [];
  const signature = {};
  try {
    const size = (await fh.stat()).size;
    const random = fileRandomAccess(path, fh, size);
    const root = makeContext(policy, dirname(path), findings, signature, "", 0, hint);
    const format = await root.scan(
      { size, random, bytes: new ByteReader(random.stream(0, size)) },
      ""
    );
    const verdict = worstVerdict(findings.map((f) => f.verdict));
    return {
      format,
      verdict,
      findings,
      signature: signature.inputs || signature.outputs ? signature : void 0
    };
  } finally {
    await fh.close();
  }
}
function makeContext(policy, dir, out, signature, member, depth, hint) {
  return {
    policy,
    member,
    depth,
    dir,
    hint,
    signature,
    add: (f) => out.push(member ? { ...f, member } : f),
    scan: async (content, name, childHint) => {
      const child = name === "" ? member : member ? `${member}!${name}` : name;
      const ctx = makeContext(
        policy,
        dir,
        out,
        signature,
        child,
        depth + 1,
        childHint ?? (depth === 0 ? hint : void 0)
      );
      try {
        if (ctx.depth > MAX_DEPTH) {
          ctx.add({
            verdict: "error",
            rule: "nesting-too-deep",
            loader: "scan",
            message: `archives nested more than ${MAX_DEPTH} deep are not inspected`
          });
          return "nested";
        }
        return await scanContent(content, ctx);
      } catch (err) {
        if (isBug(err)) throw err;
        ctx.add({
          verdict: "error",
          rule: "unreadable",
          loader: "scan",
          message: `cannot be read completely: ${err.message}`
        });
        return "unreadable";
      } finally {
        content.bytes.close();
      }
    }
  };
}
function isBug(err) {
  return err instanceof TypeError || err instanceof ReferenceError || !(err instanceof Error);
}
async function scanContent(c, ctx) {
  const head = c.random ? await c.random.read(0, HEAD_BYTES) : await c.bytes.peek(HEAD_BYTES);
  if (ctx.hint === "raw-storage" && !head.subarray(0, 6).equals(NPY_MAGIC))
    return readRaw(c, head, ctx);
  const kind = ctx.hint === "tf-savedmodel" || ctx.hint === "json" || ctx.hint === "pickle" ? ctx.hint : sniff(head, c.size);
  if (kind === "pickle" || kind === "empty") return readAs(kind, c, ctx);
  const incidental = newWalker(ctx, "foreign");
  if (c.random) incidental.write(head);
  else c.bytes.tap((chunk) => incidental.write(chunk));
  try {
    return await readAs(kind, c, ctx);
  } finally {
    await readOn(incidental, c, head.length);
    const r = incidental.end();
    for (const f of foreign(r)) ctx.add(f);
    for (const load of [...r.loads, ...r.plain?.loads ?? []]) await scanNested(load, c, ctx);
  }
}
function foreign(r) {
  const out = [...executed(r), ...r.plain ? executed(r.plain) : []];
  const stop = r.problems.find((p) => p.rule === "pickle-parse-error");
  if (stop && !r.gaveUp && r.opcodes >= FOREIGN_OPCODES)
    out.push({
      verdict: "error",
      rule: "pickle-unreadable",
      message: `read as a pickle, the bytes run ${r.opcodes} opcodes before the scanner stops (${stop.message}), where Python may not`,
      loader: "pickle.load"
    });
  return out;
}
var FOREIGN_OPCODES = 16;
var NPY_MAGIC = Buffer.from("\x93NUMPY", "latin1");
async function readRaw(c, head, ctx) {
  const w = newWalker(ctx, "foreign");
  w.write(head);
  if (!c.random) {
    await c.bytes.skip(Math.min(head.length, c.size ?? head.length)).catch(() => void 0);
    for await (const chunk of c.bytes.chunks()) {
      if (w.finished) break;
      w.write(chunk);
    }
  } else await readOn(w, c, head.length);
  for (const f of executed(w.end())) ctx.add(f);
  return "raw";
}
function newWalker(ctx, reading) {
  return new PickleWalker({
    policy: ctx.policy.pickle,
    allowGlobals: ctx.policy.allowGlobals,
    persistentLoad: reading === "file"
  });
}
async function readOn(w, c, from) {
  if (w.finished) return;
  try {
    const rest = c.random ? new ByteReader(c.random.stream(from, c.random.size)) : c.bytes;
    for await (const chunk of rest.chunks()) {
      if (c.random) w.write(chunk);
      if (w.finished) break;
    }
  } catch {
  }
}
var RAISES = /* @__PURE__ */ new Set([
  "pickle-parse-error",
  "pickle-truncated",
  "pickle-empty",
  "pickle-invalid-call",
  "pickle-unresolved-call",
  "pickle-unresolved-global",
  "pickle-extension"
]);
function executed(r, loader = "pickle.load") {
  const out = [];
  for (const g of r.globals)
    if (g.verdict !== "safe" && (g.rule !== "pickle-unknown-global" || importable(g.global)))
      out.push({
        verdict: g.verdict,
        rule: g.rule,
        message: `read as a pickle, ${g.message}`,
        global: g.global,
        loader
      });
  for (const p of r.problems)
    if (!RAISES.has(p.rule) || r.gaveUp && p.rule === "pickle-parse-error")
      out.push({ ...p, message: `read as a pickle: ${p.message}`, loader });
  return out;
}
var LOADER = {
  pickle: "pickle.load",
  zip: "zipfile",
  npy: "numpy.load",
  safetensors: "safetensors",
  gguf: "gguf",
  onnx: "onnx",
  "tf-savedmodel": "tensorflow",
  hdf5: "h5py",
  json: "json",
  gzip: "joblib.load",
  zlib: "joblib.load",
  bz2: "joblib.load",
  xz: "joblib.load",
  lzma: "joblib.load",
  lz4: "joblib.load",
  zstd: "joblib.load",
  "joblib-zfile": "joblib.load",
  tar: "torch.load"
};
async function readAs(kind, c, outer) {
  const loader = LOADER[kind];
  const ctx = loader ? { ...outer, add: (f) => outer.add({ loader, ...f }) } : outer;
  switch (kind) {
    case "pickle":
      return scanPickleStream(c, ctx);
    case "zip":
      return (await import("./zip-IJPD3BAA.js")).scanZip(c, ctx);
    case "npy":
      return (await import("./npy-6A7TA5NN.js")).scanNpy(
        c,
        ctx,
        (rest) => scanPickleStream(rest, ctx, "numpy.load")
      );
    case "safetensors":
      return (await import("./tensors-FNLTJXL2.js")).scanSafetensors(c, ctx);
    case "gguf":
      return (await import("./tensors-FNLTJXL2.js")).scanGguf(c, ctx);
    case "onnx":
      return (await import("./onnx-MDSJFVV4.js")).scanOnnx(c, ctx, ctx.signature);
    case "tf-savedmodel":
      return (await import("./tf-B5ZLKPF3.js")).scanSavedModel(c, ctx);
    case "hdf5":
      return (await import("./tf-B5ZLKPF3.js")).scanHdf5(c, ctx);
    case "json":
      return (await import("./tf-B5ZLKPF3.js")).scanJson(c, ctx);
    case "gzip":
    case "zlib":
    case "bz2":
    case "xz":
    case "lzma":
    case "lz4":
    case "zstd":
    case "joblib-zfile":
      return (await import("./compressed-W3EBZAIQ.js")).scanCompressed(c, ctx, kind);
    case "tar":
      return (await import("./tar-Y2RZCH3X.js")).scanTar(c, ctx);
    case "empty":
      return "empty";
    default:
      return "unknown";
  }
}
async function scanPickleStream(c, ctx, as) {
  const w = newWalker(ctx, "file");
  for await (const chunk of c.bytes.chunks()) {
    w.write(chunk);
    if (w.finished) break;
  }
  const r = w.end();
  const loader = as ?? (r.legacyTorch ? "torch.load" : r.joblib ? "joblib.load" : "pickle.load");
  for (const g of r.globals) {
    if (g.verdict === "safe") continue;
    ctx.add({ verdict: g.verdict, rule: g.rule, message: g.message, global: g.global, loader });
  }
  for (const p of r.problems) ctx.add({ ...p, loader });
  if (r.plain) for (const f of executed(r.plain)) ctx.add(f);
  for (const load of [...r.loads, ...r.plain?.loads ?? []]) await scanNested(load, c, ctx);
  return r.legacyTorch ? "pytorch-legacy" : r.joblib ? "joblib" : "pickle";
}
async function scanNested(load, c, ctx) {
  const name = `${load.loader} of bytes at offset ${load.offset}`;
  if (!c.random || load.offset + load.length > c.random.size) {
    ctx.add({
      verdict: "error",
      rule: "pickle-nested-load",
      message: `${name}: the bytes cannot be read again here (a compressed or streamed pickle), so they are not inspected`,
      loader: load.loader
    });
    return;
  }
  const random = sliceRandomAccess(c.random, load.offset, load.length);
  await ctx.scan(
    { size: load.length, random, bytes: new ByteReader(random.stream(0, load.length)) },
    name
  );
}
async function inspectArtifact(path, ctx) {
  const r = await scanFile(path, ctx.policy);
  return {
    format: r.format,
    verdict: r.verdict,
    findings: toFindings(r.findings, ctx.shown, ctx.policy),
    signature: r.signature
  };
}
function toFindings(findings, shown, policy) {
  return findings.map((f) => ({
    severity: f.verdict === "suspicious" ? policy.pickle === "warn-unknown-classes" ? "warning" : "error" : f.verdict === "safe" ? "notice" : "error",
    rule: f.rule,
    message: f.member ? `${f.member}: ${f.message}` : f.message,
    location: { file: shown },
    ...f.global ? { global: f.global } : {},
    ...f.loader ? { loader: f.loader } : {},
    ...f.member ? { member: f.member } : {}
  }));
}

export {
  scanFile,
  inspectArtifact,
  toFindings
};
