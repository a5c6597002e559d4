import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';

/**
 * An HTTP proxy in front of s3rver that adds what s3rver lacks: `If-None-Match: *` on
 * PutObject answers 412 when the key exists, serialised per key as S3 does it. It makes s3rver
 * a store the probe accepts, so the honouring path of the S3 store runs against real S3 code.
 * It also keeps the headers of every PUT, to check what the client sent.
 */
export async function conditionalProxy(
  upstreamPort: number,
): Promise<{ endpoint: string; puts: IncomingHttpHeaders[]; close(): Promise<void> }> {
  const locks = new Map<string, Promise<void>>();
  const puts: IncomingHttpHeaders[] = [];
  const forward = (
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
    done: () => void,
  ) => {
    const up = request(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    // Whatever ends the exchange (answered, client gone, upstream broken) frees the key.
    res.on('close', () => {
      up.destroy();
      done();
    });
    req.pipe(up);
  };
  const head = (req: import('node:http').IncomingMessage) =>
    new Promise<number>((resolve) => {
      const h = request(
        {
          host: '127.0.0.1',
          port: upstreamPort,
          method: 'HEAD',
          path: req.url!.split('?')[0],
          headers: { host: req.headers.host },
        },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      h.on('error', () => resolve(0));
      h.end();
    });
  const server: Server = createServer((req, res) => {
    if (req.method === 'PUT') puts.push(req.headers);
    if (req.method !== 'PUT' || req.headers['if-none-match'] !== '*')
      return forward(req, res, () => undefined);
    const key = req.url!.split('?')[0]!;
    const previous = locks.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    res.on('close', () => release());
    locks.set(
      key,
      previous.then(() => mine),
    );
    void previous.then(async () => {
      if ((await head(req)) === 200) {
        req.resume();
        res.writeHead(412, { 'content-type': 'application/xml' });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message><Condition>If-None-Match</Condition></Error>',
        );
        release();
        return;
      }
      forward(req, res, release);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    puts,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
