import {
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from './parser.js';
import type {
  ActionStep,
  Job,
  RunStep,
  Step,
  WorkflowTemplate,
} from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO, runNode } from '../helpers/cli.js';
import {
  type Contexts,
  evalCondition,
  evalString,
  evalToken,
  evaluate,
  strict,
  truthy,
  WorkflowError,
} from './expressions.js';

export { WorkflowError } from './expressions.js';

/** The action as action.yml declares it: what a step may pass and what it may read back. */
interface ActionMeta {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export type Permissions = Record<string, string>;

export interface StepRun {
  id: string;
  uses?: string;
  run?: string;
  outcome: 'success' | 'failure' | 'skipped';
  /** The inputs the step was given, after expressions (a modelgate step's `with:`). */
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  /** What the step printed (stdout, then stderr). */
  log: string;
  summary: string;
}

export interface JobRun {
  id: string;
  name: string;
  matrix?: Record<string, unknown>;
  environment?: string;
  concurrency?: unknown;
  permissions: Permissions;
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepRun[];
}

export interface WorkflowRun {
  file: string;
  conclusion: 'success' | 'failure';
  concurrency?: unknown;
  jobs: JobRun[];
  /** Every run of the job (one per matrix entry; one skipped run when its `if:` was false). */
  job(id: string): JobRun[];
  /** The one run of a job without a matrix. */
  only(id: string): JobRun;
}

export interface Trigger {
  /** pull_request, push or workflow_dispatch. */
  name: string;
  payload: Record<string, unknown>;
  ref: string;
  sha: string;
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
}

export interface RunWorkflowOptions {
  /** The workflow file, as a user copies it. */
  file: string;
  /** The user's repository, checked out (checkout steps find it there). */
  repo: string;
  /** Where the runner keeps its files (outputs, summaries, event payloads), one folder per step. */
  workDir: string;
  trigger: Trigger;
  /** Repository variables (`vars.*`). */
  vars: Record<string, string>;
  /** What configure-aws-credentials exports when it succeeds (moto's keys). */
  aws?: Record<string, string>;
  /** Environment every step gets (GITHUB_API_URL, DOCKER_HOST …). */
  env?: Record<string, string>;
  /** The token a job gets for its permissions: lets a test server refuse what the job may not do. */
  token?: (permissions: Permissions) => string;
  stepTimeoutMs?: number;
}

const REPOSITORY = 'acme/models';
const isModelgate = (uses: string) => /(^|\/)modelgate@/.test(uses) || uses === './';

/** GitHub's permission scopes, for `read-all` and `write-all`. */
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses',
];

function permissionsOf(raw: unknown): Permissions | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (raw === 'read-all' || raw === 'write-all') {
    const level = raw === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(SCOPES.map((s) => [s, s === 'id-token' ? 'none' : level]));
  }
  if (typeof raw === 'object') return { ...(raw as Permissions) };
  throw new WorkflowError(`permissions: ${JSON.stringify(raw)} is not a permission set`);
}

export interface LoadedWorkflow {
  template: WorkflowTemplate;
  /** Each job's steps' `with:` tokens, in step order: the converted template leaves them out. */
  withs: Map<string, (TemplateToken | undefined)[]>;
}

function field(t: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return t && isMapping(t) ? t.find(key) : undefined;
}

