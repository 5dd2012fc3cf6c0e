import type { RouteName, Video } from '../api';

/**
 * A failure to inject on a route. Several flags may be set; the first that applies wins, in this order:
 * `network`, `html`, `malformed`, `wrongShape`, then `status`/`retryAfter`. `delayMs` adds to any of them (or to a
 * normal answer when it is the only flag).
 */
export interface Fault {
  /** Answer with this HTTP status and a JSON `ApiErrorBody` (or `body`). `retryAfter` alone implies 429. */
  status?: number;
  /** The JSON body to send with `status`, instead of the default `{ error: { code, message } }`. */
  body?: unknown;
  /** Seconds, sent as the `Retry-After` header. */
  retryAfter?: number;
  /** Answer 200 with a body that is not valid JSON. */
  malformed?: true;
  /** Answer 200 with valid JSON of the wrong shape. */
  wrongShape?: true;
  /** Answer with an HTML error page (502 unless `status` says otherwise), as a misconfigured proxy would. */
  html?: true;
  /** Wait this long (on top of `latencyMs`) before answering. */
  delayMs?: number;
  /** Reject with a `TypeError`, as `fetch` does when the network fails. */
  network?: true;
  /** Apply to this many requests, then clear itself. */
  times?: number;
}

/** One request the mock received, faulted or not. */
export interface MockRequestRecord {
  /** The documented endpoint it matched, or null (unknown path, export download). */
  route: RouteName | null;
  method: string;
  /** The API-relative path (`/videos`, `/analytics/videos/vid_1`) when it matched; otherwise the full path. */
  path: string;
  /** Query parameters as sent (last value wins when repeated). */
  query: Record<string, string>;
  /**
   * The body parsed as JSON; its raw text when it is not JSON or nests more than 64 deep; its first
   * `requestLog.maxBodyBytes` bytes, as text, when longer (a copy: the whole body is not kept); undefined when empty.
   */
  body: unknown;
  /** The body's whole size in bytes, however much of it `body` keeps. */
  bodyBytes: number;
  /** The full URL. */
  url: string;
  /** Request headers, lower-cased names (useful to check what a proxy forwarded). */
  headers: Record<string, string>;
}

/** Options of `createMockApi`. */
export interface MockApiOptions {
  /** Chooses the whole dataset; the same seed always gives the same videos and figures. Default 1. */
  seed?: number;
  /** Added before every answer, in milliseconds. Default 0 (no timer at all). */
  latencyMs?: number;
  /** How long a created video stays `processing`, by `now()`; seeded ones publish 2×, 3×, … this after creation. Default 4000. */
  processingMs?: number;
  /** How long an export takes to complete, measured by `now()`. Default 3000. */
  exportMs?: number;
  /**
   * The clock for processing videos (seeded and created) and exports; seeded figures never depend on it, as a video
   * has no views before the day it publishes. Default `Date.now`.
   */
  now?: () => number;
  /**
   * The path (or paths) the API is served under; a whole URL counts by its path. Default: the origin's root, `/v1`
   * (the real API's) and `/api/sixtyseconds` (the proxy path in our docs), plus the `baseUrl` of any
   * `createMockHandlers` made for this mock. Nothing else is set aside: `/elsewhere/videos` is a 404.
   */
  basePath?: string | readonly string[];
  /**
   * Where poster, clip and export file links point, standing in for the real API's CDN (`http://127.0.0.1:4001`), so
   * the browser never needs the API's own address (nor its key): the mock serves `/media/…` and `/exports/…` under this
   * URL's path and under any of its base paths, so a server that passes them to `fetch` works. Default: the origin
   * and base path each request reached, so files come from wherever the API does.
   */
  mediaBaseUrl?: string;
  /** The largest request body accepted (413), as on the proxy; 64 KiB by default. */
  maxBodyBytes?: number;
  /**
   * Bounds of `requests`: the newest `limit` requests (500 by default), each body cut to `maxBodyBytes` (4096 by
   * default), so a long test run or a huge body cannot grow the log without end.
   */
  requestLog?: { limit?: number; maxBodyBytes?: number };
  /** Faults to start with, per route name or `'*'` for every request; `reset()` restores them. */
  faults?: Partial<Record<RouteName | '*', Fault>>;
}

/** The in-memory SixtySeconds API. */
export interface MockApi {
  /** The simulator, fetch-standard; also accepts `fetch`'s `(url, init)` form. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** Sets (or, with null, removes) the fault for a route or `'*'`. */
  setFault(route: RouteName | '*', fault: Fault | null): void;
  /** Removes every fault. */
  clearFaults(): void;
  /** The latest requests (up to `requestLog.limit`), oldest first; the same array for the mock's whole life. */
  readonly requests: ReadonlyArray<MockRequestRecord>;
  /**
   * The account's videos as the API would list them right now, newest first; media links point at `mediaBaseUrl`, or
   * else at this page's origin (`http://localhost` outside a browser) under `/api/sixtyseconds` (or `basePath`).
   */
  videos(): Video[];
  /** The account's templates. */
  templates(): Array<{ id: string; name: string }>;
  /** Back to the seeded state: created videos and exports gone, log emptied, starting faults restored. */
  reset(): void;
}
