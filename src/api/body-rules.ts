// The request-body rules the proxy enforces and the mock copies by importing: one limit, one content-type rule.

/** 64 KiB: the documented request bodies are a few hundred bytes. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** The one content type a JSON body travels upstream with, whatever parameters the browser sent. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

// Every `charset=` in the header, quoted or not, parameter or not: a second charset, or one hidden in another
// parameter's quoted value, must not mean UTF-8 to us and UTF-16 to the API.
const CHARSET = /charset\s*=\s*"?([^";,\s]*)/gi;

/**
 * True for `application/json` whose every `charset`, wherever it appears in the header, is UTF-8. Other parameters
 * (`boundary`, `profile`) are allowed and dropped: the body is forwarded as `JSON_CONTENT_TYPE`.
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  if (header.split(';')[0]?.trim().toLowerCase() !== 'application/json') return false;
  for (const [, charset = ''] of header.matchAll(CHARSET)) {
    if (!/^utf-?8$/i.test(charset)) return false;
  }
  return true;
}
