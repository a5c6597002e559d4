import type { Content, ScanContext } from './content.js';
import { tarMembers } from './tarfile.js';

/** As for zip: model archives hold at most thousands of members. */
const MAX_MEMBERS = 100_000;
/**
 * The members torch.load's legacy_load (torch/serialization.py) reads from a tar checkpoint,
 * by exact name, the last of each name winning (tarfile.getmember). `storages` and `tensors`
 * hold pickles between raw bytes (storage data sized by the pickle before it, tensor shapes);
 * `pickle` is one pickle, read with a persistent_load that only looks keys up.
 */
const TORCH_INTERLEAVED = new Set(['storages', 'tensors']);
const TORCH_MEMBERS = new Set(['sys_info', 'pickle', 'storages', 'tensors']);

/** A member name that would be written outside the folder an archive is extracted to. */
function escapesRoot(name: string): boolean {
  if (name.includes('\0') || /^([\\/]|[a-zA-Z]:)/.test(name)) return true;
  return name.split(/[\\/]/).includes('..');
}

/**
 * Scans every member of a tar archive by its content, streaming (a member is read once, as it
 * passes), and checks its structure: links, names that escape the extraction folder, member
 * count. A legacy torch checkpoint's `storages` and `tensors` are walked as pickles, as torch
 * reads their first pickles; the raw bytes between their pickles are not modelled, so such a
 * member is an error rather than ever passing on bytes Python would run.
 */
export async function scanTar(c: Content, ctx: ScanContext): Promise<string> {
  const names = new Set<string>();
  let members = 0;
  const unreadable = (message: string) =>
    ctx.add({ verdict: 'error', rule: 'tar-unreadable', message: `the archive ${message}` });
  try {
    for await (const m of tarMembers(c.bytes, unreadable)) {
      const name = m.name;
      const add = (verdict: 'error' | 'unsafe', rule: string, message: string) =>
        ctx.add({ verdict, rule, message: `member ${JSON.stringify(name)}: ${message}` });
      if (++members > MAX_MEMBERS) {
        ctx.add({
          verdict: 'error',
          rule: 'tar-too-many-members',
          message: `the archive has more than ${MAX_MEMBERS} members; the rest are not inspected`,
        });
        break;
      }
      names.add(name);
      if (escapesRoot(name))
        add('unsafe', 'tar-path-escape', 'its name escapes the archive root when extracted');
      if (m.ambiguous)
        add(
          'error',
          'tar-ambiguous-header',
          `${m.ambiguous}: tar readers disagree on where its data ends, so other members may hide in it`,
        );
      if (m.type === '1' || m.type === '2') {
        // tarfile.extract makes the link and torch then opens it: a file outside the archive.
        add(
          'unsafe',
          'tar-link',
          `it is a ${m.type === '2' ? 'symbolic' : 'hard'} link to ${JSON.stringify(m.linkname)}: extracted, it points wherever its author chose`,
        );
        continue;
      }
      // tarfile reads a member of a type it does not know as a regular file.
      if (!m.data || m.size === 0) continue;
      if (TORCH_INTERLEAVED.has(name))
        add(
          'error',
          'tar-torch-raw-bytes',
          'torch.load reads pickles between raw storage or tensor bytes here; the scanner walks the pickles up to the first raw bytes and cannot size the rest, so they cannot be proven safe',
        );
      await ctx.scan({ size: m.size, bytes: m.data }, name);
    }
  } catch (err) {
    if (err instanceof TypeError || err instanceof ReferenceError) throw err;
    unreadable(`cannot be read completely: ${(err as Error).message}`);
  }
  return [...TORCH_MEMBERS].some((m) => m !== 'sys_info' && names.has(m)) && names.has('storages')
    ? 'pytorch-legacy-tar'
    : 'tar';
}
