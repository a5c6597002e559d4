import type { Content, ScanContext } from './content.js';

const MAX_HEADER = 1024 * 1024;
/** dtype strings numpy reads as Python objects: `O`, `|O8`, `object`, `object_`, `object0`. */
const OBJECT_DTYPE = /^[<>|=]?(O\d*|object_?\d*)$/;

/**
 * numpy reads the header with `ast.literal_eval` and unpickles the data when any field of the
 * dtype holds objects. Objects are assumed unless every string in the header is read exactly
 * as Python reads it: no escapes (`'\x4f'` is `O`), no comments, no triple quotes, no
 * adjacent literals (`'ob' 'ject'` is one string).
 */
function mayHoldObjects(header: string): boolean {
  if (/[\\#]|'''|"""/.test(header)) return true;
  let end = -1;
  for (const m of header.matchAll(/(['"])(.*?)\1/g)) {
    if (OBJECT_DTYPE.test(m[2]!)) return true;
    if (end >= 0 && /^\s*[a-zA-Z]{0,2}$/.test(header.slice(end, m.index))) return true;
    end = m.index + m[0].length;
  }
  return false;
}

/**
 * A NumPy `.npy` array: a Python-literal header, then either raw data (whose size must match
 * the header) or, for object arrays, a pickle, which is scanned like any other.
 */
export async function scanNpy(
  c: Content,
  ctx: ScanContext,
  scanPickle: (rest: Content) => Promise<unknown>,
): Promise<string> {
  const bad = (message: string) => ctx.add({ verdict: 'error', rule: 'npy-invalid', message });
  const pre = await c.bytes.read(8);
  const major = pre[6]!;
  if (major < 1 || major > 3) {
    bad(`unsupported .npy version ${major}`);
    return 'npy';
  }
  const lenBytes = major === 1 ? 2 : 4;
  const lb = await c.bytes.read(lenBytes);
  const headerLen = lenBytes === 2 ? lb.readUInt16LE(0) : lb.readUInt32LE(0);
  if (headerLen > MAX_HEADER) {
    bad(`the header claims ${headerLen} bytes`);
    return 'npy';
  }
  const header = (await c.bytes.read(headerLen)).toString(major === 3 ? 'utf8' : 'latin1');
  const descr = /['"]descr['"]\s*:\s*(['"])(.*?)\1/.exec(header)?.[2];
  const structured = /['"]descr['"]\s*:\s*\[/.test(header);
  const shapeText = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if ((descr === undefined && !structured) || shapeText === undefined) {
    bad('the header has no readable descr and shape');
    return 'npy';
  }
  if (mayHoldObjects(header)) {
    await scanPickle({ bytes: c.bytes });
    return 'npy';
  }
  const dims = shapeText
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map(Number);
  const size = /^[<>|=]?([a-zA-Z])(\d+)$/.exec(descr ?? '');
  if (!size || dims.some((d) => !Number.isSafeInteger(d) || d < 0)) return 'npy';
  const expected = dims.reduce((a, d) => a * d, 1) * Number(size[2]) * (size[1] === 'U' ? 4 : 1);
  const dataSize = c.size !== undefined ? c.size - c.bytes.position : await c.bytes.drain();
  if (dataSize !== expected)
    bad(`the header describes ${expected} bytes of data, the file holds ${dataSize}`);
  return 'npy';
}
