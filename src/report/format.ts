/** Sizes in decimal units, as people read them in a report. */
export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

/** A size change: `+1.2 MB`, `−300 B`, `±0 B`. */
export function formatSignedBytes(delta: number): string {
  if (delta === 0) return '±0 B';
  return `${delta > 0 ? '+' : '−'}${formatBytes(Math.abs(delta))}`;
}

export function formatMs(ms: number): string {
  return ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

/** Numerical errors span many orders of magnitude: two significant digits say enough. */
export function formatError(x: number): string {
  return x === 0 ? '0' : x.toExponential(1);
}

export function shortDigest(d: string | undefined): string {
  return d ? d.slice(0, 12) : '—';
}

/**
 * Escapes text for one Markdown table cell. Text written by others (a finding's message, a
 * pickle global from the pull request under review) must not break the table, open HTML or
 * fake the comment's hidden markers: newlines, pipes and angle brackets are neutralised.
 * Code spans the text carries (`` `path` ``) stay code spans, whose content is literal.
 */
export function cell(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .split(/(`+[^`]*?`+)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
    .join('')
    .replace(/\|/g, '\\|');
}

function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A run of backticks longer than any in `text` (and at least `min`), to fence it as code. */
export function fenceFor(text: string, min = 1): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(Math.max(min, longest + 1));
}

/** Any text as one inline code span in a table cell, whatever backticks it holds. */
export function code(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const fence = fenceFor(flat);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}
