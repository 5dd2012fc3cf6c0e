import {
  type ClientOptions,
  createAnalyticsExport,
  type ExportFormat,
  type ExportRequest,
  type ExportStatus,
  getAnalyticsExport,
  type RetryPolicy,
  retryDelay,
  SixtySecondsError,
} from '../api';
import { sleep } from './sleep';

/** A running export's progress, as the poller reports it. */
export interface ExportProgress {
  status: 'processing';
  exportId: string;
  format: ExportFormat;
  progress: number;
  estimatedCompletion: string;
}

/** How the poller paces itself. */
export interface ExportPollOptions {
  /** First wait between status checks; grows by half each time. */
  intervalMs: number;
  /** The longest wait between checks. */
  maxIntervalMs: number;
  /** Retries of a failed status check (network, timeout, 429, 5xx). */
  retry: RetryPolicy;
}

/** Starts an export and polls it with backoff until it completes; no React, so the hook stays thin. */
export async function runExport(
  transport: ClientOptions,
  request: ExportRequest,
  signal: AbortSignal,
  options: ExportPollOptions,
  report: (step: ExportProgress) => void,
): Promise<Extract<ExportStatus, { status: 'completed' }>> {
  // A create is not retried: sending it twice could start two exports.
  const job = await createAnalyticsExport(transport, request, { signal });
  report({
    status: 'processing',
    exportId: job.export_id,
    format: job.format,
    progress: 0,
    estimatedCompletion: job.estimated_completion,
  });
  let wait = options.intervalMs;
  let failures = 0;
  for (;;) {
    await sleep(wait, signal);
    wait = Math.min(options.maxIntervalMs, Math.round(wait * 1.5));
    let status: ExportStatus;
    try {
      status = await getAnalyticsExport(transport, job.export_id, { signal });
      failures = 0;
    } catch (error) {
      failures += 1;
      const delay = retryDelay(error, failures, options.retry);
      if (delay === undefined) throw error;
      await sleep(delay, signal);
      continue;
    }
    if (status.status === 'completed') return status;
    if (status.status === 'failed')
      throw new SixtySecondsError('http', status.message ?? 'The export failed on the server; start it again.', {
        code: 'export_failed',
      });
    report({
      status: 'processing',
      exportId: job.export_id,
      format: job.format,
      progress: status.progress,
      estimatedCompletion: status.estimated_completion,
    });
  }
}
