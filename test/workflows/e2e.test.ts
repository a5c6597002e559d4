import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKWORM, describeContainers, TRIXIE } from '../compat/containers.js';
import { REPO, runCli, tempDir } from '../helpers/cli.js';
import { MOTO_ENV, MOTO_IMAGE, startMoto, type Moto } from '../helpers/moto.js';
import { BUCKET } from '../registry/helpers.js';
import { WorkflowGitHub } from './github-api.js';
import { monorepo, type UserRepo } from './repo.js';
import { runWorkflow, type Trigger, type WorkflowRun } from './runner.js';

const WORKFLOWS = join(REPO, 'workflows');

describe('workflows without containers (file registry)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let repo: UserRepo;
  /** One model with one target: plan lists it, so the test jobs' expressions are evaluated. */
  let withTarget: UserRepo;
  let github: WorkflowGitHub;
  const registry = () => `file://${join(dir, 'registry')}`;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-workflows-'));
    github = await new WorkflowGitHub().start();
    repo = await monorepo(join(dir, 'repo'), [
      { folder: 'iris', name: 'iris-classifier', targets: [] },
      { folder: 'lite', name: 'iris-lite', targets: [] },
    ]);
    withTarget = await monorepo(join(dir, 'with-target'), [
      { folder: 'iris', name: 'iris-classifier', targets: ['trixie-sklearn14'] },
    ]);
  });
  afterAll(async () => {
    await github?.stop();
    await cleanup?.();
  });

  const push = async (on: UserRepo = repo): Promise<Trigger> => {
    const sha = await on.head();
    return {
      name: 'push',
      ref: 'refs/heads/main',
      sha,
      payload: { ref: 'refs/heads/main', after: sha },
    };
  };
  const run = (
    file: string,
    trigger: Trigger,
    extra: Record<string, string> = {},
    on: UserRepo = repo,
  ) =>
    runWorkflow({
      file,
      aws: { AWS_ACCESS_KEY_ID: 'none', AWS_SECRET_ACCESS_KEY: 'none' },
      repo: on.dir,
      workDir: join(dir, 'runner'),
      trigger,
      // Each repository its own registry.
      vars: {
        MODELGATE_REGISTRY: on === repo ? registry() : `${registry()}-with-target`,
        ...extra,
      },
      env: { GITHUB_API_URL: github.url },
      token: WorkflowGitHub.token,
    });

  it('publish with no compatibility target: the test matrix is skipped, staging still runs', async () => {
    const r = await run(join(WORKFLOWS, 'publish.yml'), await push());
    expect(r.only('plan').outputs.matrix, log(r)).toBe('{"include":[]}');
    expect(r.only('compat').result).toBe('skipped');
    expect(r.only('publish').result, log(r)).toBe('success');
    expect(r.only('staging').result, log(r)).toBe('success');
    const status = await runCli(
      ['status', '--manifest', 'models/*/modelgate.yaml', '--registry', registry(), '--json'],
      { cwd: repo.dir },
    );
    expect(status.code, status.stderr).toBe(0);
    const version = (
      parse(await readFile(join(repo.dir, 'models/iris/modelgate.yaml'), 'utf8')) as {
        model: { version: string };
      }
    ).model.version;
    // Both copies of the example keep its version.
    expect(stagingOf(status.stdout)).toEqual({ 'iris-classifier': version, 'iris-lite': version });
  });

  it('pr-validate with no compatibility target: one comment per model, no test job', async () => {
    await repo.checkout('change', true);
    await repo.edit('models/lite/modelgate.yaml', (t) =>
      t.replace(/^(\s+version:) \S+$/m, '$1 1.2.1'),
    );
    const sha = await repo.commit('lite 1.2.1');
    const r = await run(join(WORKFLOWS, 'pr-validate.yml'), pullRequest(8, sha));
    await repo.checkout('main');
    expect(r.only('validate').result, log(r)).toBe('success');
    expect(r.only('test').result).toBe('skipped');
    const comments = github.fake.on(8);
    expect(comments.map((c) => /iris-lite/.test(c.body))).toEqual(
      expect.arrayContaining([true, false]),
    );
    expect(comments).toHaveLength(2);
  });

  it('without MODELGATE_REGISTRY: publish stops before any write, pull requests are validated with a warning', async () => {
    const publish = await runWorkflow({
      file: join(WORKFLOWS, 'publish.yml'),
      repo: repo.dir,
      workDir: join(dir, 'runner'),
      trigger: await push(),
      vars: {},
      token: WorkflowGitHub.token,
    });
    expect(publish.only('plan').result).toBe('failure');
    expect(log(publish)).toMatch(/::error::set the repository variable MODELGATE_REGISTRY/);
    expect(publish.only('publish').result).toBe('skipped');
    expect(publish.only('staging').result).toBe('skipped');
    const pr = await runWorkflow({
      file: join(WORKFLOWS, 'pr-validate.yml'),
      repo: repo.dir,
      workDir: join(dir, 'runner'),
      trigger: pullRequest(11, await repo.head()),
      vars: {},
      env: { GITHUB_API_URL: github.url },
      token: WorkflowGitHub.token,
    });
    const validate = pr.only('validate');
    expect(validate.result).toBe('success');
    expect(validate.steps.map((s) => s.log).join('\n')).toMatch(
      /::warning::the repository variable MODELGATE_REGISTRY is not set/,
    );
    // The manifests' default glob found both models.
    expect(github.fake.on(11)).toHaveLength(2);
  });

  it("a fork's pull request (no variables, no OIDC token): every manifest of the file's glob is validated, with a notice", async () => {
    const sha = await repo.head();
    const trigger: Trigger = {
      ...pullRequest(12, sha),
      payload: {
        number: 12,
        pull_request: {
          number: 12,
          head: { sha, ref: 'change', repo: { fork: true } },
          base: { ref: 'main' },
        },
      },
    };
    const r = await runWorkflow({
      file: join(WORKFLOWS, 'pr-validate.yml'),
      repo: repo.dir,
      workDir: join(dir, 'runner'),
      trigger,
      vars: {},
      env: { GITHUB_API_URL: github.url },
      token: WorkflowGitHub.token,
    });
    const validate = r.only('validate');
    expect(validate.result, log(r)).toBe('success');
    const printed = validate.steps.map((s) => s.log).join('\n');
    expect(printed).toMatch(/::notice::a pull request from a fork gets no repository variables/);
    expect(printed).not.toMatch(/::warning::the repository variable MODELGATE_REGISTRY/);
    // The glob is the workflow file's, not a variable's default: both models.
    expect(github.fake.on(12)).toHaveLength(2);
  });

  describe('the runner is as strict as GitHub about job order', () => {
    const workflow = async (name: string, jobs: string): Promise<string> => {
      const file = join(dir, name);
      await writeFile(file, `name: order\non: push\npermissions: {}\njobs:\n${jobs}`);
      return file;
    };

    it('a job that relies on another without `needs` fails: ready jobs do not run in file order', async () => {
      const file = await workflow(
        'missing-needs.yml',
        [
          '  make:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - run: touch made-by-make',
          '  use:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - run: test -f made-by-make',
          '',
        ].join('\n'),
      );
      const r = await run(file, await push());
      expect(r.only('use').result).toBe('failure');
      // Given the need, the same jobs pass.
      const fixed = await workflow(
        'with-needs.yml',
        (await readFile(file, 'utf8'))
          .split('jobs:\n')[1]!
          .replace('  use:\n', '  use:\n    needs: make\n'),
      );
      const ok = await run(fixed, await push());
      expect(ok.only('use').result, log(ok)).toBe('success');
    });

    it('a job whose ancestor was skipped is skipped, although the job it needs succeeded', async () => {
      const file = await workflow(
        'transitive-skip.yml',
        [
          '  never:',
          '    if: false',
          '    runs-on: ubuntu-latest',
          '    steps: [{ run: "true" }]',
          '  middle:',
          '    needs: never',
          '    if: always()',
          '    runs-on: ubuntu-latest',
          '    steps: [{ run: "true" }]',
          '  last:',
          '    needs: middle',
          '    runs-on: ubuntu-latest',
          '    steps: [{ run: "true" }]',
          '  rescue:',
          '    needs: middle',
          '    if: failure()',
          '    runs-on: ubuntu-latest',
          '    steps: [{ run: "true" }]',
          '',
        ].join('\n'),
      );
      const r = await run(file, await push());
      expect(r.only('never').result).toBe('skipped');
      expect(r.only('middle').result).toBe('success');
      expect(r.only('last').result).toBe('skipped');
      // A skipped ancestor is not a failure either.
      expect(r.only('rescue').result).toBe('skipped');
    });
  });

  describe('a workflow that cannot run as written fails', () => {
    /** A copy of a workflow with `from` replaced by `to` (which must occur in it). */
    const broken = async (file: string, from: string, to: string): Promise<string> => {
      const text = await readFile(join(WORKFLOWS, file), 'utf8');
      expect(text).toContain(from);
      const copy = join(dir, `broken-${file}`);
      await writeFile(copy, text.replace(from, to));
      return copy;
    };

    it('an input action.yml does not declare', async () => {
      const file = await broken(
        'pr-validate.yml',
        '          manifest: ${{ env.MODELGATE_MANIFESTS }}\n          registry:',
        '          manifests: ${{ env.MODELGATE_MANIFESTS }}\n          registry:',
      );
      await expect(run(file, pullRequest(9, await repo.head()))).rejects.toThrow(
        /Unexpected input 'manifests'/,
      );
    });

    it('a step output the action does not set (steps.plan.outputs.matrx)', async () => {
      const file = await broken(
        'publish.yml',
        'steps.plan.outputs.matrix',
        'steps.plan.outputs.matrx',
      );
      await expect(run(file, await push())).rejects.toThrow(
        /steps\.plan\.outputs\.matrx does not exist/,
      );
    });

    it('a job output the job does not declare (needs.plan.outputs.matirx)', async () => {
      const file = await broken(
        'publish.yml',
        'fromJSON(needs.plan.outputs.matrix)',
        'fromJSON(needs.plan.outputs.matirx)',
      );
      // Only read where there is a target to test.
      await expect(run(file, await push(withTarget), {}, withTarget)).rejects.toThrow(
        /needs\.plan\.outputs\.matirx does not exist/,
      );
    });

    it('a matrix key the plan does not give (matrix.manfest)', async () => {
      const file = await broken(
        'pr-validate.yml',
        'manifest: ${{ matrix.manifest }}',
        'manifest: ${{ matrix.manfest }}',
      );
      await expect(
        run(file, pullRequest(10, await withTarget.head()), {}, withTarget),
      ).rejects.toThrow(/matrix\.manfest does not exist/);
    });

    it('a job that assumes the AWS role without id-token: write', async () => {
      const file = await broken(
        'publish.yml',
        '      id-token: write # assumes MODELGATE_ROLE (OIDC)\n    outputs:',
        '    outputs:',
      );
      const r = await run(file, await push(), {
        MODELGATE_REGISTRY: 's3://bucket/registry',
        MODELGATE_ROLE: 'arn:aws:iam::123456789012:role/modelgate',
      });
      expect(r.only('publish').result).toBe('failure');
      const creds = r.only('publish').steps.find((s) => s.uses?.startsWith('aws-actions/'))!;
      expect(creds.log).toMatch(/not granted id-token: write/);
      expect(r.only('staging').result).toBe('skipped');
    });
  });
});

