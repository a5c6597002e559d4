#!/usr/bin/env python3
"""Build a corpus of real, benign model files and record every global their pickles import.

modelgate's pickle scanner allows only exact ``module.qualname`` globals that were seen in real
files written by real libraries. This script is how that list is made: it builds a wide set of
ordinary objects (every scikit-learn estimator fitted on toy data, pipelines, numpy arrays of
every dtype, random generators, scipy sparse matrices, pandas objects, torch tensors, modules,
optimizers and schedulers, xgboost models), writes each one the ways users do (pickle protocols
0-5, joblib plain and with every compressor, pandas.to_pickle plain and compressed, torch.save
zip and legacy, np.save, np.savez, scipy.sparse.save_npz),
loads every file back through a recording unpickler and writes what was imported to
``globals.json``. Libraries missing from the interpreter are skipped.

It needs only python3 and the libraries it pickles, and never touches the network.

In modelgate's own tests and in ``npm run allowlist`` it runs inside the two Debian test images:

    podman run --rm --network none --read-only -v "$PWD/scripts/allowlist:/gen:ro" \\
      -v "$OUT:/out" localhost/modelgate-trixie:latest \\
      python3 /gen/generate.py --out /out --image trixie

To extend the list for your own stack, run it the same way in your own image (or virtualenv)
with the library versions you deploy:

    podman run --rm --network none -v "$PWD/scripts/allowlist:/gen:ro" -v "$PWD/out:/out" \\
      my-image python3 /gen/generate.py --out /out --image my-image

then either merge it into src/artifacts/allowlist.json with
``node scripts/allowlist/merge.mjs --add out/globals.json`` (review the diff), or copy the
names of ``out/globals.json`` you accept into ``security.allow_globals`` in your modelgate
configuration. Add your own objects with ``--extra my_objects.py``: a Python file defining
``objects()`` that yields ``(name, object, [formats])`` (formats as in FORMATS below).

Recording: every pickle stream written is loaded back with a ``pickle._Unpickler`` subclass
(the pure-Python unpickler, which exposes the protocol) that records each global where the
GLOBAL, STACK_GLOBAL or INST opcode names it, as a scanner reads it, mapped as Python maps it
(protocols < 3 write Python 2 names such as ``copy_reg`` and ``__builtin__``; the recorded name
is the one ``_compat_pickle`` maps it to). Recording at the opcode rather than in ``find_class``
matters: torch's unpickler answers ``torch.FloatStorage`` and the other ``…Storage`` names
itself and renames ``torch.tensor``. joblib's NumpyUnpickler (and the nested protocol-2 pickle
it writes for object arrays), torch.load (``pickle_module=``) and np.load (its ``pickle``) are
routed through the same recorder. An audit hook on ``pickle.find_class`` cross-checks that no
import escaped it (``escaped`` in globals.json; merge.mjs refuses a run with any).

For each global, globals.json says what the object really is (``kind``, ``object``: its own
``module.qualname``, so aliases show), whether BUILD would call its ``__setstate__``, how the
files use it (``uses``: "call" for REDUCE / INST / OBJ, "new" for NEWOBJ; empty when it is only
ever a value), a sample of the arguments each call received (``calls``), and one example file.
"""

import argparse
import hashlib
import importlib
import inspect
import io
import json
import os
import pickle
import platform
import sys
import time
import traceback
import types
import warnings
import _compat_pickle

warnings.filterwarnings("ignore")
os.environ.setdefault("OMP_NUM_THREADS", "1")

# ---------------------------------------------------------------------------------------------
# Recording


class State:
    current = None  # the file being loaded
    seen = {}  # (module, name) -> set of files (mapped names)
    raw = set()  # raw (module, name) the recorder saw for the current file
    audit = set()  # raw (module, name) the audit hook saw for the current file
    find_class = set()  # what find_class was asked for (after a loader's own renaming)
    per_file = {}  # file -> sorted list of "module.name"
    escaped = []  # names the audit hook saw that the recorder did not


def _map(proto, fix_imports, module, name):
    """The names pickle._Unpickler.find_class really imports (Python 2 names mapped)."""
    if proto < 3 and fix_imports:
        if (module, name) in _compat_pickle.NAME_MAPPING:
            return _compat_pickle.NAME_MAPPING[(module, name)]
        if module in _compat_pickle.IMPORT_MAPPING:
            return _compat_pickle.IMPORT_MAPPING[module], name
    return module, name


def _record(unpickler, module, name):
    """A global as the file names it (GLOBAL, STACK_GLOBAL or INST), mapped as Python maps it."""
    State.raw.add((module, name))
    mapped = _map(unpickler.proto, unpickler.fix_imports, module, name)
    State.seen.setdefault(mapped, set()).add(State.current)
    State.per_file.setdefault(State.current, set()).add(mapped)


# The names are recorded where the opcode is read, not in find_class: loaders override
# find_class (torch answers "…Storage" names itself and renames torch.tensor), and a scanner
# reads the opcodes, not what a loader makes of them.
# How each imported object is used: "call" (the callable of REDUCE, or INST/OBJ, which call
# the class), "new" (NEWOBJ / NEWOBJ_EX: cls.__new__(cls, ...)); neither means it is only ever
# referenced as a value (a dtype's type, a stored function such as pooling_func=np.mean).
USES = {}  # id(object) -> set of uses
OBJECT_KEYS = {}  # id(object) -> set of (module, name) that reached it
_KEEP = []  # keeps imported objects alive so that their ids stay theirs


def _found(self, module, name, obj):
    key = _map(self.proto, self.fix_imports, module, name)
    OBJECT_KEYS.setdefault(id(obj), set()).add(key)
    _KEEP.append(obj)
    return obj


def _use(obj, how):
    USES.setdefault(id(obj), set()).add(how)


def _load_global(self):
    module = self.readline()[:-1].decode("utf-8")
    name = self.readline()[:-1].decode("utf-8")
    _record(self, module, name)
    self.append(_found(self, module, name, self.find_class(module, name)))


def _load_stack_global(self):
    name = self.stack.pop()
    module = self.stack.pop()
    if type(name) is not str or type(module) is not str:
        raise pickle.UnpicklingError("STACK_GLOBAL requires str")
    _record(self, module, name)
    self.append(_found(self, module, name, self.find_class(module, name)))


def _load_inst(self):
    module = self.readline()[:-1].decode("ascii")
    name = self.readline()[:-1].decode("ascii")
    _record(self, module, name)
    klass = _found(self, module, name, self.find_class(module, name))
    _use(klass, "call")
    self._instantiate(klass, self.pop_mark())


def _load_obj(self):
    args = self.pop_mark()
    cls = args.pop(0)
    _use(cls, "call")
    self._instantiate(cls, args)


def _load_newobj(self):
    _use(self.stack[-2], "new")
    return _orig_newobj(self)


def _load_newobj_ex(self):
    _use(self.stack[-3], "new")
    return _orig_newobj_ex(self)


_orig_newobj = pickle._Unpickler.dispatch[pickle.NEWOBJ[0]]
_orig_newobj_ex = pickle._Unpickler.dispatch[pickle.NEWOBJ_EX[0]]


