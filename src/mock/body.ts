import * as v from 'valibot';
import { parseJsonObject } from '../api';

/** The outcome of reading a request body as a JSON object. */
export type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** What a request's body was, for the request log: parsed JSON, the raw text when it is not JSON, or nothing. */
export function bodyForLog(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Reads a body that must be a JSON object; anything else is a 400, as a real API answers. */
export function jsonObjectOf(text: string): BodyResult {
  const parsed = parseJsonObject(text);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    message:
      parsed.reason === 'invalid-json'
        ? 'The request body must be valid JSON.'
        : 'The request body must be a JSON object.',
  };
}

/**
 * Per-field messages from valibot issues, keyed by dot path (`title`, `ai_messaging.tone`): the schemas' own sentences
 * (`INPUT_MESSAGES`), so the mock's 422 says what the client's check before sending says.
 */
export function fieldErrorsOf(issues: ReadonlyArray<v.BaseIssue<unknown>>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[v.getDotPath(issue) ?? 'body'] ??= issue.message;
  return fields;
}
