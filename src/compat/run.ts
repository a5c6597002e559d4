import { chmod, mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ArtifactResult } from '../artifacts/check.js';
import { sha256Bytes } from '../digest.js';
import { InfraError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { LoadedManifest } from '../manifest/load.js';
import { resolveInside } from '../manifest/paths.js';
import { readSamplesFile, toNamedLine, type GoldenSample } from '../manifest/samples.js';
import type { Framework, Target } from '../manifest/types.js';
import { arm, removeOnExit } from './cancel.js';
import type { ContainerEngine, Limits, Mount, RunResult, RunSpec } from './engine.js';
import { EXIT_KILLED, lastLine } from './engine.js';
import { HARNESS_FILE } from './locate.js';
import { mapBounded } from './pool.js';
import { runServingTarget } from './serve.js';
import {
  evaluate,
  parseHarnessResult,
  type FindingPlaces,
  type TargetOutcome,
  type TargetResult,
} from './result.js';

/** The frameworks harness.py loads (its LOADERS); any other needs the target's own `command`. */
const HARNESS_FRAMEWORKS: readonly Framework[] = ['sklearn', 'onnx', 'pytorch', 'xgboost'];

/** A target's `setup` failed: the image it describes cannot be built. */
export class SetupFailedError extends InfraError {}

/**
 * How the harness times repeated calls: after `warmup` calls, at most `calls` calls, stopping
 * after `budget_s` seconds, so that a slow model costs seconds, not its timeout.
 */
export const HARNESS_TIMING = { calls: 200, budget_s: 2, warmup: 3 } as const;

/** Python plus a BLAS pool per core: far above what loading a model needs, far below a fork bomb. */
const PIDS_LIMIT = 256;
/** result.json carries numbers and short messages; anything larger is not ours. */
const MAX_RESULT_BYTES = 8 * 1024 * 1024;

/** Where things are inside the container. */
const IN = '/modelgate/in';
const OUT = '/modelgate/out';
const HARNESS = '/modelgate/harness';
const MODEL_DIR = '/modelgate/model';

export interface CompatOptions {
  engine: ContainerEngine;
  /** Folder holding harness.py, mounted read-only. */
  harnessDir: string;
  onProgress?: (message: string) => void;
}

function limitsOf(t: Target): Limits {
  return { cpus: t.cpus, memoryMb: t.memory_mb, pids: PIDS_LIMIT };
}

/**
 * The image a target's tests run in: its `image`, plus its `setup` built once and cached. An
 * image is looked for only when a run finds it missing (`pulled`), so that the common case (the
 * image is there) costs no extra process start.
 */
class ImagePreparer {
  private readonly ready = new Map<string, Promise<string>>();
  private readonly pulls = new Map<string, Promise<void>>();
  constructor(private readonly opts: CompatOptions) {}

  prepare(t: Target): Promise<string> {
    if (t.setup === undefined) return Promise.resolve(t.image);
    const key = `${t.image}\n${t.setup}`;
    let p = this.ready.get(key);
    if (!p) {
      p = this.build(t, t.setup);
      this.ready.set(key, p);
    }
    return p;
  }

  /** Pulls an image a run found missing, once however many targets use it. */
  pulled(t: Target, image: string): Promise<void> {
    let p = this.pulls.get(image);
    if (!p) {
      this.opts.onProgress?.(`${t.name}: pulling ${image}`);
      p = this.opts.engine.pull(image);
      this.pulls.set(image, p);
    }
    return p;
  }

  private async build(t: Target, setup: string): Promise<string> {
    const { engine, onProgress } = this.opts;
    // Keyed by what defines the result, the base image's id (not its name: `:latest` moves)
    // and the setup, so that changing either rebuilds and nothing stale is reused.
    let base = await engine.imageId(t.image);
    if (base === undefined) {
      await this.pulled(t, t.image);
      base = await engine.imageId(t.image);
    }
    const tag = `localhost/modelgate-setup:${sha256Bytes(`${base}\n${setup}`).slice(0, 16)}`;
    if ((await engine.imageId(tag)) !== undefined) return tag;
    onProgress?.(`${t.name}: running setup in ${t.image} (once; cached as ${tag})`);
    const r = await engine.run({
      image: t.image,
      command: ['sh', '-c', setup],
      mounts: [],
      limits: limitsOf(t),
      timeoutMs: t.timeout_s * 1000,
      purpose: 'setup',
      label: `modelgate-setup-${t.name}`,
    });
    if (r.timedOut || r.exitCode !== 0) {
      await engine.remove(r.name);
      throw new SetupFailedError(
        `setup of target ${t.name} ${r.timedOut ? `did not finish in ${t.timeout_s} s` : `exited with code ${r.exitCode}`}: ${lastLine(r.stderr || r.stdout)}`,
        `try it by hand: ${engine.name} run --rm ${t.image} sh -c ${JSON.stringify(setup)}`,
      );
    }
    await engine.commit(r.name, tag);
    return tag;
  }
}

/**
 * Runs the given targets of one model, at most `compatibility.max_parallel` at a time. An
 * image that is missing and cannot be pulled stops the run (exit 2) once the targets already
 * running have finished.
 */
export async function testTargets(
  loaded: LoadedManifest,
  artifacts: readonly ArtifactResult[],
  targets: readonly Target[],
  opts: CompatOptions,
): Promise<TargetResult[]> {
  // From here on a signal removes this run's containers before modelgate exits (cancel.ts).
  arm();
  const preparer = new ImagePreparer(opts);
  const m = loaded.manifest;
  let samples: Samples | undefined;
  if (m.model.samples !== undefined) {
    const r = await resolveInside(loaded.root, loaded.dir, m.model.samples);
    if (r.ok && r.exists) {
      // validate refused a file with findings before any container starts; what parses is run.
      const parsed = await readSamplesFile(r.path, m.model.signature, loaded.display(r.path));
      samples = { path: r.path, parsed: parsed.samples };
    }
  }
  return mapBounded(targets, m.compatibility.max_parallel, async (t) => {
    const r = await runTarget(loaded, artifacts, t, preparer, samples, opts);
    if (!t.required) r.findings = r.findings.map(optional);
    opts.onProgress?.(`${t.name}: ${r.verdict}`);
    return r;
  });
}

/**
 * The golden samples of a run, read once: the user's file (findings point at it) and its lines,
 * whatever form the user wrote them in (harness.py is given them in the named form).
 */
interface Samples {
  path: string;
  parsed: GoldenSample[];
}

async function runTarget(
  loaded: LoadedManifest,
  artifacts: readonly ArtifactResult[],
  t: Target,
  preparer: ImagePreparer,
  samples: Samples | undefined,
  opts: CompatOptions,
): Promise<TargetResult> {
  const m = loaded.manifest;
  const places: FindingPlaces = {
    target: loaded.map.locate([
      'compatibility',
      'targets',
      m.compatibility.targets.indexOf(t),
      'name',
    ]),
    samples: samples === undefined ? undefined : loaded.display(samples.path),
  };
  // A serving target runs the image's own server instead of the harness (serve.ts).
  if (t.serve !== undefined) {
    const image = await preparer.prepare(t);
    // A server is started detached, so a missing image is looked for (and pulled) first.
    if ((await opts.engine.imageId(image)) === undefined) await preparer.pulled(t, image);
    return runServingTarget({
      loaded,
      artifacts,
      target: t,
      image,
      places,
      samples: samples?.parsed,
      engine: opts.engine,
      onProgress: opts.onProgress,
    });
  }
  if (t.command === undefined && !HARNESS_FRAMEWORKS.includes(m.model.framework)) {
    const f = finding(
      t,
      places,
      'compat-no-loader',
      `the harness has no loader for framework ${m.model.framework} (it loads ${HARNESS_FRAMEWORKS.join(', ')}); give the target a \`command\` that writes result.json`,
    );
    return {
      target: t.name,
      image: t.image,
      required: t.required,
      durationMs: 0,
      verdict: 'error',
      runtime: {},
      findings: [f],
    };
  }
  const image = await preparer.prepare(t);
  const work = await mkdtemp(join(tmpdir(), 'modelgate-compat-'));
  const dropExitHook = removeOnExit(work);
  try {
    const inDir = join(work, 'in');
    const outDir = join(work, 'out');
    await mkdir(inDir);
    await mkdir(outDir);
    // The container's user is not ours, and runs without CAP_DAC_OVERRIDE.
    await chmod(outDir, 0o777);
    await chmod(work, 0o755);
    const mounts: Mount[] = [
      { host: opts.harnessDir, container: HARNESS, readOnly: true },
      { host: inDir, container: IN, readOnly: true },
      { host: outDir, container: OUT, readOnly: false },
    ];
    const inside: string[] = [];
    for (const [i, a] of artifacts.entries()) {
      if (a.absolute === undefined) continue;
      const path = `/modelgate/artifacts/${i}/${basename(a.absolute)}`;
      mounts.push({ host: a.absolute, container: path, readOnly: true });
      inside.push(path);
    }
    // The harness reads the named form; each line carries the user's line number ("line").
    if (samples !== undefined)
      await writeFile(
        join(inDir, 'samples.jsonl'),
        samples.parsed.map((s) => toNamedLine(s) + '\n').join(''),
      );
    const threads = Math.max(1, Math.ceil(t.cpus));
    const config = {
      framework: m.model.framework,
      artifacts: inside,
      samples: samples === undefined ? null : `${IN}/samples.jsonl`,
      signature: m.model.signature ?? null,
      tolerance: m.compatibility.tolerance,
      mode: m.serving.mode,
      threads,
      timing: HARNESS_TIMING,
    };
    await writeFile(join(inDir, 'config.json'), JSON.stringify(config));
    const custom = t.command !== undefined;
    if (custom) mounts.push({ host: loaded.dir, container: MODEL_DIR, readOnly: true });
    const spec: RunSpec = {
      image,
      command: custom
        ? ['sh', '-c', t.command!]
        : [t.python, `${HARNESS}/${HARNESS_FILE}`, `${IN}/config.json`, `${OUT}/result.json`],
      mounts,
      env: {
        MODELGATE_CONFIG: `${IN}/config.json`,
        MODELGATE_RESULT: `${OUT}/result.json`,
        OMP_NUM_THREADS: String(threads),
        OPENBLAS_NUM_THREADS: String(threads),
        MKL_NUM_THREADS: String(threads),
        PYTHONDONTWRITEBYTECODE: '1',
        HOME: '/tmp',
      },
      workdir: custom ? MODEL_DIR : undefined,
      limits: limitsOf(t),
      timeoutMs: t.timeout_s * 1000,
      purpose: 'test',
      label: `modelgate-${t.name}`,
    };
    opts.onProgress?.(`${t.name}: testing in ${image}`);
    let run = await opts.engine.run(spec);
    if (run.imageMissing) {
      await preparer.pulled(t, image);
      run = await opts.engine.run(spec);
    }
    const result = await judge(t, run, join(outDir, 'result.json'), places, custom, m);
    return { target: t.name, image, required: t.required, durationMs: run.durationMs, ...result };
  } finally {
    await rm(work, { recursive: true, force: true });
    dropExitHook();
  }
}

/** The verdict of one run, from its result.json or, when there is none, from how it ended. */
async function judge(
  t: Target,
  run: RunResult,
  resultPath: string,
  at: FindingPlaces,
  custom: boolean,
  m: LoadedManifest['manifest'],
): Promise<TargetOutcome> {
  const failed = (f: Finding): TargetOutcome => ({ verdict: 'error', runtime: {}, findings: [f] });
  if (run.timedOut) return failed(crashFinding(t, run, at, custom));
  let judged: TargetOutcome;
  try {
    const text = await readResult(resultPath);
    if (text === undefined) return failed(crashFinding(t, run, at, custom));
    judged = evaluate(parseHarnessResult(text), t, m, at);
  } catch (err) {
    return failed(finding(t, at, 'compat-bad-result', (err as Error).message));
  }
  if (run.exitCode !== 0) {
    judged.verdict = 'error';
    judged.findings.push(
      finding(
        t,
        at,
        'compat-exit-code',
        `exited with code ${run.exitCode} after writing result.json: ${lastLine(run.stderr)}`,
      ),
    );
  }
  return judged;
}

/** A target that is not required still reports everything, but nothing it finds fails the run. */
function optional(f: Finding): Finding {
  return f.severity === 'error'
    ? { ...f, severity: 'warning', message: `${f.message} (target not required)` }
    : f;
}

function finding(t: Target, at: FindingPlaces, rule: string, message: string): Finding {
  return { severity: 'error', rule, message: `${t.name}: ${message}`, location: at.target };
}

/** Why a run produced no result, in the terms a person can act on. */
function crashFinding(t: Target, run: RunResult, at: FindingPlaces, custom: boolean): Finding {
  const what = custom ? 'the command' : 'the harness';
  if (run.timedOut) {
    return finding(
      t,
      at,
      'compat-timeout',
      `${what} did not finish in ${t.timeout_s} s (timeout_s); its container was killed and removed`,
    );
  }
  if (run.exitCode === EXIT_KILLED) {
    return finding(
      t,
      at,
      'compat-killed',
      `${what} was killed (exit ${EXIT_KILLED}), most likely out of memory: memory_mb is ${t.memory_mb}`,
    );
  }
  if (run.exitCode === 126 || run.exitCode === 127) {
    const prog = custom ? 'the command' : `the interpreter ${t.python} (python:)`;
    return finding(
      t,
      at,
      'compat-not-runnable',
      `cannot start ${prog} in ${t.image}: ${lastLine(run.stderr)}`,
    );
  }
  return finding(
    t,
    at,
    'compat-no-result',
    `${what} exited with code ${run.exitCode} and wrote no result.json: ${lastLine(run.stderr || run.stdout)}`,
  );
}

/** The result file's text, or undefined when the run wrote none. Throws for an oversized one. */
async function readResult(path: string): Promise<string | undefined> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const { size } = await fh.stat();
    if (size > MAX_RESULT_BYTES)
      throw new Error(`result.json is ${size} bytes; the limit is ${MAX_RESULT_BYTES}`);
    return await fh.readFile('utf8');
  } finally {
    await fh.close();
  }
}
