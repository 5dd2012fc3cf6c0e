import { ROUTES, type RouteName } from '../api';
import { apiError, json } from './responses';
import type { Fault } from './types';

/** Where a fault applies: one route, or every request. */
export type FaultTarget = RouteName | '*';

/** The live faults: set, cleared, and used up one request at a time. */
export interface FaultStore {
  set(target: FaultTarget, fault: Fault | null): void;
  clear(): void;
  /** The fault for a request to `route` (its own first, else `'*'`), counting one use against `times`. */
  take(route: RouteName | null): Fault | undefined;
}

const TARGETS = [...Object.keys(ROUTES), '*'];

// Statuses a Response can carry a JSON body with: 200–599 but the ones that must have no body.
const NO_BODY_STATUSES = [204, 205, 304];
const isAnswerable = (status: number) =>
  Number.isInteger(status) && status >= 200 && status <= 599 && !NO_BODY_STATUSES.includes(status);

/** Refuses, when it is set rather than when a request trips over it, a fault the mock could not answer with. */
function checkFault(target: string, fault: Fault | null): void {
  if (!TARGETS.includes(target)) {
    throw new TypeError(`setFault: unknown route "${target}"; use one of ${TARGETS.join(', ')}.`);
  }
  if (fault?.status !== undefined && !isAnswerable(fault.status)) {
    throw new RangeError(
      `setFault: status ${fault.status} cannot be answered; use a whole number from 200 to 599 other than ${NO_BODY_STATUSES.join(', ')}.`,
    );
  }
}

/** Creates a store holding `initial`; `set` throws for an unknown route or a status no Response can have. */
export function createFaultStore(initial: Partial<Record<FaultTarget, Fault>> = {}): FaultStore {
  const active = new Map<FaultTarget, { fault: Fault; remaining: number | undefined }>();
  const set = (target: FaultTarget, fault: Fault | null) => {
    checkFault(target, fault);
    // A fault for zero (or fewer) requests is no fault: storing it would still apply it once.
    if (fault && (fault.times === undefined || fault.times > 0)) active.set(target, { fault, remaining: fault.times });
    else active.delete(target);
  };
  for (const [target, fault] of Object.entries(initial) as [FaultTarget, Fault][]) set(target, fault);
  return {
    set,
    clear: () => active.clear(),
    take(route) {
      const target: FaultTarget | undefined = route && active.has(route) ? route : active.has('*') ? '*' : undefined;
      const entry = target && active.get(target);
      if (!target || !entry) return undefined;
      if (entry.remaining !== undefined) {
        entry.remaining -= 1;
        if (entry.remaining <= 0) active.delete(target);
      }
      return entry.fault;
    },
  };
}

const htmlPage = (status: number) =>
  `<!DOCTYPE html>
<html><head><title>${status} Bad Gateway</title></head>
<body><h1>${status} Bad Gateway</h1><p>The upstream server did not answer. (nginx)</p></body></html>
`;

/**
 * The answer a fault replaces the real one with; undefined when the fault only delays. A network fault throws a
 * `TypeError`, as `fetch` rejects when the connection fails.
 */
export function faultResponse(fault: Fault): Response | undefined {
  if (fault.network) throw new TypeError('Failed to fetch (network fault injected by the SixtySeconds mock)');
  if (fault.html) {
    const status = fault.status ?? 502;
    return new Response(htmlPage(status), { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  if (fault.malformed)
    return new Response('{"data": [{"id": "vid_', { status: 200, headers: { 'content-type': 'application/json' } });
  if (fault.wrongShape) return json(200, { message: 'ok', data: 'not the documented shape' });
  if (fault.status === undefined && fault.retryAfter === undefined) return undefined;
  const status = fault.status ?? 429;
  const headers: Record<string, string> =
    fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  return fault.body === undefined ? apiError(status, { headers }) : json(status, fault.body, headers);
}
