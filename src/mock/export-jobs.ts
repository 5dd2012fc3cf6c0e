import * as v from 'valibot';
import { EXPORT_METRICS, type ExportMetric, ExportRequestSchema, type ExportStatus, fieldErrorsOf } from '../api';
import { accountRangeDefaults } from './account-analytics';
import { DAY_MS, type DayRange, isoTimestamp } from './calendar';
import { type ExportFile, type ExportSpec, renderExport } from './export-files';
import { type Parsed, parseRange } from './query';
import { idOf } from './random';
import { templateRangeDefaults } from './template-analytics';
import { videoRangeDefaults } from './video-analytics';
import { findTemplate, findVideo, type World } from './world';

/** A stored export job; its file is written the first time it is asked for after completion. */
export interface ExportRecord extends ExportSpec {
  exportId: string;
  createdMs: number;
  readyAt: number;
  file?: ExportFile;
}

/** How long a finished export can be downloaded. */
const EXPIRES_AFTER_MS = 7 * DAY_MS;

/** The requested metrics (the schema has checked each one), once each; every metric when none are named. */
const metricsOf = (requested: string[] | undefined): ExportMetric[] =>
  requested === undefined ? [...EXPORT_METRICS] : [...new Set(requested as ExportMetric[])];

/** The outcome of checking an export request: a spec, field errors (422) or a missing subject (404). */
export type ExportCheck =
  | { ok: true; spec: ExportSpec }
  | { ok: false; fields: Record<string, string> }
  | { ok: false; missing: string };

/** Validates `POST /analytics/export`'s body as the API would, including that the video or template exists. */
export function checkExportRequest(world: World, body: unknown): ExportCheck {
  const result = v.safeParse(ExportRequestSchema, body);
  if (!result.success) return { ok: false, fields: fieldErrorsOf(result.issues, 'body') };
  const request = result.output;
  const id = request.type === 'account' ? undefined : request.id;
  let defaults = accountRangeDefaults(world);
  if (request.type === 'video') {
    const video = findVideo(world, id ?? '');
    if (!video) return { ok: false, missing: `There is no video "${id}".` };
    defaults = videoRangeDefaults(world, video);
  } else if (request.type === 'template') {
    const template = findTemplate(world, id ?? '');
    if (!template) return { ok: false, missing: `There is no template "${id}".` };
    defaults = templateRangeDefaults(world, template);
  }
  const range: Parsed<DayRange> = parseRange(request.start_date, request.end_date, defaults);
  if (!range.ok) return range;
  return {
    ok: true,
    spec: {
      type: request.type,
      id,
      format: request.format ?? 'csv',
      range: range.value,
      metrics: metricsOf(request.metrics),
    },
  };
}

/** Stores a new export job, ready `exportMs` from now. */
export function startExport(world: World, spec: ExportSpec): ExportRecord {
  const createdMs = world.now();
  const record: ExportRecord = {
    ...spec,
    exportId: idOf(world.exportIds, 'export_'),
    createdMs,
    readyAt: createdMs + world.exportMs,
  };
  world.exports.set(record.exportId, record);
  return record;
}

/** Whether the job has finished at the world's current time. */
export const isReady = (world: World, record: ExportRecord): boolean => world.now() >= record.readyAt;

/** The job's file, written once. */
export function fileOf(world: World, record: ExportRecord): ExportFile {
  record.file ??= renderExport(world, record.exportId, record);
  return record.file;
}

/** When the download link stops working. */
export const expiresAt = (record: ExportRecord): number => record.readyAt + EXPIRES_AFTER_MS;

/** The file name the mock serves an export under. */
export const fileNameOf = (record: ExportRecord): string => `${record.exportId}.${record.format}`;

/** `GET /analytics/export/{id}`: progress rising with the clock, then a link to `downloadBase/exports/<file>`. */
export function exportStatus(world: World, record: ExportRecord, downloadBase: string): ExportStatus {
  if (!isReady(world, record)) {
    const elapsed = world.now() - record.createdMs;
    const progress = Math.min(99, Math.max(0, Math.floor((elapsed / (record.readyAt - record.createdMs)) * 100)));
    return {
      export_id: record.exportId,
      status: 'processing',
      progress,
      estimated_completion: isoTimestamp(record.readyAt),
    };
  }
  return {
    export_id: record.exportId,
    status: 'completed',
    format: record.format,
    size: fileOf(world, record).size,
    download_url: `${downloadBase}/exports/${fileNameOf(record)}`,
    expires_at: isoTimestamp(expiresAt(record)),
  };
}
