import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCanary, judgeMetric } from '../../src/analysis/analysis.js';
import { expandQuery, fileProvider, prometheusProvider } from '../../src/analysis/providers.js';
import { tempDir } from '../helpers/cli.js';

const subject = { model: 'iris', version: '1.2.0' };

describe('judgeMetric', () => {
  it('passes within bounds and fails outside them', () => {
    expect(judgeMetric({ name: 'err', max: 0.01 }, 0.005).verdict).toBe('pass');
    expect(judgeMetric({ name: 'err', max: 0.01 }, 0.02)).toMatchObject({
      verdict: 'fail',
      message: 'err = 0.02, above the maximum 0.01',
    });
    expect(judgeMetric({ name: 'acc', min: 0.9 }, 0.8).verdict).toBe('fail');
    expect(judgeMetric({ name: 'acc', min: 0.9 }, NaN).verdict).toBe('error');
  });
});

describe('file provider', () => {
  it('reads nested and flat metric files, and a missing metric is an error, never a pass', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(
        join(dir, 'm.json'),
        JSON.stringify({ metrics: { error_rate: 0.001, p95_ms: 80 } }),
      );
      const analysis = {
        provider: 'file' as const,
        metrics: [
          { name: 'error_rate', max: 0.01 },
          { name: 'p95_ms', max: 50 },
          { name: 'absent', max: 1 },
        ],
      };
      const r = await analyzeCanary(analysis, fileProvider(join(dir, 'm.json')), subject);
      expect(r.verdict).toBe('fail');
      expect(r.metrics.map((m) => m.verdict)).toEqual(['pass', 'fail', 'error']);
      await writeFile(join(dir, 'flat.json'), JSON.stringify({ error_rate: 0.001 }));
      const ok = await analyzeCanary(
        { provider: 'file', metrics: [{ name: 'error_rate', max: 0.01 }] },
        fileProvider(join(dir, 'flat.json')),
        subject,
      );
      expect(ok.verdict).toBe('pass');
      const missing = await analyzeCanary(
        { provider: 'file', metrics: [{ name: 'x' }] },
        fileProvider(join(dir, 'nope.json')),
        subject,
      );
      expect(missing.metrics[0]).toMatchObject({
        verdict: 'error',
        message: expect.stringMatching(/cannot read metrics file/),
      });
    } finally {
      await cleanup();
    }
  });
});

describe('prometheus provider against a local HTTP server', () => {
  let server: Server;
  let url: string;
  const seen: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const q = new URL(req.url!, 'http://x').searchParams.get('query') ?? '';
      seen.push(q);
      res.setHeader('content-type', 'application/json');
      if (!req.url!.startsWith('/prom/api/v1/query'))
        return void res.writeHead(404).end('not found');
      const vector = (values: string[]) =>
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'vector',
            result: values.map((v) => ({ metric: {}, value: [1, v] })),
          },
        });
      if (q.startsWith('error_rate')) return void res.end(vector(['0.002']));
      if (q.startsWith('latency')) return void res.end(vector(['0.3']));
      if (q.startsWith('empty')) return void res.end(vector([]));
      if (q.startsWith('many')) return void res.end(vector(['1', '2']));
      if (q.startsWith('broken'))
        return void res
          .writeHead(400)
          .end(JSON.stringify({ status: 'error', error: 'parse error' }));
      res.end(JSON.stringify({ status: 'error', error: 'unknown' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prom`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('judges each query, expanding the model and version', async () => {
    const analysis = {
      provider: 'prometheus' as const,
      url,
      metrics: [
        {
          name: 'errors',
          query: 'error_rate{model="{{model}}",version="{{ version }}"}',
          max: 0.01,
        },
        { name: 'latency', query: 'latency', max: 0.25 },
        { name: 'no-data', query: 'empty', max: 1 },
        { name: 'ambiguous', query: 'many', max: 5 },
        { name: 'bad', query: 'broken', max: 1 },
      ],
    };
    const r = await analyzeCanary(analysis, prometheusProvider(url), subject);
    expect(r.verdict).toBe('fail');
    expect(r.metrics.map((m) => [m.name, m.verdict])).toEqual([
      ['errors', 'pass'],
      ['latency', 'fail'],
      ['no-data', 'error'],
      ['ambiguous', 'error'],
      ['bad', 'error'],
    ]);
    expect(seen[0]).toBe('error_rate{model="iris",version="1.2.0"}');
    expect(r.metrics[2]!.message).toMatch(/no samples/);
    expect(r.metrics[3]!.message).toMatch(/2 series/);
    expect(r.metrics[4]!.message).toMatch(/answered 400/);
  });

  it('reports an unreachable server as an error for the metric', async () => {
    const r = await analyzeCanary(
      { provider: 'prometheus', metrics: [{ name: 'e', query: 'error_rate' }] },
      prometheusProvider('http://127.0.0.1:9/'),
      subject,
    );
    expect(r.metrics[0]).toMatchObject({
      verdict: 'error',
      message: expect.stringMatching(/cannot reach prometheus/),
    });
  });

  it('expands only the known placeholders', () => {
    expect(expandQuery('x{m="{{model}}",o="{{other}}"}', subject)).toBe(
      'x{m="iris",o="{{other}}"}',
    );
  });
});