/** Parses and converts a workflow with GitHub's parser; any error it reports fails the run. */
export async function loadWorkflow(file: string): Promise<LoadedWorkflow> {
  const content = await readFile(file, 'utf8');
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length || !parsed.value) throw new WorkflowError(`${file}: ${errors.join('; ')}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length)
    throw new WorkflowError(`${file}: ${template.errors.map((e) => e.Message).join('; ')}`);
  const withs = new Map<string, (TemplateToken | undefined)[]>();
  const jobs = field(parsed.value, 'jobs');
  if (jobs && isMapping(jobs)) {
    for (const { key, value } of jobs) {
      const steps = field(value, 'steps');
      withs.set(
        isString(key) ? key.value : String(key),
        steps && isSequence(steps) ? [...steps].map((s) => field(s, 'with')) : [],
      );
    }
  }
  return { template, withs };
}

async function actionMeta(): Promise<ActionMeta> {
  return parse(await readFile(join(REPO, 'action.yml'), 'utf8')) as ActionMeta;
}

/** `name=value` lines and `name<<DELIMITER … DELIMITER` blocks, as GITHUB_OUTPUT and GITHUB_ENV hold. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function branchMatches(patterns: string[], branch: string): boolean {
  return patterns.some((p) => {
    const re = new RegExp(
      '^' +
        p
          .split(/(\*\*|\*)/)
          .map((part) =>
            part === '**'
              ? '.*'
              : part === '*'
                ? '[^/]*'
                : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('') +
        '$',
    );
    return re.test(branch);
  });
}

/** The inputs of a workflow_dispatch run, checked as GitHub's "Run workflow" form checks them. */
function dispatchInputs(template: WorkflowTemplate, given: Record<string, string> = {}) {
  const declared = template.events.workflow_dispatch?.inputs ?? {};
  for (const name of Object.keys(given))
    if (!(name in declared)) throw new WorkflowError(`workflow_dispatch has no input ${name}`);
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name] ?? (spec.default === undefined ? '' : String(spec.default));
    if (spec.required && value === '')
      throw new WorkflowError(`workflow_dispatch input ${name} is required`);
    if (spec.options && value !== '' && !spec.options.includes(value))
      throw new WorkflowError(
        `workflow_dispatch input ${name}: ${value} is not one of ${spec.options}`,
      );
    inputs[name] = spec.type === 'boolean' ? value === 'true' : value;
  }
  return strict('inputs', inputs);
}

/** Expands a strategy's matrix as GitHub does for the shapes workflows use: vectors × include. */
function expandMatrix(job: string, matrix: unknown): Record<string, unknown>[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix))
    throw new WorkflowError(
      `job ${job}: strategy.matrix is not a mapping: ${JSON.stringify(matrix)}`,
    );
  const { include, exclude, ...vectors } = matrix as Record<string, unknown>;
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values) || values.length === 0)
      throw new WorkflowError(`job ${job}: matrix vector ${key} does not contain any values`);
    combos = combos.flatMap((c) => values.map((v: unknown) => ({ ...c, [key]: v })));
  }
  if (Object.keys(vectors).length === 0) combos = [];
  for (const ex of (exclude as Record<string, unknown>[] | undefined) ?? [])
    combos = combos.filter((c) => !Object.entries(ex).every(([k, v]) => c[k] === v));
  for (const inc of (include as Record<string, unknown>[] | undefined) ?? []) combos.push(inc);
  if (combos.length === 0)
    throw new WorkflowError(
      `job ${job}: the matrix is empty; GitHub fails the run ("Matrix vector 'include' does not contain any values")`,
    );
  return combos;
}

function run(
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish in ${opts.timeoutMs} ms`));
    }, opts.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs a workflow file as GitHub would for one event: parsed and converted by GitHub's own
 * parser; jobs in the order their `needs` ask; job and step `if:`s, `env:`, `strategy.matrix`,
 * `environment`, `concurrency` and outputs evaluated with GitHub's expression evaluator;
 * modelgate steps run as the runner runs a node action (`node dist/index.js` with INPUT_*,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, then action.yml's `post:` at the end
 * of the job), `run:` steps in bash. Checkout stands for the repository already being there;
 * configure-aws-credentials exports `aws` (moto's keys) when the job may mint an OIDC token.
 *
 * What GitHub would refuse or silently misread throws a WorkflowError: a parse error, an
 * event the workflow does not run on, an input action.yml does not declare, an output,
 * step, job or matrix key that does not exist, an empty matrix, an action it cannot stand in
 * for. A step that fails fails its job, as on GitHub: see the run's conclusion and jobs.
 */
export async function runWorkflow(opts: RunWorkflowOptions): Promise<WorkflowRun> {
  const { template, withs } = await loadWorkflow(opts.file);
  const raw = parse(await readFile(opts.file, 'utf8')) as {
    permissions?: unknown;
    jobs: Record<string, { permissions?: unknown }>;
  };
  const meta = await actionMeta();
  const { trigger } = opts;
  const event = template.events[trigger.name] as { branches?: string[] } | null | undefined;
  if (event === undefined) throw new WorkflowError(`${opts.file} does not run on ${trigger.name}`);
  const branch = trigger.ref.replace(/^refs\/heads\//, '');
  if (trigger.name === 'push' && event?.branches && !branchMatches(event.branches, branch))
    throw new WorkflowError(`${opts.file} does not run on a push to ${branch}`);
  const inputs =
    trigger.name === 'workflow_dispatch' ? dispatchInputs(template, trigger.inputs) : {};

  await mkdir(opts.workDir, { recursive: true });
  const eventPath = join(opts.workDir, `event-${Date.now()}.json`);
  await writeFile(eventPath, JSON.stringify(trigger.payload));
  const github = {
    event_name: trigger.name,
    event: trigger.payload,
    ref: trigger.ref,
    ref_name: trigger.ref.replace(/^refs\/(heads|tags)\//, ''),
    sha: trigger.sha,
    repository: REPOSITORY,
    repository_owner: REPOSITORY.split('/')[0],
    actor: 'octocat',
    run_id: '42',
    run_attempt: '1',
    server_url: 'https://github.com',
    workspace: opts.repo,
    workflow: template.jobs.length ? opts.file : '',
    token: '',
  };
  const vars = opts.vars;
  const wfPermissions = permissionsOf(raw.permissions);
  const top: Contexts = { github, vars, inputs, secrets: {}, status: { failed: false } };
  const concurrency = template.concurrency ? evalToken(template.concurrency, top) : undefined;
  const wfEnv = template.env
    ? (evalToken(template.env, top) as Record<string, string>)
    : ({} as Record<string, string>);

  const runs: JobRun[] = [];
  const done = new Map<string, { result: JobRun['result']; outputs: Record<string, string> }>();
  const jobs = template.jobs.filter((j): j is Job => j.type === 'job');
  if (jobs.length !== template.jobs.length)
    throw new WorkflowError(`${opts.file}: reusable workflow jobs are not stood in for`);
  const pending = [...jobs];
  /** Every job `id` needs, directly or through the jobs it needs. */
  const ancestorsOf = (id: string, seen = new Set<string>()): string[] => {
    for (const n of jobs.find((j) => j.id.value === id)?.needs ?? [])
      if (!seen.has(n.value)) {
        seen.add(n.value);
        ancestorsOf(n.value, seen);
      }
    return [...seen];
  };
  let stepSeq = 0;

  while (pending.length) {
    // Of the jobs ready to run, the last in the file: GitHub runs them at once, in any order, so a
    // job that relies on another it does not `need` (declared before it, as a reader expects)
    // runs first here and fails, rather than passing by the file's order.
    const index = pending.findLastIndex((j) => (j.needs ?? []).every((n) => done.has(n.value)));
    if (index < 0) throw new WorkflowError(`${opts.file}: the jobs' needs form a cycle`);
    const job = pending.splice(index, 1)[0]!;
    const id = job.id.value;
    const needIds = (job.needs ?? []).map((n) => n.value);
    const needs = strict(
      'needs',
      Object.fromEntries(
        needIds.map((n) => {
          const d = done.get(n)!;
          return [n, { result: d.result, outputs: strict(`needs.${n}.outputs`, { ...d.outputs }) }];
        }),
      ),
    );
    const permissions = permissionsOf(raw.jobs[id]?.permissions) ??
      wfPermissions ?? { contents: 'read' };
    const token = opts.token?.(permissions) ?? 'ghs_token';
    const jobGithub = { ...github, job: id, token };
    const jobCtx: Contexts = {
      github: jobGithub,
      vars,
      inputs,
      needs,
      secrets: {},
      status: {
        failed: ancestorsOf(id).some((n) => done.get(n)!.result === 'failure'),
        skipped: ancestorsOf(id).some((n) => done.get(n)!.result === 'skipped'),
      },
    };
    const outputsDeclared = job.outputs ? [...job.outputs].map((p) => evalString(p.key, top)) : [];
    const skip = (): void => {
      const r: JobRun = {
        id,
        name: id,
        permissions,
        result: 'skipped',
        outputs: {},
        steps: [],
      };
      runs.push(r);
      done.set(id, {
        result: 'skipped',
        outputs: Object.fromEntries(outputsDeclared.map((o) => [o, ''])),
      });
    };
    if (!evalCondition(job.if, jobCtx)) {
      skip();
      continue;
    }

    const strategy = job.strategy
      ? (evalToken(job.strategy, jobCtx) as { matrix?: unknown } | null)
      : null;
    const entries =
      strategy?.matrix !== undefined ? expandMatrix(id, strategy.matrix) : [undefined];
    const merged: Record<string, string> = {};
    let result: JobRun['result'] = 'success';

    for (const entry of entries) {
      const ctx: Contexts = {
        ...jobCtx,
        matrix: entry ? strict('matrix', { ...entry }) : undefined,
        strategy: entry
          ? { 'fail-fast': true, 'job-index': 0, 'job-total': entries.length }
          : undefined,
      };
      const name = job.name ? evalString(job.name, ctx) : id;
      const environment = job.environment ? evalToken(job.environment, ctx) : undefined;
      const jobConcurrency = job.concurrency ? evalToken(job.concurrency, ctx) : undefined;
      const env: Record<string, string> = {
        ...wfEnv,
        ...(job.env ? (evalToken(job.env, { ...ctx, env: wfEnv }) as Record<string, string>) : {}),
      };
      const steps: StepRun[] = [];
      const stepsCtx: Record<string, unknown> = strict('steps', {});
      const posts: (() => Promise<StepRun>)[] = [];
      let failed = false;

      for (const [stepIndex, step] of (job.steps as Step[]).entries()) {
        const stepId = step.id;
        const sctx: Contexts = { ...ctx, env: { ...env }, steps: stepsCtx, status: { failed } };
        const record = (r: Omit<StepRun, 'id'>) => {
          const s = { id: stepId, ...r };
          steps.push(s);
          const declared =
            s.uses && isModelgate(s.uses)
              ? Object.fromEntries(Object.keys(meta.outputs).map((o) => [o, s.outputs[o] ?? '']))
              : { ...s.outputs };
          stepsCtx[stepId] = {
            outcome: s.outcome,
            conclusion: s.outcome,
            outputs: strict(`steps.${stepId}.outputs`, declared),
          };
          if (s.outcome === 'failure' && !step['continue-on-error']) failed = true;
        };
        if (!evalCondition((step as ActionStep | RunStep).if, sctx)) {
          record({
            uses: 'uses' in step ? step.uses.value : undefined,
            outcome: 'skipped',
            inputs: {},
            outputs: {},
            log: '',
            summary: '',
          });
          continue;
        }
        const stepEnv = (step as ActionStep).env
          ? (evalToken((step as ActionStep).env as TemplateToken, sctx) as Record<string, string>)
          : {};
        const dir = join(opts.workDir, `${String(++stepSeq).padStart(3, '0')}-${id}-${stepId}`);
        await mkdir(dir, { recursive: true });
        const files = {
          GITHUB_OUTPUT: join(dir, 'output'),
          GITHUB_ENV: join(dir, 'env'),
          GITHUB_STATE: join(dir, 'state'),
          GITHUB_STEP_SUMMARY: join(dir, 'summary'),
          GITHUB_PATH: join(dir, 'path'),
        };
        for (const f of Object.values(files)) await writeFile(f, '');
        const processEnv: NodeJS.ProcessEnv = {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ...opts.env,
          ...env,
          ...stepEnv,
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_EVENT_NAME: trigger.name,
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REF: trigger.ref,
          GITHUB_REF_NAME: github.ref_name,
          GITHUB_SHA: trigger.sha,
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_ACTOR: github.actor,
          GITHUB_RUN_ID: github.run_id,
          GITHUB_RUN_ATTEMPT: github.run_attempt,
          GITHUB_SERVER_URL: github.server_url,
          GITHUB_WORKSPACE: opts.repo,
          GITHUB_JOB: id,
          GITHUB_ACTION: stepId,
          RUNNER_TEMP: dir,
          ...files,
        };
        const timeoutMs = opts.stepTimeoutMs ?? 300_000;

        if ('run' in step) {
          const script = evalString(step.run, sctx);
          const r = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
            cwd: opts.repo,
            env: processEnv,
            timeoutMs,
          });
          Object.assign(env, parseFileCommands(await readFile(files.GITHUB_ENV, 'utf8')));
          record({
            run: script,
            outcome: r.code === 0 ? 'success' : 'failure',
            inputs: {},
            outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')),
            log: r.stdout + r.stderr,
            summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
          });
          continue;
        }
        if (!('uses' in step))
          throw new WorkflowError(`job ${id}: step ${stepId} is neither run nor uses`);
        const uses = step.uses.value;
        const withToken = withs.get(id)?.[stepIndex];
        const given = withToken ? (evalToken(withToken, sctx) as Record<string, unknown>) : {};
        const stepInputs = Object.fromEntries(
          Object.entries(given).map(([k, v]) => [
            k,
            v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v),
          ]),
        );

        if (/^actions\/checkout@/.test(uses)) {
          // The repository is already checked out at the trigger's commit.
          const head = await run('git', ['rev-parse', 'HEAD'], {
            cwd: opts.repo,
            env: processEnv,
            timeoutMs,
          });
          const ok = head.code === 0 && head.stdout.trim() === trigger.sha;
          record({
            uses,
            outcome: ok ? 'success' : 'failure',
            inputs: stepInputs,
            outputs: {},
            log: ok ? '' : `the repository is at ${head.stdout.trim()}, not ${trigger.sha}`,
            summary: '',
          });
          continue;
        }
        if (/^aws-actions\/configure-aws-credentials@/.test(uses)) {
          // OIDC: the token exists only for a job granted id-token: write.
          const problems = [
            permissions['id-token'] !== 'write' &&
              'the job is not granted id-token: write, so no OIDC token can be minted',
            !stepInputs['role-to-assume'] && 'role-to-assume is empty',
            !stepInputs['aws-region'] && 'aws-region is empty',
            !opts.aws && 'this run has no AWS stand-in',
          ].filter(Boolean);
          if (!problems.length)
            Object.assign(env, opts.aws, {
              AWS_REGION: stepInputs['aws-region']!,
              AWS_DEFAULT_REGION: stepInputs['aws-region']!,
            });
          record({
            uses,
            outcome: problems.length ? 'failure' : 'success',
            inputs: stepInputs,
            outputs: {},
            log: problems.join('; '),
            summary: '',
          });
          continue;
        }
        if (!isModelgate(uses))
          throw new WorkflowError(
            `job ${id}: step ${stepId} uses ${uses}, which is not stood in for`,
          );

        // The runner passes every declared input: the given value, else action.yml's default.
        for (const k of Object.keys(stepInputs)) {
          if (!(k in meta.inputs))
            throw new WorkflowError(
              `job ${id}: step ${stepId}: Unexpected input '${k}', valid inputs are [${Object.keys(meta.inputs).join(', ')}]`,
            );
        }
        const actionEnv: NodeJS.ProcessEnv = { ...processEnv };
        for (const [k, spec] of Object.entries(meta.inputs)) {
          const value =
            stepInputs[k] ??
            (spec.default === undefined
              ? ''
              : spec.default.replace(/\$\{\{\s*github\.token\s*\}\}/g, token));
          actionEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = value;
        }
        const main = join(REPO, meta.runs.main);
        const r = await runNode(main, [], { cwd: opts.repo, env: actionEnv, timeoutMs });
        record({
          uses,
          outcome: r.code === 0 ? 'success' : 'failure',
          inputs: stepInputs,
          outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')),
          log: r.stdout + r.stderr,
          summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
        });
        const post = meta.runs.post;
        if (post) {
          // Runs after the job's steps, with the state the main step saved.
          posts.unshift(async () => {
            const state = existsSync(files.GITHUB_STATE)
              ? parseFileCommands(await readFile(files.GITHUB_STATE, 'utf8'))
              : {};
            const postEnv = { ...actionEnv };
            for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
            const p = await runNode(join(REPO, post), [], {
              cwd: opts.repo,
              env: postEnv,
              timeoutMs,
            });
            return {
              id: `post-${stepId}`,
              uses,
              outcome: p.code === 0 ? 'success' : 'failure',
              inputs: stepInputs,
              outputs: {},
              log: p.stdout + p.stderr,
              summary: '',
            };
          });
        }
      }
      // action.yml's post-if (default always()) decides, with the job's status at its end.
      const postIf = meta.runs['post-if'] ?? 'always()';
      if (
        truthy(evaluate(postIf.replace(/^\$\{\{\s*|\s*\}\}$/g, ''), { ...ctx, status: { failed } }))
      )
        for (const post of posts) {
          const p = await post();
          steps.push(p);
          if (p.outcome === 'failure') failed = true;
        }

      const outputs: Record<string, string> = {};
      if (job.outputs) {
        const octx: Contexts = { ...ctx, env, steps: stepsCtx, status: { failed } };
        for (const { key, value } of job.outputs)
          outputs[evalString(key, top)] = evalString(value, octx);
      }
      Object.assign(merged, outputs);
      if (failed) result = 'failure';
      runs.push({
        id,
        name,
        matrix: entry,
        environment:
          environment === undefined
            ? undefined
            : typeof environment === 'string'
              ? environment
              : String((environment as { name?: unknown }).name),
        concurrency: jobConcurrency,
        permissions,
        result: failed ? 'failure' : 'success',
        outputs,
        steps,
      });
    }
    for (const o of outputsDeclared) merged[o] ??= '';
    done.set(id, { result, outputs: merged });
  }

  return {
    file: opts.file,
    conclusion: runs.some((r) => r.result === 'failure') ? 'failure' : 'success',
    concurrency,
    jobs: runs,
    job: (id) => runs.filter((r) => r.id === id),
    only(id) {
      const found = runs.filter((r) => r.id === id);
      if (found.length !== 1) throw new Error(`job ${id} ran ${found.length} times`);
      return found[0]!;
    },
  };
}
