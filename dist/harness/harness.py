"""modelgate's compatibility harness, run inside a target image by `modelgate test`.

    python3 harness.py CONFIG_JSON RESULT_JSON

Loads the model's artifacts with the framework installed in the image, runs the golden
samples, compares the outputs with the expected ones (tolerance and signature), times
repeated calls, and writes everything to RESULT_JSON. Uses the standard library, numpy and
the framework itself, nothing else: it must run in any image that can serve the model.

It always tries to write a result, even when loading or predicting fails: the caller decides
the verdict. Exit status 0 means a result was written.
"""
import json
import math
import os
import platform
import re
import sys
import time
import traceback
import warnings

RESULT_VERSION = 1


def error_entry(stage, exc):
    tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return {
        "stage": stage,
        "type": type(exc).__name__,
        "message": ANSI.sub("", str(exc))[:2000],
        "traceback": "".join(tb)[-4000:],
    }


def warning_entry(w):
    return {
        "category": w.category.__name__,
        "message": str(w.message)[:2000],
        "source": "%s:%s" % (os.path.basename(w.filename), w.lineno),
    }


# ---------------------------------------------------------------------------------------------
# Loaders: each is called with the artifact paths, the input and output names (from the
# signature, else from the samples) and the config, and returns predict, which maps a dict of
# named numpy inputs to a dict of named outputs.


def load_sklearn(paths, ins, outs, config):
    try:
        import joblib

        load = joblib.load
    except ImportError:
        import pickle

        def load(path):
            with open(path, "rb") as f:
                return pickle.load(f)

    model = recorded(lambda: load(paths[0]))

    def predict(inputs):
        x = inputs[ins[0]] if ins and ins[0] in inputs else next(iter(inputs.values()))
        return {name: getattr(model, sklearn_method(name))(x) for name in outs}

    return predict


def sklearn_method(output_name):
    """Which estimator method answers an output, from its name: a documented convention."""
    n = output_name.lower()
    if "prob" in n:
        return "predict_proba"
    if "score" in n or "decision" in n:
        return "decision_function"
    return "predict"


def load_onnx(paths, ins, outs, config):
    import onnxruntime

    def make():
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = config.get("threads", 1)
        options.inter_op_num_threads = 1
        return onnxruntime.InferenceSession(paths[0], sess_options=options, providers=["CPUExecutionProvider"])

    session = recorded(make)
    onnx_types = {i.name: i.type for i in session.get_inputs()}
    # All of the graph's outputs: one the signature or the samples name but the graph lacks is
    # reported as missing, not hidden by asking onnxruntime for it.
    names = [o.name for o in session.get_outputs()]

    def predict(inputs):
        # A sample that names no tensor (a bare array, TF Serving's unnamed rows, and no
        # signature to name it) is the graph's only input, and its expected value the only output.
        if list(inputs) == [UNNAMED] and len(onnx_types) == 1:
            inputs = {next(iter(onnx_types)): inputs[UNNAMED]}
        feeds = {}
        for name, value in inputs.items():
            t = onnx_types.get(name)
            feeds[name] = value.astype(ONNX_TYPES[t]) if t in ONNX_TYPES else value
        outputs = dict(zip(names, session.run(names, feeds)))
        if outs == [UNNAMED] and len(names) == 1:
            outputs = {UNNAMED: outputs[names[0]]}
        return outputs

    return predict


# The name modelgate gives a tensor the sample does not name and no signature can (samples.ts).
UNNAMED = ""

ONNX_TYPES = {
    "tensor(float)": "float32",
    "tensor(double)": "float64",
    "tensor(float16)": "float16",
    "tensor(int64)": "int64",
    "tensor(int32)": "int32",
    "tensor(int8)": "int8",
    "tensor(uint8)": "uint8",
    "tensor(bool)": "bool",
}


def load_xgboost(paths, ins, outs, config):
    import xgboost

    booster = xgboost.Booster(params={"nthread": config.get("threads", 1)})
    recorded(lambda: booster.load_model(paths[0]))

    def predict(inputs):
        x = inputs[ins[0]] if ins and ins[0] in inputs else next(iter(inputs.values()))
        return {outs[0]: booster.predict(xgboost.DMatrix(x))}

    return predict


def load_pytorch(paths, ins, outs, config):
    import torch

    torch.set_num_threads(config.get("threads", 1))
    try:
        model = recorded(lambda: torch.jit.load(paths[0], map_location="cpu"))
    except RuntimeError as scripted_error:
        # Not TorchScript: a state dict is data only, loaded without running any pickle code.
        try:
            state = recorded(lambda: torch.load(paths[0], map_location="cpu", weights_only=True))
        except Exception as data_error:
            raise ValueError(
                "%s is neither TorchScript (%s) nor a state dict that loads with weights_only=True (%s)"
                % (os.path.basename(paths[0]), first_line(scripted_error), first_line(data_error))
            )
        raise NoForward(
            "%s holds %d tensors (a state dict): it loads, but has no forward() to run the samples "
            "with; export it with torch.jit.script, or give the target a `command`" % (os.path.basename(paths[0]), len(state)),
        )
    model.eval()

    def predict(inputs):
        args = [torch.from_numpy(inputs[n]) for n in (ins or list(inputs))]
        with torch.no_grad():
            y = model(*args)
        ys = list(y) if isinstance(y, (tuple, list)) else [y]
        return {n: t.numpy() for n, t in zip(outs, ys)}

    return predict


