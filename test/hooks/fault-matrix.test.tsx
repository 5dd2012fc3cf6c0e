import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SixtySecondsErrorKind } from '../../src/api';
import { createMockApi, type Fault } from '../../src/mock';
import { renderHookWithApi, requestsTo } from '../render';
import { DRIVERS } from './drivers';

interface Case {
  label: string;
  fault: Fault;
  kind: SixtySecondsErrorKind;
  status?: number;
  retryable: boolean;
}

const CASES: Case[] = [
  { label: 'malformed JSON', fault: { malformed: true }, kind: 'invalid-response', retryable: false },
  { label: 'valid JSON with a wrong shape', fault: { wrongShape: true }, kind: 'invalid-response', retryable: false },
  { label: 'an HTML 502 page', fault: { html: true }, kind: 'http', status: 502, retryable: true },
  { label: '401', fault: { status: 401 }, kind: 'http', status: 401, retryable: false },
  { label: '403', fault: { status: 403 }, kind: 'http', status: 403, retryable: false },
  { label: '404', fault: { status: 404 }, kind: 'http', status: 404, retryable: false },
  {
    label: '422 with field errors',
    fault: {
      status: 422,
      body: { error: { code: 'validation_failed', message: 'Check the title.', fields: { title: 'Too long.' } } },
    },
    kind: 'http',
    status: 422,
    retryable: false,
  },
  { label: '429 with Retry-After', fault: { status: 429, retryAfter: 0 }, kind: 'http', status: 429, retryable: true },
  { label: '500', fault: { status: 500 }, kind: 'http', status: 500, retryable: true },
  { label: 'a network failure', fault: { network: true }, kind: 'network', retryable: true },
  { label: 'a timeout', fault: { delayMs: 400 }, kind: 'timeout', retryable: true },
];

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe.each(DRIVERS)('$name under faults', (driver) => {
  it.each(CASES)('turns $label into the right SixtySecondsError', async ({ fault, kind, status, retryable, label }) => {
    const mock = createMockApi({ seed: 5, faults: { [driver.route]: fault } });
    const { result } = renderHookWithApi(driver.use(mock), { mock, timeoutMs: 100 });
    await driver.trigger?.(result.current, mock);
    await waitFor(() => expect(result.current.error).toBeDefined(), { timeout: 2000 });
    const error = result.current.error;
    expect(error?.kind).toBe(kind);
    if (status !== undefined) expect(error?.status).toBe(status);
    expect(error?.message.length).toBeGreaterThan(10);
    if (label.startsWith('422')) expect(error?.fieldErrors).toEqual({ title: 'Too long.' });
    if (label.includes('wrong shape')) expect(error?.field).toBeTruthy();
    if (label.includes('Retry-After')) expect(error?.retryAfterMs).toBe(0);
    // Retried once (the tests' policy) only for network, timeout, 429 and 5xx, and only for reads.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const expected = retryable && driver.retried ? 2 : 1;
    expect(requestsTo(mock, driver.route)).toHaveLength(expected);
    expect(unhandled).toEqual([]);
  });

  it('sends nothing more and rejects nothing after unmounting mid-flight', async () => {
    const mock = createMockApi({ seed: 5, latencyMs: 60 });
    const sent: Request[] = [];
    const { result, unmount } = renderHookWithApi(driver.use(mock), {
      mock,
      pollIntervalMs: 20,
      fetch: (request) => {
        sent.push(request);
        return globalThis.fetch(request);
      },
    });
    const triggered = driver.trigger?.(result.current, mock);
    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    unmount();
    await triggered;
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Reads are aborted (nobody is left to show them); a create already sent is left to finish.
    if (driver.retried) expect(sent[0]?.signal.aborted).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(driver.name === 'useAnalyticsExport' ? 2 : 1);
    expect(unhandled).toEqual([]);
  });
});
