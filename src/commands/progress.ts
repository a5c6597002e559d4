import { formatBytes } from '../report/format.js';
import type { Logger } from './command.js';

/** Below this size hashing is instant and progress lines would only be noise. */
const QUIET_BELOW = 64 * 1024 * 1024;
const EVERY_MS = 2000;

/**
 * A progress callback for long byte-wise work (hashing, scanning, uploading) that logs at
 * most every two seconds, and only for files large enough to take that long.
 */
export function progressReporter(log: Logger, now: () => number = Date.now) {
  let last = now();
  return (name: string, done: number, total: number): void => {
    if (total < QUIET_BELOW) return;
    const t = now();
    if (t - last < EVERY_MS && done < total) return;
    last = t;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    log.progress(`${name}: ${pct}% (${formatBytes(done)} of ${formatBytes(total)})`);
  };
}
