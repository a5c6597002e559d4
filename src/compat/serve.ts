/**
 * A serving target (`serve:`): modelgate lays out a model repository as the target's server
 * expects it, starts the image's own server on it (read-only, no network: see
 * CliEngine.startServer), waits for it to be ready, diffs the metadata it serves against
 * `model.signature`, sends every golden sample over the protocol and compares the answers,
 * then runs the load test (`load:`) and judges it against `serving.slo`. The server is always
 * stopped; when the target does not pass, its log's last lines go into the report.
 */
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { removeOnExit } from './cancel.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactResult } from '../artifacts/check.js';
import type { Finding, SourceLocation } from '../findings.js';
import type { LoadedManifest } from '../manifest/load.js';
import { resolveInside } from '../manifest/paths.js';
import type { GoldenSample, SampleTensor } from '../manifest/samples.js';
import { SERVE_MODELS_DIR, type Signature, type Target } from '../manifest/types.js';
import { BatchError, batchOf, type BatchAnswer } from '../serving/batch.js';
import { ServingError } from '../serving/http.js';
import { KServeClient } from '../serving/kserve.js';
import { layOutRepository } from '../serving/layout.js';
import { httpSender, judgeLoad, runLoad, type LoadResult } from '../serving/load.js';
import {
  diffSignature,
  fromKServe,
  fromTfServing,
  type ServedSignature,
} from '../serving/metadata.js';
import { TfServingClient } from '../serving/tfserving.js';
import { ServerExitedError, type ContainerEngine, type RunningServer } from './engine.js';
import { fmt, type FindingPlaces, type ServingFigures, type TargetResult } from './result.js';

/** How often readiness is asked. */
const READY_POLL_MS = 250;
/** How often the wait for readiness is reported. */
const READY_PROGRESS_MS = 5_000;
/** Lines of the server's log the report carries. */
export const LOG_TAIL_LINES = 40;
/** A server's own threads and processes: Triton starts many. */
const SERVER_PIDS = 1024;

/** What runServingTarget needs: the manifest, its checked artifacts, the target and where to report. */
export interface ServingTargetArgs {
  loaded: LoadedManifest;
  artifacts: readonly ArtifactResult[];
  target: Target;
  /** The image to run (the target's, or its setup's build). */
  image: string;
  places: FindingPlaces;
  /** The golden samples, as the run read them, when the manifest has a samples file. */
  samples?: readonly GoldenSample[];
  engine: ContainerEngine;
  onProgress?: (message: string) => void;
}

/** One protocol, behind the few calls the test makes. */
interface Protocol {
  ready(): Promise<{ ready: boolean; why: string }>;
  metadata(): Promise<{ raw: unknown; served: ServedSignature }>;
  /** The outputs for one sample's inputs, flat row-major. */
  infer(
    inputs: readonly SampleTensor[],
  ): Promise<{ name: string; shape: number[]; data: unknown[] }[]>;
  /** The load test's request: URL, body, and whether an answer is valid (to a batch: whole). */
  loadRequest(
    inputs: readonly SampleTensor[],
    batch?: BatchAnswer,
  ): {
    url: string;
    body: string;
    valid: (b: Buffer) => boolean;
  };
}

function protocolOf(t: Target, url: string, model: string, version: number): Protocol {
  if (t.serve!.protocol === 'kserve-v2') {
    const c = new KServeClient(url, model, version);
    return {
      ready: () => c.ready(),
      metadata: async () => {
        const raw = await c.metadata();
        return { raw, served: fromKServe(raw) };
      },
      infer: (inputs) => c.infer(inputs),
      loadRequest: (inputs, batch) => ({
        url: c.inferUrl,
        body: JSON.stringify(KServeClient.request(inputs)),
        valid: (b) => KServeClient.validResponse(b, batch),
      }),
    };
  }
  const c = new TfServingClient(url, model, version);
  let signatureName: string | undefined;
  let outputs: string[] = [];
  return {
    ready: () => c.ready(),
    metadata: async () => {
      const m = await c.metadata();
      signatureName = m.signatureName;
      outputs = m.signature.outputs.map((o) => o.name);
      return { raw: m.raw, served: fromTfServing(m.signature) };
    },
    infer: (inputs) => c.predict(inputs, outputs, signatureName),
    loadRequest: (inputs, batch) => ({
      url: c.predictUrl,
      body: JSON.stringify(TfServingClient.request(inputs, signatureName)),
      valid: (b) => TfServingClient.validResponse(b, batch),
    }),
  };
}

