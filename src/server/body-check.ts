import { checkRouteBody, type RequestCheck } from '../api/request-check';
import type { RouteName } from '../api/routes';

// valibot's records skip these names (on a plain object they would reach its prototype), so they never get checked.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const RESERVED_NAME = 'A customer field cannot be named __proto__, constructor or prototype.';
const UNDOCUMENTED = 'The API documents no such field here; remove it.';

// A key is named in the answer; one longer than any documented name is cut, so the answer stays small.
const shown = (key: string) => (key.length > 100 ? `${key.slice(0, 100)}…` : key);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** The dotted path of the first key of `sent` that `checked`, its validated form, no longer has. */
function droppedKey(sent: unknown, checked: unknown, path: string): string | undefined {
  if (!isObject(sent)) return undefined;
  for (const key of Object.keys(sent)) {
    const at = path ? `${path}.${shown(key)}` : shown(key);
    if (!isObject(checked) || !Object.hasOwn(checked, key)) return at;
    // Only kept keys are followed, and the schemas keep nothing deeper than a few levels.
    const deeper = droppedKey(sent[key], checked[key], at);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

/**
 * Checks a POST body with the client's own schema, and that the check dropped nothing: a key the checked body no longer
 * has (an undocumented field, a customer field named `__proto__`) is refused by name. So a body that passes can
 * travel on exactly as it arrived, byte for byte, and no key is ever lost silently on the way.
 */
export function checkBody(name: RouteName, body: Record<string, unknown>): RequestCheck<undefined> {
  const checked = checkRouteBody(name, body);
  if (!checked.ok) return checked;
  const dropped = droppedKey(body, checked.value, '');
  if (dropped === undefined) return { ok: true, value: undefined };
  const last = dropped.slice(dropped.lastIndexOf('.') + 1);
  return { ok: false, fields: { [dropped]: RESERVED.has(last) ? RESERVED_NAME : UNDOCUMENTED } };
}
