/**
 * A promise that rejects with the signal's reason once it aborts (and never settles before). Raced against a `fetch`
 * or a body read, it ends the wait at the deadline even when that `fetch` ignores its signal, as custom ones may.
 */
export function untilAborted(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  // Nobody may be racing it when the signal fires; that rejection is expected, not unhandled.
  aborted.catch(() => undefined);
  return aborted;
}
