import * as v from 'valibot';
import { SixtySecondsError } from './errors';

/** Validates a caller's input before anything is sent; failures become `invalid-request` with `fieldErrors`. */
export function validateInput<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: string): T {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.issues) {
    const field = v.getDotPath(issue) ?? '(root)';
    fieldErrors[field] ??= issue.message;
  }
  const [first] = result.issues;
  const summary = Object.entries(fieldErrors)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
  throw new SixtySecondsError('invalid-request', `Invalid ${what} (${summary || first.message})`, { fieldErrors });
}
