#!/usr/bin/python3
"""Regenerates the iris example: a small scikit-learn model, its golden samples and digest.

Run with Debian's interpreter (apt-get install python3-sklearn), which has scikit-learn:
    /usr/bin/python3 examples/iris/generate.py
The model is pickled with the scikit-learn of the machine that runs this script; the
compatibility tests load it in images with older and newer releases.
"""
import hashlib
import json
import pathlib
import pickle

import sklearn
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

here = pathlib.Path(__file__).resolve().parent
x, y = load_iris(return_X_y=True)
model = LogisticRegression(max_iter=500, random_state=0).fit(x, y)

(here / "model").mkdir(exist_ok=True)
path = here / "model" / "model.pkl"
path.write_bytes(pickle.dumps(model, protocol=4))

rows = list(range(0, 150, 15))
with open(here / "samples.jsonl", "w") as f:
    for i in rows:
        f.write(json.dumps({"inputs": {"features": [x[i].tolist()]},
                            "expected": {"label": [int(model.predict(x[i:i + 1])[0])]}}) + "\n")

print(f"scikit-learn {sklearn.__version__}")
print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(here)}")
