// Which comment the action takes for its own (npm run mutate -- comment): a comment someone
// else wrote, or one that only quotes or mentions the marker, must never be edited as ours.
import { getOctokit } from '@actions/github';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY,
  ownAuthor,
  repositoryPath,
  upsertModelComment,
  withManifestPaths,
  type GitHubClient,
} from '../../src/github/comment.js';
import {
  commentMarker,
  commentSection,
  composeComment,
  isLegacyComment,
  isOurComment,
  parseSections,
} from '../../src/report/comment.js';
import type { ModelSection } from '../../src/report/model.js';
import { passing } from '../report/reports.js';
import { tempDir } from '../helpers/cli.js';
import { FakeGitHub } from './github-server.js';

describe('commentMarker', () => {
  it("names the manifest's path in the repository, whatever the model is called", () => {
    expect(commentMarker({ manifest: 'x.yaml', manifestPath: 'models/iris/modelgate.yaml' })).toBe(
      '<!-- modelgate:manifest%3Amodels%2Firis%2Fmodelgate.yaml -->',
    );
    // The same marker for a report that names the model and one that could read no name.
    const named: ModelSection = {
      name: 'iris',
      manifest: 'm.yaml',
      manifestPath: 'a/m.yaml',
      verdict: 'pass',
    };
    expect(commentMarker(named)).toBe(
      commentMarker({ manifest: 'other.yaml', manifestPath: 'a/m.yaml' }),
    );
  });

  it('encodes the path so that none can close the comment early; the shown path stands in', () => {
    expect(commentMarker({ manifest: 'a --> b.yaml' })).toBe(
      '<!-- modelgate:manifest%3Aa%20--%3E%20b.yaml -->',
    );
    expect(commentMarker({ manifest: 'a.yaml' })).not.toBe(commentMarker({ manifest: 'b.yaml' }));
  });
});

describe('isLegacyComment: a comment an earlier version keyed by the model name', () => {
  const section = (manifest: string) =>
    `<!-- modelgate-section:validate -->\n### ✅ \`iris\` 1.0.0: pass\n\nManifest: \`${manifest}\`\n<!-- /modelgate-section:validate -->`;
  const old = `<!-- modelgate:iris -->\n${section('models/iris/modelgate.yaml')}`;

  it("is taken by the model's name in its marker, LF or CRLF", () => {
    expect(isLegacyComment(old, { name: 'iris', manifest: 'elsewhere.yaml' })).toBe(true);
    expect(isLegacyComment(old.replace(/\n/g, '\r\n'), { name: 'iris', manifest: 'x' })).toBe(true);
    expect(isLegacyComment('<!-- modelgate:a%20b -->\nx', { name: 'a b', manifest: 'x' })).toBe(
      true,
    );
  });

  it('is taken, with no name to go by, by the manifest one of its sections shows', () => {
    expect(isLegacyComment(old, { manifest: 'models/iris/modelgate.yaml' })).toBe(true);
    expect(isLegacyComment(old, { name: 'renamed', manifest: 'models/iris/modelgate.yaml' })).toBe(
      true,
    );
    expect(isLegacyComment(old, { manifest: 'models/other/modelgate.yaml' })).toBe(false);
    // Outside a section, the manifest's mention proves nothing.
    expect(
      isLegacyComment('<!-- modelgate:x -->\nManifest: `m.yaml`', { manifest: 'm.yaml' }),
    ).toBe(false);
  });

  it("never another model's, a quoted or inline marker, a current marker, or no body", () => {
    expect(isLegacyComment(old, { name: 'iris-two', manifest: 'x' })).toBe(false);
    expect(isLegacyComment(`> ${old}`, { name: 'iris', manifest: 'x' })).toBe(false);
    expect(isLegacyComment(`hi\n${old}`, { name: 'iris', manifest: 'x' })).toBe(false);
    expect(isLegacyComment(old.replace(' -->', ' --> x'), { name: 'iris', manifest: 'x' })).toBe(
      false,
    );
    const current = `${commentMarker({ manifest: 'models/iris/modelgate.yaml' })}\n${section('models/iris/modelgate.yaml')}`;
    expect(isLegacyComment(current, { manifest: 'models/iris/modelgate.yaml' })).toBe(false);
    // Nor by the manifest its sections show, when the marker is not the whole first line.
    const m = { manifest: 'models/iris/modelgate.yaml' };
    expect(isLegacyComment(old, m)).toBe(true);
    expect(isLegacyComment(`> ${old}`, m)).toBe(false);
    expect(isLegacyComment(`x${old}`, m)).toBe(false);
    expect(isLegacyComment(old.replace(' -->', ' --> forged'), m)).toBe(false);
    // A report that names no model matches no marker by name.
    expect(isLegacyComment('<!-- modelgate:undefined -->\nx', { manifest: 'm.yaml' })).toBe(false);
    expect(isLegacyComment(undefined, { name: 'iris', manifest: 'x' })).toBe(false);
    expect(isLegacyComment('', { name: 'iris', manifest: 'x' })).toBe(false);
  });
});

