#!/usr/bin/env python3
"""Prints, as JSON, the top-level modules this interpreter can import: the standard library's,
the built-in ones, and every installed package's. The scanner reads pickles that were never meant
as pickles (array bytes joblib skips, other formats' headers) as pickle.load would; there, an
unknown import counts only when its module could be imported at all, since otherwise Python raises
before anything runs. merge.mjs unions this over the test images into src/artifacts/importable.json.

    podman run --rm --network none IMAGE python3 - < scripts/allowlist/modules.py
"""
import json
import pkgutil
import sys

names = set(sys.builtin_module_names) | set(getattr(sys, 'stdlib_module_names', ()))
names |= {m.name for m in pkgutil.iter_modules()}
print(json.dumps(sorted(n for n in names if n.isidentifier())))
