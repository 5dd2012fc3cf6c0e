// An upstream answer can echo the key in more spellings than the literal one: JSON escapes (`\/`, `\u0073`) and
// URL encoding (`%2F`, `%2f`, even twice) all turn back into the key in the browser. These helpers undo each layer
// a few times over and look for the key in every form.

/** Layers of encoding undone before giving up: enough for an escape inside an encoding inside an encoding. */
const MAX_LAYERS = 3;

const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g;
const SHORT_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

// Tolerant, unlike JSON.parse: a body that is not valid JSON can still carry an escaped key.
const unescapeJson = (text: string) =>
  text.replace(JSON_ESCAPE, (_match, hex: string | undefined, char: string) =>
    hex ? String.fromCharCode(Number.parseInt(hex, 16)) : (SHORT_ESCAPES[char] ?? char),
  );

// Tolerant, unlike decodeURIComponent: one malformed `%` elsewhere must not hide an encoded key. Keys are ASCII,
// so only ASCII escapes need decoding.
const percentDecode = (text: string) =>
  text.replace(/%([0-7][0-9a-fA-F])/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** True when `text` holds the key literally, JSON-escaped or URL-encoded (in any mix, up to a few layers deep). */
export function mentionsKey(text: string, key: string): boolean {
  let current = text;
  for (let layer = 0; layer <= MAX_LAYERS; layer++) {
    if (current.includes(key)) return true;
    const next = percentDecode(unescapeJson(current));
    if (next === current) return false;
    current = next;
  }
  return current.includes(key);
}
