import * as v from 'valibot';
import { Count, Timestamp } from './common';

/** What an export covers. */
export const ExportType = v.picklist(['video', 'account', 'template']);

/** The file format of an export. */
export const ExportFormat = v.picklist(['csv', 'json']);

export { EXPORT_METRICS, type ExportMetric } from '../metrics';

/**
 * `POST /analytics/export`: the job as first accepted. The docs show `processing`, but a small export can be done
 * (or have failed) by the time the API answers: any status the status endpoint reports is accepted, and the poll
 * that follows reads the outcome.
 */
export const ExportJobSchema = v.object({
  export_id: v.string(),
  status: v.picklist(['processing', 'completed', 'failed']),
  type: ExportType,
  format: ExportFormat,
  estimated_completion: Timestamp,
});

const ProcessingExport = v.object({
  export_id: v.string(),
  status: v.literal('processing'),
  progress: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100)),
  estimated_completion: Timestamp,
});

const CompletedExport = v.object({
  export_id: v.string(),
  status: v.literal('completed'),
  format: ExportFormat,
  size: Count,
  download_url: v.string(),
  expires_at: Timestamp,
});

/** Not documented, but an export can fail; accepted so the UI can say so instead of reporting a bad response. */
const FailedExport = v.object({
  export_id: v.string(),
  status: v.literal('failed'),
  message: v.optional(v.string()),
});

/** `GET /analytics/export/{export_id}`: processing with progress, or completed with a download link. */
export const ExportStatusSchema = v.variant('status', [ProcessingExport, CompletedExport, FailedExport]);

/** What an export covers. */
export type ExportType = v.InferOutput<typeof ExportType>;
/** An export's file format. */
export type ExportFormat = v.InferOutput<typeof ExportFormat>;
/** An export job just created. */
export type ExportJob = v.InferOutput<typeof ExportJobSchema>;
/** An export's current status. */
export type ExportStatus = v.InferOutput<typeof ExportStatusSchema>;
