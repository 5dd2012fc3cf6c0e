import { accountAnalytics, accountRangeDefaults } from './account-analytics';
import type { RouteHandler } from './context';
import { parseGrouping, parseRangeQuery } from './query';
import { invalidQuery, json, notFound } from './responses';
import { templateAnalytics, templateRangeDefaults } from './template-analytics';
import { videoAnalytics, videoRangeDefaults } from './video-analytics';
import { findTemplate, findVideo } from './world';

/** `GET /analytics/videos/{id}`: 404 for an unknown video, 400 for bad dates. */
export const getVideoAnalytics: RouteHandler = ({ world, url, id }) => {
  const video = findVideo(world, id);
  if (!video) return notFound(`There is no video "${id}".`);
  const range = parseRangeQuery(url.searchParams, videoRangeDefaults(world, video));
  return range.ok ? json(200, videoAnalytics(world, video, range.value)) : invalidQuery(range.fields);
};

/** `GET /analytics/account`: 400 for bad dates or grouping. */
export const getAccountAnalytics: RouteHandler = ({ world, url }) => {
  const range = parseRangeQuery(url.searchParams, accountRangeDefaults(world));
  const grouping = parseGrouping(url.searchParams);
  if (!range.ok || !grouping.ok)
    return invalidQuery({ ...(range.ok ? {} : range.fields), ...(grouping.ok ? {} : grouping.fields) });
  return json(200, accountAnalytics(world, range.value, grouping.value));
};

/** `GET /analytics/templates/{id}`: 404 for an unknown template, 400 for bad dates. */
export const getTemplateAnalytics: RouteHandler = ({ world, url, id }) => {
  const template = findTemplate(world, id);
  if (!template) return notFound(`There is no template "${id}".`);
  const range = parseRangeQuery(url.searchParams, templateRangeDefaults(world, template));
  return range.ok ? json(200, templateAnalytics(world, template, range.value)) : invalidQuery(range.fields);
};
