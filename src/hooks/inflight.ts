/**
 * Tracks who is watching each cache key and the request in flight for it, so a request is aborted once nobody
 * is left to show its answer (unmount or parameter change), while shared requests survive as long as one
 * subscriber remains. No React here: the hooks call it from effects and fetchers.
 */
export class InflightRegistry {
  private readonly entries = new Map<string, { subscribers: number; controller: AbortController | undefined }>();

  private entry(key: string) {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { subscribers: 0, controller: undefined };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Starts a request for `key`, aborting a superseded one, and returns its signal. */
  begin(key: string): AbortSignal {
    const entry = this.entry(key);
    entry.controller?.abort();
    entry.controller = new AbortController();
    return entry.controller.signal;
  }

  /** Marks the request with `signal` as settled. */
  end(key: string, signal: AbortSignal): void {
    const entry = this.entries.get(key);
    if (entry?.controller?.signal === signal) entry.controller = undefined;
    if (entry && entry.subscribers === 0 && !entry.controller) this.entries.delete(key);
  }

  /** True while a request for `key` is on its way and not aborted. */
  isRunning(key: string): boolean {
    return Boolean(this.entries.get(key)?.controller);
  }

  /** Registers one watcher of `key`; the returned function unregisters it. */
  subscribe(key: string): () => void {
    const entry = this.entry(key);
    entry.subscribers += 1;
    return () => {
      entry.subscribers -= 1;
      // Wait a microtask: a component that unmounts while another mounts with the same key in one commit
      // must not cancel the request they share.
      queueMicrotask(() => {
        if (entry.subscribers > 0) return;
        entry.controller?.abort();
        entry.controller = undefined;
        this.entries.delete(key);
      });
    };
  }
}