describe('isOurComment', () => {
  const marker = '<!-- modelgate:iris -->';

  it('takes a comment whose first line is the marker, LF or CRLF', () => {
    expect(isOurComment(`${marker}\nbody`, marker)).toBe(true);
    expect(isOurComment(`${marker}\r\nbody`, marker)).toBe(true);
    expect(isOurComment(marker, marker)).toBe(true);
  });

  it('never a comment that quotes the marker, or has it on a later line', () => {
    expect(isOurComment(`> ${marker}\nbody`, marker)).toBe(false);
    expect(isOurComment(`hello\n${marker}`, marker)).toBe(false);
    expect(isOurComment(`hello\r\n${marker}\r\n`, marker)).toBe(false);
  });

  it('never a first line that only starts or ends with the marker', () => {
    expect(isOurComment(`${marker} forged\nbody`, marker)).toBe(false);
    expect(isOurComment(`x${marker}\nbody`, marker)).toBe(false);
    expect(isOurComment(`${marker}\rbody`, marker)).toBe(false);
  });

  it("never another model's marker, an empty body or none", () => {
    expect(isOurComment('<!-- modelgate:iris-two -->\nbody', marker)).toBe(false);
    expect(isOurComment('', marker)).toBe(false);
    expect(isOurComment(undefined, marker)).toBe(false);
  });
});

describe('ownAuthor', () => {
  /** A client whose GET /user answers `login`, or fails when it is undefined; counts calls. */
  function client(login: string | undefined) {
    const calls = { n: 0 };
    const c = {
      rest: {
        users: {
          getAuthenticated: async () => {
            calls.n++;
            if (login === undefined) throw new Error('401');
            return { data: { login } };
          },
        },
      },
    } as unknown as GitHubClient;
    return { c, calls };
  }

  it('no author is never ours, and GitHub is not asked', async () => {
    const { c, calls } = client('me');
    const isOwn = ownAuthor(c);
    expect(await isOwn(null)).toBe(false);
    expect(await isOwn(undefined)).toBe(false);
    expect(calls.n).toBe(0);
  });

  it("GITHUB_TOKEN's bot's comment is ours without asking who the token is", async () => {
    const { c, calls } = client('me');
    expect(await ownAuthor(c)({ login: 'github-actions[bot]', type: 'Bot' })).toBe(true);
    expect(calls.n).toBe(0);
  });

  it("another bot's comment is not ours: its sections are not ours, nor would GitHub let us edit it", async () => {
    const { c } = client(undefined);
    const isOwn = ownAuthor(c);
    expect(await isOwn({ login: 'some-app[bot]', type: 'Bot' })).toBe(false);
    expect(await isOwn({ login: 'dependabot[bot]', type: 'Bot' })).toBe(false);
  });

  it("with a GitHub App's token, the bot named for it is ours and GITHUB_TOKEN's is not", async () => {
    const { c, calls } = client(undefined);
    const isOwn = ownAuthor(c, 'release-app[bot]');
    expect(await isOwn({ login: 'release-app[bot]', type: 'Bot' })).toBe(true);
    expect(calls.n).toBe(0);
    expect(await isOwn({ login: 'github-actions[bot]', type: 'Bot' })).toBe(false);
  });

  it("a person's comment is ours only when the token is theirs, asked once", async () => {
    const { c, calls } = client('release-bot');
    const isOwn = ownAuthor(c);
    expect(await isOwn({ login: 'mallory', type: 'User' })).toBe(false);
    expect(await isOwn({ login: 'release-bot', type: 'User' })).toBe(true);
    expect(await isOwn({ login: 'release-bot' })).toBe(true);
    expect(calls.n).toBe(1);
  });

  it('when GitHub cannot say who the token is, no person is ours, not even one without a login', async () => {
    const { c, calls } = client(undefined);
    const isOwn = ownAuthor(c);
    expect(await isOwn({ login: 'release-bot', type: 'User' })).toBe(false);
    expect(await isOwn({ type: 'User' })).toBe(false);
    expect(await isOwn({})).toBe(false);
    expect(calls.n).toBe(1);
  });
});

