import { once } from 'node:events';
import { Readable } from 'node:stream';
import { ByteReader } from './bytes.js';

/**
 * Tar members as Python's tarfile (3.11, which torch.load's legacy_load uses) finds them: the
 * header fields read by `nti`/`nts`, checksums as `calc_chksums`, GNU long names, PAX records
 * parsed as `_proc_pax` and applied as `_apply_pax_info`, data skipped only for the types
 * tarfile skips it for. Another reader (a JavaScript tar library, GNU tar) may draw the member boundaries
 * elsewhere; where a header holds a number in a spelling readers are known to disagree on (an
 * underscore, a sign, spaces inside), the member is marked `ambiguous`.
 */

const BLOCK = 512;
/** What str.strip() and int() drop around ASCII text: whitespace, separators \x1c-\x1f included. */
// eslint-disable-next-line no-control-regex -- these control characters are what Python strips
const PY_SPACE = /^[ \t\n\r\x0b\x0c\x1c-\x1f]+|[ \t\n\r\x0b\x0c\x1c-\x1f]+$/g;

export interface TarMember {
  name: string;
  /** The typeflag byte as tarfile keeps it ('0', '\0', '5', '2', 'x', …). */
  type: string;
  size: number;
  linkname: string;
  /** A number in the header or its PAX record that readers spell-check differently. */
  ambiguous?: string;
  /** The member's bytes, for regular files and types tarfile does not know. */
  data?: ByteReader;
}

/** Types whose data tarfile skips over (regular files, and every type it does not support). */
const SUPPORTED = new Set([
  '0',
  '\0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  'L',
  'K',
  'S',
  'x',
  'g',
  'X',
]);
/** tarfile's REGULAR_TYPES: GNU sparse members are files too, reassembled from their map. */
const REGULAR = new Set(['0', '\0', '7', 'S']);

function nts(b: Buffer): string {
  const i = b.indexOf(0);
  return (i < 0 ? b : b.subarray(0, i)).toString('utf8');
}

/** `nti`, and whether the spelling is one only Python's int() reads this way. */
export function nti(field: Buffer): { value: number; odd: boolean } | undefined {
  if (field[0] === 0x80 || field[0] === 0xff) {
    let n = 0;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i]!;
    return { value: field[0] === 0xff ? n - 256 ** (field.length - 1) : n, odd: false };
  }
  const text = field.toString('latin1').split('\0')[0]!;
  const stripped = text.replace(PY_SPACE, '') || '0';
  const m = /^([+-]?)([0-7](?:_?[0-7])*)$/.exec(stripped);
  if (!m) return undefined;
  const n = parseInt(m[2]!.replace(/_/g, ''), 8);
  return { value: m[1] === '-' ? -n : n, odd: m[1] !== '' || m[2]!.includes('_') };
}

/** Whether a 512-byte block is a tar header tarfile accepts (its checksum, read by `nti`). */
export function checksumOk(h: Buffer): { ok: boolean; odd: boolean } {
  const want = nti(h.subarray(148, 156));
  if (!want) return { ok: false, odd: false };
  let unsigned = 8 * 0x20;
  let signed = 8 * 0x20;
  for (let i = 0; i < BLOCK; i++) {
    if (i >= 148 && i < 156) continue;
    unsigned += h[i]!;
    signed += h[i]! < 128 ? h[i]! : h[i]! - 256;
  }
  return { ok: want.value === unsigned || want.value === signed, odd: want.odd };
}

/** `_proc_pax`'s records: `%d %s=%s\n`, the length counting the whole record. */
function paxRecords(buf: Buffer): { records: Map<string, string>; odd?: string } {
  const records = new Map<string, string>();
  let pos = 0;
  let odd: string | undefined;
  const re = /^(\d+) ([^=]+)=/;
  while (pos < buf.length) {
    const m = re.exec(buf.toString('latin1', pos, Math.min(buf.length, pos + 1024)));
    if (!m) break;
    const length = Number(m[1]);
    if (length === 0) break;
    const keyword = m[2]!;
    const start = pos + m[1]!.length + 1 + Buffer.byteLength(keyword, 'latin1') + 1;
    const value = buf.toString('utf8', start, pos + length - 1);
    if (/^0\d/.test(m[1]!)) odd = `a PAX record length written ${m[1]}`;
    records.set(Buffer.from(keyword, 'latin1').toString('utf8'), value);
    pos += length;
  }
  return { records, odd };
}

/** PAX numbers tarfile reads with int(): readers that do not would size the member otherwise. */
const PAX_NUMBERS = new Set(['size', 'uid', 'gid']);

/**
 * The members of a tar stream, in order, as tarfile lists them; iteration ends where tarfile
 * stops (an end block, a header it cannot read after the first). The caller must consume or
 * drain each member's `data` before asking for the next. `problem` hears of what tarfile would
 * refuse outright.
 */
