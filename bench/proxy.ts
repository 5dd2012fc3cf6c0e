// Proxy overhead on loopback: the same bounded load straight at the mock API and through the proxy.
// Run with `npm run bench:proxy`. Only 127.0.0.1, a fixed number of requests, and a hard time limit.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockApi } from '../src/mock';
import { createProxyHandler, toNodeHandler } from '../src/server';

const REQUESTS = 2000;
const CONCURRENCY = 50;
const WARMUP = 200;
const TIME_LIMIT_MS = 120_000;
const PATH = '/videos?page=1&limit=20';

interface Run {
  label: string;
  seconds: number;
  latencies: number[];
  errors: number;
}

async function serve(listener: RequestListener) {
  const server = createServer(listener);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { origin: `http://127.0.0.1:${port}`, close };
}

async function load(label: string, url: string, count: number): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  async function worker() {
    while (next < count) {
      next += 1;
      const t0 = performance.now();
      try {
        const response = await fetch(url, { headers: { accept: 'application/json' } });
        const body = await response.text();
        if (!response.ok || !body.startsWith('{"data":')) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { label, seconds: (performance.now() - started) / 1000, latencies, errors };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function summarise(run: Run) {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    label: run.label,
    requests: run.latencies.length,
    errors: run.errors,
    rps: run.latencies.length / run.seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  };
}

async function main() {
  const mock = createMockApi({ seed: 1 });
  const upstream = await serve(toNodeHandler((request) => mock.fetch(request)));
  const proxy = await serve(
    toNodeHandler(createProxyHandler({ apiKey: 'sk_bench_key', upstream: `${upstream.origin}/v1`, basePath: '/api' })),
  );
  try {
    const direct = `${upstream.origin}/v1${PATH}`;
    const proxied = `${proxy.origin}/api${PATH}`;
    await load('warm-up', direct, WARMUP);
    await load('warm-up', proxied, WARMUP);
    const results = [
      summarise(await load('direct', direct, REQUESTS)),
      summarise(await load('proxy', proxied, REQUESTS)),
    ];
    const [straight, through] = results as [ReturnType<typeof summarise>, ReturnType<typeof summarise>];
    console.log(`${REQUESTS} × GET ${PATH}, concurrency ${CONCURRENCY}, loopback only`);
    console.table(
      results.map((r) => ({
        run: r.label,
        requests: r.requests,
        errors: r.errors,
        'req/s': Math.round(r.rps),
        'p50 ms': r.p50.toFixed(2),
        'p99 ms': r.p99.toFixed(2),
      })),
    );
    console.log(
      `proxy overhead: throughput ×${(straight.rps / through.rps).toFixed(2)} slower, ` +
        `p50 ×${(through.p50 / straight.p50).toFixed(2)}, p99 ×${(through.p99 / straight.p99).toFixed(2)}`,
    );
    const errors = straight.errors + through.errors;
    console.log(`errors: ${errors}`);
    return errors === 0 ? 0 : 1;
  } finally {
    await Promise.all([proxy.close(), upstream.close()]);
  }
}

const deadline = setTimeout(() => {
  console.error(`bench:proxy gave up after ${TIME_LIMIT_MS / 1000} s`);
  process.exit(1);
}, TIME_LIMIT_MS);
deadline.unref();

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
