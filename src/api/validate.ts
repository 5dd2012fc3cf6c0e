import * as v from 'valibot';
import { SixtySecondsError } from './errors';

/**
 * One message per field from valibot issues, keyed by dot path (`title`, `ai_messaging.tone`), first issue first:
 * the client's `invalid-request`, the proxy's 400 and the mock's 400/422 all name fields this way.
 */
export function fieldErrorsOf(
  issues: ReadonlyArray<v.BaseIssue<unknown>>,
  rootName = '(root)',
  rename: (field: string) => string = (field) => field,
): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue);
    fieldErrors[path === null ? rootName : rename(path)] ??= issue.message;
  }
  return fieldErrors;
}

/** Validates a caller's input before anything is sent; failures become `invalid-request` with `fieldErrors`. */
export function validateInput<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: string): T {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const fieldErrors = fieldErrorsOf(result.issues);
  const [first] = result.issues;
  const summary = Object.entries(fieldErrors)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
  throw new SixtySecondsError('invalid-request', `Invalid ${what} (${summary || first.message})`, { fieldErrors });
}
