// The bench page: mounts one case at a time and reports how long React took to commit it and the browser to lay
// it out. bench/run.mjs drives it through `window.bench`.
import '../../src/styles.css';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { type BenchCase, benchCases, WIDTH } from './cases';
import { countDashboardRequests } from './dashboard';
import { loadBenchData } from './data';

declare global {
  interface Window {
    bench: Awaited<ReturnType<typeof setup>>;
    gc?: () => void;
  }
}

const stage = document.getElementById('stage') as HTMLElement;

/** One mount's times in ms: React (render, commit, effects) and the forced layout after it; and the elements made. */
interface Mount {
  react: number;
  layout: number;
  elements: number;
}

/** One mount: `root.render` inside flushSync (commit and effects), then a forced layout; ms from performance.now. */
function mountOnce(make: () => ReactElement): Mount {
  const host = document.createElement('div');
  host.style.width = `${WIDTH}px`;
  stage.appendChild(host);
  const root = createRoot(host);
  const element = make();
  window.gc?.();
  const start = performance.now();
  flushSync(() => root.render(element));
  const committed = performance.now();
  host.getBoundingClientRect();
  const end = performance.now();
  // A chart that drew nothing (no width yet, an error state) would look fast: refuse to count it.
  const marks = host.querySelectorAll('svg path, svg rect').length;
  const elements = host.getElementsByTagName('*').length;
  root.unmount();
  host.remove();
  if (marks === 0) throw new Error('a bench chart mounted without drawing any mark');
  return { react: committed - start, layout: end - committed, elements };
}

async function setup() {
  const data = await loadBenchData();
  const cases = new Map<string, BenchCase>(benchCases(data).map((c) => [c.id, c]));
  return {
    cases: [...cases.values()].map(({ id, label, target }) => ({ id, label, target })),
    /** `warmup` unrecorded pairs, then `runs` interleaved pairs (ours, raw, ours, raw…); every mount's times. */
    run(id: string, warmup: number, runs: number) {
      const c = cases.get(id);
      if (!c) throw new Error(`no bench case ${id}`);
      const ours: Mount[] = [];
      const raw: Mount[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        // Alternate which goes first so neither always follows the other's garbage.
        const pair = i % 2 === 0 ? [c.ours, c.raw] : [c.raw, c.ours];
        const times = pair.map(mountOnce);
        if (i < warmup) continue;
        ours.push(i % 2 === 0 ? (times[0] as Mount) : (times[1] as Mount));
        raw.push(i % 2 === 0 ? (times[1] as Mount) : (times[0] as Mount));
      }
      return { ours, raw };
    },
    isolated: crossOriginIsolated,
    dashboard: () => countDashboardRequests(data.videoId, data.range),
  };
}

setup().then(
  (api) => {
    window.bench = api;
    document.title = 'ready';
  },
  (error: unknown) => {
    document.title = `error: ${error instanceof Error ? error.message : String(error)}`;
  },
);