class NoForward(Exception):
    """The artifact loaded but cannot be called."""


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def first_line(exc):
    """The gist of a library's error, without the terminal colours some of them add."""
    return (ANSI.sub("", str(exc)).strip().splitlines() or [type(exc).__name__])[0]


LOADERS = {
    "sklearn": load_sklearn,
    "onnx": load_onnx,
    "xgboost": load_xgboost,
    "pytorch": load_pytorch,
}

# The library each loader runs on, as (distribution name, module): its version is reported even
# when loading fails, since a failure is exactly when it matters.
LIBRARIES = {
    "sklearn": ("scikit-learn", "sklearn"),
    "onnx": ("onnxruntime", "onnxruntime"),
    "xgboost": ("xgboost", "xgboost"),
    "pytorch": ("torch", "torch"),
}

LOAD_WARNINGS = []


def recorded(fn):
    """Calls fn, keeping every warning it raises: a library-version warning is a finding."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = fn()
    LOAD_WARNINGS.extend(warning_entry(w) for w in caught)
    return value


def names_of(signature, side, samples, key):
    """Tensor names from the signature, else in the order the samples first mention them."""
    names = [t["name"] for t in (signature or {}).get(side, [])]
    if not names:
        for sample in samples:
            names.extend(n for n in sample[key] if n not in names)
    return names


# ---------------------------------------------------------------------------------------------
# Samples and comparison.

NUMPY_DTYPES = {
    "bool": "bool",
    "int8": "int8",
    "int16": "int16",
    "int32": "int32",
    "int64": "int64",
    "uint8": "uint8",
    "uint16": "uint16",
    "uint32": "uint32",
    "uint64": "uint64",
    "float16": "float16",
    "float32": "float32",
    "float64": "float64",
}


def read_samples(path):
    samples = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                s = json.loads(line)
                # modelgate writes the samples in this form, "line" naming the user's file's line.
                samples.append((s.get("line", n), s.get("inputs", {}), s.get("expected", {})))
    return samples


def to_inputs(np, raw, signature):
    specs = {t["name"]: t for t in (signature or {}).get("inputs", [])}
    out = {}
    for name, value in raw.items():
        dtype = NUMPY_DTYPES.get(specs.get(name, {}).get("dtype"))
        out[name] = np.asarray(value, dtype=dtype)
    return out


def dtype_matches(np, array, dtype):
    if dtype == "string":
        return array.dtype.kind in "USO"
    if dtype == "bfloat16":
        return "bfloat16" in str(array.dtype)
    return array.dtype == np.dtype(NUMPY_DTYPES[dtype])


def shape_matches(shape, spec):
    return len(shape) == len(spec) and all(s == -1 or s == d for d, s in zip(shape, spec))


def compare(np, name, actual, expected, spec, tol, line, problems, errors):
    """Checks one output of one sample; returns False when it fails. Updates max errors."""
    a = np.asarray(actual)
    ok = True
    if spec is not None:
        if not dtype_matches(np, a, spec["dtype"]):
            problems.append({"kind": "dtype", "output": name, "sample": line,
                             "message": "output `%s` has dtype %s; the signature says %s" % (name, a.dtype, spec["dtype"])})
            ok = False
        if not shape_matches(list(a.shape), spec["shape"]):
            problems.append({"kind": "shape", "output": name, "sample": line,
                             "message": "output `%s` has shape %s; the signature says %s" % (name, list(a.shape), spec["shape"])})
            ok = False
    if expected is None:
        return ok
    e = np.asarray(expected)
    if a.shape != e.shape:
        if e.size == a.size:
            e = e.reshape(a.shape)
        else:
            problems.append({"kind": "shape", "output": name, "sample": line,
                             "message": "output `%s` has shape %s; the sample expects %s" % (name, list(a.shape), list(e.shape))})
            return False
    if a.dtype.kind in "biuf" and e.dtype.kind in "biuf":
        af = a.astype("float64")
        ef = e.astype("float64")
        fa, fe = np.isfinite(af), np.isfinite(ef)
        both = fa & fe
        # NaN or infinity counts as right only where the sample expects the very same value.
        same_special = ~fa & ~fe & ((np.isnan(af) & np.isnan(ef)) | (af == ef))
        if not bool(np.all(both | same_special)):
            problems.append({"kind": "non-finite", "output": name, "sample": line,
                             "message": "output `%s` has NaN or infinite values where the sample expects other values" % name})
            return False
        diff = np.abs(af[both] - ef[both])
        scale = np.abs(ef[both])
        max_abs = float(diff.max()) if diff.size else 0.0
        max_rel = float((diff / np.maximum(scale, np.finfo("float64").tiny)).max()) if diff.size else 0.0
        entry = errors.setdefault(name, {"max_abs_error": 0.0, "max_rel_error": 0.0})
        entry["max_abs_error"] = max(entry["max_abs_error"], max_abs)
        entry["max_rel_error"] = max(entry["max_rel_error"], max_rel)
        if not bool(np.all(diff <= tol["atol"] + tol["rtol"] * scale)):
            problems.append({"kind": "mismatch", "output": name, "sample": line,
                             "message": "output `%s` differs from the expected value by up to %.3g (atol %g, rtol %g)"
                             % (name, max_abs, tol["atol"], tol["rtol"])})
            return False
        return ok
    if not np.array_equal(a.astype(str), e.astype(str)):
        problems.append({"kind": "mismatch", "output": name, "sample": line,
                         "message": "output `%s` is not the expected value" % name})
        return False
    return ok


def percentile(sorted_values, p):
    """Nearest-rank percentile: a value that was measured, never an interpolation."""
    k = math.ceil(p / 100.0 * len(sorted_values)) - 1
    return sorted_values[max(0, min(len(sorted_values) - 1, k))]


def time_calls(predict, batches, timing):
    """Latency of repeated calls, cycling through the prepared inputs, after a short warm-up."""
    for b in batches[: timing.get("warmup", 3)]:
        predict(b)
    calls = max(1, timing.get("calls", 100))
    budget = timing.get("budget_s", 2.0)
    times = []
    start = time.perf_counter()
    while len(times) < calls and (len(times) < 5 or time.perf_counter() - start < budget):
        b = batches[len(times) % len(batches)]
        t0 = time.perf_counter()
        predict(b)
        times.append((time.perf_counter() - t0) * 1000.0)
    total_s = time.perf_counter() - start
    times.sort()
    return {"p50": percentile(times, 50), "p95": percentile(times, 95), "calls": len(times)}, total_s


def main(config_path, result_path):
    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)
    result = {
        "harness": RESULT_VERSION,
        "runtime": {"python": platform.python_version()},
        "warnings": LOAD_WARNINGS,
        "problems": [],
        "outputs": {},
        "errors": [],
    }
    try:
        run(config, result)
    except Exception as exc:  # the result must still be written, with the reason
        result["errors"].append(error_entry("harness", exc))
    tmp = result_path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f, allow_nan=False, default=str)
    os.replace(tmp, result_path)


def run(config, result):
    import numpy as np

    result["runtime"]["numpy"] = np.__version__
    framework = config["framework"]
    signature = config.get("signature")
    loader = LOADERS.get(framework)
    if loader is None:
        raise ValueError("no built-in loader for framework %r; give the target a `command`" % framework)
    samples = read_samples(config["samples"]) if config.get("samples") else []
    ins = names_of(signature, "inputs", samples, 1)
    outs = names_of(signature, "outputs", samples, 2) or ["output"]
    t0 = time.perf_counter()
    try:
        predict = loader(config["artifacts"], ins, outs, config)
    except NoForward as exc:
        result["skipped"] = str(exc)
    except Exception as exc:
        result["errors"].append(error_entry("load", exc))
    finally:
        name, module = LIBRARIES[framework]
        if module in sys.modules:
            result["runtime"]["framework"] = name
            result["runtime"]["framework_version"] = getattr(sys.modules[module], "__version__", "unknown")
    if result["errors"]:
        return
    result["load_ms"] = (time.perf_counter() - t0) * 1000.0
    if "skipped" in result:
        return

    if not samples:
        result["samples"] = {"total": 0, "passed": 0}
        return
    out_specs = {t["name"]: t for t in (signature or {}).get("outputs", [])}
    prepared = []
    passed = 0
    for line, raw_inputs, expected in samples:
        try:
            inputs = to_inputs(np, raw_inputs, signature)
            outputs = predict(inputs)
        except Exception as exc:
            entry = error_entry("predict", exc)
            entry["sample"] = line
            result["errors"].append(entry)
            continue
        prepared.append(inputs)
        ok = True
        for out_name in sorted(set(outputs) | set(expected)):
            if out_name not in outputs:
                result["problems"].append({"kind": "missing-output", "output": out_name, "sample": line,
                                           "message": "the model has no output `%s` (it has %s)" % (out_name, ", ".join(sorted(outputs)))})
                ok = False
                continue
            ok = compare(np, out_name, outputs[out_name], expected.get(out_name), out_specs.get(out_name),
                         config["tolerance"], line, result["problems"], result["outputs"]) and ok
        passed += ok
    result["samples"] = {"total": len(samples), "passed": passed}
    if not prepared:
        return

    timing = config.get("timing", {})
    if config.get("mode") == "batch":
        batch = {k: np.concatenate([p[k] for p in prepared]) for k in prepared[0]}
        rows = sum(len(next(iter(p.values()))) for p in prepared)
        latency, total_s = time_calls(predict, [batch], timing)
        result["latency_ms"] = latency
        result["throughput_rps"] = rows * latency["calls"] / total_s if total_s > 0 else None
    else:
        latency, _ = time_calls(predict, prepared, timing)
        result["latency_ms"] = latency


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.stderr.write("usage: harness.py CONFIG_JSON RESULT_JSON\n")
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
