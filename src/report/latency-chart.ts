import type { LoadResult } from '../serving/load.js';

/**
 * The latency distribution of a load test as a Mermaid bar chart that GitHub renders in a job
 * summary or a comment: one bar per histogram bucket, labelled with the bucket's upper bound
 * in ms, the bar's height the requests answered within it. A test with no successful request
 * has nothing to chart: it gets one line of text saying so instead.
 */
export function latencyChart(result: LoadResult, title: string): string {
  if (result.histogram.length === 0)
    return `_${text(title)}: no successful request, no latency to chart._`;
  const labels = result.histogram.map((b) => `"≤${label(b.le_ms)}"`);
  const counts = result.histogram.map((b) => b.count);
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${text(title)}"`,
    `    x-axis "latency (ms)" [${labels.join(', ')}]`,
    `    y-axis "requests" 0 --> ${Math.max(1, ...counts)}`,
    `    bar [${counts.join(', ')}]`,
    '```',
  ].join('\n');
}

/** A bucket bound: the buckets are cut at two significant digits, the last at the slowest answer. */
function label(ms: number): string {
  return String(Number(ms.toPrecision(3)));
}

/** Mermaid's strings end at a double quote and its statements at a newline; neither may pass. */
function text(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/"/g, "'")
    .replace(/`/g, "'");
}