describe('findComment, through upsertModelComment', () => {
  const pr = { owner: 'acme', repo: 'models', number: 7 };
  const ctx = { runUrl: 'https://github.com/acme/models/actions/runs/9', sha: 'feedface' };
  const model = passing.models[0]!;
  const marker = commentMarker(model);
  const policy = { ...DEFAULT_RETRY, sleep: async () => undefined };
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await new FakeGitHub().start();
  });
  afterAll(() => github.stop());
  beforeEach(() => github.reset());
  const client = () => getOctokit('ghs_unit', { baseUrl: github.url });
  const upsert = (isOwn?: Parameters<typeof upsertModelComment>[6]) =>
    upsertModelComment(client(), pr, passing, model, ctx, policy, isOwn);

  it('edits the oldest comment of ours, not a later one nor one on another pull request', async () => {
    github.add(99, `${marker}\nother pull request`, 'github-actions[bot]');
    const first = github.add(pr.number, `${marker}\nold`, 'github-actions[bot]');
    const second = github.add(pr.number, `${marker}\nolder copy`, 'github-actions[bot]');
    const r = await upsert();
    expect(r).toEqual({ action: 'updated', url: first.html_url });
    expect(first.body).toContain('✅ `iris-classifier` 1.2.0: pass');
    expect(second.body).toBe(`${marker}\nolder copy`);
    expect(github.on(99)[0]!.body).toBe(`${marker}\nother pull request`);
  });

  it('a marked comment its author check refuses is never edited: a new one is made', async () => {
    const forged = github.add(pr.number, `${marker}\nforged`, 'github-actions[bot]');
    const r = await upsert(async () => false);
    expect(r.action).toBe('created');
    expect(forged.body).toBe(`${marker}\nforged`);
    expect(github.on(pr.number)).toHaveLength(2);
  });

  it('a comment by us without the marker is not ours either', async () => {
    const plain = github.add(pr.number, 'a note\n' + marker, 'github-actions[bot]');
    const r = await upsert(async () => true);
    expect(r.action).toBe('created');
    expect(plain.body).toBe('a note\n' + marker);
  });

  it('reads the pages only while GitHub says there is a next one', async () => {
    for (let i = 0; i < 150; i++) github.add(pr.number, `comment ${i}`);
    const r = await upsert();
    expect(r.action).toBe('created');
    const pages = github.requests
      .filter((q) => q.method === 'GET' && q.path.includes(`/issues/${pr.number}/comments`))
      .map((q) => new URL(q.path, github.url).searchParams.get('page'));
    // Before the create: pages 1 and 2; after it, to see which comment is the oldest: 1 and 2.
    expect(pages).toEqual(['1', '2', '1', '2']);
  });

  it("takes over an earlier version's comment for the model, marker and sections", async () => {
    const legacy = github.add(
      pr.number,
      '<!-- modelgate:iris-classifier -->\n<!-- modelgate-section:test%3Aold -->\nkept\n<!-- /modelgate-section:test%3Aold -->',
      'github-actions[bot]',
    );
    const r = await upsert();
    expect(r).toEqual({ action: 'updated', url: legacy.html_url });
    expect(legacy.body.split('\n', 1)[0]).toBe(marker);
    expect(parseSections(legacy.body).map((s) => s.id)).toEqual(['test%3Aold', 'validate']);
    expect(github.on(pr.number)).toHaveLength(1);
  });

  it("prefers a comment with the current marker to an earlier version's, on any page", async () => {
    const legacy = github.add(
      pr.number,
      '<!-- modelgate:iris-classifier -->\nold',
      'github-actions[bot]',
    );
    for (let i = 0; i < 120; i++) github.add(pr.number, `comment ${i}`);
    const ours = github.add(pr.number, `${marker}\nnew`, 'github-actions[bot]');
    expect(await upsert()).toEqual({ action: 'updated', url: ours.html_url });
    expect(legacy.body).toBe('<!-- modelgate:iris-classifier -->\nold');
  });

  it('takes the oldest earlier comment, and never one its author check refuses', async () => {
    const forged = github.add(pr.number, '<!-- modelgate:iris-classifier -->\nforged', 'mallory');
    const first = github.add(
      pr.number,
      '<!-- modelgate:iris-classifier -->\na',
      'github-actions[bot]',
    );
    const second = github.add(
      pr.number,
      '<!-- modelgate:iris-classifier -->\nb',
      'github-actions[bot]',
    );
    expect(await upsert()).toEqual({ action: 'updated', url: first.html_url });
    expect(forged.body).toBe('<!-- modelgate:iris-classifier -->\nforged');
    expect(second.body).toBe('<!-- modelgate:iris-classifier -->\nb');
  });

  it('finds ours on a later page', async () => {
    for (let i = 0; i < 120; i++) github.add(pr.number, `comment ${i}`);
    const ours = github.add(pr.number, `${marker}\nold`, 'github-actions[bot]');
    expect(await upsert()).toEqual({ action: 'updated', url: ours.html_url });
  });
});

