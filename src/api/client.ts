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

/** Options of `createClient`; there is deliberately no API key: `baseUrl` is the host app's own proxy. */
export type ClientOptions = TransportOptions;

/** Per-call options. */
export interface CallOptions {
  /** Cancels the request; the promise then rejects with kind `aborted`. */
  signal?: AbortSignal | undefined;
}

/** One typed method per documented endpoint. */
export interface SixtySecondsClient {
  /** `GET /videos` */
  listVideos(params?: ListVideosParams, options?: CallOptions): Promise<VideoList>;
  /** `POST /videos` */
  createVideo(input: CreateVideoInput, options?: CallOptions): Promise<Video>;
  /** `GET /analytics/videos/{video_id}` */
  getVideoAnalytics(videoId: string, range?: DateRange, options?: CallOptions): Promise<VideoAnalytics>;
  /** `GET /analytics/account` */
  getAccountAnalytics(params?: AccountAnalyticsParams, options?: CallOptions): Promise<AccountAnalytics>;
  /** `GET /analytics/templates/{template_id}` */
  getTemplateAnalytics(templateId: string, range?: DateRange, options?: CallOptions): Promise<TemplateAnalytics>;
  /** `POST /analytics/export` */
  createAnalyticsExport(request: ExportRequest, options?: CallOptions): Promise<ExportJob>;
  /** `GET /analytics/export/{export_id}` */
  getAnalyticsExport(exportId: string, options?: CallOptions): Promise<ExportStatus>;
}

const rangeQuery = (range: DateRange) => ({ start_date: range.startDate, end_date: range.endDate });

/** Creates a client that talks to the host app's proxy. Invalid input rejects before any request is sent. */
export function createClient(options: ClientOptions): SixtySecondsClient {
  // Validation throws synchronously inside async methods, so callers always get a rejected promise.
  return {
    async listVideos(params = {}, { signal } = {}) {
      const query = validateInput(ListVideosParamsSchema, params, 'video list options');
      return send(options, { method: 'GET', path: routePath('listVideos'), query, schema: VideoListSchema, signal });
    },
    async createVideo(input, { signal } = {}) {
      const body = validateInput(CreateVideoInputSchema, input, 'video');
      return send(options, { method: 'POST', path: routePath('createVideo'), body, schema: VideoSchema, signal });
    },
    async getVideoAnalytics(videoId, range = {}, { signal } = {}) {
      const id = validateInput(IdSchema, videoId, 'video id');
      const query = rangeQuery(validateInput(DateRangeSchema, range, 'date range'));
      const path = routePath('getVideoAnalytics', id);
      return send(options, { method: 'GET', path, query, schema: VideoAnalyticsSchema, signal });
    },
    async getAccountAnalytics(params = {}, { signal } = {}) {
      const valid = validateInput(AccountAnalyticsParamsSchema, params, 'account analytics options');
      const query = { ...rangeQuery(valid), group_by: valid.groupBy };
      const path = routePath('getAccountAnalytics');
      return send(options, { method: 'GET', path, query, schema: AccountAnalyticsSchema, signal });
    },
    async getTemplateAnalytics(templateId, range = {}, { signal } = {}) {
      const id = validateInput(IdSchema, templateId, 'template id');
      const query = rangeQuery(validateInput(DateRangeSchema, range, 'date range'));
      const path = routePath('getTemplateAnalytics', id);
      return send(options, { method: 'GET', path, query, schema: TemplateAnalyticsSchema, signal });
    },
    async createAnalyticsExport(request, { signal } = {}) {
      const body = validateInput(ExportRequestSchema, request, 'export request');
      const path = routePath('createAnalyticsExport');
      return send(options, { method: 'POST', path, body, schema: ExportJobSchema, signal });
    },
    async getAnalyticsExport(exportId, { signal } = {}) {
      const id = validateInput(IdSchema, exportId, 'export id');
      const path = routePath('getAnalyticsExport', id);
      return send(options, { method: 'GET', path, schema: ExportStatusSchema, signal });
    },
  };
}