export async function* tarMembers(
  bytes: ByteReader,
  problem: (message: string) => void,
): AsyncGenerator<TarMember> {
  let first = true;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax = new Map<string, string>();
  let paxOdd: string | undefined;
  /** The last header was an extended (PAX) one: the next belongs to the same member. */
  let paxChained = false;
  const globalPax = new Map<string, string>();
  for (;;) {
    const h = Buffer.from(await bytes.peek(BLOCK));
    if (h.length === 0 && !first) return;
    if (h.length < BLOCK) {
      // tarfile stops quietly at a cut header after the first; the scanner calls the archive
      // what it is, cut short.
      problem(first ? 'holds no complete header' : 'ends in the middle of a header');
      return;
    }
    await bytes.skip(BLOCK);
    if (h.every((b) => b === 0)) return;
    const sum = checksumOk(h);
    if (!sum.ok) {
      // tarfile refuses a first bad header and stops quietly at a later one.
      problem(
        first
          ? 'its first header has a bad checksum'
          : 'a header has a bad checksum: tarfile stops there',
      );
      return;
    }
    first = false;
    const size = nti(h.subarray(124, 136));
    if (!size || size.value < 0) {
      problem('has a header whose size tarfile cannot read');
      return;
    }
    const type = String.fromCharCode(h[156]!);
    const blocks = Math.ceil(size.value / BLOCK) * BLOCK;
    if (type === 'L' || type === 'K') {
      const text = nts(await bytes.read(blocks).then((b) => b.subarray(0, size.value)));
      if (type === 'L') longName = text;
      else longLink = text;
      continue;
    }
    if (type === 'x' || type === 'g' || type === 'X') {
      const parsed = paxRecords((await bytes.read(blocks)).subarray(0, size.value));
      if (type === 'g') for (const [k, v] of parsed.records) globalPax.set(k, v);
      else {
        // _proc_pax reads on recursively: of two extended headers in a row, the first one's
        // records are applied last, and win.
        const chained = paxChained;
        pax = new Map([...globalPax, ...parsed.records, ...(chained ? pax : [])]);
        paxOdd = parsed.odd ?? paxOdd ?? (chained ? 'two extended headers in a row' : undefined);
        paxChained = true;
      }
      continue;
    }
    let name = nts(h.subarray(0, 100));
    const prefix = nts(h.subarray(345, 500));
    let effType = type;
    // Only the old V7 regular type with a trailing slash is a folder to tarfile.
    if (effType === '\0' && name.endsWith('/')) effType = '5';
    if (effType === '5') name = name.replace(/\/+$/, '');
    if (prefix && !['L', 'K', 'S'].includes(effType)) name = `${prefix}/${name}`;
    let linkname = nts(h.subarray(157, 257));
    if (longName !== undefined) name = longName;
    if (longLink !== undefined) linkname = longLink;
    let memberSize = size.value;
    let ambiguous =
      paxOdd ??
      (size.odd ? `its size is written ${JSON.stringify(nts(h.subarray(124, 136)))}` : undefined);
    if (sum.odd) ambiguous ??= 'its checksum is written with a sign or underscores';
    if (effType === 'S')
      ambiguous ??= 'it is a GNU sparse member, which tarfile reassembles from its map';
    for (const [k, v] of pax) {
      // tarfile changes a member's size (and so what it extracts) for these, but not where the
      // next header is: the scanner does not model the GNU sparse formats.
      if (k.startsWith('GNU.sparse.'))
        ambiguous ??= `its PAX record ${k}, which tarfile reads as a sparse map`;
      if (k === 'path') name = v;
      else if (k === 'linkpath') linkname = v;
      else if (PAX_NUMBERS.has(k)) {
        if (!/^\d+$/.test(v)) ambiguous ??= `its PAX ${k} is written ${JSON.stringify(v)}`;
        const n = Number(v.replace(/_/g, '').replace(PY_SPACE, ''));
        if (k === 'size') memberSize = Number.isSafeInteger(n) ? n : 0;
      }
    }
    longName = longLink = undefined;
    pax = new Map();
    paxOdd = undefined;
    paxChained = false;
    const hasData = REGULAR.has(effType) || !SUPPORTED.has(effType);
    const skip = hasData ? Math.ceil(memberSize / BLOCK) * BLOCK : 0;
    if (!hasData) {
      yield { name, type: effType, size: memberSize, linkname, ambiguous };
      continue;
    }
    let left = memberSize;
    const source = Readable.from(
      (async function* () {
        while (left > 0) {
          const chunk = await bytes.read(Math.min(left, 1 << 20));
          left -= chunk.length;
          yield Buffer.from(chunk);
        }
      })(),
    );
    yield {
      name,
      type: effType,
      size: memberSize,
      linkname,
      ambiguous,
      data: new ByteReader(source),
    };
    // The stream may still be reading ahead: let it stop before reading on here.
    if (!source.closed) {
      const closed = once(source, 'close');
      source.destroy();
      await closed;
    }
    // Whatever the caller left of the member, then the padding to the next block.
    while (left > 0) {
      const chunk = await bytes.read(Math.min(left, 1 << 20));
      left -= chunk.length;
    }
    if (skip > memberSize) await bytes.skip(skip - memberSize);
  }
}
