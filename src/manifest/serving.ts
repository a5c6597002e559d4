import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../findings.js';
import {
  checkTritonConfig,
  GENERATED_MAX_BATCH_SIZE,
  signatureBatches,
  TRITON_DATA_TYPE,
  TRITON_UNSUPPORTED,
} from '../serving/triton-config.js';
import { LayoutError, placeArtifacts, servedVersion } from '../serving/layout.js';
import { resolveInside } from './paths.js';
import type { ManifestPaths } from './semantics.js';
import type { Framework, Manifest, ServeLayout, ServeProtocol } from './types.js';
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
  const checked = new Set<string>();
  const error = (rule: string, message: string, at: (string | number)[], key = false) =>
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
    if (serve.layout === 'triton' && serve.config !== undefined) {
      findings.push(
        ...(await checkConfigFile(
          m,
          serve.config,
          [...at, 'serve', 'config'],
          map,
          paths,
          checked,
        )),
      );
    }
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

/**
 * A user's config.pbtxt: resolved inside the repository as artifacts are, read, and checked
 * against the signature with findings at the config's own lines.
 */
async function checkConfigFile(
  m: Manifest,
  config: string,
  at: (string | number)[],
  map: SourceMap,
  paths: ManifestPaths,
  checked: Set<string>,
): Promise<Finding[]> {
  const here = (rule: string, message: string): Finding[] => [
    { severity: 'error', rule, message, location: map.locate(at) },
  ];
  const r = await resolveInside(paths.root, paths.dir, config);
  if (!r.ok) {
    return here('path-outside-repository', `serve.config \`${config}\` is refused: ${r.reason}`);
  }
  if (!r.exists) return here('serve-config-missing', `serve.config \`${config}\` does not exist`);
  if (checked.has(r.path)) return [];
  checked.add(r.path);
  const st = await stat(r.path);
  if (!st.isFile()) return here('serve-config-missing', `serve.config \`${config}\` is not a file`);
  if (st.size > MAX_TRITON_CONFIG_BYTES) {
    return here(
      'serve-config-too-large',
      `serve.config \`${config}\` is ${st.size} bytes; a config.pbtxt is at most ${MAX_TRITON_CONFIG_BYTES}`,
    );
  }
  const text = await readFile(r.path, 'utf8');
  return checkTritonConfig(
    text,
    paths.display(r.path),
    m.model.signature,
    m.model.name,
    m.model.framework,
  );
}
