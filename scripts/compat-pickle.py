#!/usr/bin/python3
"""Writes src/artifacts/compat-pickle.json: the Python 2 names that `pickle` maps to Python 3
ones when it loads a protocol 0-2 pickle (`_compat_pickle`, applied in `find_class` when
`proto < 3` and `fix_imports`). The scanner must judge the name Python really imports.

    /usr/bin/python3 scripts/compat-pickle.py && npx prettier --write src/artifacts/compat-pickle.json
"""
import _compat_pickle
import importlib.util
import json
import os
import sys

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'artifacts', 'compat-pickle.json')
data = {
    'python': '%d.%d' % sys.version_info[:2],
    'modules': dict(sorted(_compat_pickle.IMPORT_MAPPING.items())),
    # Python 2 module names that are also Python 3 modules: a loader without fix_imports
    # imports those as written.
    'importable': sorted(m for m in _compat_pickle.IMPORT_MAPPING if importlib.util.find_spec(m) is not None),
    'names': {'%s.%s' % k: '%s.%s' % v for k, v in sorted(_compat_pickle.NAME_MAPPING.items())},
}
with open(out, 'w') as f:
    json.dump(data, f, indent=1, sort_keys=False)
    f.write('\n')
