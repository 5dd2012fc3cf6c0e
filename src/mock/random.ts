/** A source of uniform numbers in [0, 1); every generator in the mock draws from one, so a seed fixes everything. */
export type Random = () => number;

/** Finishes a 32-bit hash so nearby inputs land far apart (MurmurHash3's fmix32). */
export function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hashes a seed and labels (a video id, a purpose) to one 32-bit number, so each entity gets its own stream. */
export function hashOf(...parts: ReadonlyArray<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = `${part}\u0000`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return mix32(h);
}

/** A uniform number in [0, 1) from a 32-bit key; cheap enough to call once per video per day. */
export const unitOf = (key: number): number => mix32(key) / 4294967296;

/** mulberry32: a tiny, fast PRNG whose whole state is one 32-bit number; good enough for fake data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one seed and purpose, e.g. `randomFor(seed, 'video', id)`. */
export const randomFor = (...parts: ReadonlyArray<string | number>): Random => mulberry32(hashOf(...parts));

/** A number in [min, max). */
export const between = (random: Random, min: number, max: number): number => min + (max - min) * random();

/** A whole number in [min, max]. */
export const intBetween = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** One item of a non-empty list. */
export function pick<T>(random: Random, items: ReadonlyArray<T>): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** True with the given probability. */
export const chance = (random: Random, probability: number): boolean => random() < probability;

/** A copy of the list in random order (Fisher–Yates). */
export function shuffled<T>(random: Random, items: ReadonlyArray<T>): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** An id like `vid_3k9x0q2mzt`: a prefix and `length` base-36 characters. */
export function idOf(random: Random, prefix: string, length = 10): string {
  let out = prefix;
  for (let i = 0; i < length; i++) out += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
  return out;
}
