import { looksLikePickle } from './pickle.js';
import { checksumOk } from './tarfile.js';

/**
 * What a stream's first bytes say it is. The extension is never consulted: a `.bin` may be a
 * pickle and a `.safetensors` a zip. Containers (zip) and pickles are refined later from
 * their contents (PyTorch checkpoint, npz, Keras, joblib, legacy torch). A TensorRT engine
 * (`.plan`) stays `unknown`: its serialization is TensorRT's own and undocumented, so no
 * signature of it can be justified here.
 */
export type Sniffed =
  | 'zip'
  | 'pickle'
  | 'npy'
  | 'safetensors'
  | 'gguf'
  | 'onnx'
  | 'tf-savedmodel'
  | 'hdf5'
  | 'json'
  | 'gzip'
  | 'zlib'
  | 'bz2'
  | 'xz'
  | 'lzma'
  | 'lz4'
  | 'zstd'
  | 'joblib-zfile'
  | 'tar'
  | 'empty'
  | 'unknown';

/** Enough bytes to decide every format above. */
export const HEAD_BYTES = 4096;

const HDF5_MAGIC = Buffer.from('\x89HDF\r\n\x1a\n', 'latin1');
/** ModelProto fields that follow `ir_version` in files written by onnx and its exporters. */
const ONNX_NEXT_TAGS = new Set([0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72, 0xa2, 0xca]);

function startsWith(head: Buffer, magic: string | Buffer): boolean {
  const m = typeof magic === 'string' ? Buffer.from(magic, 'latin1') : magic;
  return head.length >= m.length && head.subarray(0, m.length).equals(m);
}

/**
 * `head` is the first HEAD_BYTES of a stream, or all of it when it is shorter; `size` the
 * stream's, where known.
 */
export function sniff(head: Buffer, size?: number): Sniffed {
  if (head.length === 0) return 'empty';
  if (startsWith(head, 'PK\x03\x04') || startsWith(head, 'PK\x05\x06')) return 'zip';
  if (startsWith(head, '\x93NUMPY')) return 'npy';
  if (startsWith(head, 'GGUF')) return 'gguf';
  if (startsWith(head, HDF5_MAGIC)) return 'hdf5';
  if (startsWith(head, '\x1f\x8b')) return 'gzip';
  if (startsWith(head, 'BZh')) return 'bz2';
  if (startsWith(head, '\xfd7zXZ\x00')) return 'xz';
  if (startsWith(head, '\x04\x22\x4d\x18')) return 'lz4';
  if (startsWith(head, '\x28\xb5\x2f\xfd')) return 'zstd';
  if (head.length >= 2 && head[0] === 0x78 && (head[0]! * 256 + head[1]!) % 31 === 0) return 'zlib';
  // joblib takes any stream that opens with these two bytes for lzma (the dictionary size that
  // follows may be 4 KiB: 00 10 00 00), and `ZF` for its pre-0.9.3 zlib format.
  if (head.length >= 2 && head[0] === 0x5d && head[1] === 0) return 'lzma';
  if (startsWith(head, 'ZF')) return 'joblib-zfile';
  if (isTar(head)) return 'tar';
  if (isSafetensors(head)) return 'safetensors';
  if (head.length >= 3 && head[0] === 0x08 && head[1] === 0x01 && head[2] === 0x12)
    return 'tf-savedmodel';
  if (isOnnx(head)) return 'onnx';
  if (looksLikePickle(head, size)) return 'pickle';
  // json.loads reads UTF-8 (with or without BOM), UTF-16 and UTF-32: NULs and BOMs dropped.
  const text = head
    .toString('latin1', 0, Math.min(head.length, 256))
    .replace(/\0/g, '')
    .replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  return 'unknown';
}

/**
 * A tar header as Python's tarfile accepts it: any format (V7 has no magic), recognised by its
 * checksum. torch.load still reads its legacy tar checkpoints, whose members are pickles.
 */
function isTar(head: Buffer): boolean {
  return head.length >= 512 && checksumOk(head.subarray(0, 512)).ok;
}

/** The length is not checked against the file: a truncated safetensors file is still one. */
function isSafetensors(head: Buffer): boolean {
  if (head.length < 10) return false;
  const n = head.readBigUInt64LE(0);
  return n >= 2n && n < 1n << 40n && head[8] === 0x7b; // '{'
}

function isOnnx(head: Buffer): boolean {
  if (head.length < 3 || head[0] !== 0x08) return false;
  const ir = head[1]!;
  return ir >= 2 && ir <= 15 && ONNX_NEXT_TAGS.has(head[2]!);
}