/**
 * What the load test sends: the first sample's inputs, or in batch mode (`batchSize` rows) a
 * batch of the samples' rows with what a whole answer to it holds (the rows of every output
 * the signature batches). When there is nothing to send, the finding to report instead, at
 * the samples file's `line` when it is about one.
 */
function loadInputs(
  samples: readonly GoldenSample[],
  batchSize: number | undefined,
  signature: Signature | undefined,
):
  | { inputs: readonly SampleTensor[]; batch?: BatchAnswer }
  | { rule: string; message: string; line?: number } {
  const first = samples[0];
  if (!first)
    return {
      rule: 'load-no-request',
      message: 'the load test needs a golden sample to send; none could be read',
    };
  if (batchSize === undefined) return { inputs: first.inputs };
  try {
    const outputs = (signature?.outputs ?? []).filter((o) => o.shape[0] === -1);
    return {
      inputs: batchOf(samples, batchSize),
      batch: { rows: batchSize, outputs: outputs.map((o) => o.name) },
    };
  } catch (e) {
    if (!(e instanceof BatchError)) throw e;
    return {
      rule: 'load-batch',
      message: `cannot make the load test's batch: ${e.message}`,
      line: e.line,
    };
  }
}

/** Whether `got` equals `want` within the tolerance, as numpy.allclose judges it. */
function close(got: unknown, want: unknown, atol: number, rtol: number): boolean {
  if (typeof want === 'number' && typeof got === 'number')
    return (
      Math.abs(got - want) <= atol + rtol * Math.abs(want) ||
      (Number.isNaN(want) && Number.isNaN(got))
    );
  return got === want;
}

/**
 * Tests one serving target (see the top of this file). Findings: `serve-exited` and
 * `serve-not-ready` (verdict error), `serve-metadata-*`, `serve-output-*`,
 * `serve-request-failed`, `serve-protocol-error` and the load test's `load-*` (verdict fail).
 * Throws only for what stops the run: an engine that cannot start containers, an image that
 * cannot be pulled, a repository that cannot be laid out.
 */
