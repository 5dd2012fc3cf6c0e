import type { ExportFormat, ExportMetric, ExportType } from '../api';
import { bucketTotals } from './account-analytics';
import { bucketsOf, type DayRange, isoDate } from './calendar';
import { viewsIn } from './profile';
import { templateVideos } from './template-analytics';
import { addStats, emptyTotals, type MetricRow, metricsOf } from './totals';
import { findTemplate, findVideo, isLive, profileFor, videoStats, videoViewsIn, type World } from './world';

/** What an export job covers and how it is written. */
export interface ExportSpec {
  type: ExportType;
  /** The video or template id; absent for account exports. */
  id: string | undefined;
  format: ExportFormat;
  range: DayRange;
  metrics: ExportMetric[];
}

/** A finished export file. */
export interface ExportFile {
  body: string;
  contentType: string;
  size: number;
}

type Row = Record<string, string | number | null>;

const pickMetrics = (row: MetricRow, metrics: ExportMetric[]): Row =>
  Object.fromEntries(metrics.map((metric) => [metric, row[metric]]));

/** One row per day: the video's own figures, or (for the account) every published video's figures added up. */
function dailyRows(world: World, spec: ExportSpec): Row[] {
  const days = bucketsOf(spec.range, 'day');
  if (spec.type === 'account') {
    return bucketTotals(world, days).map((totals, i) => ({
      date: isoDate(days[i]?.start ?? 0),
      ...pickMetrics(metricsOf(totals), spec.metrics),
    }));
  }
  const record = findVideo(world, spec.id ?? '');
  return days.map((day) => {
    const views = record && isLive(world, record) ? viewsIn(profileFor(world, record), day) : 0;
    const totals = record ? addStats(emptyTotals(), videoStats(world, record, views)) : emptyTotals();
    return { date: day.date, ...pickMetrics(metricsOf(totals), spec.metrics) };
  });
}

/** One row per video made from the template, with its figures over the range. */
function templateRows(world: World, spec: ExportSpec): Row[] {
  const template = findTemplate(world, spec.id ?? '');
  if (!template) return [];
  return templateVideos(world, template, spec.range).map((record) => {
    const stats = videoStats(world, record, videoViewsIn(world, record, spec.range));
    return {
      video_id: record.id,
      title: record.title,
      ...pickMetrics(metricsOf(addStats(emptyTotals(), stats)), spec.metrics),
    };
  });
}

/**
 * Quotes a CSV cell when it holds a comma, quote or line break (RFC 4180). Text that a spreadsheet would run as a
 * formula (titles are user input) gets a leading `'`, as OWASP advises against CSV injection.
 */
const csvCell = (value: string | number | null): string => {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Writes an export's file: CSV with a header row, or JSON with the period, metrics and rows. */
export function renderExport(world: World, exportId: string, spec: ExportSpec): ExportFile {
  const rows = spec.type === 'template' ? templateRows(world, spec) : dailyRows(world, spec);
  const keys = spec.type === 'template' ? ['video_id', 'title'] : ['date'];
  const columns = [...keys, ...spec.metrics];
  const body =
    spec.format === 'csv'
      ? `${[columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))]
          .map((cells) => cells.map(csvCell).join(','))
          .join('\r\n')}\r\n`
      : JSON.stringify({
          export_id: exportId,
          type: spec.type,
          ...(spec.id !== undefined && { id: spec.id }),
          period: { start_date: isoDate(spec.range.start), end_date: isoDate(spec.range.end) },
          metrics: spec.metrics,
          rows,
        });
  const contentType = spec.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json';
  return { body, contentType, size: new TextEncoder().encode(body).byteLength };
}
