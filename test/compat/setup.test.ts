import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sha256Bytes } from '../../src/digest.js';
import { tempDir } from '../helpers/cli.js';
import { BOOKWORM, containersNamed, describeContainers, TRIXIE } from './containers.js';

// Podman only: a setup installs packages, so it needs a network, and the docker daemon here
// runs with --bridge=none (.ci/dockerd.sh): its containers have no network at all. On a hosted
// runner docker's default bridge gives a setup the network as podman's does here.
describeContainers(
  "a target's setup runs once and is reused as an image",
  [BOOKWORM],
  (engine) => {
    // A fresh setup command per run, so that a cached image from an earlier run cannot pass it.
    const token = randomBytes(6).toString('hex');
    const setup = `echo ${token} > /etc/modelgate-setup-marker`;
    /** The setup image of `base` (by its id, as modelgate keys it) and `setup`. */
    const setupImage = (base: string, what = setup) => {
      const id = engine.tool(['image', 'inspect', '--format', '{{.Id}}', base]).trim();
      return `localhost/modelgate-setup:${sha256Bytes(`${id}\n${what}`).slice(0, 16)}`;
    };
    const image = setupImage(BOOKWORM);
    let dir: string;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      ({ dir, cleanup } = await tempDir('modelgate-setup-'));
      await writeFile(join(dir, 'model.bin'), 'x');
      // The command checks that what setup wrote is in the image it runs in.
      await writeFile(
        join(dir, 'check.py'),
        [
          'import json, os',
          `assert open("/etc/modelgate-setup-marker").read().strip() == "${token}"`,
          'json.dump({"runtime": {}, "samples": {"total": 0, "passed": 0}}, open(os.environ["MODELGATE_RESULT"], "w"))',
        ].join('\n'),
      );
      await writeFile(
        join(dir, 'modelgate.yaml'),
        [
          'apiVersion: modelgate/v1',
          'model: { name: with-setup, version: 1.0.0, framework: custom, artifacts: [{ path: model.bin }] }',
          'compatibility:',
          '  targets:',
          `    - { name: prepared, image: "${BOOKWORM}", setup: "${setup}", command: /usr/bin/python3 check.py, timeout_s: 120 }`,
        ].join('\n'),
      );
    });
    afterAll(async () => {
      engine.tool(['rmi', '--force', image]);
      await cleanup();
    });

    it('builds the image on the first run and reuses it on the second', async () => {
      const first = await engine.cli(['test', '--manifest', join(dir, 'modelgate.yaml')], {
        timeoutMs: 180_000,
      });
      expect(first.stderr).toMatch(
        /prepared: running setup in .* \(once; cached as localhost\/modelgate-setup:/,
      );
      expect(first.code).toBe(0);
      expect(() => engine.tool(['image', 'inspect', image])).not.toThrow();

      const second = await engine.cli(['test', '--manifest', join(dir, 'modelgate.yaml')], {
        timeoutMs: 180_000,
      });
      expect(second.code).toBe(0);
      expect(second.stderr).not.toMatch(/running setup/);
      expect(second.stdout).toMatch(/prepared\s+pass/);
      expect(containersNamed(engine, 'modelgate-setup-prepared-')).toEqual([]);
    });

    it('is built again when the base image it names has moved (a new :latest), not reused stale', async () => {
      // A name of our own that first points at trixie, then at bookworm.
      const base = `localhost/modelgate-setup-base-${token}:latest`;
      const moved = `echo ${token}-moved > /etc/modelgate-setup-marker`;
      await writeFile(
        join(dir, 'moved.yaml'),
        [
          'apiVersion: modelgate/v1',
          'model: { name: moved-base, version: 1.0.0, framework: custom, artifacts: [{ path: model.bin }] }',
          'compatibility:',
          '  targets:',
          `    - { name: moved, image: "${base}", setup: "${moved}", command: /usr/bin/python3 ok.py, timeout_s: 120 }`,
        ].join('\n'),
      );
      await writeFile(
        join(dir, 'ok.py'),
        'import json, os\njson.dump({"runtime": {}, "samples": {"total": 0, "passed": 0}}, open(os.environ["MODELGATE_RESULT"], "w"))\n',
      );
      const built: string[] = [];
      try {
        for (const target of [TRIXIE, BOOKWORM]) {
          engine.tool(['tag', target, base]);
          const r = await engine.cli(['test', '--manifest', join(dir, 'moved.yaml')], {
            timeoutMs: 180_000,
          });
          expect(r.code, r.stderr).toBe(0);
          expect(r.stderr).toMatch(/moved: running setup in /);
          built.push(setupImage(base, moved));
        }
        expect(new Set(built).size).toBe(2);
      } finally {
        for (const i of [...built, base]) engine.tool(['rmi', '--force', i]);
      }
    });

    it('a setup that fails is a clear exit 2, and its container is removed', async () => {
      await writeFile(
        join(dir, 'broken.yaml'),
        [
          'apiVersion: modelgate/v1',
          'model: { name: broken-setup, version: 1.0.0, framework: custom, artifacts: [{ path: model.bin }] }',
          'compatibility:',
          '  targets:',
          `    - { name: broken, image: "${BOOKWORM}", setup: "echo no such package >&2; exit 3", command: "true" }`,
        ].join('\n'),
      );
      const r = await engine.cli(['test', '--manifest', join(dir, 'broken.yaml')], {
        timeoutMs: 180_000,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/setup of target broken exited with code 3: no such package/);
      expect(r.stderr).toMatch(/hint: try it by hand: podman run --rm .* sh -c/);
      expect(containersNamed(engine, 'modelgate-setup-broken-')).toEqual([]);
    });
  },
  { engines: ['podman'] },
);
