import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ExportButton, type ExportButtonProps } from '../../../src/components/analytics';
import { useAnalyticsExport } from '../../../src/hooks';
import { createMockApi, type MockApi } from '../../../src/mock';
import { type ApiSetup, renderWithApi } from '../../render';

/** A clock the test moves by hand, so progress only changes when the story says so. */
function manualClock(start = Date.UTC(2025, 2, 5, 15, 30)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

/** Renders export UI on a seeded mock whose exports take 1 s of the manual clock; polls every 10 ms. */
export function renderExport(ui: ReactElement | ((mock: MockApi) => ReactElement), setup: ApiSetup = {}) {
  const clock = manualClock();
  const mock = createMockApi({ seed: 7, now: clock.now, exportMs: 1000 });
  const result = renderWithApi(typeof ui === 'function' ? ui(mock) : ui, { mock, pollIntervalMs: 10, ...setup });
  return { ...result, clock };
}

/** Moves the fake clock on by `ms`, letting every poll and render that falls due settle. */
export const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** `ExportButton` driven by `useAnalyticsExport()`, wired the way a host app (or an analytics panel) wires it. */
export function ConnectedExportButton(props: ExportButtonProps) {
  const exporter = useAnalyticsExport();
  return <ExportButton {...props} exporter={exporter} />;
}