function pullRequest(number: number, sha: string): Trigger {
  return {
    name: 'pull_request',
    ref: `refs/pull/${number}/merge`,
    sha,
    payload: {
      number,
      pull_request: { number, head: { sha, ref: 'change' }, base: { ref: 'main' } },
    },
  };
}

/** Each model's staging version, from `status --json`. */
function stagingOf(json: string): Record<string, string | undefined> {
  const { models } = JSON.parse(json) as {
    models: { model: string; stages: { staging?: { version: string } } }[];
  };
  return Object.fromEntries(models.map((m) => [m.model, m.stages.staging?.version]));
}

/** What the failed steps of a run printed. */
function log(r: WorkflowRun): string {
  return r.jobs
    .flatMap((j) =>
      j.steps.filter((s) => s.outcome === 'failure').map((s) => `${j.id}/${s.id}: ${s.log}`),
    )
    .join('\n');
}

interface Matrix {
  include: { model: string; manifest: string; target: string; image: string; required: boolean }[];
}

describeContainers(
  'workflows end to end: a monorepo, S3 (moto), containers and pull-request comments',
  [BOOKWORM, TRIXIE, MOTO_IMAGE],
  (engine) => {
    // The workflows leave `engine` at auto, as users do: docker is found where DOCKER_HOST
    // points (GitHub's runners have it); without it, podman.
    const engineEnv: Record<string, string> =
      engine.name === 'docker' && engine.env.DOCKER_HOST
        ? { DOCKER_HOST: engine.env.DOCKER_HOST }
        : {};
    let dir: string;
    let cleanup: () => Promise<void>;
    let repo: UserRepo;
    let github: WorkflowGitHub;
    let moto: Moto;
    const IRIS = 'models/iris/modelgate.yaml';
    const registry = `s3://${BUCKET}/registry`;
    /** The environment each promoting job names, by stage. */
    const environments: Record<string, string | undefined> = {};
    let firstProduction = '';
    /** The concurrency group each workflow's run was in, evaluated as GitHub evaluates it. */
    const groups: Record<string, string> = {};
    const groupOf = (r: WorkflowRun) => (r.concurrency as { group: string }).group;

    beforeAll(async () => {
      ({ dir, cleanup } = await tempDir('modelgate-workflows-e2e-'));
      [github, moto] = await Promise.all([new WorkflowGitHub().start(), startMoto()]);
      repo = await monorepo(join(dir, 'repo'), [
        {
          folder: 'iris',
          name: 'iris-classifier',
          targets: ['bookworm-sklearn12', 'trixie-sklearn14'],
        },
        { folder: 'lite', name: 'iris-lite', targets: ['trixie-sklearn14'] },
      ]);
    }, 300_000);
    afterAll(async () => {
      await Promise.all([github?.stop(), moto?.stop()]);
      await cleanup?.();
    });

    const vars = () => ({
      MODELGATE_MANIFESTS: 'models/*/modelgate.yaml',
      MODELGATE_REGISTRY: registry,
      MODELGATE_S3_ENDPOINT: moto.endpoint,
      MODELGATE_ROLE: 'arn:aws:iam::123456789012:role/modelgate',
      MODELGATE_READ_ROLE: 'arn:aws:iam::123456789012:role/modelgate-read',
    });
    const run = (file: string, trigger: Trigger) =>
      runWorkflow({
        file: join(WORKFLOWS, file),
        repo: repo.dir,
        workDir: join(dir, 'runner'),
        trigger,
        vars: vars(),
        aws: MOTO_ENV,
        env: { GITHUB_API_URL: github.url, ...engineEnv },
        token: WorkflowGitHub.token,
      });
    const push = async (): Promise<Trigger> => {
      const sha = await repo.head();
      return {
        name: 'push',
        ref: 'refs/heads/main',
        sha,
        payload: { ref: 'refs/heads/main', after: sha },
      };
    };
    const dispatch = async (inputs: Record<string, string>): Promise<Trigger> => ({
      name: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: await repo.head(),
      inputs,
      payload: { ref: 'refs/heads/main', inputs },
    });
    const status = async (): Promise<Record<string, string | undefined>> => {
      const r = await runCli(
        [
          'status',
          '--manifest',
          'models/*/modelgate.yaml',
          '--registry',
          registry,
          '--s3-endpoint',
          moto.endpoint,
          '--json',
        ],
        { cwd: repo.dir, env: { ...process.env, ...MOTO_ENV, GITHUB_ACTIONS: '' } },
      );
      expect(r.code, r.stderr).toBe(0);
      return stagingOf(r.stdout);
    };
    const keys = async (prefix: string): Promise<string[]> => {
      const r = await moto
        .client()
        .send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
      return (r.Contents ?? []).map((o) => o.Key!);
    };
    const manifestOf = async (path: string) =>
      parse(await readFile(join(repo.dir, path), 'utf8')) as {
        model: { name: string; version: string };
        promotion: { canary: { steps: number[] } };
      };

    /** Publish on a push to main, checked from what plan said it would test. */
    const publish = async (): Promise<WorkflowRun> => {
      const r = await run('publish.yml', await push());
      expect(r.conclusion, log(r)).toBe('success');
      const matrix = JSON.parse(r.only('plan').outputs.matrix!) as Matrix;
      expect(matrix.include.length).toBeGreaterThan(1);
      // One recorded test job per matrix entry, each on its own target.
      const compat = r.job('compat');
      expect(compat.map((j) => j.matrix)).toEqual(matrix.include);
      for (const j of compat) {
        const step = j.steps.find((s) => s.inputs.command === 'test')!;
        expect(step.inputs).toMatchObject({
          target: j.matrix!.target,
          manifest: j.matrix!.manifest,
          record: 'true',
        });
        expect(step.outcome, step.log).toBe('success');
        // Under the engine this block is for, which the action found by itself (engine: auto).
        expect(/ target[s]?, (docker|podman)\)/.exec(step.log)?.[1], step.log).toBe(engine.name);
      }
      expect(r.only('staging').result).toBe('success');
      groups.publish = groupOf(r);
      for (const e of matrix.include) {
        const m = await manifestOf(e.manifest);
        const evidence = await keys(`registry/models/${m.model.name}/evidence/${m.model.version}/`);
        expect(evidence.some((k) => k.includes(e.target))).toBe(true);
      }
      return r;
    };

    it('publish.yml on a push to main: plan, publish, a recorded test per target, staging', async () => {
      await publish();
      const staging = await status();
      for (const path of [IRIS, 'models/lite/modelgate.yaml']) {
        const m = await manifestOf(path);
        expect(staging[m.model.name], m.model.name).toBe(m.model.version);
      }
    }, 900_000);

    it('promote.yml to canary: only the canary job runs, in its own environment', async () => {
      const r = await run(
        'promote.yml',
        await dispatch({ manifest: IRIS, to: 'canary', reason: 'first canary' }),
      );
      expect(r.conclusion, log(r)).toBe('success');
      expect(r.only('production').result).toBe('skipped');
      const job = r.only('canary');
      environments.canary = job.environment;
      const m = await manifestOf(IRIS);
      expect(job.steps.find((s) => s.id === 'promote')!.outputs).toMatchObject({
        model: m.model.name,
        version: m.model.version,
        stage: 'canary',
        'canary-weight': String(m.promotion.canary.steps[0]),
      });
      // Never publish's group: a push cannot cancel this promotion while it waits.
      expect(r.concurrency).toMatchObject({ 'cancel-in-progress': false, queue: 'max' });
      expect(groupOf(r)).toContain(IRIS);
      expect(groupOf(r)).not.toBe(groups.publish);
      groups.promote = groupOf(r);
    }, 300_000);

    it('promote.yml to production: the file analysis on record, then production, in another environment', async () => {
      const r = await run(
        'promote.yml',
        await dispatch({ manifest: IRIS, to: 'production', reason: 'canary is healthy' }),
      );
      expect(r.conclusion, log(r)).toBe('success');
      expect(r.only('canary').result).toBe('skipped');
      const job = r.only('production');
      environments.production = job.environment;
      const analyze = job.steps.find((s) => s.id === 'analyze')!;
      expect(analyze.outputs.verdict).toBe('pass');
      const promote = job.steps.find((s) => s.id === 'promote')!;
      // The version the analysis judged is the one promoted.
      expect(promote.inputs.version).toBe(analyze.outputs.version);
      expect(promote.outputs).toMatchObject({
        stage: 'production',
        version: analyze.outputs.version,
      });
      firstProduction = promote.outputs.version!;
      expect(environments.canary).toBeTruthy();
      expect(environments.production).toBeTruthy();
      expect(environments.production).not.toBe(environments.canary);
    }, 300_000);

    it('pr-validate.yml on a pull request: compared with production, one comment per model, no registry write', async () => {
      const before = await keys('registry/');
      await repo.checkout('change-iris', true);
      await repo.edit(IRIS, (t) => t.replace(/^(\s+version:) \S+$/m, '$1 1.2.1'));
      const sha = await repo.commit('iris 1.2.1');
      const r = await run('pr-validate.yml', pullRequest(7, sha));
      await repo.checkout('main');
      expect(r.conclusion, log(r)).toBe('success');
      const matrix = JSON.parse(r.only('validate').outputs.matrix!) as Matrix;
      expect(r.job('test').map((j) => j.matrix)).toEqual(matrix.include);
      const comments = github.fake.on(7);
      const models = [...new Set(matrix.include.map((e) => e.model))];
      expect(comments).toHaveLength(models.length);
      const iris = comments.find((c) => c.body.includes('iris-classifier'))!;
      // The comparison with production is made where production holds a version, only there.
      expect(iris.body).toContain('signature vs production');
      expect(iris.body).toContain(firstProduction);
      const lite = comments.find((c) => c.body.includes('iris-lite'))!;
      expect(lite.body).not.toContain('signature vs production');
      expect(await keys('registry/')).toEqual(before);
    }, 900_000);

    it('a second version through production, then rollback.yml restores the first', async () => {
      await repo.edit(IRIS, (t) => t.replace(/^(\s+version:) \S+$/m, '$1 1.3.0'));
      await repo.commit('iris 1.3.0');
      await publish();
      for (const [to, reason] of [
        ['canary', 'second canary'],
        ['production', 'second canary is healthy'],
      ]) {
        const r = await run(
          'promote.yml',
          await dispatch({ manifest: IRIS, to: to!, reason: reason! }),
        );
        expect(r.conclusion, log(r)).toBe('success');
      }
      const r = await run(
        'rollback.yml',
        await dispatch({ manifest: IRIS, stage: 'production', reason: 'p95 doubled' }),
      );
      expect(r.conclusion, log(r)).toBe('success');
      const job = r.only('rollback');
      expect(job.environment).toBe(environments.production);
      const step = job.steps.find((s) => s.id === 'rollback')!;
      expect(step.outputs).toMatchObject({ version: firstProduction, 'previous-version': '1.3.0' });
      // Its own group: neither a push nor a queue of promotions holds it up or cancels it.
      expect(r.concurrency).toMatchObject({ 'cancel-in-progress': false, queue: 'max' });
      expect(groupOf(r)).toContain(IRIS);
      expect([groups.publish, groups.promote]).not.toContain(groupOf(r));
    }, 1_200_000);

    it("monitor.yml on a schedule: a regression opens the model's issue, a healthy run closes it", async () => {
      const schedule = async (): Promise<Trigger> => ({
        name: 'schedule',
        ref: 'refs/heads/main',
        sha: await repo.head(),
        payload: { schedule: '*/30 * * * *' },
      });
      const ours = () => github.fake.issues.filter((i) => i.state === 'open');
      const healthy = await run('monitor.yml', await schedule());
      expect(healthy.conclusion, log(healthy)).toBe('success');
      const step = () => healthy.only('monitor').steps.find((s) => s.id === 'monitor')!;
      expect(step().outputs.verdict).toBe('pass');
      // iris-lite never reached production: nothing to judge, and no error for it.
      expect(step().log).toMatch(/iris-lite: nothing in production to monitor/);
      expect(ours()).toHaveLength(0);

      const metrics = 'models/iris/canary-metrics.json';
      const pristine = await readFile(join(repo.dir, metrics), 'utf8');
      await repo.edit(metrics, () =>
        JSON.stringify({ metrics: { error_rate: 0.2, p95_latency_ms: 20 } }),
      );
      await repo.commit('iris errors');
      const bad = await run('monitor.yml', await schedule());
      expect(bad.conclusion).toBe('failure');
      expect(bad.only('monitor').steps.find((s) => s.id === 'monitor')!.outputs.verdict).toBe(
        'fail',
      );
      expect(ours()).toHaveLength(1);
      expect(ours()[0]!.body).toMatch(/production monitoring of `?iris-classifier`? \S+: fail/);

      await repo.edit(metrics, () => pristine);
      await repo.commit('iris recovered');
      const recovered = await run('monitor.yml', await schedule());
      expect(recovered.conclusion, log(recovered)).toBe('success');
      expect(ours()).toHaveLength(0);
      expect(github.fake.issues).toHaveLength(1);
    }, 300_000);
  },
);
