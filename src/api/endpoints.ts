import { SixtySecondsError } from './errors';
import { routePath } from './routes';
import type {
  AccountAnalytics,
  AccountAnalyticsParams,
  CreateVideoInput,
  DateRange,
  ExportJob,
  ExportRequest,
  ExportStatus,
  ListVideosParams,
  TemplateAnalytics,
  Video,
  VideoAnalytics,
  VideoList,
} from './schemas';
import {
  AccountAnalyticsParamsSchema,
  AccountAnalyticsSchema,
  CreateVideoInputSchema,
  DateRangeSchema,
  ExportJobSchema,
  ExportRequestSchema,
  ExportStatusSchema,
  IdSchema,
  ListVideosParamsSchema,
  TemplateAnalyticsSchema,
  VideoAnalyticsSchema,
  VideoListSchema,
  VideoSchema,
} from './schemas';
import { send, type TransportOptions } from './transport';
import { validateInput } from './validate';

// One function per documented endpoint, each naming only its own schemas: a bundler keeps the ones an app calls
// (a page with only `useVideos` ships the video schemas and none of the analytics ones). `createClient` groups them.
// Each is async, so invalid input rejects the returned promise rather than throwing.

/** Per-call options. */
export interface CallOptions {
  /** Cancels the request; the promise then rejects with kind `aborted`. */
  signal?: AbortSignal | undefined;
}

const rangeQuery = (range: DateRange) => ({ start_date: range.startDate, end_date: range.endDate });

/** `GET /videos` */
export async function listVideos(
  transport: TransportOptions,
  params: ListVideosParams = {},
  { signal }: CallOptions = {},
): Promise<VideoList> {
  const query = validateInput(ListVideosParamsSchema, params, 'video list options');
  const list = await send(transport, {
    method: 'GET',
    path: routePath('listVideos'),
    query,
    schema: VideoListSchema,
    signal,
  });
  // The schema holds the page to its own `limit`; an upstream may echo a larger one than was asked, so hold it to ours.
  if (query.limit !== undefined && list.data.length > query.limit) {
    throw new SixtySecondsError(
      'invalid-response',
      `GET /videos answered with ${list.data.length} videos when at most ${query.limit} were asked for.`,
      { field: 'data' },
    );
  }
  return list;
}

/** `POST /videos` */
export async function createVideo(
  transport: TransportOptions,
  input: CreateVideoInput,
  { signal }: CallOptions = {},
): Promise<Video> {
  const body = validateInput(CreateVideoInputSchema, input, 'video');
  return send(transport, { method: 'POST', path: routePath('createVideo'), body, schema: VideoSchema, signal });
}

/** `GET /analytics/videos/{video_id}` */
export async function getVideoAnalytics(
  transport: TransportOptions,
  videoId: string,
  range: DateRange = {},
  { signal }: CallOptions = {},
): Promise<VideoAnalytics> {
  const id = validateInput(IdSchema, videoId, 'video id');
  const query = rangeQuery(validateInput(DateRangeSchema, range, 'date range'));
  const path = routePath('getVideoAnalytics', id);
  return send(transport, { method: 'GET', path, query, schema: VideoAnalyticsSchema, signal });
}

/** `GET /analytics/account` */
export async function getAccountAnalytics(
  transport: TransportOptions,
  params: AccountAnalyticsParams = {},
  { signal }: CallOptions = {},
): Promise<AccountAnalytics> {
  const valid = validateInput(AccountAnalyticsParamsSchema, params, 'account analytics options');
  const query = { ...rangeQuery(valid), group_by: valid.groupBy };
  const path = routePath('getAccountAnalytics');
  return send(transport, { method: 'GET', path, query, schema: AccountAnalyticsSchema, signal });
}

/** `GET /analytics/templates/{template_id}` */
export async function getTemplateAnalytics(
  transport: TransportOptions,
  templateId: string,
  range: DateRange = {},
  { signal }: CallOptions = {},
): Promise<TemplateAnalytics> {
  const id = validateInput(IdSchema, templateId, 'template id');
  const query = rangeQuery(validateInput(DateRangeSchema, range, 'date range'));
  const path = routePath('getTemplateAnalytics', id);
  return send(transport, { method: 'GET', path, query, schema: TemplateAnalyticsSchema, signal });
}

/** `POST /analytics/export` */
export async function createAnalyticsExport(
  transport: TransportOptions,
  request: ExportRequest,
  { signal }: CallOptions = {},
): Promise<ExportJob> {
  const body = validateInput(ExportRequestSchema, request, 'export request');
  const path = routePath('createAnalyticsExport');
  return send(transport, { method: 'POST', path, body, schema: ExportJobSchema, signal });
}

/** `GET /analytics/export/{export_id}` */
export async function getAnalyticsExport(
  transport: TransportOptions,
  exportId: string,
  { signal }: CallOptions = {},
): Promise<ExportStatus> {
  const id = validateInput(IdSchema, exportId, 'export id');
  const path = routePath('getAnalyticsExport', id);
  return send(transport, { method: 'GET', path, schema: ExportStatusSchema, signal });
}
