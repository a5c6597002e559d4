// The serving load test's generator (runLoad closed loop over httpSender) against Debian's
// `wrk`, run the same way in the same run: 8 keep-alive connections, 5 s, one thread, POSTing
// the same JSON body to a trivial HTTP endpoint on loopback. The endpoint is a node:http
// server in a process of its own, so that the generator and the server do not share an event
// loop. The two tools take turns, ROUNDS each after one unmeasured warm-up turn; each side's
// median rate and median p50 count. Targets: at least half wrk's request rate, and a p50
// within 20 % of wrk's.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { httpSender, runLoad } from '../src/serving/load.js';

const CONNECTIONS = 8;
const SECONDS = 5;
const ROUNDS = 5;
const RATE_TARGET = 0.5;
const P50_TARGET = 0.2;
const BODY = JSON.stringify({
  inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }],
});

const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
if (probe.error) {
  console.log(
    'load: wrk is not installed; install it with `apt-get install wrk` (Debian, Ubuntu) MISSED',
  );
  process.exit(1);
}

// The endpoint: reads the request, answers a small JSON body, as an inference server would.
const SERVER = `
const http = require('node:http');
const answer = Buffer.from(JSON.stringify({ outputs: [{ name: 'y', shape: [1], datatype: 'INT64', data: [0] }] }));
const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length });
    res.end(answer);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

interface Figures {
  rps: number;
  p50_ms: number;
  errors: number;
}

/** wrk's `--latency` figures: "Requests/sec:" and the 50% line, in us, ms or s. */
function parseWrk(out: string): Figures {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const p50 = /^\s*50%\s+([\d.]+)(us|ms|s)\s*$/m.exec(out);
  if (!rps || !p50) throw new Error(`cannot read wrk's output:\n${out}`);
  const scale = { us: 0.001, ms: 1, s: 1000 }[p50[2] as 'us' | 'ms' | 's'];
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
  const socket = /Socket errors:.*?(\d+).*?(\d+).*?(\d+).*?(\d+)/.exec(out);
  const errors =
    Number(non2xx?.[1] ?? 0) + (socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0);
  return { rps: Number(rps[1]), p50_ms: Number(p50[1]) * scale, errors };
}

async function wrk(url: string, script: string, seconds: number): Promise<Figures> {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-s', script, url];
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}:\n${text}`)),
    );
  });
  return parseWrk(out);
}

async function ours(url: string, seconds: number): Promise<Figures> {
  const { send, close } = httpSender(url, BODY, { connections: CONNECTIONS });
  try {
    const r = await runLoad(send, { concurrency: CONNECTIONS, duration_s: seconds, warmup_s: 0 });
    return { rps: r.throughput_rps, p50_ms: r.p50_ms, errors: r.errors };
  } finally {
    await close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'modelgate-bench-load-'));
const server = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const port = await new Promise<string>((resolve, reject) => {
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`the endpoint exited ${code}`)));
    createInterface({ input: server.stdout }).once('line', resolve);
  });
  const url = `http://127.0.0.1:${port}/v2/models/m/infer`;
  const script = join(dir, 'post.lua');
  // Set once, not per request: wrk then sends the same prepared request each time.
  await writeFile(
    script,
    `wrk.method = "POST"\nwrk.body = '${BODY}'\nwrk.headers["Content-Type"] = "application/json"\n`,
  );

  await wrk(url, script, 1);
  await ours(url, 1);
  const theirs: Figures[] = [];
  const mine: Figures[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    theirs.push(await wrk(url, script, SECONDS));
    mine.push(await ours(url, SECONDS));
  }
  // Each side's median round, for the rate and for the p50: on a busy machine a turn can be
  // far slower, or (once the neighbours pause) far faster, than the others, either way.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const w = { rps: median(theirs.map((f) => f.rps)), p50_ms: median(theirs.map((f) => f.p50_ms)) };
  const m = { rps: median(mine.map((f) => f.rps)), p50_ms: median(mine.map((f) => f.p50_ms)) };
  const errors = [...theirs, ...mine].reduce((s, f) => s + f.errors, 0);
  const ratio = m.rps / w.rps;
  const p50diff = Math.abs(m.p50_ms - w.p50_ms) / w.p50_ms;
  const rateOk = ratio >= RATE_TARGET && errors === 0;
  const p50Ok = p50diff < P50_TARGET;
  const rounds = (xs: Figures[]) => xs.map((f) => f.rps.toFixed(0)).join(', ');
  const p50s = (xs: Figures[]) => xs.map((f) => f.p50_ms.toFixed(3)).join(', ');
  console.log(
    `load rate: ${ratio.toFixed(2)}× wrk's (runLoad ${m.rps.toFixed(0)} requests/s against wrk ${w.rps.toFixed(0)}, ` +
      `${CONNECTIONS} connections for ${SECONDS} s, median of ${ROUNDS}: runLoad ${rounds(mine)}, wrk ${rounds(theirs)}; ` +
      `${errors} errors; target ≥ ${RATE_TARGET}×) ${rateOk ? 'ok' : 'MISSED'}`,
  );
  console.log(
    `load p50: ${(p50diff * 100).toFixed(1)} % from wrk's (runLoad ${m.p50_ms.toFixed(3)} ms against wrk ${w.p50_ms.toFixed(3)}, ` +
      `median of ${ROUNDS}: runLoad ${p50s(mine)}, wrk ${p50s(theirs)}; ` +
      `target < ${P50_TARGET * 100} %) ${p50Ok ? 'ok' : 'MISSED'}`,
  );
  process.exitCode = rateOk && p50Ok ? 0 : 1;
} finally {
  server.kill();
  await rm(dir, { recursive: true, force: true });
}
