import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSource, runActionScript, runnerEnv } from '../helpers/bundle.js';
import { REPO, runNode, tempDir } from '../helpers/cli.js';

interface WorkflowCommand {
  name: string;
  properties: string;
  data: string;
}

/**
 * The workflow commands the runner would run from a step's output, found as actions/runner's
 * ActionCommand finds them: the stream split as StreamReader.ReadLine splits it (\r\n, \r or
 * \n), then `::name props::data` after leading white space (TryParseV2), else `##[name props]`
 * anywhere in the line (the legacy TryParse). Any name counts, registered or not.
 */
function commandsIn(output: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085]+/u, '');
    const end = trimmed.startsWith('::') ? trimmed.indexOf('::', 2) : -1;
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      out.push({
        name: space < 0 ? info : info.slice(0, space),
        properties: space < 0 ? '' : info.slice(space + 1),
        data: trimmed.slice(end + 2),
      });
      continue;
    }
    const at = line.indexOf('##[');
    const close = at >= 0 ? line.indexOf(']', at) : -1;
    if (close >= 0) {
      const info = line.slice(at + 3, close);
      const space = info.indexOf(' ');
      out.push({
        name: space < 0 ? info : info.slice(0, space),
        properties: space < 0 ? '' : info.slice(space + 1),
        data: line.slice(close + 1),
      });
    }
  }
  return out;
}

// A protocol-0 pickle that calls os.system when loaded: an unsafe file, so it is annotated.
const EVIL = "cos\nsystem\n(S'echo pwned'\ntR.";

/** File names, each of which would issue a command if printed as it is. */
const NAMES = [
  'x\n::error::injected',
  'y\r::warning::injected',
  'z\r\n   ::add-mask::verdict',
  'w\n::stop-commands::halt',
  'v\n::set-output name=verdict::pass',
  'u##[error]injected',
  't\n\t::notice::injected',
];

let dir: string;
let ws: string;
let cleanup: () => Promise<void>;
let bundle: { action: string; cli: string };
let runs = 0;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-log-escaping-'));
  bundle = await bundleSource(dir);
  ws = join(dir, 'ws');
  await mkdir(join(ws, '.git'), { recursive: true });
  await mkdir(join(ws, 'drop'), { recursive: true });
  await writeFile(join(ws, 'drop', NAMES[0]!), EVIL);
  for (const name of NAMES.slice(1)) await writeFile(join(ws, 'drop', name), 'ok');
  // A manifest whose artifact path carries a command, and the unsafe file it names.
  await mkdir(join(ws, 'evil/model'), { recursive: true });
  await writeFile(join(ws, 'evil/model', NAMES[0]!), EVIL);
  await writeFile(
    join(ws, 'evil/modelgate.yaml'),
    [
      'apiVersion: modelgate/v1',
      'model:',
      '  name: evil',
      '  version: 1.0.0',
      '  framework: sklearn',
      '  artifacts:',
      `    - path: ${JSON.stringify('model/' + NAMES[0])}`,
      '',
    ].join('\n'),
  );
  await cp(join(REPO, 'examples/iris'), join(ws, 'iris'), { recursive: true });
});
afterAll(() => cleanup());

const action = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  runActionScript(
    bundle.action,
    join(dir, `runner-${++runs}`),
    { comment: 'false', ...inputs },
    { cwd: ws, env },
  );

