/**
 * Which Python globals a pickle may import. Default-deny: a global is `safe` only when it is
 * a known data type of an ML library (or the user allowed it), `unsafe` when it can run code,
 * touch files, sockets or processes, reach the interpreter's internals or load another pickle,
 * and `suspicious` otherwise. The deny-list always wins, so `allow_globals` cannot unlock it.
 */
export type GlobalVerdict = 'safe' | 'suspicious' | 'unsafe';

/** Whole modules (and everything below them) that no model needs to import. */
// prettier-ignore
const DENIED_MODULES = [
  'os', 'posix', 'nt', 'posixpath', 'ntpath', 'subprocess', '_posixsubprocess', '_winapi', 'msvcrt', 'winreg',
  'sys', 'importlib', 'imp', 'pkgutil', 'zipimport', 'runpy', 'code', 'codeop', 'site', 'sysconfig',
  'socket', '_socket', 'ssl', 'select', 'selectors', 'socketserver', 'asyncio', 'http', 'urllib', 'urllib2',
  'httplib', 'ftplib', 'smtplib', 'poplib', 'imaplib', 'telnetlib', 'xmlrpc', 'requests', 'webbrowser',
  'shutil', 'tempfile', 'glob', 'fileinput', 'pathlib', 'tarfile', 'zipfile', 'shelve', 'dbm', 'sqlite3', 'mmap',
  'pickle', '_pickle', 'cPickle', 'pickletools', 'dill', 'cloudpickle', 'marshal',
  'ctypes', '_ctypes', 'cffi', 'gc', 'inspect', 'types', 'operator', '_operator',
  'pty', 'tty', 'termios', 'fcntl', 'resource', 'signal', 'atexit', 'faulthandler',
  'threading', '_thread', 'thread', 'multiprocessing', 'concurrent', 'sched',
  'pdb', 'bdb', 'trace', 'profile', 'cProfile', 'timeit', 'doctest', 'pydoc', 'idlelib', 'tkinter',
  'platform', 'commands', 'popen2', 'logging.config', 'logging.handlers', 'distutils', 'setuptools', 'pip',
  'ensurepip', 'venv', 'pkg_resources', '_frozen_importlib', '_frozen_importlib_external', '_imp', 'cmd',
  'linecache', 'tokenize', 'py_compile', 'compileall', 'zipapp', 'gzip', 'bz2', 'lzma', 'filecmp', 'mailbox',
  'wsgiref', 'nntplib', 'getpass', 'antigravity', 'IPython', 'pexpect', 'sh', 'plumbum', 'paramiko', 'docker',
  'httpx', 'urllib3', 'aiohttp', 'boto3', 'botocore', 'huggingface_hub', 'fsspec',
  'numpy.testing', 'numpy.f2py', 'numpy.distutils', 'numpy.ctypeslib',
  'pandas.io', 'pandas.core.computation', 'scipy.io', 'sklearn.externals', 'sklearn.datasets',
  // Test and plumbing modules inside the allowed `sklearn.` prefix that import subprocess,
  // importlib and joblib's load/dump (sklearn.utils._testing.check_output is subprocess's).
  'sklearn.utils._testing', 'sklearn.utils.estimator_checks', 'sklearn.utils._joblib', 'sklearn.utils.discovery',
  'torch.hub', 'torch.jit', 'torch._C', 'torch.ops', 'torch.classes', 'torch.package', 'torch.utils.cpp_extension',
  'tensorflow', 'keras', 'transformers.dynamic_module_utils',
] as const;

/** Single callables that execute code, read or write files, or unpickle. */
// prettier-ignore
const DENIED_GLOBALS = new Set([
  'builtins.eval', 'builtins.exec', 'builtins.compile', 'builtins.open', 'builtins.__import__',
  'builtins.getattr', 'builtins.setattr', 'builtins.delattr', 'builtins.globals', 'builtins.locals',
  'builtins.vars', 'builtins.input', 'builtins.breakpoint', 'builtins.help', 'builtins.exit', 'builtins.quit',
  'builtins.__build_class__', 'builtins.memoryview', 'builtins.type', 'builtins.super', 'builtins.classmethod',
  'builtins.staticmethod', 'builtins.property', 'builtins.object.__subclasses__', 'builtins.print',
  'io.open', 'io.open_code', 'io.FileIO', '_io.open', '_io.open_code', '_io.FileIO', 'codecs.open',
  'copyreg.add_extension', 'logging.FileHandler', 'uuid._get_command_stdout', 'uuid._popen',
  'joblib.load', 'joblib.numpy_pickle.load', 'joblib.numpy_pickle.NumpyUnpickler',
  'joblib.numpy_pickle_compat.NDArrayWrapper', 'joblib.numpy_pickle_compat.ZNDArrayWrapper',
  'numpy.load', 'numpy.lib.npyio.load', 'numpy.lib._npyio_impl.load', 'numpy.lib.format.read_array',
  'numpy.fromfile', 'numpy.tofile', 'numpy.save', 'numpy.savez', 'numpy.savetxt', 'numpy.loadtxt',
  'numpy.genfromtxt', 'numpy.memmap', 'numpy.core.memmap.memmap', 'numpy.DataSource', 'numpy.lib.npyio.DataSource',
  'torch.load', 'torch.serialization.load', 'torch.serialization._load', 'torch.save',
  'torch.storage._load_from_bytes', 'torch.from_file', 'torch.UntypedStorage.from_file',
  'pandas.read_pickle', 'pandas.read_csv', 'pandas.read_json', 'pandas.read_sql', 'pandas.eval',
  'scipy.sparse.load_npz', 'scipy.sparse.save_npz', 'sklearn.utils._joblib.load',
  'xgboost.core.Booster.load_model', 'lightgbm.basic.Booster.model_from_string',
]);

