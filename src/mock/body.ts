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
 * Per-field messages from valibot issues, keyed by dot path (`title`, `ai_messaging.tone`). Valibot's generic
 * messages ("Invalid type: Expected …") are swapped for the plain sentence in `friendly`, keyed by top-level field.
 */
export function fieldErrorsOf(
  issues: ReadonlyArray<v.BaseIssue<unknown>>,
  friendly: Record<string, string>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? 'body';
    const top = path.split('.')[0] ?? path;
    const message = issue.message.startsWith('Invalid ') ? (friendly[top] ?? issue.message) : issue.message;
    fields[path] ??= message;
  }
  return fields;
}
