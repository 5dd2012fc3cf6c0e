import type { SixtySecondsClient } from '../api/client';
import { SixtySecondsError } from '../api/errors';
import type { SixtySecondsFallback, SixtySecondsFallbackFailure } from '../api/fallback';
import { runQuery, type SixtySecondsQuery } from '../api/queries';

const describe = (error: unknown): SixtySecondsFallbackFailure['error'] => {
  if (!(error instanceof SixtySecondsError)) return { kind: 'network', message: 'The read failed on the server.' };
  return {
    kind: error.kind,
    message: error.message,
    ...(error.status !== undefined && { status: error.status }),
    ...(error.code !== undefined && { code: error.code }),
  };
};

/**
 * Runs a page's reads in parallel on the server and returns them as a `SixtySecondsFallback` for
 * `<SixtySecondsProvider fallback>`. It never throws: a failed read is listed under `failures` (for the host to log)
 * and left for the hooks to fetch in the browser.
 */
export async function prefetchQueries(
  client: SixtySecondsClient,
  queries: readonly SixtySecondsQuery[],
): Promise<SixtySecondsFallback> {
  const settled = await Promise.all(
    queries.map((query) =>
      runQuery(client, query).then(
        (data) => ({ ok: true as const, query, data, fetchedAt: Date.now() }),
        (error: unknown) => ({ ok: false as const, query, error: describe(error) }),
      ),
    ),
  );
  const fallback: SixtySecondsFallback = { entries: [], failures: [] };
  for (const result of settled) {
    if (result.ok) fallback.entries.push({ query: result.query, data: result.data, fetchedAt: result.fetchedAt });
    else fallback.failures.push({ query: result.query, error: result.error });
  }
  return fallback;
}
