import { createClient, type SixtySecondsClient } from '../api/client';
import { SixtySecondsError } from '../api/errors';
import { checkOptions, type ResolvedProxyOptions } from './options';
import { forward } from './upstream';

/** Options of `createServerClient`. */
export interface ServerClientOptions {
  /**
   * The SixtySeconds API key, from a server-side secret such as `process.env.SIXTYSECONDS_API_KEY`; when it is unset,
   * each call is rejected with a message naming `apiKey`.
   */
  apiKey: string | undefined;
  /** The API base URL; defaults to `https://api.sixtyseconds.video/v1`. */
  upstream?: string | undefined;
  /** The fetch used to reach the upstream; defaults to the global `fetch`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Give up after this long (kind `timeout`); 10 s by default, like the proxy. */
  timeoutMs?: number | undefined;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The client for server code (React Server Components, loaders, jobs): the seven calls of `createClient`, checked
 * by the same schemas and failing with the same `SixtySecondsError`, sent straight to the API with the key. The key
 * travels only in the upstream `Authorization` header; an answer that mentions it is withheld, as by the proxy.
 * Options are checked on the first call, so a missing key rejects that call instead of crashing the import.
 */
export function createServerClient(options: ServerClientOptions): SixtySecondsClient {
  const timeoutMs = options?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let resolved: ResolvedProxyOptions | { problem: string } | undefined;
  const config = (): ResolvedProxyOptions => {
    if (resolved === undefined) {
      // The proxy's own checks (key present and printable, https upstream), so both fail alike.
      const checked = checkOptions({ ...options, timeoutMs });
      resolved = checked.ok
        ? checked.config
        : { problem: checked.error.message.replace(/^createProxyHandler/, 'createServerClient') };
    }
    if ('problem' in resolved) throw new SixtySecondsError('invalid-request', resolved.problem);
    return resolved;
  };

  return createClient({
    // The base is only read after `config()` has checked it, in `fetch` below; until then any absolute URL will do.
    baseUrl: 'https://upstream.invalid',
    timeoutMs,
    async fetch(request) {
      const { upstream, ...upstreamConfig } = config();
      const url = new URL(request.url);
      const body = request.method === 'POST' ? await request.text() : undefined;
      // The client's own deadline (kind `timeout`) fires first; the proxy's is only a backstop.
      return forward(
        { url: upstream + url.pathname + url.search, method: request.method, body, client: request },
        { ...upstreamConfig, timeoutMs: timeoutMs + 1000 },
      );
    },
  });
}
