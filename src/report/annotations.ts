import type { Finding, Severity } from '../findings.js';
import { findingsTable } from './markdown.js';

/** GitHub shows at most this many annotations of each type per step. */
export const ANNOTATIONS_PER_TYPE = 10;

/**
 * Splits findings that point at a file into those GitHub will show as annotations (the
 * first ten of each severity) and the rest, which go to the job summary instead.
 */
export function splitAnnotations(findings: readonly Finding[], limit = ANNOTATIONS_PER_TYPE) {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotated: Finding[] = [];
  const overflow: Finding[] = [];
  for (const f of findings) {
    if (!f.location) continue;
    if (counts[f.severity] < limit) {
      counts[f.severity]++;
      annotated.push(f);
    } else {
      overflow.push(f);
    }
  }
  return { annotated, overflow };
}

export function renderOverflow(overflow: readonly Finding[]): string {
  if (overflow.length === 0) return '';
  const heading = `${overflow.length} more finding${overflow.length === 1 ? '' : 's'} (GitHub shows ${ANNOTATIONS_PER_TYPE} annotations of each type)`;
  return ['', ...findingsTable(overflow, {}, heading)].join('\n');
}
