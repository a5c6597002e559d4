/**
 * Where a serving platform reads a version's model files. The registry keeps artifacts
 * content-addressed (`blobs/sha256/<digest>`) and its version URI is a JSON record, not a
 * model folder: so either the manifest says where the files are (`deploy.storage_uri`), or
 * a model of exactly one artifact is read from that artifact's blob.
 */
import type { Platform, PlatformSettings } from './index.js';

/** `{{model}}` or `{{version}}`, spaces allowed inside the braces as in analysis queries. */
const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** The placeholders a `storage_uri` may use. */
export const STORAGE_URI_PLACEHOLDERS = ['model', 'version'] as const;

/** The placeholders of a template, in order, known or not. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** `deploy.storage_uri` for one version. */
export function expandStorageUri(template: string, model: string, version: string): string {
  return template.replace(PLACEHOLDER, (whole, key: string) =>
    key === 'model' ? model : key === 'version' ? version : whole,
  );
}

/**
 * The configured platforms that read a version's model files: KServe always (its
 * `storageUri`), SageMaker when modelgate creates the models (their `ModelDataUrl`). Vertex
 * AI and Azure ML are told deployment names only.
 */
export function modelUriReaders(s: PlatformSettings): Platform[] {
  return [
    ...(s.kserve ? (['kserve'] as const) : []),
    ...(s.sagemaker?.image && s.sagemaker.execution_role_arn ? (['sagemaker'] as const) : []),
  ];
}
