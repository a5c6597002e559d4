import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  body?: unknown;
}

/**
 * A loopback HTTP server answering each request with `answer(method, path, body)`: the
 * responses the protocol documents give, written out by each test (not the stand-in).
 */
export async function protocolServer(
  answer: (seen: Seen) => { status: number; body?: unknown },
): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const s: Seen = {
        method: req.method!,
        path: req.url!,
        body: text ? JSON.parse(text) : undefined,
      };
      seen.push(s);
      const a = answer(s);
      const data = a.body === undefined ? '' : JSON.stringify(a.body);
      res.writeHead(a.status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(data),
      });
      res.end(data);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
