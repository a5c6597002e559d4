import type { ByteReader, RandomAccess } from './bytes.js';
import type { ArtifactVerdict, ScanPolicy } from './inspect.js';

/** One thing the scanner found, with the verdict it forces on the file it is in. */
export interface ScanFinding {
  verdict: ArtifactVerdict;
  rule: string;
  message: string;
  /** The imported `module.name`, for pickle findings. */
  global?: string;
  /** Where inside an archive, e.g. `archive/data.pkl` or `a.zip!inner.npy`. */
  member?: string;
  /**
   * The loader whose reading of the bytes produced the finding (`pickle.load`, `joblib.load`,
   * `torch.load`, `numpy.load`, `onnx`, `jinja2`, …): the same bytes mean different things to
   * different loaders, and the user must know which one the finding is about.
   */
  loader?: string;
}

/** The bytes of a file, an archive member or a decompressed stream. */
export interface Content {
  /** Declared size, where known (unknown for a decompressed stream). */
  size?: number;
  bytes: ByteReader;
  /** Present when the same bytes can also be read at any offset (files, stored members). */
  random?: RandomAccess;
}

export interface ScanContext {
  policy: ScanPolicy;
  /** Archive member path, '' for the file itself. */
  member: string;
  /** 1 for the file itself, one more for each archive or compressed stream it is inside. */
  depth: number;
  /** Folder of the file on disk: external data of an ONNX model must stay inside it. */
  dir: string;
  /**
   * A hint from the content's surroundings: `saved_model.pb` in a SavedModel folder, a torch
   * archive's storage record (`data/<key>`), which torch.load reads as raw tensor bytes only, or
   * an archive's `*.json` member, which Keras reads with json.loads whatever it looks like.
   */
  hint?: 'tf-savedmodel' | 'raw-storage' | 'json' | 'pickle';
  add(f: Omit<ScanFinding, 'member'>): void;
  /** Scans nested content (an archive member, a decompressed stream); returns its format. */
  scan(content: Content, member: string, hint?: ScanContext['hint']): Promise<string>;
}

/** How deep archives and compressed streams may nest before the scanner gives up (an error). */
export const MAX_DEPTH = 5;