/**
 * Known ML data types, by exact name or by prefix (a name ending in a dot). Functions that
 * only rebuild arrays, tensors and containers from their data; never anything that reads a
 * path or calls back into an argument.
 */
// prettier-ignore
const ALLOWED = [
  'builtins.set', 'builtins.frozenset', 'builtins.list', 'builtins.dict', 'builtins.tuple', 'builtins.bytearray',
  'builtins.bytes', 'builtins.complex', 'builtins.slice', 'builtins.range', 'builtins.int', 'builtins.float',
  'builtins.str', 'builtins.bool', 'builtins.object', 'builtins.NoneType', 'builtins.Ellipsis',
  'copyreg._reconstructor', 'copyreg.__newobj__', 'copyreg.__newobj_ex__',
  'collections.OrderedDict', 'collections.defaultdict', 'collections.deque', 'collections.Counter',
  'datetime.', 'decimal.Decimal', 'fractions.Fraction', 'uuid.UUID', 'enum.', 're._compile', '_codecs.encode',
  'numpy.core.multiarray._reconstruct', 'numpy._core.multiarray._reconstruct', 'numpy.core.multiarray.scalar',
  'numpy._core.multiarray.scalar', 'numpy.core.numeric._frombuffer', 'numpy._core.numeric._frombuffer',
  'numpy.ndarray', 'numpy.dtype', 'numpy.dtypes.', 'numpy.ma.core._mareconstruct', 'numpy.ma.core.MaskedArray',
  'numpy.random._pickle.', 'numpy.random.mtrand.', 'numpy.random._mt19937.MT19937', 'numpy.random._pcg64.',
  'numpy.int8', 'numpy.int16', 'numpy.int32', 'numpy.int64', 'numpy.uint8', 'numpy.uint16', 'numpy.uint32',
  'numpy.uint64', 'numpy.float16', 'numpy.float32', 'numpy.float64', 'numpy.bool_', 'numpy.str_',
  // Not scipy.stats' distributions: they exec a code string from their state when unpickled.
  'sklearn.', 'scipy.sparse.',
  'xgboost.core.Booster', 'xgboost.sklearn.', 'lightgbm.basic.Booster', 'lightgbm.sklearn.',
  'joblib.numpy_pickle.NumpyArrayWrapper',
  'torch._utils._rebuild_tensor', 'torch._utils._rebuild_tensor_v2', 'torch._utils._rebuild_tensor_v3',
  'torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state', 'torch._utils._rebuild_qtensor',
  'torch._utils._rebuild_sparse_tensor', 'torch._utils._rebuild_device_tensor_from_numpy',
  'torch._utils._rebuild_meta_tensor_no_storage', 'torch._tensor._rebuild_from_type_v2',
  'torch.storage.UntypedStorage', 'torch.storage.TypedStorage', 'torch.storage._TypedStorage',
  'torch.FloatStorage', 'torch.DoubleStorage', 'torch.HalfStorage', 'torch.BFloat16Storage', 'torch.LongStorage',
  'torch.IntStorage', 'torch.ShortStorage', 'torch.CharStorage', 'torch.ByteStorage', 'torch.BoolStorage',
  'torch.Size', 'torch.device', 'torch.Tensor', 'torch.nn.parameter.Parameter', 'torch.nn.modules.',
  'torch.float16', 'torch.float32', 'torch.float64', 'torch.bfloat16', 'torch.int8', 'torch.int16',
  'torch.int32', 'torch.int64', 'torch.uint8', 'torch.bool', 'torch.complex64', 'torch.complex128',
  'pandas.core.frame.DataFrame', 'pandas.core.series.Series', 'pandas.core.indexes.', 'pandas.core.internals.',
  'pandas._libs.internals._unpickle_block', 'pandas.core.arrays.', 'pandas._libs.tslibs.',
] as const;

/**
 * Python 2 names that `pickle` maps to Python 3 modules when it loads an old pickle
 * (`_compat_pickle`); the deny-list must see the module that is really imported.
 */
