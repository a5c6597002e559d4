import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSender, MAX_ANSWER_BYTES, runLoad } from '../../src/serving/load.js';

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
      if (req.url === '/huge') {
        // An answer just past the bound, and one exactly at it, in chunks as a server streams.
        const size = MAX_ANSWER_BYTES + (req.headers['x-at-bound'] ? 0 : 1);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
        const chunk = Buffer.alloc(1024 * 1024, 0x20);
        let left = size;
        while (left > 0) {
          res.write(left >= chunk.length ? chunk : chunk.subarray(0, left));
          left -= chunk.length;
        }
        return void res.end();
      }
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

  it('fails an answer too large to check, unread, and the connection serves the next request', async () => {
    let size = 0;
    const huge = httpSender(`${base}/huge`, '{}', {
      connections: 1,
      check: (_, body) => ((size = body.length), true),
    });
    try {
      expect(await huge.send()).toBe(false);
      expect(size).toBe(0);
      expect(await huge.send()).toBe(false);
    } finally {
      await huge.close();
    }
    const atBound = httpSender(`${base}/huge`, '{}', {
      connections: 1,
      headers: { 'x-at-bound': '1' },
      check: (_, body) => ((size = body.length), true),
    });
    try {
      expect(await atBound.send()).toBe(true);
      expect(size).toBe(MAX_ANSWER_BYTES);
    } finally {
      await atBound.close();
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

// A server that writes canned bytes, to read the answers node:http never sends: chunks split
// anywhere, interim answers, a body that runs until the close, a malformed head. Each answer
// is written in pieces of `split` bytes so that the parser meets every boundary.
async function canned(
  answer: (n: number) => string | undefined,
  split = 3,
): Promise<{
  url: string;
  close: () => Promise<void>;
  connections: () => number;
  requests: string[];
}> {
  let connections = 0;
  const requests: string[] = [];
  const open = new Set<Socket>();
  const server = createNetServer((socket) => {
    connections++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    let pending = '';
    socket.on('data', (d) => {
      pending += d.toString('latin1');
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/content-length: (\d+)/i.exec(pending.slice(0, end))?.[1] ?? 0);
        if (pending.length < end + 4 + length) return;
        requests.push(pending.slice(0, end + 4 + length));
        pending = pending.slice(end + 4 + length);
        const text = answer(requests.length);
        if (text === undefined) {
          socket.destroy();
          return;
        }
        const bytes = Buffer.from(text, 'latin1');
        for (let i = 0; i < bytes.length; i += split) socket.write(bytes.subarray(i, i + split));
        if (/\r\nconnection: close\r\n/i.test(text) || !/content-length|chunked/i.test(text))
          socket.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/models/m/infer?x=1`,
    connections: () => connections,
    requests,
    close: async () => {
      for (const s of open) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const body = (b: Buffer) => b.toString();

describe('httpSender reading HTTP/1.1', () => {
  it('writes one well-formed request with the headers given', async () => {
    const srv = await canned(() => 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    const { send, close } = httpSender(srv.url, '{"a":1}', {
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/x' },
    });
    try {
      expect(await send()).toBe(true);
    } finally {
      await close();
      await srv.close();
    }
    const port = new URL(srv.url).port;
    expect(srv.requests[0]).toBe(
      `POST /v2/models/m/infer?x=1 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x\r\nAuthorization: Bearer t\r\nContent-Length: 7\r\n\r\n{"a":1}`,
    );
  });

  it('refuses a header that would split the request', () => {
    expect(() =>
      httpSender('http://127.0.0.1:1/', '{}', { headers: { 'X-A': 'a\r\nX-B: b' } }),
    ).toThrow(/not a valid HTTP header/);
  });

  it('reads a chunked body split anywhere, with extensions and trailers', async () => {
    const srv = await canned(
      () =>
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\n{"ec\r\n6\r\nho":1}\r\n0\r\nX-T: 1\r\n\r\n',
    );
    const seen: string[] = [];
    const { send, close } = httpSender(srv.url, '{}', {
      connections: 1,
      check: (st, b) => (seen.push(`${st} ${body(b)}`), true),
    });
    try {
      expect(await send()).toBe(true);
      expect(await send()).toBe(true);
    } finally {
      await close();
      await srv.close();
    }
    expect(seen).toEqual(['200 {"echo":1}', '200 {"echo":1}']);
    expect(srv.connections()).toBe(1);
  });

  it('skips interim answers and reads a body with no length until the close', async () => {
    const srv = await canned(
      () =>
        'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\n\r\nuntil the end',
    );
    const seen: string[] = [];
    const { send, close } = httpSender(srv.url, '{}', {
      check: (st, b) => (seen.push(`${st} ${body(b)}`), true),
    });
    try {
      expect(await send()).toBe(true);
      expect(await send()).toBe(true);
    } finally {
      await close();
      await srv.close();
    }
    expect(seen).toEqual(['200 until the end', '200 until the end']);
    expect(srv.connections()).toBe(2);
  });

  it('opens a new connection after `Connection: close`, and after HTTP/1.0 without keep-alive', async () => {
    const srv = await canned((n) =>
      n % 2
        ? 'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'
        : 'HTTP/1.0 204 No Content\r\n\r\n',
    );
    const { send, close } = httpSender(srv.url, '{}', { connections: 1 });
    try {
      for (let i = 0; i < 4; i++) expect(await send()).toBe(true);
    } finally {
      await close();
      await srv.close();
    }
    expect(srv.connections()).toBe(4);
  });

  it('sends again, once, what a kept-alive connection dropped unanswered', async () => {
    // The second request on the first connection is met by a close, as when a server ends an
    // idle connection just as the request leaves.
    const srv = await canned((n) =>
      n === 2 ? undefined : 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
    );
    const { send, close } = httpSender(srv.url, '{}', { connections: 1 });
    try {
      expect(await send()).toBe(true);
      expect(await send()).toBe(true);
    } finally {
      await close();
      await srv.close();
    }
    expect(srv.requests).toHaveLength(3);
    expect(srv.connections()).toBe(2);
  });

  it('takes a malformed answer for an error', async () => {
    for (const bad of [
      'HTTP/2 200 OK\r\n\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'HTTP/1.1 200 OK\r\nno colon\r\n\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length : 0\r\n\r\n',
      'HTTP/1.1 2000 OK\r\nContent-Length: 0\r\n\r\n',
    ]) {
      const srv = await canned(() => bad);
      const { send, close } = httpSender(srv.url, '{}', { timeoutMs: 5_000 });
      try {
        expect(await send(), bad).toBe(false);
      } finally {
        await close();
        await srv.close();
      }
    }
  });

  it('fails what still waits for a connection when it is closed', async () => {
    const srv = await canned(() => undefined);
    const { send, close } = httpSender(srv.url, '{}', { connections: 1 });
    const pending = [send(), send(), send()];
    await close();
    expect(await Promise.all(pending)).toEqual([false, false, false]);
    expect(await send()).toBe(false);
    await srv.close();
  });
});
