import {
  type CallOptions,
  createAnalyticsExport,
  createVideo,
  getAccountAnalytics,
  getAnalyticsExport,
  getTemplateAnalytics,
  getVideoAnalytics,
  listVideos,
} from './endpoints';
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
import type { TransportOptions } from './transport';

export type { CallOptions } from './endpoints';

/** Options of `createClient`; there is deliberately no API key: `baseUrl` is the host app's own proxy. */
export interface ClientOptions extends TransportOptions {}

/** One typed method per documented endpoint. */
export interface SixtySecondsClient {
  /** `GET /videos` */
  listVideos(params?: ListVideosParams | undefined, options?: CallOptions | undefined): Promise<VideoList>;
  /** `POST /videos` */
  createVideo(input: CreateVideoInput, options?: CallOptions | undefined): Promise<Video>;
  /** `GET /analytics/videos/{video_id}` */
  getVideoAnalytics(
    videoId: string,
    range?: DateRange | undefined,
    options?: CallOptions | undefined,
  ): Promise<VideoAnalytics>;
  /** `GET /analytics/account` */
  getAccountAnalytics(
    params?: AccountAnalyticsParams | undefined,
    options?: CallOptions | undefined,
  ): Promise<AccountAnalytics>;
  /** `GET /analytics/templates/{template_id}` */
  getTemplateAnalytics(
    templateId: string,
    range?: DateRange | undefined,
    options?: CallOptions | undefined,
  ): Promise<TemplateAnalytics>;
  /** `POST /analytics/export` */
  createAnalyticsExport(request: ExportRequest, options?: CallOptions | undefined): Promise<ExportJob>;
  /** `GET /analytics/export/{export_id}` */
  getAnalyticsExport(exportId: string, options?: CallOptions | undefined): Promise<ExportStatus>;
}

/**
 * Creates a client that talks to the host app's proxy: every endpoint function bound to one transport. Invalid input
 * rejects before any request is sent. It names every endpoint and so every schema; the hooks call only their own.
 */
export function createClient(options: ClientOptions): SixtySecondsClient {
  return {
    listVideos: (params, call) => listVideos(options, params, call),
    createVideo: (input, call) => createVideo(options, input, call),
    getVideoAnalytics: (videoId, range, call) => getVideoAnalytics(options, videoId, range, call),
    getAccountAnalytics: (params, call) => getAccountAnalytics(options, params, call),
    getTemplateAnalytics: (templateId, range, call) => getTemplateAnalytics(options, templateId, range, call),
    createAnalyticsExport: (request, call) => createAnalyticsExport(options, request, call),
    getAnalyticsExport: (exportId, call) => getAnalyticsExport(options, exportId, call),
  };
}