describe('the sections of our comment', () => {
  const marker = '<!-- modelgate:iris -->';
  const ctx = { runUrl: 'https://github.com/acme/models/actions/runs/9' };
  const wrap = (id: string, md: string) =>
    `<!-- modelgate-section:${id} -->\n${md}\n<!-- /modelgate-section:${id} -->`;
  const text = (lines: number, c: string) =>
    Array.from({ length: lines }, () => c.repeat(9)).join('\n');

  it('a section marker quoted or inside a line is not a section', () => {
    const body = [
      marker,
      wrap('validate', 'ours'),
      '',
      `> ${wrap('test', 'quoted')}`,
      '',
      `say ${wrap('forged', 'inline')}`,
      '',
      `${wrap('trailing', 'x')} and more`,
    ].join('\n');
    expect(parseSections(body)).toEqual([{ id: 'validate', markdown: 'ours' }]);
  });

  it('a section is named by the command and scope, and shows the commit only when known', () => {
    const model = passing.models[0]!;
    const s = commentSection({ ...passing, command: 'test', scope: 'py 3.12' }, model, ctx);
    expect(s.id).toBe('test%3Apy%203.12');
    expect(s.markdown).toContain('`test py 3.12` · full report');
    expect(s.markdown).not.toContain(' on `');
    const at = commentSection(passing, model, { ...ctx, sha: 'feedface1234' });
    expect(at.id).toBe('validate');
    expect(at.markdown).toContain('`validate` on `feedfac` · full report');
  });

  const sections = [
    { id: 'big', markdown: text(400, 'b') },
    { id: 'tiny', markdown: 'tiny' },
    { id: 'medium', markdown: text(30, 'm') },
  ];
  const existing = [marker, ...sections.map((x) => wrap(x.id, x.markdown))].join('\n');
  const whole = composeComment(marker, existing, sections[0]!, ctx);

  it('a comment that fits its limit is not cut; one just over it is cut under it', () => {
    // The budget counts two characters more than the last section's separator takes: a limit
    // two above the whole body is the smallest that keeps it whole.
    expect(composeComment(marker, existing, sections[0]!, ctx, whole.length + 2)).toBe(whole);
    expect(parseSections(whole)).toEqual(sections);
    for (const limit of [whole.length + 1, whole.length - 1]) {
      const cut = composeComment(marker, existing, sections[0]!, ctx, limit);
      expect(cut.length).toBeLessThanOrEqual(limit);
      expect(cut).toMatch(/✂️ Cut to fit a comment/);
      expect(cut.startsWith(`${marker}\n`)).toBe(true);
    }
  });

  it('cut to the limit, smallest sections whole, the large one given what is left', () => {
    const limit = 2000;
    const body = composeComment(marker, existing, sections[0]!, ctx, limit);
    expect(body.length).toBeLessThanOrEqual(limit);
    // The budget is used, not squandered: only the big section's last line and note are lost.
    expect(body.length).toBeGreaterThan(limit - 20);
    const got = parseSections(body);
    expect(got.map((x) => x.id)).toEqual(['big', 'tiny', 'medium']);
    expect(got[1]).toEqual(sections[1]);
    expect(got[2]).toEqual(sections[2]);
    expect(got[0]!.markdown).toMatch(/✂️ Cut to fit a comment/);
  });

  it('sections too large for equal shares are each cut to their share, in order', () => {
    const two = [
      { id: 'a', markdown: text(300, 'a') },
      { id: 'b', markdown: text(200, 'b') },
    ];
    const prior = [marker, wrap('a', two[0]!.markdown), wrap('b', two[1]!.markdown)].join('\n');
    const limit = 1500;
    const body = composeComment(marker, prior, two[1]!, ctx, limit);
    expect(body.length).toBeLessThanOrEqual(limit);
    expect(body.length).toBeGreaterThan(limit - 30);
    const [a, b] = parseSections(body);
    expect([a!.id, b!.id]).toEqual(['a', 'b']);
    // Equal shares, each within a line and the wrapping of the other.
    expect(Math.abs(a!.markdown.length - b!.markdown.length)).toBeLessThan(15);
  });
});