def _name_of(obj):
    if np is not None and isinstance(obj, np.ufunc):
        return f"numpy.{obj.__name__}"
    if isinstance(obj, (type, types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        # A classmethod of a C type (zoneinfo.ZoneInfo._unpickle) has no __module__ of its own.
        module = getattr(obj, "__module__", None) or getattr(getattr(obj, "__self__", None), "__module__", None)
        return f"{module}.{getattr(obj, '__qualname__', getattr(obj, '__name__', '?'))}"
    return None


def _summary(a, depth=0):
    """A short, stable description of one argument of a call the pickle makes."""
    n = _name_of(a)
    if n is not None:
        return n
    if isinstance(a, str):
        literal = len(a) <= 60 and all(c.isalnum() or c in "._/:-+ " for c in a)
        return repr(a) if literal else f"str[{len(a)}]"
    if isinstance(a, (bytes, bytearray)):
        return type(a).__name__
    if a is None or isinstance(a, (bool, int, float, complex)):
        return type(a).__name__
    if isinstance(a, tuple) and depth < 2:
        return "(" + ", ".join(_summary(x, depth + 1) for x in a[:8]) + (", …" if len(a) > 8 else "") + ")"
    t = type(a)
    return f"<{t.__module__}.{t.__qualname__}>"


CALLS = {}  # "module.name" of a callable -> set of argument summaries


def _load_reduce(self):
    """REDUCE, noting what each call receives (for the review of argument-calling globals)."""
    args = self.stack[-1]
    func = self.stack[-2]
    _use(func, "call")
    key = _name_of(func) or _summary(func)
    sig = _summary(tuple(args)) if isinstance(args, tuple) else _summary(args)
    seen = CALLS.setdefault(key, set())
    if len(seen) < 400:
        seen.add(sig)
    if func is getattr and isinstance(args, tuple) and len(args) == 2 and isinstance(args[1], str):
        # A protocol < 4 pickle reaches a nested qualname through getattr(parent, "name"):
        # record the object it really reaches as a global of its own.
        parent = _name_of(args[0]) or (args[0].__name__ if isinstance(args[0], types.ModuleType) else None)
        if parent is not None:
            mod = args[0].__name__ if isinstance(args[0], types.ModuleType) else args[0].__module__
            qual = (args[0].__qualname__ + "." if not isinstance(args[0], types.ModuleType) else "") + args[1]
            State.seen.setdefault((mod, qual), set()).add(State.current)
            State.per_file.setdefault(State.current, set()).add((mod, qual))
            VIA_GETATTR.add((mod, qual))
            _orig_reduce(self)
            OBJECT_KEYS.setdefault(id(self.stack[-1]), set()).add((mod, qual))
            _KEEP.append(self.stack[-1])
            return None
    return _orig_reduce(self)


VIA_GETATTR = set()
_orig_reduce = pickle._Unpickler.dispatch[pickle.REDUCE[0]]


def _filling(op):
    """APPEND(S), SETITEM(S) and ADDITEMS call methods of what they fill: note its class."""
    original = pickle._Unpickler.dispatch[op[0]]

    def load(self):
        marks = self.metastack
        target = (marks[-1] if marks else None) if op in (pickle.APPENDS, pickle.SETITEMS, pickle.ADDITEMS) else None
        if target is not None and target:
            obj = target[-1]
        else:
            # APPEND and SETITEM act on the value under their arguments.
            obj = self.stack[-2] if op == pickle.APPEND else self.stack[-3] if op == pickle.SETITEM else None
        if obj is not None:
            _use(type(obj), "fill")
        return original(self)

    return load


def _patch_dispatch(dispatch):
    for op in (pickle.APPEND, pickle.APPENDS, pickle.SETITEM, pickle.SETITEMS, pickle.ADDITEMS):
        dispatch[op[0]] = _filling(op)
    dispatch[pickle.GLOBAL[0]] = _load_global
    dispatch[pickle.STACK_GLOBAL[0]] = _load_stack_global
    dispatch[pickle.INST[0]] = _load_inst
    dispatch[pickle.REDUCE[0]] = _load_reduce
    dispatch[pickle.OBJ[0]] = _load_obj
    dispatch[pickle.NEWOBJ[0]] = _load_newobj
    dispatch[pickle.NEWOBJ_EX[0]] = _load_newobj_ex


class RecordingUnpickler(pickle._Unpickler):
    dispatch = dict(pickle._Unpickler.dispatch)
    _patch_dispatch(dispatch)

    def find_class(self, module, name):
        State.find_class.add((module, name))
        return super().find_class(module, name)


def _rec_load(file, **kw):
    return RecordingUnpickler(file, **kw).load()


def _rec_loads(data, **kw):
    return RecordingUnpickler(io.BytesIO(data), **kw).load()


# A stand-in for the pickle module, for loaders that take one (torch.load) or use one (numpy).
recording_pickle = types.ModuleType("recording_pickle")
recording_pickle.__dict__.update(
    {k: getattr(pickle, k) for k in dir(pickle) if not k.startswith("__")}
)
recording_pickle.Unpickler = RecordingUnpickler
recording_pickle.load = _rec_load
recording_pickle.loads = _rec_loads


def _audit(event, args):
    if event == "pickle.find_class":
        State.audit.add((args[0], args[1]))


sys.addaudithook(_audit)

# ---------------------------------------------------------------------------------------------
# Optional libraries

LIBS = {}


def _try_import(name):
    try:
        LIBS[name] = importlib.import_module(name)
    except Exception:  # absent in this image
        LIBS[name] = None
    return LIBS[name]


np = _try_import("numpy")
joblib = _try_import("joblib")
for _n in ("scipy", "scipy.sparse", "pandas", "sklearn", "torch", "xgboost", "lz4"):
    _try_import(_n)
if joblib is not None:
    import joblib.numpy_pickle as _jnp

    _orig_find_class = pickle._Unpickler.find_class

    def _joblib_find_class(self, module, name):
        State.find_class.add((module, name))
        return _orig_find_class(self, module, name)

    assert _jnp.NumpyUnpickler.dispatch is not pickle._Unpickler.dispatch
    _jnp.NumpyUnpickler.find_class = _joblib_find_class
    _patch_dispatch(_jnp.NumpyUnpickler.dispatch)
    # joblib writes object arrays as a nested pickle (protocol 2) that it reads with pickle.load.
    _jnp.pickle = recording_pickle

if np is not None:
    # np.load reads object arrays with `pickle.load` from the module of read_array.
    np.lib.format.read_array.__globals__["pickle"] = recording_pickle

# ---------------------------------------------------------------------------------------------
# Writing and reading back

# format -> (file suffix, writer(obj, path), reader(path))
FORMATS = {}


def _pickle_fmt(proto):
    def write(obj, path):
        with open(path, "wb") as f:
            pickle.dump(obj, f, protocol=proto)

    def read(path):
        with open(path, "rb") as f:
            RecordingUnpickler(f).load()

    FORMATS[f"p{proto}"] = (".pkl", write, read)


for _p in (0, 1, 2, 3, 4, 5):
    _pickle_fmt(_p)

JOBLIB_CODECS = []
if joblib is not None:
    from joblib import compressor as _jc

    JOBLIB_CODECS = [c for c in ("zlib", "gzip", "bz2", "lzma", "xz", "lz4") if c in _jc._COMPRESSORS]
    if LIBS["lz4"] is None and "lz4" in JOBLIB_CODECS:
        JOBLIB_CODECS.remove("lz4")

    def _joblib_fmt(codec):
        def write(obj, path):
            if codec is None:
                joblib.dump(obj, path)
            else:
                joblib.dump(obj, path, compress=(codec, 3))

        def read(path):
            joblib.load(path)

        name = "joblib" if codec is None else f"joblib-{codec}"
        FORMATS[name] = (".joblib" if codec is None else f".joblib.{codec}", write, read)

    _joblib_fmt(None)
    for _c in JOBLIB_CODECS:
        _joblib_fmt(_c)

if LIBS["torch"] is not None:

    def _tw(zip_):
        def write(obj, path):
            LIBS["torch"].save(obj, path, _use_new_zipfile_serialization=zip_)

        return write

    def _tread(path):
        LIBS["torch"].load(path, map_location="cpu", weights_only=False, pickle_module=recording_pickle)

    FORMATS["torch-zip"] = (".pt", _tw(True), _tread)
    FORMATS["torch-legacy"] = (".pt", _tw(False), _tread)

if np is not None:

    def _npy_write(obj, path):
        np.save(path, obj, allow_pickle=True)

    def _np_read(path):
        r = np.load(path, allow_pickle=True)
        if hasattr(r, "files"):
            for k in r.files:
                r[k]
            r.close()

    def _npz_write(compressed):
        def write(obj, path):
            arrays = obj if isinstance(obj, dict) else {"arr": obj}
            (np.savez_compressed if compressed else np.savez)(path, **arrays)

        return write

    FORMATS["npy"] = (".npy", _npy_write, _np_read)
    FORMATS["npz"] = (".npz", _npz_write(False), _np_read)
    FORMATS["npz-compressed"] = (".npz", _npz_write(True), _np_read)
    if LIBS["scipy.sparse"] is not None:

        def _sparse_npz(compressed):
            def write(obj, path):
                LIBS["scipy.sparse"].save_npz(path, obj, compressed=compressed)

            return write

        FORMATS["sparse-npz"] = (".npz", _sparse_npz(False), _np_read)
        FORMATS["sparse-npz-compressed"] = (".npz", _sparse_npz(True), _np_read)

if LIBS["pandas"] is not None:
    # DataFrame.to_pickle / pandas.to_pickle: a plain pickle (protocol 5), compressed as the
    # file name says; pandas.read_pickle opens it. Recorded by decompressing it here and
    # reading it with the recorder, after checking that pandas itself can read it.
    import bz2 as _bz2
    import gzip as _gzip
    import lzma as _lzma
    import tarfile as _tarfile
    import zipfile as _zipfile

    def _pandas_fmt(codec):
        def write(obj, path):
            LIBS["pandas"].to_pickle(obj, path, compression=codec)

        def read(path):
            LIBS["pandas"].read_pickle(path, compression=codec)
            if codec == "gzip":
                f = _gzip.open(path, "rb")
            elif codec == "bz2":
                f = _bz2.open(path, "rb")
            elif codec == "xz":
                f = _lzma.open(path, "rb")
            elif codec == "zip":
                z = _zipfile.ZipFile(path)
                f = z.open(z.namelist()[0])
            elif codec == "tar":
                t = _tarfile.open(path)
                f = t.extractfile(t.getmembers()[0])
            else:
                f = open(path, "rb")
            with f:
                RecordingUnpickler(f).load()

        suffix = ".pkl" if codec is None else f".pkl.{ {'gzip': 'gz'}.get(codec, codec) }"
        FORMATS["pandas" if codec is None else f"pandas-{codec}"] = (suffix, write, read)

    _pandas_fmt(None)
    for _c in ("gzip", "bz2", "xz", "zip", "tar"):
        _pandas_fmt(_c)

PANDAS_PICKLES = [f for f in ("pandas", "pandas-gzip", "pandas-bz2", "pandas-xz", "pandas-zip", "pandas-tar") if f in FORMATS]
PICKLES = ["p0", "p2", "p4", "p5"]
OLD_PICKLES = ["p1", "p3"]  # protocol 3 was Python 3.0-3.7's default: old files use it
ALL_JOBLIB = ["joblib"] + [f"joblib-{c}" for c in JOBLIB_CODECS]
_rot = {"i": 0}


def rotate(options, n=1):
    """n of `options`, a different one each call, so that a family covers them all."""
    out = []
    for _ in range(n):
        out.append(options[_rot["i"] % len(options)])
        _rot["i"] += 1
    return out


def _safe(s):
    return "".join(c if c.isalnum() or c in "-_+" else "_" for c in s)


class Writer:
    def __init__(self, out, image):
        self.out = out
        self.image = image
        self.files = []
        self.failures = []
        self.names = set()

    def write_with(self, name, fmt, path, write, read):
        """One file written by a call of its own (a format option FORMATS does not cover)."""
        FORMATS[fmt] = (os.path.splitext(path)[1], lambda o, p: write(p), read)
        self.write(name, None, [fmt])

    def write(self, name, obj, formats):
        for fmt in dict.fromkeys(formats):
            if fmt not in FORMATS:
                continue
            suffix, write, read = FORMATS[fmt]
            fname = f"{_safe(name)}.{fmt}.{self.image}{suffix}"
            if fname in self.names:
                continue
            path = os.path.join(self.out, fname)
            try:
                write(obj, path)
            except Exception as e:  # an object that this format cannot hold
                self.failures.append({"file": fname, "stage": "write", "error": _err(e)})
                if os.path.exists(path):
                    os.remove(path)
                continue
            State.current = fname
            State.raw = set()
            State.audit = set()
            State.find_class = set()
            try:
                read(path)
            except Exception as e:
                self.failures.append({"file": fname, "stage": "read", "error": _err(e)})
                os.remove(path)
                State.per_file.pop(fname, None)
                for files in State.seen.values():
                    files.discard(fname)
                continue
            finally:
                State.current = None
            for module, gname in sorted(State.audit - State.raw - State.find_class):
                State.escaped.append({"file": fname, "global": f"{module}.{gname}"})
                State.seen.setdefault((module, gname), set()).add(fname)
                State.per_file.setdefault(fname, set()).add((module, gname))
            self.names.add(fname)
            self.files.append({"file": fname, "object": name, "format": fmt})


def _err(e):
    return f"{type(e).__name__}: {str(e)[:300]}"


# ---------------------------------------------------------------------------------------------
# Objects


def numpy_objects(w):
    rng = np.random.RandomState(0)
    dtypes = [
        "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
        "float16", "float32", "float64", "longdouble", "complex64", "complex128", "clongdouble",
        ">i4", ">f8", "<U7", "|S5", "datetime64[ns]", "datetime64[D]", "timedelta64[s]",
    ]  # fmt: skip
    for dt in dtypes:
        a = (rng.rand(3, 4) * 100).astype(dt) if "datetime" not in dt and "timedelta" not in dt else (
            np.arange(12).reshape(3, 4).astype("int64").astype(dt))
        w.write(f"numpy-array-{dt}", a, PICKLES + rotate(OLD_PICKLES) + rotate(ALL_JOBLIB, 2) + ["npy", "npz"])
    obj = np.array([1, "two", 3.0, None, (4, 5), [6], {"k": 7}, b"8", 9 + 1j], dtype=object)
    w.write("numpy-array-object", obj, PICKLES + ALL_JOBLIB + ["npy", "npz", "npz-compressed"])
    structured = np.zeros(3, dtype=[("a", "<i4"), ("b", "<f8", (2,)), ("c", "U3"), ("d", [("e", "u1"), ("f", "?")])])
    w.write("numpy-array-structured", structured, PICKLES + rotate(ALL_JOBLIB, 2) + ["npy", "npz"])
    aligned = np.zeros(2, dtype=np.dtype([("x", "u1"), ("y", "<i8")], align=True))
    w.write("numpy-array-aligned", aligned, ["p2", "p5", "npy"])
    titled = np.zeros(2, dtype=np.dtype({"names": ["a", "b"], "formats": ["<i2", "<f4"], "titles": ["A", "B"], "offsets": [0, 4], "itemsize": 12}))
    w.write("numpy-array-titled-offsets", titled, ["p4", "npy"])
    sub = np.zeros((2,), dtype=np.dtype(("<f4", (2, 3))))
    w.write("numpy-array-subarray", sub, ["p4", "npy"])
    sub_field = np.zeros(2, dtype=[("m", "<f8", (2, 2)), ("o", "O")])
    w.write("numpy-array-subarray-object-field", sub_field, ["p2", "p4", "npy", "joblib"])
    w.write("numpy-recarray", np.rec.array([(1, 2.0, "x"), (3, 4.0, "y")], dtype=[("i", "i4"), ("f", "f8"), ("s", "U1")]), PICKLES + ["joblib", "npy"])
    w.write("numpy-array-fortran", np.asfortranarray(rng.rand(4, 3)), ["p2", "p4", "p5", "joblib", "npy"])
    w.write("numpy-array-noncontiguous", rng.rand(6, 6)[::2, 1::2], ["p4", "p5", "joblib", "npy"])
    w.write("numpy-array-0d", np.array(3.5), ["p2", "p4", "npy"])
    w.write("numpy-array-empty", np.zeros((0, 3)), ["p4", "npy"])
    w.write("numpy-array-large", rng.rand(300, 300), ["p5", "joblib", "joblib-zlib", "npy"])
    w.write("numpy-npy-dict", {"weights": rng.rand(2, 2), "names": ["a", "b"], "epoch": 3}, ["npy"])
    w.write("numpy-npy-list-of-arrays", np.array([np.arange(3), np.arange(2)], dtype=object), ["npy", "npz"])
    w.write("numpy-npz-many", {"a": np.arange(5), "b": rng.rand(2, 2), "c": np.array(["x", "yy"]), "o": obj}, ["npz", "npz-compressed"])
    ma = np.ma.masked_array(rng.rand(3, 3), mask=rng.rand(3, 3) > 0.5, fill_value=-1.0)
    w.write("numpy-maskedarray-float", ma, PICKLES + ["joblib", "joblib-gzip"])
    w.write("numpy-maskedarray-int", np.ma.masked_equal(np.arange(6), 3), ["p2", "p4", "p5"])
    w.write("numpy-maskedarray-structured", np.ma.masked_array(structured[["a", "c"]], mask=[(0, 1), (1, 0), (0, 0)]), ["p4"])
    w.write("numpy-masked-constant", np.ma.masked, ["p2", "p4"])
    w.write("numpy-matrix", np.matrix([[1, 2], [3, 4]]), PICKLES + ["joblib"])
    scalars = {
        "float64": np.float64(1.5), "float32": np.float32(2.5), "float16": np.float16(1),
        "longdouble": np.longdouble(3), "int8": np.int8(-3), "int64": np.int64(7),
        "uint32": np.uint32(9), "bool": np.bool_(True), "complex64": np.complex64(1 + 2j),
        "str": np.str_("text"), "bytes": np.bytes_(b"raw"), "datetime64": np.datetime64("2024-01-02T03:04"),
        "timedelta64": np.timedelta64(5, "h"), "void": structured[0],
    }  # fmt: skip
    for k, v in scalars.items():
        w.write(f"numpy-scalar-{k}", v, ["p0", "p2", "p4"] if k != "void" else ["p2", "p4"])
    w.write("numpy-scalars-dict", scalars, ["p5", "joblib"])
    w.write("numpy-dtypes", [np.dtype(d) for d in dtypes] + [structured.dtype, np.dtype("O")], ["p0", "p2", "p4", "p5"])
    # Random generators and their bit generators.
    w.write("numpy-default_rng", np.random.default_rng(42), PICKLES + ["joblib", "joblib-xz"])
    for bg in ("PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"):
        cls = getattr(np.random, bg, None)
        if cls is None:
            continue
        w.write(f"numpy-bitgen-{bg}", cls(1), ["p2", "p4", "p5"])
        w.write(f"numpy-Generator-{bg}", np.random.Generator(cls(2)), ["p0", "p4", "joblib"])
    w.write("numpy-RandomState", np.random.RandomState(3), PICKLES + ["joblib", "joblib-bz2"])
    w.write("numpy-SeedSequence", np.random.SeedSequence(5), ["p2", "p4"])
    w.write("numpy-ufuncs", [np.log1p, np.expm1, np.add, np.sqrt], ["p0", "p2", "p4", "p5"])


def scipy_objects(w):
    sp = LIBS["scipy.sparse"]
    base = np.array([[1.0, 0, 2], [0, 0, 3], [4, 5, 0], [0, 6, 0]])
    kinds = ["csr", "csc", "coo", "bsr", "dia", "lil", "dok"]
    for k in kinds:
        for suffix in ("matrix", "array"):
            cls = getattr(sp, f"{k}_{suffix}", None)
            if cls is None:
                continue
            m = cls(base) if k != "bsr" else cls(base, blocksize=(2, 1))
            fmts = ["p2", "p4", "p5"] + rotate(ALL_JOBLIB, 1)
            if suffix == "matrix" and k in ("csr", "csc", "coo", "bsr", "dia"):
                fmts += ["sparse-npz", "sparse-npz-compressed"] if k in ("csr", "coo") else rotate(["sparse-npz", "sparse-npz-compressed"])
            w.write(f"scipy-{k}_{suffix}", m, fmts)
    w.write("scipy-csr-int-p0", sp.csr_matrix(base.astype("int32")), ["p0"])


def pandas_objects(w):
    pd = LIBS["pandas"]
    n = 6
    df = pd.DataFrame({
        "i": np.arange(n), "f": np.linspace(0, 1, n), "b": [True, False] * 3, "s": list("abcdef"),
        "cat": pd.Categorical(list("xyxyzz")), "dt": pd.date_range("2024-01-01", periods=n, freq="D"),
        "dtz": pd.date_range("2024-01-01", periods=n, freq="h", tz="Europe/Paris"),
        "td": pd.to_timedelta(np.arange(n), unit="s"), "per": pd.period_range("2024-01", periods=n, freq="M"),
        "iv": pd.interval_range(0, n), "I64": pd.array([1, None, 3, 4, None, 6], dtype="Int64"),
        "bool_na": pd.array([True, None, False, True, False, None], dtype="boolean"),
        "str": pd.array(list("uvwxyz"), dtype="string"),
        "sparse": pd.arrays.SparseArray([0, 0, 1, 0, 2, 0]),
        "F64": pd.array([1.5, None, 2, 3, 4, 5], dtype="Float64"),
    })  # fmt: skip
    w.write("pandas-DataFrame-mixed", df, PICKLES + ALL_JOBLIB + PANDAS_PICKLES)
    w.write("pandas-DataFrame-float", pd.DataFrame(np.random.RandomState(0).rand(5, 3), columns=["a", "b", "c"]), PICKLES + ["joblib"] + PANDAS_PICKLES)
    for col in df.columns:
        w.write(f"pandas-Series-{col}", df[col], ["p2", "p4"] + rotate(["p0", "p5"] + ALL_JOBLIB))
    idx = {
        "RangeIndex": pd.RangeIndex(5), "Index-int": pd.Index([3, 1, 2]), "Index-str": pd.Index(["a", "b"]),
        "Index-float": pd.Index([1.5, 2.5]), "DatetimeIndex": pd.date_range("2024", periods=3, tz="UTC"),
        "TimedeltaIndex": pd.timedelta_range("1 day", periods=3), "PeriodIndex": pd.period_range("2024Q1", periods=3, freq="Q"),
        "IntervalIndex": pd.interval_range(0, 3), "CategoricalIndex": pd.CategoricalIndex(list("aab")),
        "MultiIndex": pd.MultiIndex.from_product([["a", "b"], [1, 2]], names=["l", "n"]),
    }  # fmt: skip
    for k, v in idx.items():
        w.write(f"pandas-{k}", v, ["p2", "p4"] + rotate(["p0", "p5", "joblib"]))
    mi = pd.DataFrame({"v": range(4)}, index=idx["MultiIndex"])
    w.write("pandas-DataFrame-multiindex", mi, ["p4", "p5", "joblib"])
    scalars = [pd.Timestamp("2024-01-01", tz="UTC"), pd.Timestamp("2024-01-02"), pd.Timedelta("1h"),
               pd.Period("2024-01", freq="M"), pd.Interval(0, 1), pd.NaT, pd.NA,
               pd.DateOffset(days=2), pd.tseries.offsets.MonthEnd(), pd.Categorical(["a", "b"])]  # fmt: skip
    w.write("pandas-scalars", scalars, ["p2", "p4", "p5", "joblib"])
    w.write("pandas-dtypes", list(df.dtypes), ["p2", "p4"])
    tzs = {"utc-stdlib": __import__("datetime").timezone.utc}
    try:
        import zoneinfo

        tzs["zoneinfo"] = zoneinfo.ZoneInfo("America/New_York")
    except Exception:
        pass
    try:
        import dateutil.tz

        tzs["dateutil"] = dateutil.tz.gettz("Asia/Tokyo")
        tzs["dateutil-utc"] = dateutil.tz.tzutc()
        tzs["dateutil-offset"] = dateutil.tz.tzoffset("X", 3600)
    except Exception:
        pass
    for k, tz in tzs.items():
        try:
            s = pd.Series(pd.date_range("2024-03-01", periods=3, freq="D", tz=tz))
        except Exception as e:
            w.failures.append({"file": f"pandas-tz-{k}", "stage": "build", "error": _err(e)})
            continue
        w.write(f"pandas-Series-tz-{k}", s, ["p2", "p4", "joblib"])
    w.write("pandas-DataFrame-p3", df[["i", "f", "s", "cat", "dt"]], ["p3", "p1"])


def _toy():
    rng = np.random.RandomState(0)
    X = rng.rand(60, 4) + 0.1
    y = (X[:, 0] + X[:, 1] > 1.2).astype(int)
    y3 = np.digitize(X[:, 0] + X[:, 2], [0.9, 1.4])
    yr = X @ np.array([1.0, -2.0, 0.5, 3.0]) + 0.1 * rng.rand(60)
    return X, y, y3, yr


def sklearn_objects(w):
    import sklearn
    from sklearn.utils import all_estimators
    from sklearn import linear_model, tree, preprocessing, pipeline, compose, model_selection, calibration, svm, decomposition

    X, y, y3, yr = _toy()
    Y2 = np.c_[y, 1 - y]
    Yr2 = np.c_[yr, yr * 2]
    texts = ["the cat sat", "a dog ran", "the dog sat on the cat", "birds fly high", "cat and dog"] * 4
    yt = np.array([0, 1, 1, 0, 1] * 4)

    def base(kind):
        return {
            "classifier": linear_model.LogisticRegression(max_iter=200),
            "regressor": linear_model.Ridge(),
        }.get(kind, linear_model.LogisticRegression(max_iter=200))

    special_params = {
        "estimators": lambda kind: [("lr", base(kind)), ("dt", tree.DecisionTreeClassifier(max_depth=2) if kind == "classifier" else tree.DecisionTreeRegressor(max_depth=2))],
        "steps": lambda kind: [("sc", preprocessing.StandardScaler()), ("m", base(kind))],
        "transformers": lambda kind: [("num", preprocessing.StandardScaler(), [0, 1]), ("pass", "passthrough", [2]), ("drop", "drop", [3])],
        "transformer_list": lambda kind: [("pca", decomposition.PCA(2)), ("sc", preprocessing.StandardScaler())],
        "param_grid": lambda kind: {"alpha": [0.1, 1.0]} if kind == "regressor" else {"C": [0.1, 1.0]},
        "param_distributions": lambda kind: {"alpha": [0.1, 1.0]} if kind == "regressor" else {"C": [0.1, 1.0, 10.0]},
        "dictionary": lambda kind: np.random.RandomState(0).rand(3, 4),
        "n_components": None,  # keep defaults
    }

    overrides = {
        "SelectKBest": {"k": 2}, "GaussianRandomProjection": {"n_components": 5},
        "SparseRandomProjection": {"n_components": 5}, "OrthogonalMatchingPursuitCV": {"max_iter": 3},
    }  # fmt: skip

    def kind_of(cls):
        from sklearn.base import is_classifier, is_regressor

        try:
            inst = cls.__new__(cls)
            if is_classifier(inst):
                return "classifier"
            if is_regressor(inst):
                return "regressor"
        except Exception:
            pass
        return "other"

    def construct(name, cls, kind):
        sig = inspect.signature(cls)
        kw = {}
        for p in sig.parameters.values():
            if p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if p.name in ("estimator", "base_estimator"):
                kw[p.name] = base(kind) if name not in ("SelfTrainingClassifier",) else svm.SVC(probability=True, gamma="auto")
            elif p.name in special_params and special_params[p.name]:
                kw[p.name] = special_params[p.name](kind)
            else:
                raise TypeError(f"required parameter {p.name}")
        kw.update(overrides.get(name, {}))
        params = cls().get_params() if not kw else {}
        extra = {}
        for k, v in (("random_state", 0), ("max_iter", 50), ("n_init", 1)):
            if k in sig.parameters and (params.get(k, None) is None or k != "random_state") and k not in kw:
                if k == "n_init" and not isinstance(sig.parameters[k].default, (int, str)):
                    continue
                if k == "max_iter" and name in ("IsotonicRegression",):
                    continue
                extra[k] = v
        try:
            return cls(**kw, **extra)
        except Exception:
            return cls(**kw)

    inputs = {
        "LabelBinarizer": [(y3,)], "LabelEncoder": [(np.array(["a", "b", "a", "c"]),)],
        "MultiLabelBinarizer": [([["a", "b"], ["c"], ["a"]],)],
        "DictVectorizer": [([{"a": 1, "b": 2}, {"a": 3, "c": "x"}],)], "FeatureHasher": [([{"a": 1}, {"b": 2}],)],
        "CountVectorizer": [(texts,)], "TfidfVectorizer": [(texts,)], "HashingVectorizer": [(texts,)],
        "IsotonicRegression": [(X[:, 0], yr)], "KernelCenterer": [(X @ X.T,)], "PatchExtractor": [(np.random.RandomState(0).rand(2, 8, 8),)],
        "MultiTaskLasso": [(X, Yr2)], "MultiTaskLassoCV": [(X, Yr2)], "MultiTaskElasticNet": [(X, Yr2)], "MultiTaskElasticNetCV": [(X, Yr2)],
        "ClassifierChain": [(X, Y2)], "MultiOutputClassifier": [(X, Y2)], "MultiOutputRegressor": [(X, Yr2)], "RegressorChain": [(X, Yr2)],
        "CCA": [(X, Yr2)], "PLSCanonical": [(X, Yr2)], "PLSRegression": [(X, Yr2)], "PLSSVD": [(X, Yr2)],
        "GaussianRandomProjection": [(np.random.RandomState(0).rand(10, 200),)], "SparseRandomProjection": [(np.random.RandomState(0).rand(10, 200),)],
        "SelfTrainingClassifier": [(X, np.where(np.arange(60) % 3 == 0, -1, y))],
        "LabelPropagation": [(X, np.where(np.arange(60) % 3 == 0, -1, y))], "LabelSpreading": [(X, np.where(np.arange(60) % 3 == 0, -1, y))],
        "TfidfTransformer": [((X * 10).astype(int),)], "MultinomialNB": [((X * 10).astype(int), y3)], "ComplementNB": [((X * 10).astype(int), y3)],
        "CategoricalNB": [((X * 3).astype(int), y3)], "BernoulliNB": [(X > 0.5, y)],
        "PoissonRegressor": [(X, np.abs(yr) + 0.1)], "GammaRegressor": [(X, np.abs(yr) + 0.1)], "TweedieRegressor": [(X, np.abs(yr) + 0.1)],
        "SparseCoder": [(X,)], "ColumnTransformer": [(X,)], "FeatureUnion": [(X,)],
    }  # fmt: skip

    def fit(name, est, kind):
        if name in inputs:
            attempts = inputs[name]
        elif kind == "classifier":
            attempts = [(X, y3), (X, y)]
        elif kind == "regressor":
            attempts = [(X, yr)]
        else:
            attempts = [(X,), (X, y), (X, yr)]
        last = None
        for args in attempts:
            try:
                return est.fit(*args)
            except Exception as e:
                last = e
        raise last

    t0 = time.time()
    variants = []
    ests = all_estimators()
    skipped = []
    pformats = ["p4"]
    for i, (name, cls) in enumerate(ests):
        kind = kind_of(cls)
        try:
            est = construct(name, cls, kind)
            start = time.time()
            est = fit(name, est, kind)
            if time.time() - start > 5:
                skipped.append(f"{name}: slow ({time.time() - start:.1f}s)")
        except Exception as e:
            skipped.append(f"{name}: {_err(e)}")
            continue
        fmts = pformats + rotate(["p2", "p5", "joblib", "p0", "p5", "p2", "p3", "p1"] + ALL_JOBLIB[1:])
        w.write(f"sklearn-{name}", est, fmts)
        variants.append((name, cls, kind))
    w.failures.extend({"file": f"sklearn-{s.split(':')[0]}", "stage": "fit", "error": s} for s in skipped)

    # The same estimators as users often fit them: on a DataFrame (feature_names_in_ is an
    # object array), classifiers on string labels (classes_ too), on float32 data.
    pd = LIBS["pandas"]
    labels = np.array(["cat", "dog", "bird"], dtype=object)
    for name, cls, kind in variants:
        if name in inputs:
            continue
        if pd is not None:
            try:
                frame = pd.DataFrame(X, columns=["sepal_l", "sepal_w", "petal_l", "petal_w"])
                est = construct(name, cls, kind)
                if kind == "classifier":
                    est.fit(frame, y3)
                elif kind == "regressor":
                    est.fit(frame, yr)
                else:
                    try:
                        est.fit(frame)
                    except Exception:
                        est.fit(frame, y)
                w.write(f"sklearn-{name}-dataframe", est, rotate(["joblib", "p5", "p4", "p3"] + ALL_JOBLIB[1:]))
            except Exception:
                pass
        if LIBS["scipy.sparse"] is not None and kind in ("classifier", "regressor"):
            try:
                est = construct(name, cls, kind).fit(LIBS["scipy.sparse"].csr_matrix(X), y3 if kind == "classifier" else yr)
                w.write(f"sklearn-{name}-sparse", est, rotate(["p4", "joblib", "p5"]))
            except Exception:
                pass
        if kind == "classifier":
            try:
                est = construct(name, cls, kind).fit(X.astype(np.float32), labels[y3])
                w.write(f"sklearn-{name}-strlabels-float32", est, rotate(["p4", "joblib", "p2", "p5"] + ALL_JOBLIB[1:]))
            except Exception:
                pass

    # Composites that users build every day.
    pd = LIBS["pandas"]
    pipe = pipeline.make_pipeline(preprocessing.StandardScaler(), linear_model.LogisticRegression()).fit(X, y)
    w.write("sklearn-Pipeline-scaler-logreg", pipe, PICKLES + ALL_JOBLIB + PANDAS_PICKLES)
    ft = preprocessing.FunctionTransformer(np.log1p, inverse_func=np.expm1, validate=True).fit(X)
    w.write("sklearn-FunctionTransformer-log1p", ft, PICKLES + ALL_JOBLIB)
    w.write("sklearn-Pipeline-log1p-ridge", pipeline.make_pipeline(preprocessing.FunctionTransformer(np.log1p), linear_model.Ridge()).fit(X, yr), ["p4", "joblib", "joblib-lz4"])
    gs = model_selection.GridSearchCV(svm.SVC(), {"C": [0.1, 1.0], "kernel": ["linear", "rbf"]}, cv=3).fit(X, y)
    w.write("sklearn-GridSearchCV-SVC", gs, ["p2", "p4", "p5", "joblib", "joblib-zlib"])
    rs = model_selection.RandomizedSearchCV(linear_model.Ridge(), {"alpha": [0.1, 1, 10]}, n_iter=2, cv=3, random_state=0).fit(X, yr)
    w.write("sklearn-RandomizedSearchCV-Ridge", rs, ["p4", "joblib-gzip"])
    for method in ("sigmoid", "isotonic"):
        cal = calibration.CalibratedClassifierCV(svm.LinearSVC(), method=method, cv=3).fit(X, y)
        w.write(f"sklearn-CalibratedClassifierCV-{method}", cal, ["p2", "p4", "joblib"])
    if pd is not None:
        frame = pd.DataFrame({"num": X[:, 0], "num2": X[:, 1], "city": np.array(["paris", "rome", "oslo"])[np.arange(60) % 3], "grade": pd.Categorical(np.array(["a", "b"])[np.arange(60) % 2])})
        ct = compose.ColumnTransformer([
            ("num", pipeline.make_pipeline(__import__("sklearn.impute", fromlist=["x"]).SimpleImputer(), preprocessing.StandardScaler()), ["num", "num2"]),
            ("cat", preprocessing.OneHotEncoder(handle_unknown="ignore"), ["city", "grade"]),
        ])  # fmt: skip
        full = pipeline.Pipeline([("prep", ct), ("clf", linear_model.LogisticRegression())]).fit(frame, y)
        w.write("sklearn-Pipeline-ColumnTransformer-dataframe", full, PICKLES + ALL_JOBLIB)
        sel = compose.make_column_selector(dtype_include="number")
        ct2 = compose.ColumnTransformer([("n", preprocessing.MinMaxScaler(), sel), ("o", preprocessing.OrdinalEncoder(), ["city"])]).fit(frame)
        w.write("sklearn-ColumnTransformer-selector", ct2, ["p4", "joblib"])
        tt = compose.TransformedTargetRegressor(regressor=linear_model.Ridge(), func=np.log1p, inverse_func=np.expm1).fit(X, np.abs(yr))
        w.write("sklearn-TransformedTargetRegressor-log1p", tt, ["p2", "p4", "joblib"])
        enc = preprocessing.OneHotEncoder(sparse_output=False) if "sparse_output" in inspect.signature(preprocessing.OneHotEncoder).parameters else preprocessing.OneHotEncoder(sparse=False)
        w.write("sklearn-OneHotEncoder-strings", enc.fit(frame[["city"]]), ["p2", "p4", "joblib"])
    w.write("sklearn-LogisticRegression-RandomState", linear_model.SGDClassifier(random_state=np.random.RandomState(1)).fit(X, y), ["p2", "p4", "joblib"])
    from sklearn.feature_extraction.text import TfidfVectorizer

    w.write("sklearn-Pipeline-tfidf-nb", pipeline.make_pipeline(TfidfVectorizer(), __import__("sklearn.naive_bayes", fromlist=["x"]).MultinomialNB()).fit(texts, yt), ["p4", "joblib-zlib"])
    from sklearn import ensemble

    w.write("sklearn-HistGradientBoosting-categorical", ensemble.HistGradientBoostingClassifier(max_iter=10, categorical_features=[0]).fit(np.c_[(X[:, :1] * 3).astype(int), X[:, 1:]], y), ["p4", "joblib"])
    w.write("sklearn-RandomForest-joblib-all", ensemble.RandomForestClassifier(n_estimators=5, random_state=0).fit(X, y), ALL_JOBLIB + PICKLES)
    w.write("sklearn-info", {"version": sklearn.__version__}, ["p4"])
    print(f"sklearn: {len(ests)} estimators, {len(skipped)} skipped, {time.time() - t0:.1f}s", file=sys.stderr)


def torch_objects(w):
    torch = LIBS["torch"]
    nn = torch.nn
    torch.manual_seed(0)
    T = ["torch-zip", "torch-legacy"]
    dtypes = ["float32", "float64", "float16", "bfloat16", "complex64", "complex128", "int8", "int16", "int32", "int64",
              "uint8", "bool", "uint16", "uint32", "uint64", "float8_e4m3fn", "float8_e5m2", "complex32"]  # fmt: skip
    for name in dtypes:
        dt = getattr(torch, name, None)
        if dt is None:
            continue
        try:
            t = (torch.rand(3, 4) * 10).to(dt)
        except Exception:
            try:
                t = torch.zeros(3, 4, dtype=dt)
            except Exception as e:
                w.failures.append({"file": f"torch-tensor-{name}", "stage": "build", "error": _err(e)})
                continue
        w.write(f"torch-tensor-{name}", t, T)
    w.write("torch-dtypes", [getattr(torch, d) for d in dtypes if hasattr(torch, d)], T)
    x = torch.rand(4, 4)
    w.write("torch-tensors-shared-views", {"x": x, "row": x[1], "t": x.t(), "slice": x[:, 1:3]}, T)
    w.write("torch-tensor-requires-grad", torch.rand(3, requires_grad=True), T)
    w.write("torch-Parameter", nn.Parameter(torch.rand(2, 2)), T)
    w.write("torch-tensor-0d", torch.tensor(3.0), T)
    # pickle and joblib themselves (not torch.save) write each storage as torch.save'd bytes that
    # torch.storage._load_from_bytes hands to torch.load: a loader inside the pickle.
    w.write("torch-tensors-plain-pickle", {"w": torch.rand(3, 4), "p": nn.Parameter(torch.rand(2))}, ["p4", "p5", "joblib"])
    w.write("torch-tensor-sizes", {"size": torch.Size([2, 3]), "device": torch.device("cpu"), "layout": torch.strided}, T)
    w.write("torch-tensor-channels-last", torch.rand(1, 3, 4, 4).to(memory_format=torch.channels_last), T)
    w.write("torch-sparse-coo", torch.rand(4, 4).to_sparse(), T)
    for layout in ("to_sparse_csr", "to_sparse_csc"):
        if hasattr(x, layout):
            try:
                w.write(f"torch-sparse-{layout[10:]}", getattr(x, layout)(), T)
            except Exception as e:
                w.failures.append({"file": layout, "stage": "build", "error": _err(e)})
    try:
        w.write("torch-sparse-bsr", x.to_sparse_bsr((2, 2)), T)
    except Exception as e:
        w.failures.append({"file": "torch-sparse-bsr", "stage": "build", "error": _err(e)})
    for qname, qdt in (("qint8", torch.qint8), ("quint8", torch.quint8), ("qint32", torch.qint32)):
        try:
            w.write(f"torch-quantized-{qname}", torch.quantize_per_tensor(torch.rand(3, 3), 0.1, 2, qdt), T)
        except Exception as e:
            w.failures.append({"file": f"torch-quantized-{qname}", "stage": "build", "error": _err(e)})
    try:
        w.write("torch-quantized-per-channel", torch.quantize_per_channel(torch.rand(3, 3), torch.tensor([0.1, 0.2, 0.3]), torch.tensor([0, 1, 2]), 0, torch.qint8), T)
    except Exception as e:
        w.failures.append({"file": "torch-quantized-per-channel", "stage": "build", "error": _err(e)})

    models = {
        "Linear": nn.Linear(4, 2),
        "Conv2d": nn.Conv2d(3, 4, 3),
        "Conv1d": nn.Conv1d(2, 3, 2),
        "LSTM": nn.LSTM(4, 8, batch_first=True),
        "GRU": nn.GRU(4, 8),
        "Embedding": nn.Embedding(10, 4),
        "TransformerEncoderLayer": nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16),
        "TransformerEncoder": nn.TransformerEncoder(nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16), num_layers=2),
        "MultiheadAttention": nn.MultiheadAttention(8, 2),
        "Sequential": nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.1), nn.BatchNorm1d(8), nn.Linear(8, 3), nn.Softmax(dim=1)),
        "CNN": nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.LayerNorm(4), nn.GELU(), nn.Tanh(), nn.Sigmoid()),
        "ModuleDict": nn.ModuleDict({"a": nn.Linear(2, 2), "b": nn.ModuleList([nn.Identity(), nn.LeakyReLU()])}),
        "Transformer": nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=16),
    }  # fmt: skip
    try:
        models["weight_norm-Linear"] = torch.nn.utils.weight_norm(nn.Linear(3, 3))
        models["spectral_norm-Linear"] = torch.nn.utils.spectral_norm(nn.Linear(3, 3))
    except Exception as e:
        w.failures.append({"file": "torch-weight_norm", "stage": "build", "error": _err(e)})
    seq = models["Sequential"]
    seq(torch.rand(5, 4))  # BatchNorm running stats
    for name, m in models.items():
        w.write(f"torch-module-{name}", m, T)
        w.write(f"torch-state_dict-{name}", m.state_dict(), T)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
    opts = {
        "SGD": lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
        "Adam": lambda p: torch.optim.Adam(p, lr=0.01),
        "AdamW": lambda p: torch.optim.AdamW(p, lr=0.01),
        "RMSprop": lambda p: torch.optim.RMSprop(p, lr=0.01),
        "Adagrad": lambda p: torch.optim.Adagrad(p),
        "Adadelta": lambda p: torch.optim.Adadelta(p),
        "Adamax": lambda p: torch.optim.Adamax(p),
        "NAdam": lambda p: torch.optim.NAdam(p),
        "RAdam": lambda p: torch.optim.RAdam(p),
        "ASGD": lambda p: torch.optim.ASGD(p),
        "Rprop": lambda p: torch.optim.Rprop(p),
        "LBFGS": lambda p: torch.optim.LBFGS(p),
    }
    scheds = {
        "StepLR": lambda o: torch.optim.lr_scheduler.StepLR(o, 2),
        "MultiStepLR": lambda o: torch.optim.lr_scheduler.MultiStepLR(o, [1, 3]),
        "ExponentialLR": lambda o: torch.optim.lr_scheduler.ExponentialLR(o, 0.9),
        "CosineAnnealingLR": lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, 10),
        "OneCycleLR": lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=10),
        "ReduceLROnPlateau": lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o),
        "CyclicLR": lambda o: torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, cycle_momentum=False),
        "CosineAnnealingWarmRestarts": lambda o: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, 3),
        "LinearLR": lambda o: torch.optim.lr_scheduler.LinearLR(o),
        "PolynomialLR": lambda o: torch.optim.lr_scheduler.PolynomialLR(o),
        "ConstantLR": lambda o: torch.optim.lr_scheduler.ConstantLR(o),
    }
    xin, yin = torch.rand(8, 4), torch.rand(8, 1)

    def step(o):
        def closure():
            o.zero_grad()
            loss = ((model(xin) - yin) ** 2).mean()
            loss.backward()
            return loss

        o.step(closure)

    for name, make in opts.items():
        try:
            o = make(model.parameters())
            step(o)
        except Exception as e:
            w.failures.append({"file": f"torch-optim-{name}", "stage": "build", "error": _err(e)})
            continue
        w.write(f"torch-optimizer-{name}", o, T)
        w.write(f"torch-optimizer-state_dict-{name}", o.state_dict(), T)
    for name, make in scheds.items():
        o = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        try:
            s = make(o)
            step(o)
            s.step(1.0) if name == "ReduceLROnPlateau" else s.step()
        except Exception as e:
            w.failures.append({"file": f"torch-sched-{name}", "stage": "build", "error": _err(e)})
            continue
        w.write(f"torch-scheduler-{name}", s, T)
        w.write(f"torch-scheduler-state_dict-{name}", s.state_dict(), T)
    o = torch.optim.AdamW(model.parameters())
    step(o)
    s = torch.optim.lr_scheduler.StepLR(o, 2)
    ckpt = {"epoch": 3, "model": model.state_dict(), "optimizer": o.state_dict(), "scheduler": s.state_dict(),
            "rng": torch.get_rng_state(), "np_rng": np.random.get_state() if np is not None else None,
            "py_rng": __import__("random").Random(0).getstate(),
            "loss": 0.25, "config": {"lr": 1e-3, "layers": [4, 8, 1]}}  # fmt: skip
    w.write("torch-checkpoint", ckpt, T)
    import argparse

    try:
        ckpt["scaler"] = torch.amp.GradScaler("cpu").state_dict()
    except Exception as e:
        w.failures.append({"file": "torch-GradScaler", "stage": "build", "error": _err(e)})
    ckpt2 = dict(ckpt, args=argparse.Namespace(lr=0.001, epochs=3, arch="mlp", layers=[4, 8, 1]), hparams={"seed": 1})
    w.write("torch-checkpoint-namespace", ckpt2, T)
    # torch.save(pickle_protocol=4) writes nested names as STACK_GLOBAL 'module' 'A.b'.
    for name, obj in (("checkpoint", ckpt), ("module-Transformer", models["Transformer"]), ("scheduler-CyclicLR", None)):
        if obj is None:
            o = torch.optim.SGD(model.parameters(), lr=0.1)
            obj = torch.optim.lr_scheduler.CyclicLR(o, 0.01, 0.1, cycle_momentum=False)
        path = os.path.join(w.out, f"torch-{name}.torch-zip-p4.{w.image}.pt")
        w.write_with(f"torch-{name}", "torch-zip-p4", path, lambda p, obj=obj: torch.save(obj, p, pickle_protocol=4), FORMATS["torch-zip"][2])
    w.write("torch-generator-state", torch.Generator().manual_seed(1).get_state(), T)


