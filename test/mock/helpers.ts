import type { MockApi } from '../../src/mock';

/** Where the tests pretend the host app's proxy lives. */
export const BASE = 'http://localhost/api/sixtyseconds';

/** What a test reads back from one call to the mock. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  body: unknown;
}

/** Sends one request to the mock at `BASE + path`; a plain object `json` becomes a JSON body. */
export async function call(api: MockApi, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Answer> {
  const { json, ...rest } = init;
  const request = new Request(path.startsWith('http') ? path : BASE + path, {
    ...rest,
    ...(json !== undefined && { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
  });
  const response = await api.fetch(request);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Fetches `BASE + path` and returns the parsed JSON body, failing the test on a non-2xx answer. */
export async function getJson(api: MockApi, path: string): Promise<unknown> {
  const answer = await call(api, path);
  if (answer.status >= 300) throw new Error(`${path} answered ${answer.status}: ${answer.text}`);
  return answer.body;
}

/** A minimal valid `POST /videos` body. */
export const newVideo = (overrides: Record<string, unknown> = {}) => ({
  title: 'Welcome Message for Sarah',
  template_id: 'tmpl_welcome_message',
  customer_data: { first_name: 'Sarah', company: 'Acme Inc' },
  ...overrides,
});

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2025, 2, 5, 15, 30)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
