import { code } from './format.js';
import { truncateMarkdown } from './truncate.js';
import { renderModel, summaryLink } from './markdown.js';
import type { ModelSection, Report } from './model.js';

/** GitHub refuses a comment body longer than this. */
export const COMMENT_LIMIT = 65_536;

/** Rows each table of a comment shows: reviewers read the verdicts, the summary has the rest. */
export const COMMENT_ROWS = 10;

/**
 * The hidden first line that makes a comment ours and names its manifest, by its path in the
 * repository: a renamed model, or a manifest broken so that no name can be read, still finds
 * the comment an earlier run wrote. A comment is found by its first line only, so a reviewer
 * quoting it (`> <!-- …`) does not create an impostor.
 */
export function commentMarker(m: Pick<ModelSection, 'manifest' | 'manifestPath'>): string {
  return `<!-- modelgate:${encodeURIComponent(`manifest:${m.manifestPath ?? m.manifest}`)} -->`;
}

/**
 * Earlier versions keyed a comment by the model's name (by `manifest:` and the path as shown
 * only when no name could be read, which `commentMarker` still matches where the working
 * directory was the repository root).
 */
const LEGACY_MARKER = /^<!-- modelgate:(?!manifest%3A)[^\s]+ -->$/;

/**
 * Whether `body` is a comment an earlier version wrote for this model: its marker names the
 * model, or one of its sections shows this manifest (the new report may name no model, or
 * another). Such a
 * comment is taken over, marker and all, so that one comment per manifest remains.
 */
export function isLegacyComment(
  body: string | undefined,
  m: Pick<ModelSection, 'name' | 'manifest'>,
): boolean {
  if (body === undefined) return false;
  const text = body.replace(/\r\n/g, '\n');
  const first = text.split('\n', 1)[0]!;
  if (!LEGACY_MARKER.test(first)) return false;
  if (m.name !== undefined && first === `<!-- modelgate:${encodeURIComponent(m.name)} -->`)
    return true;
  return parseSections(text).some((s) => s.markdown.includes(`Manifest: ${code(m.manifest)}`));
}

export function isOurComment(body: string | undefined, marker: string): boolean {
  return body !== undefined && body.replace(/\r\n/g, '\n').split('\n', 1)[0] === marker;
}

/**
 * A comment holds one section per command (and scope: a matrix job's target), so that
 * validate, each compatibility test and a promotion report on one model side by side, each
 * replacing only its own section.
 */
export interface CommentSection {
  id: string;
  markdown: string;
}

export interface CommentContext {
  runUrl?: string;
  /** The commit the run checked, shown so that reviewers see whether the report is current. */
  sha?: string;
}

export function commentSection(
  report: Report,
  model: ModelSection,
  ctx: CommentContext,
): CommentSection {
  const id = encodeURIComponent(
    report.scope ? `${report.command}:${report.scope}` : report.command,
  );
  const what = [report.command, report.scope].filter(Boolean).join(' ');
  const at = ctx.sha ? ` on ${code(ctx.sha.slice(0, 7))}` : '';
  const note = `${code(what)}${at} · full report in the ${summaryLink(ctx)}`;
  return { id, markdown: renderModel(model, { maxRows: COMMENT_ROWS, runUrl: ctx.runUrl, note }) };
}

const open = (id: string) => `<!-- modelgate-section:${id} -->`;
const close = (id: string) => `<!-- /modelgate-section:${id} -->`;
const SECTION = /^<!-- modelgate-section:(\S+) -->\n([\s\S]*?)\n<!-- \/modelgate-section:\1 -->$/gm;

export function parseSections(body: string): CommentSection[] {
  return [...body.replace(/\r\n/g, '\n').matchAll(SECTION)].map((m) => ({
    id: m[1]!,
    markdown: m[2]!,
  }));
}

/**
 * The comment's new body: the sections of `existing` with `section` put in place (or added
 * last), each cut to its fair share of `limit` so that the whole stays under it.
 */
export function composeComment(
  marker: string,
  existing: string | undefined,
  section: CommentSection,
  ctx: CommentContext,
  limit = COMMENT_LIMIT,
): string {
  const sections = existing === undefined ? [] : parseSections(existing);
  const at = sections.findIndex((s) => s.id === section.id);
  if (at >= 0) sections[at] = section;
  else sections.push(section);
  const head = `${marker}\n`;
  const fitted = fitSections(sections, limit - head.length, ctx);
  return head + fitted.map((s) => `${open(s.id)}\n${s.markdown}\n${close(s.id)}`).join('\n\n');
}

/**
 * Shares `budget` among sections: smallest first, each may take an equal share of what is
 * left, so small sections stay whole and only the large ones are cut.
 */
function fitSections(
  sections: readonly CommentSection[],
  budget: number,
  ctx: CommentContext,
): CommentSection[] {
  const wrapped = (s: CommentSection) => open(s.id).length + close(s.id).length + 4;
  const order = sections
    .map((_, i) => i)
    .sort((a, b) => sections[a]!.markdown.length - sections[b]!.markdown.length);
  const out = [...sections];
  let remaining = budget;
  for (const [k, i] of order.entries()) {
    const s = sections[i]!;
    const share = Math.floor(remaining / (order.length - k)) - wrapped(s);
    const markdown = truncateMarkdown(
      s.markdown,
      share,
      `✂️ Cut to fit a comment: the full report is in the ${summaryLink(ctx)}.`,
    );
    out[i] = { id: s.id, markdown };
    remaining -= markdown.length + wrapped(s);
  }
  return out;
}