def xgboost_objects(w):
    xgb = LIBS["xgboost"]
    X, y, y3, yr = _toy()
    F = ["p2", "p4", "p5", "joblib", "joblib-zlib"]
    w.write("xgboost-XGBClassifier-binary", xgb.XGBClassifier(n_estimators=5, max_depth=2).fit(X, y), F)
    w.write("xgboost-XGBClassifier-multiclass", xgb.XGBClassifier(n_estimators=5, max_depth=2).fit(X, y3), ["p4", "joblib-lz4"])
    w.write("xgboost-XGBRegressor", xgb.XGBRegressor(n_estimators=5, max_depth=2).fit(X, yr), F)
    w.write("xgboost-XGBRFClassifier", xgb.XGBRFClassifier(n_estimators=3, max_depth=2).fit(X, y), ["p4", "joblib"])
    w.write("xgboost-XGBRFRegressor", xgb.XGBRFRegressor(n_estimators=3, max_depth=2).fit(X, yr), ["p4"])
    w.write("xgboost-XGBRanker", xgb.XGBRanker(n_estimators=3).fit(X, y3, qid=np.repeat(np.arange(6), 10)), ["p4", "joblib"])
    booster = xgb.train({"max_depth": 2, "objective": "reg:squarederror"}, xgb.DMatrix(X, label=yr), num_boost_round=3)
    w.write("xgboost-Booster", booster, F + ["p0"])
    from sklearn import pipeline, preprocessing

    w.write("xgboost-Pipeline", pipeline.make_pipeline(preprocessing.StandardScaler(), xgb.XGBClassifier(n_estimators=3)).fit(X, y), ["p4", "joblib-gzip"])