describe("repositoryPath: the manifest's key, relative to the repository root", () => {
  let root: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir: root, cleanup } = await tempDir('modelgate-keys-'));
    await mkdir(join(root, 'repo/.git'), { recursive: true });
    await mkdir(join(root, 'repo/models/iris'), { recursive: true });
  });
  afterAll(() => cleanup());

  it('is the same from the root and from a folder inside it, and for a file not there', () => {
    const repo = join(root, 'repo');
    expect(repositoryPath('models/iris/modelgate.yaml', repo)).toBe('models/iris/modelgate.yaml');
    expect(repositoryPath('iris/modelgate.yaml', join(repo, 'models'))).toBe(
      'models/iris/modelgate.yaml',
    );
    expect(repositoryPath('./models/../models/gone.yaml', repo)).toBe('models/gone.yaml');
  });

  it('goes by the root input where given, and keeps the whole path of a file outside it', () => {
    const repo = join(root, 'repo');
    expect(repositoryPath('models/iris/m.yaml', repo, 'models')).toBe('iris/m.yaml');
    expect(repositoryPath('../elsewhere.yaml', repo, '.')).toBe(join(root, 'elsewhere.yaml'));
    expect(repositoryPath('..foo/m.yaml', repo, '.')).toBe('..foo/m.yaml');
  });

  it('without a .git, is relative to the working directory: two manifests never share a key', async () => {
    const ws = join(root, 'tarball');
    await mkdir(join(ws, 'models/a'), { recursive: true });
    await mkdir(join(ws, 'models/b'), { recursive: true });
    expect(repositoryPath('models/a/modelgate.yaml', ws)).toBe('models/a/modelgate.yaml');
    expect(repositoryPath('models/b/modelgate.yaml', ws)).toBe('models/b/modelgate.yaml');
    expect(repositoryPath('./models//b/modelgate.yaml', ws)).toBe('models/b/modelgate.yaml');
  });

  it('fills in only the sections that have no manifestPath, and copies the report', () => {
    const repo = join(root, 'repo');
    const report = {
      command: 'validate',
      verdict: 'pass' as const,
      models: [
        { manifest: 'iris/modelgate.yaml', verdict: 'pass' as const },
        { manifest: 'x.yaml', manifestPath: 'kept/x.yaml', verdict: 'pass' as const },
      ],
    };
    const keyed = withManifestPaths(report, join(repo, 'models'));
    expect(keyed.models.map((m) => m.manifestPath)).toEqual([
      'models/iris/modelgate.yaml',
      'kept/x.yaml',
    ]);
    expect(report.models[0]).not.toHaveProperty('manifestPath');
  });
});
