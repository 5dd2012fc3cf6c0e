// A fixed base lets relative URLs parse the same way on the server and in the browser.
const BASE = 'https://ss.invalid/';
const ALLOWED = new Set(['http:', 'https:']);

/**
 * The URL if it is http(s) (absolute or relative), else `undefined`: a `javascript:`, `data:` or unparsable URL from
 * the API never reaches `src`, `poster` or `href`.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '') return undefined;
  try {
    // The URL parser strips tabs, newlines and control characters exactly as browsers do ("java\tscript:").
    return ALLOWED.has(new URL(trimmed, BASE).protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
