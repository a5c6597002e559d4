/** GitHub drops a step's job summary larger than this many bytes. */
export const SUMMARY_LIMIT = 1024 * 1024;

/**
 * Cuts Markdown at a line boundary so that it measures at most `max` (characters unless told
 * otherwise), closes the `<details>` left open so the rest of the page renders, and ends
 * with `note`.
 */
export function truncateMarkdown(
  markdown: string,
  max: number,
  note: string,
  measure: (s: string) => number = (s) => s.length,
): string {
  let size = measure(markdown);
  if (size <= max) return markdown;
  let cut = markdown;
  let excess = size - max + measure(note) + 2;
  for (;;) {
    // A character measures at least 1: dropping `excess` characters drops at least as much.
    cut = cut.slice(0, Math.max(0, cut.length - excess));
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    const unclosed =
      (cut.match(/<details/g)?.length ?? 0) - (cut.match(/<\/details>/g)?.length ?? 0);
    const out = `${cut}\n${'\n</details>\n'.repeat(Math.max(0, unclosed))}\n${note}`;
    size = measure(out);
    if (size <= max) return out;
    if (cut === '') return note.slice(0, max);
    excess = size - max;
  }
}

/** The job summary, cut to what GitHub accepts; the report file keeps the whole of it. */
export function fitSummary(markdown: string): string {
  return truncateMarkdown(
    markdown,
    SUMMARY_LIMIT,
    "✂️ Cut to fit GitHub's 1 MiB job summary: the whole report is the file named by this step's `report-path` output (upload it as an artifact to keep it).",
    (s) => Buffer.byteLength(s),
  );
}
