import { jsonObjectOf } from './body';
import { isoTimestamp } from './calendar';
import type { RouteHandler } from './context';
import { checkExportRequest, expiresAt, exportStatus, fileNameOf, fileOf, isReady, startExport } from './export-jobs';
import { apiError, file, json, notFound, validationFailed } from './responses';
import type { World } from './world';

/** `POST /analytics/export`: 202 with the accepted job; 422 for invalid fields, 404 for an unknown subject. */
export const createAnalyticsExport: RouteHandler = ({ world, bodyText }) => {
  const body = jsonObjectOf(bodyText);
  if (!body.ok) return apiError(400, { code: 'invalid_json', message: body.message });
  const check = checkExportRequest(world, body.value);
  if (!check.ok) return 'missing' in check ? notFound(check.missing) : validationFailed(check.fields);
  const job = startExport(world, check.spec);
  return json(202, {
    export_id: job.exportId,
    status: 'processing',
    type: job.type,
    format: job.format,
    estimated_completion: isoTimestamp(job.readyAt),
  });
};

/** `GET /analytics/export/{id}`: rising progress, then a download link under `mediaBaseUrl`, else on this mock. */
export const getAnalyticsExport: RouteHandler = ({ world, id, base }) => {
  const job = world.exports.get(id);
  return job ? json(200, exportStatus(world, job, world.mediaBase ?? base)) : notFound(`There is no export "${id}".`);
};

/**
 * `GET <prefix>/exports/<id>.<csv|json>`: the mock's stand-in for the CDN link; 409 while the job is still
 * running, 410 once the link has expired.
 */
export function downloadExport(world: World, method: string, fileName: string): Response {
  if (method !== 'GET') return apiError(405, { headers: { allow: 'GET' } });
  const job = world.exports.get(fileName.replace(/\.(csv|json)$/, ''));
  if (!job || fileNameOf(job) !== fileName) return notFound(`There is no export file "${fileName}".`);
  if (!isReady(world, job))
    return apiError(409, { code: 'export_not_ready', message: 'The export is still being prepared.' });
  if (world.now() > expiresAt(job))
    return apiError(410, { code: 'export_expired', message: 'This download link has expired.' });
  const { body, contentType } = fileOf(world, job);
  return file(body, contentType, fileName);
}
