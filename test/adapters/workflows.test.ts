import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { REPO } from '../helpers/cli.js';
import { evalToken } from '../workflows/expressions.js';
import { loadWorkflow } from '../workflows/runner.js';
import actions from '../workflows/third-party-actions.json' with { type: 'json' };

/**
 * Cheap static checks of the example workflows users copy; test/workflows/e2e.test.ts runs
 * them end to end. These hold the properties a run cannot show: least privilege, concurrency
 * groups, environments, the placeholder `uses:` and the actions' current node24 majors.
 */

interface RawStep {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface RawJob {
  if?: string;
  permissions?: Record<string, string>;
  environment?: string;
  'timeout-minutes'?: number;
  strategy?: { matrix?: unknown };
  steps: RawStep[];
}
interface RawWorkflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean; queue?: string };
  jobs: Record<string, RawJob>;
}

const PLACEHOLDER = 'your-org/modelgate@v1';
const THIRD_PARTY = actions as unknown as Record<
  string,
  { major: string; using: string; inputs: string[] }
>;

describe('example workflows', async () => {
  const action = parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  const files = (await readdir(join(REPO, 'workflows'))).filter((f) => f.endsWith('.yml'));
  const read = async (file: string) =>
    parse(await readFile(join(REPO, 'workflows', file), 'utf8')) as RawWorkflow;
  const isModelgate = (s: RawStep) => s.uses?.includes('modelgate') ?? false;

  it('exist', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'pr-validate.yml',
        'publish.yml',
        'promote.yml',
        'rollback.yml',
        'monitor.yml',
      ]),
    );
  });

  it.each(files)('%s parses with GitHub’s workflow parser', async (file) => {
    const { template } = await loadWorkflow(join(REPO, 'workflows', file));
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it.each(files)('%s uses only declared inputs and real commands', async (file) => {
    const wf = await read(file);
    const steps = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .filter(isModelgate);
    expect(steps.length).toBeGreaterThan(0);
    const names = (await commands()).map((c) => c.name);
    for (const step of steps) {
      expect(step.uses, `${file}: the placeholder the README explains`).toBe(PLACEHOLDER);
      for (const key of Object.keys(step.with ?? {}))
        expect(Object.keys(action.inputs), `${file}: input ${key}`).toContain(key);
      expect(names, `${file}: command ${String(step.with?.command)}`).toContain(step.with?.command);
    }
  });

  it.each(files)(
    '%s uses other actions at their node24 majors, with their inputs',
    async (file) => {
      const wf = await read(file);
      for (const step of Object.values(wf.jobs).flatMap((j) => j.steps)) {
        if (!step.uses || isModelgate(step)) continue;
        const [name, ref] = step.uses.split('@');
        const known = THIRD_PARTY[name!];
        expect(known, `${file}: ${step.uses} is not in third-party-actions.json`).toBeDefined();
        expect(ref, `${file}: ${name}`).toBe(known!.major);
        expect(known!.using).toBe('node24');
        for (const key of Object.keys(step.with ?? {}))
          expect(known!.inputs, `${file}: ${name} input ${key}`).toContain(key);
      }
    },
  );

  it.each(files)(
    '%s grants nothing by default; id-token only to jobs that assume the role, pull-requests: write only to jobs that comment',
    async (file) => {
      const wf = await read(file);
      expect(wf.permissions).toEqual({});
      const onPullRequest = 'pull_request' in wf.on;
      for (const [id, job] of Object.entries(wf.jobs)) {
        const p = job.permissions ?? {};
        const assumes = job.steps.some((s) => s.uses?.startsWith('aws-actions/'));
        expect(p['id-token'] === 'write', `${file}: ${id} id-token`).toBe(assumes);
        // The action comments on pull requests unless told not to.
        const comments =
          onPullRequest && job.steps.some((s) => isModelgate(s) && s.with?.comment !== 'false');
        expect(p['pull-requests'] === 'write', `${file}: ${id} pull-requests`).toBe(comments);
        // The monitoring issue is kept by analyze with stage production, unless told not to.
        const keepsIssues = job.steps.some(
          (s) =>
            isModelgate(s) &&
            s.with?.command === 'analyze' &&
            s.with.stage === 'production' &&
            s.with.issue !== 'false',
        );
        expect(p.issues === 'write', `${file}: ${id} issues`).toBe(keepsIssues);
        expect(p.contents, `${file}: ${id} contents`).toBe('read');
        const writes = Object.entries(p).filter(([, v]) => v === 'write');
        expect(writes.map(([k]) => k).sort(), `${file}: ${id} writes only what it must`).toEqual(
          [
            ...(assumes ? ['id-token'] : []),
            ...(comments ? ['pull-requests'] : []),
            ...(keepsIssues ? ['issues'] : []),
          ].sort(),
        );
        expect(job['timeout-minutes'], `${file}: ${id} timeout`).toBeGreaterThan(0);
      }
    },
  );

  it.each(files)(
    '%s guards every matrix built from an output against an empty one',
    async (file) => {
      const wf = await read(file);
      for (const [id, job] of Object.entries(wf.jobs)) {
        if (typeof job.strategy?.matrix !== 'string') continue;
        const source = /fromJSON\((needs\.[\w-]+\.outputs\.[\w-]+)\)/.exec(
          job.strategy.matrix,
        )?.[1];
        expect(source, `${file}: ${id}`).toBeDefined();
        expect(job.if, `${file}: ${id}`).toContain(`${source} != '{"include":[]}'`);
      }
    },
  );

  it('each workflow has its own concurrency group; writers never cancel, and queue every run', async () => {
    const groups: string[] = [];
    for (const file of files) {
      const wf = await read(file);
      expect(wf.concurrency?.group, file).toBeTruthy();
      const prefix = wf.concurrency!.group.split('${{')[0]!;
      expect(groups, `${file}: ${prefix} is another workflow's group`).not.toContain(prefix);
      groups.push(prefix);
      if ('pull_request' in wf.on) continue;
      if ('schedule' in wf.on) {
        // Monitoring: a run that is measuring is never cancelled (its verdict is the alert, its
        // rollback must finish), but a newer pending run may replace an older: it looks later.
        expect(wf.concurrency, file).toMatchObject({ 'cancel-in-progress': false });
        expect(wf.concurrency!.queue, file).toBeUndefined();
        continue;
      }
      expect(wf.concurrency, file).toMatchObject({ 'cancel-in-progress': false, queue: 'max' });
      // By hand, one model at a time: the group is the model's.
      if ('workflow_dispatch' in wf.on)
        expect(wf.concurrency!.group, file).toContain('inputs.manifest');
    }
  });

  it('canary and production are gated by different environments', async () => {
    const promote = await read('promote.yml');
    const canary = promote.jobs.canary!.environment;
    const production = promote.jobs.production!.environment;
    expect(canary).toBeTruthy();
    expect(production).toBeTruthy();
    expect(canary).not.toBe(production);
    // A rollback names the environment of the stage it moves.
    const { template } = await loadWorkflow(join(REPO, 'workflows', 'rollback.yml'));
    const job = template.jobs[0]!;
    const env = (stage: string) =>
      job.type === 'job' && job.environment
        ? evalToken(job.environment, { github: {}, inputs: { stage }, status: { failed: false } })
        : undefined;
    expect([env('canary'), env('production')]).toEqual([canary, production]);
  });
});
