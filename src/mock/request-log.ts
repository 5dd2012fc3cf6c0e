import type { MockApiOptions, MockRequestRecord } from './types';

/** How many requests `mock.requests` keeps by default; older ones are dropped first. */
const DEFAULT_LOG_LIMIT = 500;

/** How much of each body `mock.requests` keeps by default, in bytes of its text. */
const DEFAULT_LOG_BODY_BYTES = 4096;

/** Deeper bodies are kept as text: parsed, they could not be `JSON.stringify`ed again (the stack runs out). */
const MAX_LOGGED_DEPTH = 64;

// How deeply arrays and objects nest in JSON text, counted without parsing it.
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth--;
  }
  return deepest;
}

/**
 * What a request's body was, for the log: parsed JSON, the raw text when it is not JSON (or nests too deep to keep
 * parsed), its first `maxBytes` bytes as text when longer, or nothing.
 */
function bodyForLog(text: string, bytes: Uint8Array, maxBytes: number): unknown {
  if (text === '') return undefined;
  // Decoded afresh from the first bytes, never `text.slice()`: V8's slice points into the whole string and keeps it
  // alive. `stream` holds back a character the cut splits, rather than end on U+FFFD.
  if (bytes.byteLength > maxBytes) return new TextDecoder().decode(bytes.subarray(0, maxBytes), { stream: true });
  if (nestingDepth(text) > MAX_LOGGED_DEPTH) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The mock's bounded request log: one array for the mock's whole life, never longer than `limit`. */
export function createRequestLog({
  limit = DEFAULT_LOG_LIMIT,
  maxBodyBytes = DEFAULT_LOG_BODY_BYTES,
}: MockApiOptions['requestLog'] = {}) {
  const records: MockRequestRecord[] = [];
  return {
    records,
    /** Records a request, dropping the oldest records past the limit. */
    add(record: Omit<MockRequestRecord, 'body' | 'bodyBytes'>, bodyText: string, bytes: Uint8Array): void {
      records.push({ ...record, body: bodyForLog(bodyText, bytes, maxBodyBytes), bodyBytes: bytes.byteLength });
      if (records.length > limit) records.splice(0, records.length - limit);
    },
  };
}
