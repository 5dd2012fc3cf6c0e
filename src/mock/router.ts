import { decodeOnce, type RouteName } from '../api';
import { getAccountAnalytics, getTemplateAnalytics, getVideoAnalytics } from './analytics-handlers';
import type { RouteHandler } from './context';
import { createAnalyticsExport, downloadExport, getAnalyticsExport } from './export-handlers';
import type { Target } from './resolve';
import { apiError, notFound } from './responses';
import { createVideo, listVideos } from './video-handlers';
import type { World } from './world';

/** One handler per documented endpoint; the compiler checks none is missing. */
const HANDLERS: Record<RouteName, RouteHandler> = {
  listVideos,
  createVideo,
  getVideoAnalytics,
  getAccountAnalytics,
  getTemplateAnalytics,
  createAnalyticsExport,
  getAnalyticsExport,
};

/** Answers a request once its target is known: the endpoint, a download, or a 404/405. */
export function answer(
  world: World,
  request: Request,
  url: URL,
  target: Exclude<Target, { kind: 'media' }>,
  bodyText: string,
): Response {
  switch (target.kind) {
    case 'not-found':
      return notFound(`There is no endpoint at ${url.pathname}.`);
    case 'method-not-allowed':
      return apiError(405, {
        message: `${request.method} is not allowed on ${target.path}; use ${target.allow.join(' or ')}.`,
        headers: { allow: target.allow.join(', ') },
      });
    case 'download':
      return downloadExport(world, request.method, target.file);
    case 'route': {
      const id = target.id === undefined ? '' : decodeOnce(target.id);
      if (id === undefined) return notFound(`"${target.id}" is not a valid id.`);
      return HANDLERS[target.name]({ world, url, id, bodyText, base: target.base });
    }
  }
}