// prettier-ignore
const PY2_MODULES: Record<string, string> = {
  __builtin__: 'builtins', copy_reg: 'copyreg', cPickle: 'pickle', Queue: 'queue', SocketServer: 'socketserver',
  urllib2: 'urllib.request', httplib: 'http.client', thread: '_thread', dummy_thread: '_dummy_thread',
  commands: 'subprocess', UserDict: 'collections', UserList: 'collections', exceptions: 'builtins',
  cStringIO: 'io', StringIO: 'io', __main__: '__main__', repr: 'reprlib', cookielib: 'http.cookiejar',
  xmlrpclib: 'xmlrpc.client', SimpleXMLRPCServer: 'xmlrpc.server', DocXMLRPCServer: 'xmlrpc.server',
  BaseHTTPServer: 'http.server', SimpleHTTPServer: 'http.server', CGIHTTPServer: 'http.server', Cookie: 'http.cookies',
  urlparse: 'urllib.parse', robotparser: 'urllib.robotparser', Tkinter: 'tkinter', tkFileDialog: 'tkinter.filedialog',
  anydbm: 'dbm', dumbdbm: 'dbm.dumb', gdbm: 'dbm.gnu', dbhash: 'dbm.bsd', whichdb: 'dbm', _winreg: 'winreg',
  ConfigParser: 'configparser', UserString: 'collections', markupbase: '_markupbase',
};

/** Python 2 builtins that `_compat_pickle` maps to another module or name when loading. */
// prettier-ignore
const PY2_NAMES: Record<string, string> = {
  'builtins.raw_input': 'builtins.input', 'builtins.intern': 'sys.intern', 'builtins.reduce': 'functools.reduce',
  'builtins.xrange': 'builtins.range', 'builtins.unicode': 'builtins.str', 'builtins.basestring': 'builtins.str',
  'builtins.long': 'builtins.int', 'builtins.unichr': 'builtins.chr', 'builtins.execfile': 'builtins.exec',
  'itertools.izip': 'builtins.zip', 'itertools.imap': 'builtins.map', 'itertools.ifilter': 'builtins.filter',
};

/**
 * Names that a library module under an allowed prefix holds only because it imported them
 * from the standard library (`from operator import attrgetter`, `from subprocess import
 * check_output`): a prefix admits the library's own types, never these.
 */
const REEXPORTED_DANGER =
  /^(system|popen\w*|spawn\w*|exec\w*|eval|compile|open|load\w*|dump\w*|save\w*|getattr|setattr|delattr|attrgetter|methodcaller|import_module|check_output|check_call|call|run|Popen|getoutput|getstatusoutput|urlopen|urlretrieve|remove|unlink|rmtree|makedirs)$/;

/** Attribute names that reach the interpreter's internals when walked through a dotted name. */
const DANGEROUS_ATTRIBUTE =
  /^(__\w+__|system|popen\w*|exec\w*|spawn\w*|eval|compile|open|load\w*|getattr|setattr)$/;

function underAny(name: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => name === p || name.startsWith(p + '.'));
}

/**
 * `module.name` as Python imports it after the Python 2 compatibility mapping (which applies
 * to protocols 0–2; applying it always can only make a verdict stricter).
 */
function canonicalGlobal(module: string, name: string): string {
  const root = module.split('.')[0]!;
  const mapped = PY2_MODULES[root];
  const full = `${mapped ? mapped + module.slice(root.length) : module}.${name}`;
  return PY2_NAMES[full] ?? full;
}

export function classifyGlobal(
  module: string,
  name: string,
  allowGlobals: readonly string[] = [],
): GlobalVerdict {
  const full = canonicalGlobal(module, name);
  const mod = canonicalGlobal(module, '').slice(0, -1);
  if (underAny(mod, DENIED_MODULES) || underAny(full, DENIED_MODULES)) return 'unsafe';
  if (DENIED_GLOBALS.has(full)) return 'unsafe';
  // `find_class` walks a dotted name attribute by attribute (protocol 4), which reaches
  // whatever a module imported, e.g. `torch.serialization` + `os.system`.
  const parts = name.split('.');
  if (
    parts.length > 1 &&
    parts.some((p) => DANGEROUS_ATTRIBUTE.test(p) || DENIED_MODULES.includes(p as never))
  )
    return 'unsafe';
  if (
    parts.some(
      (p) => p === '' || (/^__\w+__$/.test(p) && p !== '__newobj__' && p !== '__newobj_ex__'),
    )
  )
    return 'unsafe';
  // A deny rule too, so allow_globals cannot unlock it.
  if (
    parts.length === 1 &&
    REEXPORTED_DANGER.test(name) &&
    ALLOWED.some((a) => a.endsWith('.') && full.startsWith(a))
  )
    return 'unsafe';
  if (allowGlobals.includes(full) || allowGlobals.includes(`${module}.${name}`)) return 'safe';
  for (const a of ALLOWED) {
    // A prefix admits a library's types, not attributes reached through them (`Cls.method`).
    if (a.endsWith('.') ? full.startsWith(a) && parts.length === 1 : full === a) return 'safe';
  }
  return 'suspicious';
}
