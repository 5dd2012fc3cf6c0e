import type { Authorize } from './authorize';
import { DEFAULT_MAX_BODY_BYTES } from './body-limit';

/** The documented SixtySeconds API base. */
export const DEFAULT_UPSTREAM = 'https://api.sixtyseconds.video/v1';

/** Options of `createProxyHandler`. */
export interface ProxyOptions {
  /**
   * The SixtySeconds API key; read it from a server-side secret such as `process.env.SIXTYSECONDS_API_KEY`. Pass the
   * variable as it is: when it is unset, each request is answered 500 naming `apiKey` (a build without it still works).
   */
  apiKey: string | undefined;
  /** The API base URL; defaults to `https://api.sixtyseconds.video/v1`. */
  upstream?: string | undefined;
  /** The path the host mounts the proxy under, e.g. `/api/sixtyseconds`; requests outside it get a 404. */
  basePath?: string | undefined;
  /** The fetch used to reach the upstream; defaults to the global `fetch`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Give up on the upstream after this long (504), and on a request body still arriving after it (408); 10 s by
   * default, below the client's own 15 s. */
  timeoutMs?: number | undefined;
  /** The largest request body accepted (413); 64 KiB by default. */
  maxBodyBytes?: number | undefined;
  /** The host's own check (a session, a CSRF token) before the key is spent. */
  authorize?: Authorize | undefined;
}

/** Options with every default filled in and every value checked. */
export interface ResolvedProxyOptions {
  apiKey: string;
  upstream: string;
  basePath: string;
  fetch: (request: Request) => Promise<Response>;
  timeoutMs: number;
  maxBodyBytes: number;
  authorize: Authorize | undefined;
}

/** A setting `createProxyHandler` cannot use: `setting` names it, the message says how to fix it (never the key). */
export class ProxyOptionsError extends TypeError {
  /** The option at fault, e.g. `apiKey` or `upstream`. */
  readonly setting: string;

  constructor(setting: string, message: string) {
    super(`createProxyHandler: ${message}`);
    this.name = 'ProxyOptionsError';
    this.setting = setting;
  }
}

/** The options, checked: usable, or the first unusable setting with the `basePath` (when it alone was usable). */
export type CheckedOptions =
  | { ok: true; config: ResolvedProxyOptions }
  | { ok: false; error: ProxyOptionsError; basePath: string | undefined };

function fail(setting: string, message: string): never {
  throw new ProxyOptionsError(setting, message);
}

const positive = (value: number | undefined, fallback: number, name: string) => {
  if (value === undefined) return fallback;
  return Number.isFinite(value) && value > 0 ? value : fail(name, `${name} must be a positive number.`);
};

// Plain http is only safe where the key never leaves the machine.
const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);

function checkUpstream(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('upstream', 'upstream must be an absolute http(s) URL such as https://api.sixtyseconds.video/v1.');
  }
  // `url.search` and `url.hash` are '' for a bare trailing `?` or `#`, which would still end up before every path.
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || /[?#]/.test(value)) {
    return fail('upstream', 'upstream must be an http(s) URL without credentials, query or fragment.');
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return fail(
      'upstream',
      'upstream must use https: plain http would send the key unencrypted (allowed for loopback only).',
    );
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function checkBasePath(value: string | undefined): string {
  const basePath = (value ?? '').replace(/\/+$/, '');
  if (basePath && (!basePath.startsWith('/') || /[?#\\]|\/\//.test(basePath))) {
    fail('basePath', 'basePath must be a path such as /api/sixtyseconds.');
  }
  return basePath;
}

function resolve(options: ProxyOptions, basePath: string): ResolvedProxyOptions {
  // The messages never include the key itself, only what is wrong with it.
  const { apiKey } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    fail(
      'apiKey',
      'apiKey is missing. Pass the SixtySeconds API key from a server-side secret, e.g. process.env.SIXTYSECONDS_API_KEY.',
    );
  }
  if (/[^\x21-\x7e]/.test(apiKey))
    fail('apiKey', 'apiKey contains spaces or control characters; check how the secret is loaded.');
  if (options.fetch !== undefined && typeof options.fetch !== 'function') fail('fetch', 'fetch must be a function.');
  if (options.authorize !== undefined && typeof options.authorize !== 'function') {
    fail('authorize', 'authorize must be a function.');
  }
  return {
    apiKey,
    upstream: checkUpstream(options.upstream ?? DEFAULT_UPSTREAM),
    basePath,
    // Looked up per call, so a host (or a test) that replaces the global fetch later is honoured.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    timeoutMs: positive(options.timeoutMs, 10_000, 'timeoutMs'),
    maxBodyBytes: positive(options.maxBodyBytes, DEFAULT_MAX_BODY_BYTES, 'maxBodyBytes'),
    authorize: options.authorize,
  };
}

/**
 * Checks the options once, at creation, and never throws: frameworks import the module that creates the proxy at
 * build time (Next.js route handlers), where the key is usually not set. An unusable setting is reported per request.
 */
export function checkOptions(options: ProxyOptions | undefined): CheckedOptions {
  const given = options ?? ({} as ProxyOptions);
  let basePath: string | undefined;
  try {
    basePath = checkBasePath(given.basePath);
    return { ok: true, config: resolve(given, basePath) };
  } catch (error) {
    if (error instanceof ProxyOptionsError) return { ok: false, error, basePath };
    throw error;
  }
}