export async function runServingTarget(a: ServingTargetArgs): Promise<TargetResult> {
  const { loaded, target: t, places, engine } = a;
  const m = loaded.manifest;
  const serve = t.serve!;
  const progress = (s: string) => a.onProgress?.(`${t.name}: ${s}`);
  const findings: Finding[] = [];
  const add = (
    rule: string,
    message: string,
    location: SourceLocation = places.target,
    severity: Finding['severity'] = 'error',
  ) => findings.push({ severity, rule, message: `${t.name}: ${message}`, location });
  const started = performance.now();
  const base = {
    target: t.name,
    image: a.image,
    required: t.required,
    runtime: {},
  };
  const work = await mkdtemp(join(tmpdir(), 'modelgate-serve-'));
  const dropExitHook = removeOnExit(work);
  let server: RunningServer | undefined;
  let serving: ServingFigures | undefined;
  let load: LoadResult | undefined;
  let samplesRun: { total: number; passed: number } | undefined;
  let infra = false;
  /** The log of a server that exited before it could be reached (and so has no RunningServer). */
  let exitedLog: string | undefined;
  try {
    let configText: string | undefined;
    if (serve.config !== undefined) {
      const r = await resolveInside(loaded.root, loaded.dir, serve.config);
      if (r.ok && r.exists) configText = await readFile(r.path, 'utf8');
    }
    const repo = await layOutRepository(
      {
        layout: serve.layout,
        modelName: m.model.name,
        version: m.model.version,
        framework: m.model.framework,
        signature: m.model.signature,
        artifacts: a.artifacts.flatMap((x) =>
          x.absolute === undefined ? [] : [{ path: x.path, absolute: x.absolute }],
        ),
        configText,
      },
      join(work, 'repo'),
    );
    // mkdtemp's folder is private; the server, whoever it runs as, reads the repository in it
    // (layOutRepository makes the files themselves readable, and never chmods the user's).
    await chmod(work, 0o755);
    const version = repo.servedVersion;
    progress(
      `laid out ${serve.layout} repository, model ${repo.modelName} version ${version} (from ${m.model.version}); starting ${serve.command.join(' ')} in ${a.image}`,
    );
    const threads = String(Math.max(1, Math.ceil(t.cpus)));
    const containerStart = performance.now();
    server = await engine.startServer({
      image: a.image,
      command: serve.command,
      mounts: [{ host: repo.root, container: SERVE_MODELS_DIR, readOnly: true }],
      env: { OMP_NUM_THREADS: threads, HOME: '/tmp' },
      limits: { cpus: t.cpus, memoryMb: t.memory_mb, pids: SERVER_PIDS },
      port: serve.port,
      label: `modelgate-${t.name}`,
    });
    const p = protocolOf(t, server.url, repo.modelName, version);

    // Readiness, within ready_timeout_s.
    const deadline = containerStart + serve.ready_timeout_s * 1000;
    let why = 'no answer yet';
    let lastReport = performance.now();
    let ready = false;
    for (;;) {
      try {
        const r = await p.ready();
        ready = r.ready;
        why = r.why;
      } catch (e) {
        why = (e as Error).message;
      }
      if (ready) break;
      if (!(await server.running())) {
        add('serve-exited', `the server exited before it was ready (${why})`);
        infra = true;
        return await done();
      }
      const now = performance.now();
      if (now > deadline) {
        add(
          'serve-not-ready',
          `the server was not ready within ${serve.ready_timeout_s} s (serve.ready_timeout_s): ${why}; it was stopped`,
        );
        infra = true;
        return await done();
      }
      if (now - lastReport >= READY_PROGRESS_MS) {
        lastReport = now;
        progress(
          `waiting for the server: ${Math.round((now - containerStart) / 1000)} s of ${serve.ready_timeout_s} s (${why})`,
        );
      }
      await new Promise((r) => setTimeout(r, READY_POLL_MS));
    }
    const readyMs = performance.now() - containerStart;
    progress(`ready after ${fmt(readyMs / 1000)} s`);

    // Metadata against the signature.
    const meta = await p.metadata();
    serving = {
      protocol: serve.protocol,
      ready_ms: Math.round(readyMs),
      served_version: version,
      metadata: meta.raw,
    };
    if (m.model.signature) {
      for (const d of diffSignature(meta.served, m.model.signature))
        add(`serve-metadata-${d.kind}`, `served metadata: ${d.message}`);
    }

    // Golden samples.
    const samples = a.samples ?? [];
    if (a.samples === undefined)
      add(
        'serve-no-samples',
        'the manifest has no `model.samples`: only readiness and metadata were tested',
        places.target,
        'warning',
      );
    const { atol, rtol } = m.compatibility.tolerance;
    const mismatches = new Map<
      string,
      { line: number; n: number; worst: number; message: string }
    >();
    let passed = 0;
    for (const s of samples) {
      const at = places.samples ? { file: places.samples, line: s.line } : places.target;
      let outs;
      try {
        outs = await p.infer(s.inputs);
      } catch (e) {
        add('serve-request-failed', `sample failed: ${(e as Error).message}`, at);
        continue;
      }
      let ok = true;
      for (const want of s.expected ?? []) {
        const got =
          outs.find((o) => o.name === want.name) ??
          (outs.length === 1 && (s.expected?.length ?? 0) === 1 ? outs[0] : undefined);
        const key = (kind: string) => `${kind}\0${want.name}`;
        const note = (kind: string, worst: number, message: string) => {
          ok = false;
          const prev = mismatches.get(key(kind));
          if (prev) {
            prev.n++;
            prev.worst = Math.max(prev.worst, worst);
          } else mismatches.set(key(kind), { line: s.line, n: 1, worst, message });
        };
        if (!got) {
          note('missing', 0, `the server's answer has no output \`${want.name}\``);
          continue;
        }
        const size = (sh: readonly number[]) => sh.reduce((x, y) => x * y, 1);
        if (
          got.data.length !== want.data.length ||
          (got.shape.length > 0 && size(got.shape) !== size(want.shape))
        ) {
          note(
            'shape',
            0,
            `output \`${want.name}\` has shape [${got.shape.join(', ')}]; the sample expects [${want.shape.join(', ')}]`,
          );
          continue;
        }
        let worst = 0;
        let bad = false;
        for (let i = 0; i < want.data.length; i++) {
          const g = got.data[i];
          const w = want.data[i];
          if (typeof g === 'number' && typeof w === 'number')
            worst = Math.max(worst, Math.abs(g - w));
          if (!close(g, w, atol, rtol)) bad = true;
        }
        if (bad)
          note('mismatch', worst, `output \`${want.name}\` differs from the expected values`);
      }
      if (ok) passed++;
    }
    samplesRun = samples.length ? { total: samples.length, passed } : undefined;
    for (const [k, v] of mismatches) {
      const kind = k.split('\0')[0]!;
      const at = places.samples ? { file: places.samples, line: v.line } : places.target;
      const extra =
        kind === 'mismatch'
          ? `: max abs error ${fmt(v.worst)} (tolerance atol ${atol}, rtol ${rtol})`
          : '';
      add(
        `serve-output-${kind}`,
        `${v.message}${extra} (${v.n} of ${samples.length} sample${samples.length === 1 ? '' : 's'})`,
        at,
      );
    }

    // The load test.
    if (t.load) {
      const request = loadInputs(samples, t.load.batch_size, m.model.signature);
      if ('rule' in request) {
        const at =
          request.line !== undefined && places.samples
            ? { file: places.samples, line: request.line }
            : places.target;
        add(request.rule, request.message, at);
      } else {
        const req = p.loadRequest(request.inputs, request.batch);
        const connections =
          t.load.concurrency ?? Math.max(8, Math.ceil((t.load.rate_rps ?? 1) / 50));
        const sender = httpSender(req.url, req.body, {
          connections,
          check: (status, body) => status >= 200 && status < 300 && req.valid(body),
        });
        progress(
          `load test: ${t.load.rate_rps !== undefined ? `${t.load.rate_rps} requests/s` : `${t.load.concurrency ?? 1} concurrent`}${request.batch ? ` in batches of ${request.batch.rows} rows` : ''} for ${t.load.duration_s} s after ${t.load.warmup_s} s of warm-up`,
        );
        try {
          load = await runLoad(sender.send, t.load, { onProgress: progress });
        } finally {
          await sender.close();
        }
        findings.push(
          ...judgeLoad(load, m.serving.slo ?? {}, { target: t.name, location: places.target }),
        );
      }
    }
    return await done();
  } catch (e) {
    if (e instanceof ServerExitedError) {
      add('serve-exited', `${e.message}, before it was ready`);
      infra = true;
      exitedLog = e.log;
      return await done();
    }
    if (!(e instanceof ServingError)) throw e;
    add('serve-protocol-error', e.message);
    return await done();
  } finally {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
    dropExitHook();
  }

  /** The result so far; the server's log is read while it still exists (before `finally`). */
  async function done(): Promise<TargetResult> {
    const failed = findings.some((f) => f.severity === 'error');
    const serverLog =
      failed && server ? await server.logs(LOG_TAIL_LINES).catch(() => undefined) : exitedLog;
    return {
      ...base,
      verdict: infra ? 'error' : failed ? 'fail' : 'pass',
      ...(samplesRun ? { samples: samplesRun } : {}),
      ...(serving ? { serving } : {}),
      ...(load
        ? {
            load,
            latency: { p50: load.p50_ms, p95: load.p95_ms, calls: load.requests },
            // The report's rows/s column, as the harness fills it in batch mode only.
            ...(load.rows_per_s !== undefined ? { throughputRps: load.rows_per_s } : {}),
          }
        : {}),
      ...(serverLog !== undefined ? { serverLog } : {}),
      findings,
      durationMs: performance.now() - started,
    };
  }
}
