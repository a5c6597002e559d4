import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../findings.js';
import {
  checkTritonConfig,
  GENERATED_MAX_BATCH_SIZE,
  maxBatchSizeOf,
  signatureBatches,
  TRITON_DATA_TYPE,
  TRITON_UNSUPPORTED,
} from '../serving/triton-config.js';
import { LayoutError, placeArtifacts, servedVersion } from '../serving/layout.js';
import { resolveInside } from './paths.js';
import type { ManifestPaths } from './semantics.js';
import type {
  Framework,
  Manifest,
  ServeLayout,
  ServeProtocol,
  Signature,
  Target,
} from './types.js';
import type { SourceMap } from './yaml.js';

/**
 * What each layout's server can load, following the real servers, not a stand-in:
 *
 * | layout    | framework  | file in `<model>/<version>/`   | Triton platform / backend |
 * |-----------|------------|--------------------------------|---------------------------|
 * | triton    | onnx       | model.onnx                     | onnxruntime_onnx          |
 * | triton    | pytorch    | model.pt (TorchScript only)    | pytorch_libtorch          |
 * | triton    | tensorflow | model.savedmodel/ (SavedModel) | tensorflow_savedmodel     |
 * | triton    | tensorrt   | model.plan (a TensorRT engine) | tensorrt_plan             |
 * | tfserving | tensorflow | saved_model.pb + variables/    | (TF Serving itself)       |
 *
 * Triton's FIL and Python backends need files modelgate does not lay out, so sklearn,
 * xgboost, safetensors, gguf and custom models are refused on both layouts. TF Serving loads
 * only SavedModels: it has no ONNX, TensorRT or scikit-learn servable.
 */
export const SERVABLE: Record<ServeLayout, readonly Framework[]> = {
  triton: ['onnx', 'pytorch', 'tensorflow', 'tensorrt'],
  tfserving: ['tensorflow'],
};

/** The protocol of the server that reads each layout: Triton speaks KServe v2, TF Serving its own. */
const PROTOCOL_OF_LAYOUT: Record<ServeLayout, ServeProtocol> = {
  triton: 'kserve-v2',
  tfserving: 'tfserving',
};

/** A config.pbtxt is a page; anything this large is not one. */
export const MAX_TRITON_CONFIG_BYTES = 1_000_000;