const cli = async (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runNode(bundle.cli, args, {
    cwd: ws,
    env: await runnerEnv(join(dir, `runner-${++runs}`), { cwd: ws, env }),
  });

/** Only the commands modelgate itself issues: annotations (with a title) and the failure. */
function expectOnlyOwnCommands(output: string, failure: string) {
  const commands = commandsIn(output);
  for (const c of commands) {
    expect(['error', 'warning', 'notice'], JSON.stringify(c)).toContain(c.name);
    if (c.properties === '') expect(c.data, JSON.stringify(c)).toBe(failure);
    else expect(c.properties).toMatch(/^title=/);
  }
  expect(commands.filter((c) => c.properties === '')).toHaveLength(1);
}

describe('untrusted text in the log never starts a workflow command', () => {
  it('file names in a scan by the action', async () => {
    const r = await action({ command: 'scan', paths: 'drop' });
    expect(r.code).toBe(1);
    expectOnlyOwnCommands(r.stdout + r.stderr, 'modelgate scan: fail');
    // The unsafe file's annotation carries the name, escaped as a property by @actions/core.
    expect(r.stdout).toMatch(
      /^::error title=pickle-unsafe-global,file=drop\/x%0A%3A%3Aerror%3A%3Ainjected::calls os\.system/m,
    );
    // The report still names every file, its would-be command escaped.
    expect(r.stdout).toContain('\n\\::error::injected');
    expect(r.stdout).toContain('\r\\::warning::injected');
    expect(r.stdout).toContain('\r\n   \\::add-mask::verdict');
    expect(r.stdout).toContain('drop/u##\\[error]injected');
    expect(r.outputs.verdict).toBe('fail');
  });

  it('an artifact path in a manifest, validated by the action', async () => {
    const r = await action({ command: 'validate', manifest: 'evil/modelgate.yaml' });
    expect(r.code).toBe(1);
    expectOnlyOwnCommands(r.stdout + r.stderr, 'modelgate validate: fail');
    expect(r.stdout).toContain('\\::error::injected');
  });

  it('a --reason, recorded and shown by the action', async () => {
    const reason = 'why\n::error::injected ##[add-mask]x\r::stop-commands::halt';
    const r = await action({
      command: 'rollback',
      manifest: 'iris/modelgate.yaml',
      stage: 'canary',
      reason,
    });
    expect(r.code).toBe(1);
    expectOnlyOwnCommands(r.stdout + r.stderr, 'modelgate rollback: fail');
    expect(r.stdout).toContain(
      'reason: why\n\\::error::injected ##\\[add-mask]x\r\\::stop-commands::halt',
    );
  });

  it('file names and a model name from the CLI in an Actions step (text and --json), not on a laptop', async () => {
    const text = await cli(['scan', 'drop']);
    expect(text.code).toBe(1);
    expect(commandsIn(text.stdout + text.stderr)).toEqual([]);
    const json = await cli(['scan', 'drop', '--json']);
    expect(commandsIn(json.stdout + json.stderr)).toEqual([]);
    // The document still decodes to the real names.
    const paths = (JSON.parse(json.stdout) as { files: { path: string }[] }).files.map(
      (f) => f.path,
    );
    expect(paths.sort()).toEqual(NAMES.map((n) => `drop/${n}`).sort());
    const status = await cli(['status', '--model', 'x##[error]injected']);
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('model name "x##\\[error]injected" is not valid');
    expect(commandsIn(status.stdout + status.stderr)).toEqual([]);
    // On a laptop no runner reads the output: the names are printed as they are.
    const laptop = await cli(['scan', 'drop'], { GITHUB_ACTIONS: undefined });
    expect(laptop.stdout).toContain('drop/x\n::error::injected');
    expect(laptop.stdout).toContain('drop/u##[error]injected');
  });
});

describe('no secret in a message', () => {
  const SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY';
  const REGISTRY = `s3://AKIAIOSFODNN7EXAMPLE:${SECRET}@models/registry`;

  it('the action masks its token and URL credentials before it prints anything', async () => {
    const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
    const r = await action({ command: 'status', registry: REGISTRY, 'github-token': token });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`::add-mask::${token}`);
    const masks = lines.filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual([
      `::add-mask::${token}`,
      `::add-mask::AKIAIOSFODNN7EXAMPLE:${SECRET}`,
      `::add-mask::${SECRET}`,
    ]);
    // The runner masks what follows an add-mask; the action masks it itself all the same.
    expect(lines.filter((l) => l.includes(SECRET) && !l.startsWith('::add-mask::'))).toEqual([]);
    // The refusal itself shows no userinfo, and neither does the job summary.
    expect(r.stdout).toMatch(/::error::--registry s3:\/\/\S*@models\/…: credentials do not belong/);
    expect(r.summary).toContain('credentials do not belong in the registry URI');
    expect(r.summary).not.toContain(SECRET);
  });

  it('the CLI shows no credential of a URL it was given, nor GITHUB_TOKEN', async () => {
    for (const env of [{}, { GITHUB_ACTIONS: undefined }]) {
      const token = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
      const r = await cli(['status', '--registry', REGISTRY, '--json'], {
        ...env,
        GITHUB_TOKEN: token,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /--registry s3:\/\/\S*@models\/…: credentials do not belong in the registry URI/,
      );
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      expect(r.stdout + r.stderr).not.toContain('AKIAIOSFODNN7EXAMPLE');
      expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'error' });
    }
  });
});
