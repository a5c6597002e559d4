import { describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT,
  commentMarker,
  commentSection,
  composeComment,
  parseSections,
} from '../../src/report/comment.js';
import { renderReport } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { fitSummary, SUMMARY_LIMIT, truncateMarkdown } from '../../src/report/truncate.js';
import { failing, mixed, oversized, passing } from './reports.js';

const ctx = { runUrl: 'https://github.com/acme/models/actions/runs/42', sha: '0123456789abcdef' };
const snapshot = (name: string) => `../fixtures/report/${name}`;

/** The comment each model of the report would get on a pull request with no comment yet. */
function comments(report: Report, limit = COMMENT_LIMIT): string[] {
  return report.models.map((m) =>
    composeComment(commentMarker(m), undefined, commentSection(report, m, ctx), ctx, limit),
  );
}

function balancedDetails(md: string): boolean {
  return (md.match(/<details/g)?.length ?? 0) === (md.match(/<\/details>/g)?.length ?? 0);
}

describe('report rendering', () => {
  it.each([
    ['passing', passing],
    ['failing', failing],
    ['mixed', mixed],
  ])('draws the %s report as the job summary and as comments', async (name, report) => {
    await expect(renderReport(report)).toMatchFileSnapshot(snapshot(`${name}.summary.md`));
    await expect(comments(report).join('\n\n----\n\n')).toMatchFileSnapshot(
      snapshot(`${name}.comment.md`),
    );
  });

  it('cuts an oversized comment under the limit, closes what it opened and points to the job summary', async () => {
    const report = oversized();
    const [comment] = comments(report);
    expect(comment!.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment!.length).toBeGreaterThan(COMMENT_LIMIT - 5000);
    expect(comment).toMatch(
      /Cut to fit a comment: the full report is in the \[job summary\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/42\)\.\n<!-- \/modelgate-section:validate -->$/,
    );
    expect(balancedDetails(comment!)).toBe(true);
    // Tables show ten rows in a comment; errors come first.
    expect(comment).toContain('… and 2990 more in the [job summary]');
    await expect(comments(report, 6000)[0]).toMatchFileSnapshot(snapshot('oversized.comment.md'));
  });

  it('keeps the whole oversized report in the summary up to GitHub’s 1 MiB, then cuts it', () => {
    const full = renderReport(oversized());
    expect(full).toContain('<details open><summary><b>Findings</b> (3000)</summary>');
    expect(full).toContain('shard-2999.pkl');
    expect(Buffer.byteLength(full)).toBeGreaterThan(SUMMARY_LIMIT);
    const fitted = fitSummary(full);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(Buffer.byteLength(fitted)).toBeGreaterThan(SUMMARY_LIMIT - 10_000);
    expect(fitted).toMatch(/report-path/);
    expect(balancedDetails(fitted)).toBe(true);
    const small = renderReport(passing);
    expect(fitSummary(small)).toBe(small);
  });

  it('neutralises text from the pull request: no broken table, no HTML, no fake marker', () => {
    const hostile: Report = {
      command: 'validate',
      verdict: 'fail',
      models: [
        {
          ...failing.models[0]!,
          findings: [
            {
              severity: 'error',
              rule: 'x',
              message: 'a\n<!-- modelgate-section:validate -->\r\n<img src=x> | cell',
              location: { file: 'a`b|c.pkl' },
            },
          ],
        },
      ],
    };
    const [comment] = comments(hostile);
    expect(parseSections(comment!).map((s) => s.id)).toEqual(['validate']);
    expect(comment).not.toContain('<img');
    expect(comment).toContain('&lt;img src=x&gt; \\| cell');
    expect(comment).toContain('``a`b\\|c.pkl``');
  });
});

describe('sticky comment sections', () => {
  const model = passing.models[0]!;
  const marker = commentMarker(model);

  it('replaces its own section and keeps the others, in place', () => {
    const test: Report = { ...passing, command: 'test', scope: 'trixie-sklearn14' };
    const first = composeComment(marker, undefined, commentSection(passing, model, ctx), ctx);
    const both = composeComment(marker, first, commentSection(test, model, ctx), ctx);
    expect(parseSections(both).map((s) => s.id)).toEqual([
      'validate',
      encodeURIComponent('test:trixie-sklearn14'),
    ]);
    const rerun = composeComment(
      marker,
      both.replace(/\n/g, '\r\n'),
      commentSection(failing, { ...failingModel(), name: model.name }, ctx),
      ctx,
    );
    expect(parseSections(rerun).map((s) => s.id)).toEqual([
      'validate',
      encodeURIComponent('test:trixie-sklearn14'),
    ]);
    expect(parseSections(rerun)[0]!.markdown).toContain('❌');
    expect(parseSections(rerun)[1]!.markdown).toContain('`test trixie-sklearn14`');
    expect(rerun.startsWith(`${marker}\n`)).toBe(true);
  });

  it('shares the limit so that small sections stay whole and large ones are cut', () => {
    const huge = oversized().models[0]!;
    const small = commentSection(passing, model, ctx);
    const big = commentSection(
      { ...oversized(), command: 'test' },
      { ...huge, name: model.name },
      ctx,
    );
    const body = composeComment(marker, composeComment(marker, undefined, small, ctx), big, ctx);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const [kept, cut] = parseSections(body);
    expect(kept!.markdown).toBe(small.markdown);
    expect(cut!.markdown).toMatch(/Cut to fit a comment/);
  });

  it('keys the marker on the manifest, named or not, never on the model name', () => {
    expect(marker).toBe('<!-- modelgate:manifest%3Amodels%2Firis%2Fmodelgate.yaml -->');
    expect(commentMarker({ manifest: 'models/a --> b.yaml' })).toBe(
      '<!-- modelgate:manifest%3Amodels%2Fa%20--%3E%20b.yaml -->',
    );
  });
});

describe('truncateMarkdown', () => {
  it('returns text within the limit unchanged and cuts longer text at a line boundary', () => {
    expect(truncateMarkdown('a\nb', 3, '!')).toBe('a\nb');
    expect(truncateMarkdown('line one\nline two\nline three', 20, '[cut]')).toBe(
      'line one\n\n[cut]',
    );
  });
});

function failingModel() {
  return failing.models[0]!;
}