/** The checks of serving targets (`serve`, `load`) that the schema cannot express. */
export async function checkServingTargets(
  m: Manifest,
  map: SourceMap,
  paths: ManifestPaths,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  /** Config files already checked: two targets sharing one are reported once. */
  const checked = new Map<string, ConfigFile | undefined>();
  const error: ErrorAt = (rule, message, at, key = false) =>
    findings.push({ severity: 'error', rule, message, location: map.locate(at, key) });

  for (const [i, t] of m.compatibility.targets.entries()) {
    const at = ['compatibility', 'targets', i];
    const serve = t.serve;
    if (t.load !== undefined) {
      if (serve === undefined) {
        error(
          'load-needs-serve',
          `target \`${t.name}\` has \`load\` but no \`serve\`: only a serving target is load-tested`,
          [...at, 'load'],
          true,
        );
      }
      if (t.load.concurrency !== undefined && t.load.rate_rps !== undefined) {
        error(
          'load-concurrency-and-rate',
          `target \`${t.name}\`: \`load\` takes either \`concurrency\` (closed loop) or \`rate_rps\` (open loop), not both`,
          [...at, 'load', 'rate_rps'],
          true,
        );
      } else if (t.load.concurrency === undefined && t.load.rate_rps === undefined) {
        error(
          'load-needs-concurrency-or-rate',
          `target \`${t.name}\`: \`load\` needs \`concurrency\` (closed loop) or \`rate_rps\` (open loop)`,
          [...at, 'load'],
          true,
        );
      }
      // In batch mode the loader fills batch_size, so here it was written outside batch mode.
      if (t.load.batch_size !== undefined && m.serving.mode !== 'batch') {
        error(
          'load-batch-size-mode',
          `target \`${t.name}\`: \`load.batch_size\` sends batches, which only serving.mode \`batch\` judges (rows per second); this manifest's mode is \`${m.serving.mode}\``,
          [...at, 'load', 'batch_size'],
          true,
        );
      }
    }
    if (serve === undefined) continue;

    if (t.command !== undefined) {
      error(
        'serve-target-command',
        `target \`${t.name}\`: \`command\` runs the Python harness, which a serving target does not use; the server's command line is \`serve.command\``,
        [...at, 'command'],
        true,
      );
    }
    if (PROTOCOL_OF_LAYOUT[serve.layout] !== serve.protocol) {
      findings.push({
        severity: 'warning',
        rule: 'serve-protocol-layout',
        message: `target \`${t.name}\`: no known server speaks \`${serve.protocol}\` over a \`${serve.layout}\` repository (${serve.layout === 'triton' ? 'Triton speaks kserve-v2' : 'TF Serving speaks tfserving'}); check protocol and layout`,
        location: map.locate([...at, 'serve', 'protocol']),
      });
    }
    if (!SERVABLE[serve.layout].includes(m.model.framework)) {
      error(
        'serve-layout-framework',
        `target \`${t.name}\`: layout \`${serve.layout}\` cannot serve framework \`${m.model.framework}\`; it serves ${SERVABLE[serve.layout].join(', ')}`,
        [...at, 'serve', 'layout'],
      );
    }
    if (serve.config !== undefined && serve.layout !== 'triton') {
      error(
        'serve-config-layout',
        `target \`${t.name}\`: \`serve.config\` is a Triton config.pbtxt and only goes with layout \`triton\`, not \`${serve.layout}\``,
        [...at, 'serve', 'config'],
        true,
      );
    }
    if (
      serve.layout === 'triton' &&
      serve.config === undefined &&
      m.model.signature === undefined
    ) {
      error(
        'serve-needs-signature',
        `target \`${t.name}\`: layout \`triton\` generates config.pbtxt from \`model.signature\`, which is missing; add the signature or give \`serve.config\``,
        [...at, 'serve', 'layout'],
      );
    }
    if (
      serve.layout === 'triton' &&
      m.model.framework === 'tensorrt' &&
      serve.config === undefined &&
      m.model.signature !== undefined &&
      signatureBatches(m.model.signature)
    ) {
      // A TensorRT engine fixes its largest batch when it is built, and Triton refuses a
      // config whose max_batch_size exceeds it; the engine cannot be read here to know it.
      findings.push({
        severity: 'warning',
        rule: 'serve-tensorrt-max-batch',
        message: `target \`${t.name}\`: the generated config.pbtxt sets max_batch_size ${GENERATED_MAX_BATCH_SIZE}, which Triton refuses for a TensorRT engine built for fewer rows; give \`serve.config\` with your engine's max_batch_size`,
        location: map.locate([...at, 'serve', 'layout']),
      });
    }
    if (serve.layout === 'triton') {
      const unsupported = TRITON_UNSUPPORTED[m.model.framework] ?? [];
      for (const side of ['inputs', 'outputs'] as const) {
        for (const [j, tensor] of (m.model.signature?.[side] ?? []).entries()) {
          if (!unsupported.includes(tensor.dtype)) continue;
          error(
            'serve-triton-data-type',
            `target \`${t.name}\`: Triton's ${m.model.framework} backend does not support ${tensor.dtype} (${TRITON_DATA_TYPE[tensor.dtype]}), the dtype of ${side.slice(0, -1)} \`${tensor.name}\``,
            ['model', 'signature', side, j, 'dtype'],
          );
        }
      }
    }
    if (SERVABLE[serve.layout].includes(m.model.framework)) {
      // Whether the artifacts make the layout's model folder (the user's
      // default_model_filename, if any, only renames the file).
      try {
        placeArtifacts(
          serve.layout,
          m.model.framework,
          m.model.artifacts.map((a) => ({ path: a.path, absolute: resolve(paths.dir, a.path) })),
        );
      } catch (err) {
        if (!(err instanceof LayoutError)) throw err;
        error('serve-artifacts-layout', `target \`${t.name}\`: ${err.message}`, [
          'model',
          'artifacts',
        ]);
      }
    }
    let userConfig: ConfigFile | undefined;
    if (serve.layout === 'triton' && serve.config !== undefined) {
      const c = await checkConfigFile(
        m,
        serve.config,
        [...at, 'serve', 'config'],
        map,
        paths,
        checked,
      );
      findings.push(...c.findings);
      userConfig = c.config;
    }
    if (t.load?.batch_size !== undefined && m.serving.mode === 'batch')
      checkBatch(m, t, t.load.batch_size, at, userConfig, error);
  }
  if (m.compatibility.targets.some((t) => t.serve !== undefined)) {
    try {
      servedVersion(m.model.version);
    } catch (err) {
      if (!(err instanceof LayoutError)) throw err;
      error('serve-version-number', `${err.message} (serving targets need it)`, [
        'model',
        'version',
      ]);
    }
  }
  return findings;
}

type ErrorAt = (rule: string, message: string, at: (string | number)[], key?: boolean) => void;

