import { mkdtemp, rm } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { currentRunId, liveContainers, RUN_LABEL } from '../../src/compat/cancel.js';
import { CliEngine, type RunningServer } from '../../src/compat/engine.js';
import {
  containersLabelled,
  containersNamed,
  describeContainers,
  DOCKER_HOST,
} from './containers.js';

const STANDIN = 'localhost/modelgate-serving-standin:latest';

/** Tries a TCP connection from inside the container to each host:port; prints one verdict a line. */
const PROBE = `
import socket, sys
for target in sys.argv[1:]:
    host, port = target.rsplit(':', 1)
    s = socket.socket(socket.AF_INET6 if ':' in host else socket.AF_INET)
    s.settimeout(3)
    try:
        s.connect((host, int(port)))
        print(target, 'CONNECTED')
    except OSError as e:
        print(target, 'FAILED', e)
`;

describeContainers(
  'a server container has no route out, yet the host reaches it',
  [STANDIN],
  (engine) => {
    const cli = new CliEngine(engine.name);
    let server: RunningServer | undefined;
    let other: RunningServer | undefined;
    let repo: string;
    const saved = process.env.DOCKER_HOST;

    beforeAll(async () => {
      if (engine.name === 'docker' && DOCKER_HOST) process.env.DOCKER_HOST = DOCKER_HOST;
      repo = await mkdtemp(join(tmpdir(), 'modelgate-net-'));
      const spec = {
        image: STANDIN,
        // A plain HTTP server: what it serves does not matter here, only who it can reach.
        command: ['/usr/bin/python3', '-m', 'http.server', '8000', '--directory', '/models'],
        mounts: [{ host: repo, container: '/models', readOnly: true }],
        limits: { cpus: 1, memoryMb: 256, pids: 64 },
        port: 8000,
        label: 'modelgate-nettest',
      };
      server = await cli.startServer(spec);
      other = await cli.startServer({ ...spec, label: 'modelgate-nettest-other' });
    }, 60_000);

    afterAll(async () => {
      await server?.stop();
      await other?.stop();
      await rm(repo, { recursive: true, force: true });
      if (engine.name === 'docker') process.env.DOCKER_HOST = saved;
      expect(containersNamed(engine, 'modelgate-nettest')).toEqual([]);
    }, 30_000);

    it('answers the host at its url; from inside it reaches neither the internet, nor the host, nor another server', async () => {
      // The host reaches the server through the relay, with keep-alive.
      let body = '';
      for (let i = 0; i < 20; i++) {
        try {
          const r = await fetch(`${server!.url}/`);
          body = await r.text();
          if (r.ok) break;
        } catch {
          // Not listening yet.
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(body).toMatch(/Directory listing/);

      // What the server could try: the internet, every address of the host (its own services
      // listen there: the test runner's relay listener on 127.0.0.1 among them), the other
      // server's relay port on the host, and the engine's usual gateways.
      const hostAddrs = Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && !a.internal && a.family === 'IPv4')
        .map((a) => a!.address);
      const otherPort = new URL(other!.url).port;
      const targets = [
        '1.1.1.1:80',
        '8.8.8.8:53',
        ...hostAddrs.map((a) => `${a}:${otherPort}`),
        '10.88.0.1:22',
        '172.17.0.1:22',
      ];
      const out = engine.tool(['exec', server!.name, '/usr/bin/python3', '-c', PROBE, ...targets]);
      const lines = out.trim().split('\n');
      expect(lines).toHaveLength(targets.length);
      for (const line of lines) expect(line).toMatch(/ FAILED .*(unreachable|Errno 101)/i);
      // Its only interface is loopback.
      const ifaces = engine.tool([
        'exec',
        server!.name,
        '/usr/bin/python3',
        '-c',
        'import socket; print(sorted(n for _, n in socket.if_nameindex()))',
      ]);
      expect(ifaces.trim()).toBe("['lo']");
      // And it cannot see the host's relay listener at 127.0.0.1 either: its loopback is its own.
      const self = engine.tool([
        'exec',
        server!.name,
        '/usr/bin/python3',
        '-c',
        PROBE,
        `127.0.0.1:${otherPort}`,
      ]);
      expect(self).toMatch(/FAILED/);
    }, 60_000);

    it('carries the run label on the server and its relay, and both are tracked: what cancellation and the post step remove', () => {
      const labelled = containersLabelled(engine, `${RUN_LABEL}=${currentRunId()}`);
      for (const s of [server!, other!]) {
        expect(labelled).toEqual(expect.arrayContaining([s.name, `${s.name}-relay`]));
        expect(liveContainers()).toEqual(expect.arrayContaining([s.name, `${s.name}-relay`]));
      }
    });

    it('is removed with its relay when stopped, and stopping twice is harmless', async () => {
      const name = other!.name;
      await other!.stop();
      await other!.stop();
      expect(containersNamed(engine, name)).toEqual([]);
      expect(liveContainers()).not.toContain(name);
      expect(liveContainers()).not.toContain(`${name}-relay`);
      await expect(fetch(`${other!.url}/`)).rejects.toThrow();
    }, 30_000);
  },
);
