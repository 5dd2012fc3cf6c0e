import { isJsonContentType } from '../api/body-rules';
import { parseJsonObject } from '../api/json-object';
import type { ProxyErrorCode } from './errors';

export { DEFAULT_MAX_BODY_BYTES } from '../api/body-rules';

/**
 * Reads a stream to the end, giving up (and cancelling it) as soon as it passes `maxBytes`, or when it has not ended
 * within `timeoutMs`: a client that trickles (or never sends) its body must not hold the handler open.
 */
export async function readLimited(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  timeoutMs?: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'timeout' }> {
  if (!stream) return { ok: true, bytes: new Uint8Array(0) };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let timedOut = false;
  // Cancelling ends a pending read as `done`, so the flag (not the read) says whether the body was whole.
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          reader.cancel().catch(() => undefined);
        }, timeoutMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) return { ok: false, reason: 'timeout' };
      if (done) break;
      total += value.byteLength;
      // Count what actually arrives: Content-Length may be missing (chunked) or a lie.
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** The outcome of reading a client's JSON body. */
export type JsonBodyResult =
  | { ok: true; value: Record<string, unknown>; text: string }
  | { ok: false; status: 400 | 408 | 413 | 415; code: ProxyErrorCode; message?: string };

/**
 * Reads a POST body: JSON content type with no charset but UTF-8 (415), at most `maxBytes` by header and by count (413), whole within
 * `timeoutMs` (408), a JSON object (400). `text` is the body as it arrived (less a byte-order mark), to forward as it is.
 */
export async function readJsonBody(request: Request, maxBytes: number, timeoutMs?: number): Promise<JsonBodyResult> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return { ok: false, status: 415, code: 'unsupported_media_type' };
  }
  const declared = Number(request.headers.get('content-length') ?? 0);
  const tooLarge = { ok: false, status: 413, code: 'payload_too_large' } as const;
  if (declared > maxBytes) return tooLarge;
  const read = await readLimited(request.body, maxBytes, timeoutMs);
  if (!read.ok && read.reason === 'timeout') {
    return { ok: false, status: 408, code: 'request_timeout', message: 'The request body did not arrive in time.' };
  }
  if (!read.ok) return tooLarge;
  const invalid = {
    ok: false,
    status: 400,
    code: 'invalid_json',
    message: 'The request body must be a JSON object.',
  } as const;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return invalid;
  }
  const parsed = parseJsonObject(text);
  return parsed.ok ? { ok: true, value: parsed.value, text } : invalid;
}
