// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'sixtyseconds-log-memory-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Heap use is only meaningful after a full collection, which needs `--expose-gc`: so the mock runs, bundled from
// source, in a child Node process of its own, and reports how much heap its log holds on to.
const CHILD = `
import { createMockApi } from './mock.mjs';
const mock = createMockApi();
const send = (body) =>
  mock.fetch(new Request('http://mock/videos', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
await send('{}');
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < 100; i++) {
  // Over 64 KiB: refused with a 413, and still logged. Each body is a string of its own, 1 MB long.
  const response = await send(JSON.stringify({ title: String(i).padEnd(1_000_000, 'x') }));
  if (response.status !== 413) throw new Error('expected a 413, got ' + response.status);
}
gc();
const kept = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ kept, logged: mock.requests.length, first: mock.requests[1].body.length }));
`;

describe('the request log keeps a copy of what it keeps', () => {
  it('100 refused 1 MB bodies leave well under 10 MB on the heap, not the 100 MB of the bodies', async () => {
    await build({
      entryPoints: ['src/mock/index.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: join(scratch, 'mock.mjs'),
      logLevel: 'silent',
    });
    writeFileSync(join(scratch, 'child.mjs'), CHILD);
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', 'child.mjs'], { cwd: scratch });
    const { kept, logged, first } = JSON.parse(stdout) as { kept: number; logged: number; first: number };
    expect([logged, first]).toEqual([101, 4096]);
    expect(kept, `${(kept / 1e6).toFixed(1)} MB kept`).toBeLessThan(10_000_000);
  }, 60_000);
});
