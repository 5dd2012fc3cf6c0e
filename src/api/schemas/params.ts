import * as v from 'valibot';
import { IsoDate } from './common';
import { ExportFormat, ExportType } from './export';
import { AspectRatio, VideoStatus } from './videos';

const endNotBeforeStart = <T extends { startDate?: string | undefined; endDate?: string | undefined }>(range: T) =>
  !range.startDate || !range.endDate || range.endDate >= range.startDate;

const END_BEFORE_START = 'The end date must be on or after the start date.';

/** Options of `GET /videos`. */
export const ListVideosParamsSchema = v.object({
  page: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'Page must be 1 or more.'))),
  limit: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, 'Limit must be 1 to 100.'),
      v.maxValue(100, 'Limit must be 1 to 100.'),
    ),
  ),
  status: v.optional(VideoStatus),
});

/** A reporting period; both ends optional, end on or after start. */
export const DateRangeSchema = v.pipe(
  v.object({ startDate: v.optional(IsoDate), endDate: v.optional(IsoDate) }),
  v.forward(v.check(endNotBeforeStart, END_BEFORE_START), ['endDate']),
);

/** How account trends are bucketed. */
export const GroupBy = v.picklist(['day', 'week', 'month']);

/** Options of `GET /analytics/account`. */
export const AccountAnalyticsParamsSchema = v.pipe(
  v.object({ startDate: v.optional(IsoDate), endDate: v.optional(IsoDate), groupBy: v.optional(GroupBy) }),
  v.forward(v.check(endNotBeforeStart, END_BEFORE_START), ['endDate']),
);

/** An id in a path: no slashes, query or fragment marks, white space or control characters. */
export const IdSchema = v.pipe(
  v.string('An id is required.'),
  v.nonEmpty('An id is required.'),
  v.maxLength(200, 'That id is too long.'),
  v.regex(/^[A-Za-z0-9_.:-]+$/, 'That id has characters an id cannot have.'),
  v.check((id) => id !== '.' && id !== '..', 'That id has characters an id cannot have.'),
);

/** The documented body of `POST /videos`. */
export const CreateVideoInputSchema = v.object({
  title: v.pipe(v.string('Give the video a title.'), v.trim(), v.nonEmpty('Give the video a title.'), v.maxLength(200)),
  template_id: v.pipe(v.string('Choose a template.'), v.trim(), v.nonEmpty('Choose a template.')),
  customer_data: v.record(
    v.pipe(v.string(), v.nonEmpty('Every customer field needs a name.')),
    v.string(),
    'Customer data is required.',
  ),
  ai_messaging: v.optional(
    v.object({
      tone: v.optional(v.string()),
      key_points: v.optional(v.array(v.pipe(v.string(), v.trim(), v.nonEmpty('Key points cannot be empty.')))),
    }),
  ),
  aspect_ratio: v.optional(AspectRatio),
  project_id: v.optional(v.pipe(v.string(), v.trim())),
});

/** The documented body of `POST /analytics/export`; `id` is required for video and template exports. */
export const ExportRequestSchema = v.pipe(
  v.object({
    type: ExportType,
    id: v.optional(v.pipe(v.string(), v.nonEmpty())),
    start_date: v.optional(IsoDate),
    end_date: v.optional(IsoDate),
    format: v.optional(ExportFormat),
    metrics: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  }),
  v.forward(
    v.check((body) => body.type === 'account' || Boolean(body.id), 'An id is required for video and template exports.'),
    ['id'],
  ),
  v.forward(
    v.check((body) => !body.start_date || !body.end_date || body.end_date >= body.start_date, END_BEFORE_START),
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
