/** What a `Range` header asks of a body of known size: all of it, one slice (inclusive ends), or nothing it has. */
export type ByteRange = { kind: 'whole' } | { kind: 'slice'; start: number; end: number } | { kind: 'unsatisfiable' };

const SINGLE = /^bytes=(\d*)-(\d*)$/;

/**
 * Reads a `Range` header (RFC 9110 §14.2) for a body of `size` bytes. A missing, malformed or multi-range header
 * is ignored (the whole body is sent, as the RFC allows); a range that starts past the end is unsatisfiable.
 */
export function byteRangeOf(header: string | null, size: number): ByteRange {
  const match = header ? SINGLE.exec(header.trim()) : null;
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    // `bytes=-500`: the last 500 bytes.
    const length = Number(last);
    return length === 0 || size === 0
      ? { kind: 'unsatisfiable' }
      : { kind: 'slice', start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return { kind: 'whole' };
  return start >= size ? { kind: 'unsatisfiable' } : { kind: 'slice', start, end };
}
