import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSender, runLoad } from '../../src/serving/load.js';

// A server on loopback that answers by path: /ok echoes, /fail is a 500, /hang never answers,
// /bad answers 200 with a body that is not JSON, /reset drops the connection.
let server: Server;
let base: string;
const sockets = new Set<unknown>();
let seen: { method?: string; type?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ method: req.method, type: req.headers['content-type'], body });
      if (req.url === '/hang') return;
      if (req.url === '/reset') return req.socket.destroy();
      if (req.url === '/fail') {
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"boom"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.url === '/bad' ? 'not json' : JSON.stringify({ echo: JSON.parse(body) }));
    });
  });
  server.on('connection', (s) => sockets.add(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const jsonCheck = (status: number, body: Buffer) =>
  status === 200 && 'echo' in (JSON.parse(body.toString()) as object);

describe('httpSender', () => {
  it('POSTs the body over at most `connections` keep-alive connections', async () => {
    sockets.clear();
    seen = [];
    const { send, close } = httpSender(`${base}/ok`, '{"x":[1,2]}', { connections: 3 });
    try {
      const results = await Promise.all(Array.from({ length: 60 }, () => send()));
      expect(results.every((ok) => ok)).toBe(true);
      // And again: the connections of the first round are reused, not replaced.
      expect(await Promise.all(Array.from({ length: 30 }, () => send()))).not.toContain(false);
    } finally {
      await close();
    }
    expect(seen).toHaveLength(90);
    expect(seen[0]).toEqual({ method: 'POST', type: 'application/json', body: '{"x":[1,2]}' });
    expect(sockets.size).toBeGreaterThan(0);
    expect(sockets.size).toBeLessThanOrEqual(3);
  });

  it('drives runLoad: every request a success, over the connections asked for', async () => {
    sockets.clear();
    const { send, close } = httpSender(`${base}/ok`, Buffer.from('{"x":1}'), {
      connections: 2,
      check: jsonCheck,
    });
    try {
      const r = await runLoad(send, { concurrency: 2, duration_s: 0.3, warmup_s: 0.1 });
      expect(r.requests).toBeGreaterThan(0);
      expect(r.errors).toBe(0);
      expect(r.p50_ms).toBeGreaterThan(0);
    } finally {
      await close();
    }
    expect(sockets.size).toBeLessThanOrEqual(2);
  });

  it('takes a non-2xx answer for an error, and asks the check about the body', async () => {
    const fail = httpSender(`${base}/fail`, '{}');
    const bad = httpSender(`${base}/bad`, '{}', { check: jsonCheck });
    const refused = httpSender(`${base}/ok`, '{}', { check: () => false });
    const good = httpSender(`${base}/ok`, '{"a":1}', { check: jsonCheck });
    try {
      expect(await fail.send()).toBe(false);
      expect(await bad.send()).toBe(false); // the check throws on a body that is not JSON
      expect(await refused.send()).toBe(false);
      expect(await good.send()).toBe(true);
    } finally {
      await Promise.all([fail.close(), bad.close(), refused.close(), good.close()]);
    }
  });

  it('takes a timeout, a dropped connection and a refused one for errors', async () => {
    const hang = httpSender(`${base}/hang`, '{}', { timeoutMs: 200 });
    const reset = httpSender(`${base}/reset`, '{}');
    // A port nothing listens on: the server's, once it is closed.
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const port = (spare.address() as AddressInfo).port;
    await new Promise((resolve) => spare.close(resolve));
    const refused = httpSender(`http://127.0.0.1:${port}/`, '{}');
    try {
      expect(await hang.send()).toBe(false);
      expect(await reset.send()).toBe(false);
      expect(await refused.send()).toBe(false);
    } finally {
      await Promise.all([hang.close(), reset.close(), refused.close()]);
    }
  });

  it('refuses a URL that is not http or https', () => {
    expect(() => httpSender('grpc://127.0.0.1:8001/', '{}')).toThrow(/http and https, not grpc:/);
  });
});
