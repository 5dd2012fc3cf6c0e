'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ExportFormat, type ExportRequest, SixtySecondsError } from '../api';
import { useSixtySeconds } from './context';
import { runExport } from './export-poller';

/** Where an export stands. */
export type ExportPhase = 'idle' | 'starting' | 'processing' | 'completed' | 'failed';

/** The state `useAnalyticsExport` exposes. */
export interface ExportState {
  /** Where the export stands. */
  status: ExportPhase;
  /** 0–100; 100 once completed. */
  progress: number;
  /** The API's id for the running or finished export. */
  exportId?: string | undefined;
  /** The file's format. */
  format?: ExportFormat | undefined;
  /** When the API expects a running export to finish (ISO timestamp). */
  estimatedCompletion?: string | undefined;
  /** Where to download the file, once completed. */
  downloadUrl?: string | undefined;
  /** When the download link stops working (ISO timestamp). */
  expiresAt?: string | undefined;
  /** The file's size in bytes. */
  size?: number | undefined;
  /** Why it failed. */
  error?: SixtySecondsError | undefined;
}

/** The result of `useAnalyticsExport`. */
export interface UseAnalyticsExportResult extends ExportState {
  /** Starts an export (cancelling one already running) and polls it to completion. Never rejects. */
  start: (request: ExportRequest) => Promise<void>;
  /** Stops polling and returns to idle. */
  cancel: () => void;
  /** Clears a finished or failed export. */
  reset: () => void;
  /** True while starting or processing. */
  isPending: boolean;
}

const IDLE: ExportState = { status: 'idle', progress: 0 };

/** Starts an analytics export, polls its status with backoff, and exposes progress and the download link. */
export function useAnalyticsExport(): UseAnalyticsExportResult {
  const { transport, retry, pollIntervalMs } = useSixtySeconds();
  const [state, setState] = useState<ExportState>(IDLE);
  const running = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState(IDLE);
  }, []);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (request: ExportRequest) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const current = () => running.current === controller;
      setState({ status: 'starting', progress: 0 });
      try {
        const options = { intervalMs: Math.min(500, pollIntervalMs), maxIntervalMs: pollIntervalMs, retry };
        const done = await runExport(transport, request, controller.signal, options, (step) => {
          if (current()) setState({ ...step });
        });
        if (!current()) return;
        running.current = null;
        setState({
          status: 'completed',
          progress: 100,
          exportId: done.export_id,
          format: done.format,
          downloadUrl: done.download_url,
          expiresAt: done.expires_at,
          size: done.size,
        });
      } catch (error) {
        if (!current()) return;
        running.current = null;
        const failure =
          error instanceof SixtySecondsError
            ? error
            : new SixtySecondsError('network', 'The export could not be completed.', { cause: error });
        setState((previous) => ({ ...previous, status: 'failed', error: failure }));
      }
    },
    [transport, retry, pollIntervalMs],
  );

  return {
    ...state,
    start,
    cancel,
    reset: cancel,
    isPending: state.status === 'starting' || state.status === 'processing',
  };
}
