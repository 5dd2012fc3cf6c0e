import * as v from 'valibot';
import { IsoDate } from './common';
import { EXPORT_METRICS, ExportFormat, ExportType } from './export';
import * as M from './input-messages';
import { AspectRatio, VideoStatus } from './videos';

const endNotBeforeStart = <T extends { startDate?: string | undefined; endDate?: string | undefined }>(range: T) =>
  !range.startDate || !range.endDate || range.endDate >= range.startDate;

/** A whole number in `min..max`, every failure told in the one sentence `message`. */
const wholeNumber = (min: number, max: number, message: string) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));

/**
 * The message of an object's own issues: a missing key's sentence (valibot's default reads "Invalid key: Expected
 * \"title\" but received undefined"), else `otherwise` for input that is no object at all.
 */
const keysOrObject =
  (missing: Record<string, string>, otherwise: string) =>
  (issue: v.ObjectIssue): string => {
    const key = issue.path?.at(-1)?.key;
    return (typeof key === 'string' && Object.hasOwn(missing, key) && missing[key]) || otherwise;
  };

/** Options of `GET /videos`. */
export const ListVideosParamsSchema = v.object({
  page: v.optional(wholeNumber(1, Number.MAX_SAFE_INTEGER, M.page)),
  limit: v.optional(wholeNumber(1, 100, M.limit)),
  status: v.optional(v.message(VideoStatus, M.status)),
});

/** A reporting period; both ends optional, end on or after start. */
export const DateRangeSchema = v.pipe(
  v.object({ startDate: v.optional(IsoDate), endDate: v.optional(IsoDate) }),
  v.forward(v.check(endNotBeforeStart, M.endBeforeStart), ['endDate']),
);

/** How account trends are bucketed. */
export const GroupBy = v.picklist(['day', 'week', 'month'], M.groupBy);

/** Options of `GET /analytics/account`. */
export const AccountAnalyticsParamsSchema = v.pipe(
  v.object({ startDate: v.optional(IsoDate), endDate: v.optional(IsoDate), groupBy: v.optional(GroupBy) }),
  v.forward(v.check(endNotBeforeStart, M.endBeforeStart), ['endDate']),
);

/** An id in a path: no slashes, query or fragment marks, white space or control characters. */
export const IdSchema = v.pipe(
  v.string('An id is required.'),
  v.nonEmpty('An id is required.'),
  v.maxLength(200, 'That id is too long.'),
  v.regex(/^[A-Za-z0-9_.:-]+$/, 'That id has characters an id cannot have.'),
  v.check((id) => id !== '.' && id !== '..', 'That id has characters an id cannot have.'),
);

/**
 * Field limits of `POST /videos`. The docs set none but a 64 KiB body; these keep every field well inside it, and the
 * client, the proxy (400) and the mock (422) all refuse past them with the same sentence.
 */
export const CREATE_VIDEO_LIMITS = {
  title: 200,
  id: 200,
  customerFields: 50,
  customerFieldName: 100,
  customerValue: 1000,
  tone: 100,
  keyPoints: 10,
  keyPoint: 500,
} as const;
const L = CREATE_VIDEO_LIMITS;

/** The documented body of `POST /videos`. */
export const CreateVideoInputSchema = v.object(
  {
    title: v.pipe(v.string(M.title), v.trim(), v.nonEmpty(M.title), v.maxLength(L.title, M.titleLength)),
    template_id: v.pipe(v.string(M.templateId), v.trim(), v.nonEmpty(M.templateId), v.maxLength(L.id, M.idLength)),
    customer_data: v.pipe(
      v.record(
        v.pipe(
          v.string(M.customerFieldName),
          v.nonEmpty(M.customerFieldName),
          v.maxLength(L.customerFieldName, M.customerFieldName),
        ),
        v.pipe(v.string(M.customerData), v.maxLength(L.customerValue, M.customerValue)),
        M.customerData,
      ),
      v.check((record) => Object.keys(record).length <= L.customerFields, M.customerFields),
    ),
    ai_messaging: v.optional(
      v.object(
        {
          tone: v.optional(v.pipe(v.string(M.aiMessaging), v.maxLength(L.tone, M.tone))),
          key_points: v.optional(
            v.pipe(
              v.array(
                v.pipe(
                  v.string(M.aiMessaging),
                  v.trim(),
                  v.nonEmpty(M.keyPoint),
                  v.maxLength(L.keyPoint, M.keyPointLength),
                ),
                M.aiMessaging,
              ),
              v.maxLength(L.keyPoints, M.keyPoints),
            ),
          ),
        },
        M.aiMessaging,
      ),
    ),
    aspect_ratio: v.optional(v.message(AspectRatio, M.aspectRatio)),
    project_id: v.optional(v.pipe(v.string(M.projectId), v.trim(), v.maxLength(L.id, M.idLength))),
  },
  keysOrObject({ title: M.title, template_id: M.templateId, customer_data: M.customerDataMissing }, M.videoObject),
);

const isExportMetric = (name: string) => (EXPORT_METRICS as readonly string[]).includes(name);

/** The documented body of `POST /analytics/export`; `id` is required for video and template exports. */
export const ExportRequestSchema = v.pipe(
  v.object(
    {
      type: v.message(ExportType, M.exportType),
      id: v.optional(v.pipe(v.string(M.exportId), v.nonEmpty(M.exportId))),
      start_date: v.optional(IsoDate),
      end_date: v.optional(IsoDate),
      format: v.optional(v.message(ExportFormat, M.format)),
      metrics: v.optional(
        v.pipe(
          v.array(v.string(M.metrics), M.metrics),
          v.nonEmpty(M.noMetrics),
          v.check(
            (names) => names.every(isExportMetric),
            (issue) => M.unknownMetric(String(issue.input.find((name) => !isExportMetric(name))), EXPORT_METRICS),
          ),
        ),
      ),
    },
    keysOrObject({ type: M.exportType }, M.exportObject),
  ),
  v.forward(
    v.check((body) => body.type === 'account' || Boolean(body.id), M.exportId),
    ['id'],
  ),
  v.forward(
    v.check((body) => !body.start_date || !body.end_date || body.end_date >= body.start_date, M.endBeforeStart),
    ['end_date'],
  ),
);

/** Options of `GET /videos`. */
export type ListVideosParams = v.InferInput<typeof ListVideosParamsSchema>;
/** A reporting period. */
export type DateRange = v.InferInput<typeof DateRangeSchema>;
/** Trend bucket size. */
export type GroupBy = v.InferOutput<typeof GroupBy>;
/** Options of `GET /analytics/account`. */
export type AccountAnalyticsParams = v.InferInput<typeof AccountAnalyticsParamsSchema>;
/** The body of `POST /videos`. */
export type CreateVideoInput = v.InferInput<typeof CreateVideoInputSchema>;
/** The body of `POST /analytics/export`. */
export type ExportRequest = v.InferInput<typeof ExportRequestSchema>;
