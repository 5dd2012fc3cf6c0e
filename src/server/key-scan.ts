// An upstream answer can echo the key in more spellings than the literal one: JSON escapes (`\/`, `\u0073`), URL
// encoding (`%2F`, `%2f`, `%252F`, … to any depth) and base64 or base64url (of the key alone, of `Bearer <key>`, of
// a whole JSON document that holds it) all turn back into the key in a browser. These helpers undo the text
// encodings and look for the key and its base64 spellings in every layer.

/** Rounds of JSON unescaping: a JSON string inside a JSON string inside a JSON string is already far-fetched. */
const MAX_JSON_LAYERS = 8;

const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g;
const SHORT_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

// Tolerant, unlike JSON.parse: a body that is not valid JSON can still carry an escaped key.
const unescapeJson = (text: string) =>
  text.replace(JSON_ESCAPE, (_match, hex: string | undefined, char: string) =>
    hex ? String.fromCharCode(Number.parseInt(hex, 16)) : (SHORT_ESCAPES[char] ?? char),
  );

const isHex = (char: string | undefined) => char !== undefined && /^[0-9a-fA-F]$/.test(char);

/**
 * Percent-decodes to any depth in one pass: each decoded character is pushed back and may complete another escape
 * with what came before it (`%25` + `2F` → `%2F` → `/`). Every reduction shortens the text, so this is linear, where
 * decoding the whole text again per layer would be quadratic in the depth. Tolerant, unlike decodeURIComponent: one
 * malformed `%` elsewhere must not hide an encoded key. Keys are ASCII, so only ASCII escapes are decoded.
 */
function percentDecodeFully(text: string): string {
  const out: string[] = [];
  for (const char of text) {
    out.push(char);
    for (;;) {
      const n = out.length;
      const [percent, high, low] = [out[n - 3], out[n - 2], out[n - 1]];
      if (percent !== '%' || !/^[0-7]$/.test(high ?? '') || !isHex(low)) break;
      out.length = n - 3;
      out.push(String.fromCharCode(Number.parseInt(`${high}${low}`, 16)));
    }
  }
  return out.join('');
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** Shortest base64 fragment worth looking for: shorter ones could turn up in any long base64 text by chance. */
const MIN_FRAGMENT = 8;

/**
 * The base64 and base64url fragments the key always produces, whatever precedes it: base64 works on 3-byte groups,
 * so for each of the three alignments the characters that depend only on the key's own bytes are fixed. Any base64
 * that holds the key (alone, after `Bearer `, inside a JSON blob) contains one of these.
 */
function base64Fragments(key: string): string[] {
  const keyBytes = new TextEncoder().encode(key);
  const fragments: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const bytes = new Uint8Array(offset + keyBytes.length);
    bytes.set(keyBytes, offset);
    // Whole groups only, and without the first one when it mixes in the preceding bytes.
    const groups = Math.floor(bytes.length / 3);
    const encoded = toBase64(bytes.subarray(0, groups * 3)).slice(offset === 0 ? 0 : 4);
    if (encoded.length < MIN_FRAGMENT) continue;
    fragments.push(encoded, encoded.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return fragments;
}

const fragmentCache = new Map<string, string[]>();

const needlesFor = (key: string): string[] => {
  let needles = fragmentCache.get(key);
  if (!needles) {
    needles = [key, ...base64Fragments(key)];
    // One proxy has one key; the cache only saves re-encoding it for every answer.
    if (fragmentCache.size > 16) fragmentCache.clear();
    fragmentCache.set(key, needles);
  }
  return needles;
};

/**
 * True when `text` holds the key literally, JSON-escaped, URL-encoded to any depth, or as base64/base64url (of the
 * key or of anything that contains it, such as `Bearer <key>`), in any mix of those layers.
 */
export function mentionsKey(text: string, key: string): boolean {
  const needles = needlesFor(key);
  let current = text;
  for (let layer = 0; layer <= MAX_JSON_LAYERS; layer++) {
    if (needles.some((needle) => current.includes(needle))) return true;
    const next = unescapeJson(percentDecodeFully(current));
    if (next === current) return false;
    current = next;
  }
  return needles.some((needle) => current.includes(needle));
}