def extra_objects(w, path):
    spec = importlib.util.spec_from_file_location("extra_objects", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for name, obj, formats in mod.objects():
        w.write(name, obj, formats)


def stdlib_objects(w):
    import collections
    import datetime
    import decimal
    import fractions
    import uuid

    data = {
        "ordered": collections.OrderedDict(a=1), "default": collections.defaultdict(list, a=[1]),
        "counter": collections.Counter("aab"), "deque": collections.deque([1, 2]),
        "date": datetime.date(2024, 1, 2), "dt": datetime.datetime(2024, 1, 2, 3, 4, tzinfo=datetime.timezone.utc),
        "td": datetime.timedelta(3), "dec": decimal.Decimal("1.5"), "frac": fractions.Fraction(1, 3),
        "uuid": uuid.UUID(int=1), "set": {1, 2}, "fset": frozenset({3}), "bytes": b"\x00\xff", "ba": bytearray(b"x"),
        "complex": 1 + 2j, "slice": slice(1, 2), "range": range(3),
    }  # fmt: skip
    w.write("python-builtins", data, PICKLES + OLD_PICKLES + ["joblib"])
    import argparse

    w.write("python-argparse-Namespace", argparse.Namespace(lr=0.1, name="run1", tags=["a"]), ["p2", "p4", "joblib"])



# ---------------------------------------------------------------------------------------------
# Describing what was recorded


def _resolve(module, name):
    __import__(module)
    obj = sys.modules[module]
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def describe(module, name):
    try:
        obj = _resolve(module, name)
    except Exception as e:
        return {"kind": "unresolved", "object": None, "error": _err(e)}
    if isinstance(obj, type):
        kind = "class"
    elif callable(obj):
        kind = "function"
    else:
        kind = "object"
    canonical = None
    if np is not None and isinstance(obj, np.ufunc):
        canonical = f"numpy.{obj.__name__}"
    elif kind != "object" and isinstance(getattr(obj, "__qualname__", None), str):
        canonical = f"{getattr(obj, '__module__', None) or module}.{obj.__qualname__}"
    else:
        t = type(obj)
        canonical = f"{t.__module__}.{t.__qualname__}:{obj!r}"
    out = {"kind": kind, "object": canonical}
    if kind == "class":
        out["setstate"] = hasattr(obj, "__setstate__")
    return out


def versions():
    v = {"python": platform.python_version()}
    for name in ("numpy", "scipy", "pandas", "sklearn", "joblib", "torch", "xgboost", "lz4"):
        mod = LIBS.get(name)
        if mod is not None:
            v[name] = getattr(mod, "__version__", "?")
    return v


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="folder for the corpus files and globals.json")
    ap.add_argument("--image", default=os.environ.get("MODELGATE_IMAGE", platform.node() or "local"),
                    help="label written into file names and globals.json (e.g. bookworm)")  # fmt: skip
    ap.add_argument("--only", default="", help="comma-separated families (numpy,scipy,pandas,sklearn,torch,xgboost,stdlib)")
    ap.add_argument("--extra", help="a Python file defining objects() -> iterable of (name, obj, formats)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    t0 = time.time()
    w = Writer(args.out, _safe(args.image))
    families = [
        ("stdlib", lambda: True, stdlib_objects),
        ("numpy", lambda: np is not None, numpy_objects),
        ("scipy", lambda: LIBS["scipy.sparse"] is not None, scipy_objects),
        ("pandas", lambda: LIBS["pandas"] is not None, pandas_objects),
        ("sklearn", lambda: LIBS["sklearn"] is not None, sklearn_objects),
        ("torch", lambda: LIBS["torch"] is not None, torch_objects),
        ("xgboost", lambda: LIBS["xgboost"] is not None and LIBS["sklearn"] is not None, xgboost_objects),
    ]
    only = {f for f in args.only.split(",") if f}
    ran = []
    for fam, available, build in families:
        if (only and fam not in only) or not available():
            continue
        start = time.time()
        try:
            build(w)
        except Exception:
            w.failures.append({"file": fam, "stage": "family", "error": traceback.format_exc()[-1500:]})
        ran.append(fam)
        print(f"{fam}: {time.time() - start:.1f}s, {len(w.files)} files so far", file=sys.stderr)
    if args.extra:
        extra_objects(w, args.extra)
    globals_ = {}
    for (module, name), files in sorted(State.seen.items()):
        if not files:
            continue
        entry = {"module": module, "name": name, **describe(module, name)}
        entry["uses"] = sorted(set().union(*(USES.get(i, set()) for i, keys in OBJECT_KEYS.items() if (module, name) in keys)))
        if (module, name) in VIA_GETATTR:
            entry["via"] = "builtins.getattr"
        calls = CALLS.get(entry.get("object") or "", set()) | CALLS.get(f"{module}.{name}", set())
        if calls:
            entry["calls"] = sorted(calls)
        entry["files"] = len(files)
        entry["example"] = sorted(files)[0]
        globals_[f"{module}.{name}"] = entry
    for f in w.files:
        f["globals"] = sorted(f"{m}.{n}" for m, n in State.per_file.get(f["file"], ()))
        with open(os.path.join(args.out, f["file"]), "rb") as fh:
            f["sha256"] = hashlib.sha256(fh.read()).hexdigest()
    result = {
        "image": args.image,
        "script": "scripts/allowlist/generate.py",
        "versions": versions(),
        "families": ran,
        "formats": sorted({f["format"] for f in w.files}),
        "seconds": round(time.time() - t0, 1),
        "globals": globals_,
        "escaped": State.escaped,
        "suspect": sorted(k for k, g in globals_.items() if g["module"].split(".")[0] in ("__main__", "__mp_main__") or g["kind"] == "unresolved" or (g["object"] or "").startswith("builtins.module:")),
        "failures": w.failures,
        "files": w.files,
    }
    with open(os.path.join(args.out, "globals.json"), "w") as fh:
        json.dump(result, fh, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"{len(w.files)} files, {len(globals_)} globals, {len(w.failures)} failures, "
          f"{len(State.escaped)} escaped, {time.time() - t0:.1f}s", file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
