import * as v from 'valibot';
import { CreateVideoInputSchema, fieldErrorsOf } from '../api';
import { jsonObjectOf } from './body';
import type { RouteHandler } from './context';
import { durationFor, toVideo, type VideoRecord } from './dataset';
import { parseListQuery } from './query';
import { idOf, randomFor } from './random';
import { apiError, invalidQuery, json, validationFailed } from './responses';
import { findTemplate, videosNow } from './world';

/** `GET /videos`: newest first, filtered by status, one page of `limit`. */
export const listVideos: RouteHandler = ({ world, url, base }) => {
  const query = parseListQuery(url.searchParams);
  if (!query.ok) return invalidQuery(query.fields);
  const { page, limit, status } = query.value;
  const all = videosNow(world, base).filter((video) => !status || video.status === status);
  return json(200, {
    data: all.slice((page - 1) * limit, page * limit),
    pagination: {
      total: all.length,
      page,
      limit,
      next_page: page * limit < all.length ? page + 1 : null,
      prev_page: page > 1 ? page - 1 : null,
    },
  });
};

/** `POST /videos`: 422 with per-field messages, else 201 with the new video, `processing` for `processingMs`. */
export const createVideo: RouteHandler = ({ world, bodyText, base }) => {
  const body = jsonObjectOf(bodyText);
  if (!body.ok) return apiError(400, { code: 'invalid_json', message: body.message });
  const result = v.safeParse(CreateVideoInputSchema, body.value);
  const fields = result.success ? {} : fieldErrorsOf(result.issues, 'body');
  const templateId = body.value.template_id;
  if (!fields.template_id && typeof templateId === 'string' && !findTemplate(world, templateId.trim())) {
    const known = world.templates.map((template) => template.id).join(', ');
    fields.template_id = `There is no template "${templateId.trim()}"; choose one of ${known}.`;
  }
  if (!result.success || Object.keys(fields).length) return validationFailed(fields);
  const input = result.output;
  const now = world.now();
  const id = idOf(world.videoIds, 'vid_');
  const random = randomFor(world.seed, 'created', id);
  const record: VideoRecord = {
    id,
    title: input.title,
    templateId: input.template_id,
    aspectRatio: input.aspect_ratio ?? '9:16',
    createdMs: now,
    status: 'processing',
    duration: durationFor(random),
    publishAt: now + world.processingMs,
  };
  world.videos.push(record);
  // The answer describes the video as accepted, even when processing is instant.
  return json(201, toVideo({ ...record, publishAt: undefined }, now, world.mediaBase ?? base));
};
