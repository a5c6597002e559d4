import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO } from '../helpers/cli.js';

const exec = promisify(execFile);

/** A user's model repository in a temporary folder: a git work tree on `main`. */
export interface UserRepo {
  dir: string;
  /** The commit HEAD points at. */
  head(): Promise<string>;
  /** Commits everything (on the current branch) and returns the new commit. */
  commit(message: string): Promise<string>;
  /** Switches to `branch`, creating it from HEAD when `create`. */
  checkout(branch: string, create?: boolean): Promise<void>;
  /** Rewrites a file of the repository through `edit`. */
  edit(path: string, edit: (text: string) => string): Promise<void>;
}

async function git(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec(
    'git',
    ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com', ...args],
    { cwd: dir },
  );
  return stdout.trim();
}

/**
 * The README's monorepo: `models/<folder>/modelgate.yaml`, each a copy of examples/iris (its
 * pickle, samples and canary metrics), named and targeted as `models` says. `targets` keeps
 * only those of the example's compatibility targets; an empty list removes the section.
 */
export async function monorepo(
  dir: string,
  models: { folder: string; name: string; targets: string[] }[],
): Promise<UserRepo> {
  const repo: UserRepo = {
    dir,
    head: () => git(dir, 'rev-parse', 'HEAD'),
    async commit(message) {
      await git(dir, 'add', '--all');
      await git(dir, 'commit', '--quiet', '--allow-empty', '-m', message);
      return repo.head();
    },
    async checkout(branch, create = false) {
      await git(dir, 'checkout', '--quiet', ...(create ? ['-b'] : []), branch);
    },
    async edit(path, edit) {
      const file = join(dir, path);
      await writeFile(file, edit(await readFile(file, 'utf8')));
    },
  };
  await mkdir(dir, { recursive: true });
  await git(dir, 'init', '--quiet', '--initial-branch', 'main');
  await writeFile(join(dir, '.gitignore'), '.modelgate/\n');
  for (const m of models) {
    const to = join(dir, 'models', m.folder);
    await cp(join(REPO, 'examples/iris'), to, {
      recursive: true,
      filter: (src) => !src.endsWith('generate.py'),
    });
    await repo.edit(`models/${m.folder}/modelgate.yaml`, (text) =>
      withTargets(
        text
          .replace(/^# yaml-language-server:.*\n/m, '')
          .replace(/^(\s+name:) iris-classifier$/m, `$1 ${m.name}`),
        m.targets,
      ),
    );
  }
  await repo.commit('models');
  return repo;
}

/** The manifest with only the named compatibility targets (none: no compatibility section). */
function withTargets(text: string, keep: string[]): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('compatibility:'));
  let end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  if (end < 0) end = lines.length;
  if (keep.length === 0) return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
  const section = lines.slice(start, end);
  const out: string[] = [];
  let keeping = true;
  for (const line of section) {
    const target = /^\s+- name: (\S+)/.exec(line);
    if (target) keeping = keep.includes(target[1]!);
    if (keeping || !/^\s{4,}/.test(line)) out.push(line);
  }
  return [...lines.slice(0, start), ...out, ...lines.slice(end)].join('\n');
}
