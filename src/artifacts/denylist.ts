/**
 * What is known to run code, touch files, sockets or processes, reach the interpreter's
 * internals or load another pickle. This list gates nothing by itself — a global is safe only
 * when the allow-list proves it — but nothing can unlock it: neither `security.allow_globals`
 * nor the lenient `warn-unknown-classes` policy, and its findings say why the name is dangerous.
 */

/** Whole modules (and everything below them) that no model needs to import. */
// prettier-ignore
export const DENIED_MODULES: ReadonlySet<string> = new Set([
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
] as const);

/** Single callables that execute code, read or write files, or unpickle. */
// prettier-ignore
export const DENIED_GLOBALS: ReadonlySet<string> = new Set([
  'builtins.eval', 'builtins.exec', 'builtins.compile', 'builtins.open', 'builtins.__import__',
  'builtins.setattr', 'builtins.delattr', 'builtins.globals', 'builtins.locals',
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
  'torch.from_file', 'torch.UntypedStorage.from_file',
  'pandas.read_pickle', 'pandas.read_csv', 'pandas.read_json', 'pandas.read_sql', 'pandas.eval',
  'scipy.sparse.load_npz', 'scipy.sparse.save_npz', 'sklearn.utils._joblib.load',
  'xgboost.core.Booster.load_model', 'lightgbm.basic.Booster.model_from_string',
]);