/** A user's config.pbtxt as read: its text, and its name as findings show it. */
interface ConfigFile {
  text: string;
  shown: string;
}

/**
 * Serving mode batch: each load-test request stacks `rows` rows along the leading dimension of
 * every input, so the signature must give every input one (-1 first), and Triton refuses a
 * request of more rows than the config's max_batch_size (above 0; 0 means the shapes are
 * served whole, the -1 included, and bound nothing).
 */
function checkBatch(
  m: Manifest,
  t: Target,
  rows: number,
  at: (string | number)[],
  userConfig: ConfigFile | undefined,
  error: ErrorAt,
): void {
  const key = [...at, 'load', 'batch_size'];
  const sends = `serving.mode batch sends ${rows} rows a request (load.batch_size)`;
  const signature = m.model.signature;
  if (signature === undefined) {
    error(
      'load-batch-needs-signature',
      `target \`${t.name}\`: ${sends} along each input's batch dimension, which \`model.signature\` must give (a leading -1); add the signature`,
      key,
      true,
    );
    return;
  }
  const unbatched = signature.inputs.find((x) => x.shape[0] !== -1);
  if (unbatched !== undefined) {
    error(
      'load-batch-dimension',
      `target \`${t.name}\`: ${sends} along the leading batch dimension, but input \`${unbatched.name}\` has shape [${unbatched.shape.join(', ')}], which starts with none (-1); batch mode needs a model that takes a batch`,
      key,
      true,
    );
    return;
  }
  if (t.serve?.layout !== 'triton') return;
  // A config given but not read is reported already: its max_batch_size is unknown.
  if (t.serve.config !== undefined && userConfig === undefined) return;
  const max = tritonMaxBatch(signature, userConfig);
  if (max !== undefined && max.value > 0 && rows > max.value) {
    error(
      'load-batch-over-max-batch-size',
      `target \`${t.name}\`: load.batch_size ${rows} is over max_batch_size ${max.value} of ${max.of}, and Triton refuses a request of more rows; lower load.batch_size${userConfig ? ' or raise max_batch_size' : ' or give serve.config'}`,
      key,
      true,
    );
  }
}

/** The max_batch_size of the target's config.pbtxt and where it is set; undefined when unknown. */
function tritonMaxBatch(
  signature: Signature,
  userConfig: ConfigFile | undefined,
): { value: number; of: string } | undefined {
  if (userConfig === undefined) {
    return {
      value: signatureBatches(signature) ? GENERATED_MAX_BATCH_SIZE : 0,
      of: 'the config.pbtxt modelgate generates',
    };
  }
  const c = maxBatchSizeOf(userConfig.text, userConfig.shown);
  return c && { value: c.value, of: `${userConfig.shown}${c.at ? ` (line ${c.at.line})` : ''}` };
}

/**
 * A user's config.pbtxt: resolved inside the repository as artifacts are, read, and checked
 * against the signature with findings at the config's own lines. `checked` keeps each file
 * read, so that two targets sharing one get its findings once and its text both.
 */
async function checkConfigFile(
  m: Manifest,
  config: string,
  at: (string | number)[],
  map: SourceMap,
  paths: ManifestPaths,
  checked: Map<string, ConfigFile | undefined>,
): Promise<{ findings: Finding[]; config?: ConfigFile }> {
  const here = (rule: string, message: string) => ({
    findings: [{ severity: 'error' as const, rule, message, location: map.locate(at) }],
  });
  const r = await resolveInside(paths.root, paths.dir, config);
  if (!r.ok) {
    return here('path-outside-repository', `serve.config \`${config}\` is refused: ${r.reason}`);
  }
  if (!r.exists) return here('serve-config-missing', `serve.config \`${config}\` does not exist`);
  if (checked.has(r.path)) return { findings: [], config: checked.get(r.path) };
  checked.set(r.path, undefined);
  const st = await stat(r.path);
  if (!st.isFile()) return here('serve-config-missing', `serve.config \`${config}\` is not a file`);
  if (st.size > MAX_TRITON_CONFIG_BYTES) {
    return here(
      'serve-config-too-large',
      `serve.config \`${config}\` is ${st.size} bytes; a config.pbtxt is at most ${MAX_TRITON_CONFIG_BYTES}`,
    );
  }
  const file: ConfigFile = { text: await readFile(r.path, 'utf8'), shown: paths.display(r.path) };
  checked.set(r.path, file);
  return {
    findings: checkTritonConfig(
      file.text,
      file.shown,
      m.model.signature,
      m.model.name,
      m.model.framework,
    ),
    config: file,
  };
}
