import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGitHub } from '../action/github-server.js';
import type { Permissions } from './runner.js';

/**
 * The GitHub API a workflow run talks to: FakeGitHub's issue comments behind a front that
 * answers as GitHub answers a job's GITHUB_TOKEN. The token names the job's pull-requests
 * permission, so a job that was not granted `pull-requests: write` gets the 403 GitHub gives;
 * the collaborator-permission endpoint (production's actor check) answers `permission`.
 */
export class WorkflowGitHub {
  readonly fake = new FakeGitHub();
  /** The actor's role on the repository. */
  permission = 'admin';
  url = '';
  private server?: Server;

  /** The GITHUB_TOKEN of a job with these permissions. */
  static token(permissions: Permissions): string {
    // GitHub lets either permission write an issue's comments (a pull request's are those);
    // a new issue needs `issues: write`, which the monitoring job asks for.
    return permissions['pull-requests'] === 'write' || permissions.issues === 'write'
      ? 'ghs_pr-write'
      : 'ghs_pr-read';
  }

  async start(): Promise<this> {
    await this.fake.start();
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(body));
        };
        const auth = req.headers.authorization ?? '';
        const permission = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(
          req.url ?? '',
        );
        if (permission && req.method === 'GET') {
          return send(200, {
            permission: this.permission === 'maintain' ? 'write' : this.permission,
            role_name: this.permission,
            user: { login: permission[1] },
          });
        }
        if (req.method !== 'GET' && !auth.includes('ghs_pr-write'))
          return send(403, { message: 'Resource not accessible by integration' });
        fetch(this.fake.url + (req.url ?? '/'), {
          method: req.method,
          headers: {
            ...(auth ? { authorization: auth } : {}),
            'content-type': req.headers['content-type'] ?? 'application/json',
          },
          body: ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : Buffer.concat(chunks),
        })
          .then(async (r) => {
            const headers: Record<string, string> = {};
            r.headers.forEach((v, k) => {
              // Pagination links name the fake's address: point them back at this front.
              if (k !== 'content-length' && k !== 'transfer-encoding')
                headers[k] = v.split(this.fake.url).join(this.url);
            });
            res.writeHead(r.status, headers);
            res.end(Buffer.from(await r.arrayBuffer()));
          })
          .catch((err: Error) => send(502, { message: err.message }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    await this.fake.stop();
  }
}
