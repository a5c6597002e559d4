import type { Finding } from '../findings.js';
import type { ManifestPaths } from './semantics.js';
import type { Framework, Manifest, ServeLayout } from './types.js';
import type { SourceMap } from './yaml.js';

/**
 * What each layout's server can load, following the real servers, not a stand-in:
 *
 * | layout    | framework  | file in `<model>/<version>/`   | Triton platform / backend |
 * |-----------|------------|--------------------------------|---------------------------|
 * | triton    | onnx       | model.onnx                     | onnxruntime_onnx          |
 * | triton    | pytorch    | model.pt (TorchScript only)    | pytorch_libtorch          |
 * | triton    | tensorflow | model.savedmodel/ (SavedModel) | tensorflow_savedmodel     |
 * | tfserving | tensorflow | saved_model.pb + variables/    | (TF Serving itself)       |
 *
 * Triton's TensorRT backend (model.plan) has no framework of its own in the manifest, and its
 * FIL and Python backends need files modelgate does not lay out, so sklearn, xgboost,
 * safetensors, gguf and custom models are refused on both layouts. TF Serving loads only
 * SavedModels: it has no ONNX or scikit-learn servable.
 */
export const SERVABLE: Record<ServeLayout, readonly Framework[]> = {
  triton: ['onnx', 'pytorch', 'tensorflow'],
  tfserving: ['tensorflow'],
};

/** The checks of serving targets (`serve`, `load`) that the schema cannot express. */
export async function checkServingTargets(
  m: Manifest,
  map: SourceMap,
  paths: ManifestPaths,
): Promise<Finding[]> {
  void paths;
  const findings: Finding[] = [];
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
  }
  return findings;
}
