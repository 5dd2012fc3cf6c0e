import * as v from 'valibot';
import { decodeOnce, matchRoute, type RouteName } from '../api/routes';
import { IdSchema } from '../api/schemas/params';
import { isUnderBase } from './claims';
import type { ProxyErrorCode } from './errors';

/** Where a request is going, once its path has been checked against the route table. */
export type PathCheck =
  | { ok: true; name: RouteName; id: string | undefined }
  | { ok: false; outside: true }
  | {
      ok: false;
      outside?: undefined;
      status: 400 | 404 | 405 | 414;
      code: ProxyErrorCode;
      message?: string;
      fields?: Record<string, string>;
      allow?: string[];
    };

// Longer targets than this are refused; no documented request comes close.
const MAX_TARGET_LENGTH = 2048;

// Shapes that only appear when someone is trying to step out of the route table or reach another host:
// backslashes (some servers treat them as slashes), encoded slashes, encoded dots (our client never encodes a `.`,
// and `%2e%2e` is a `..` to URL parsers), doubled slashes (`//evil.com`, `http://evil`), and anything outside
// printable ASCII, which a well-formed request target never contains. A parsed `Request.url` has already resolved
// `..` and turned `\` into `/`, but encoded dots, slashes and backslashes survive parsing, so this holds there too.
const FORBIDDEN = /\\|%2e|%2f|%5c|\/\/|[^\x21-\x7e]/i;
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

const refuse = (code: ProxyErrorCode, message: string): PathCheck => ({ ok: false, status: 400, code, message });

/**
 * Checks a request's path exactly as it arrived (before any normalising) and matches it to a documented route.
 * Ids are decoded once and must pass `IdSchema`; nothing here ever builds the upstream URL from client text.
 */
export function checkPath(method: string, rawPath: string, basePath: string, search = ''): PathCheck {
  if (!isUnderBase(rawPath, basePath)) return { ok: false, outside: true };
  if (rawPath.length + search.length > MAX_TARGET_LENGTH) {
    return { ok: false, status: 414, code: 'uri_too_long', message: 'The request address is too long.' };
  }
  const apiPath = rawPath.slice(basePath.length) || '/';
  if (!apiPath.startsWith('/')) return refuse('invalid_path', 'The request must use a plain path, not a full URL.');
  if (FORBIDDEN.test(apiPath)) {
    return refuse('invalid_path', 'The path may not contain backslashes, encoded dots or slashes, or doubled slashes.');
  }
  for (const segment of apiPath.split('/').slice(1)) {
    if (DOT_SEGMENT.test(segment)) return refuse('invalid_path', 'The path may not contain "." or ".." segments.');
    if (decodeOnce(segment) === undefined) return refuse('invalid_path', 'The path has a malformed percent-encoding.');
  }

  const match = matchRoute(method, apiPath);
  if (!match.ok) {
    return match.reason === 'method-not-allowed'
      ? { ok: false, status: 405, code: 'method_not_allowed', allow: match.allow }
      : { ok: false, status: 404, code: 'not_found', message: 'There is no such SixtySeconds API endpoint.' };
  }
  if (match.id === undefined) return { ok: true, name: match.name, id: undefined };
  const id = decodeOnce(match.id) ?? '';
  const valid = v.safeParse(IdSchema, id);
  if (!valid.success) {
    const message = valid.issues[0].message;
    return { ok: false, status: 400, code: 'invalid_id', message, fields: { id: message } };
  }
  return { ok: true, name: match.name, id: valid.output };
}
