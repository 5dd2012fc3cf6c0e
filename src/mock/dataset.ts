import type { AspectRatio, Video, VideoStatus } from '../api';
import { DAY_MS, isoTimestamp } from './calendar';
import { PILOT_TEMPLATE, type TemplateEntry, templatesFor } from './catalog';
import { thumbnailUrl, videoUrl } from './media-urls';
import { between, idOf, intBetween, pick, type Random, randomFor, shuffled } from './random';

/** One video as the mock stores it; `status` is what it was created with, `publishAt` when it turns published. */
export interface VideoRecord {
  id: string;
  title: string;
  templateId: string;
  aspectRatio: AspectRatio;
  createdMs: number;
  status: VideoStatus;
  /** Seconds; known from the start so a processing video publishes with a stable duration. */
  duration: number;
  /** For processing videos: the clock time at which processing finishes. */
  publishAt?: number;
}

/** Everything a seed generates: the account's templates and videos. */
export interface Dataset {
  templates: TemplateEntry[];
  videos: VideoRecord[];
}

const RATIOS: AspectRatio[] = ['9:16', '9:16', '9:16', '16:9', '16:9', '1:1'];

/** A plausible video length in seconds, one decimal. */
export const durationFor = (random: Random): number => Math.round(between(random, 24, 92) * 10) / 10;

/** An aspect ratio, weighted towards the API's 9:16 default. */
export const aspectRatioFor = (random: Random): AspectRatio => pick(random, RATIOS);

/** How statuses fall: the newest few are still processing, a handful are drafts or failed, the rest published. */
function statusesFor(random: Random, count: number): VideoStatus[] {
  const processing = intBetween(random, 2, 3);
  const rest: VideoStatus[] = [];
  const drafts = intBetween(random, 3, 6);
  const failed = intBetween(random, 2, 4);
  for (let i = 0; i < count - processing; i++)
    rest.push(i < drafts ? 'draft' : i < drafts + failed ? 'failed' : 'published');
  return [...Array<VideoStatus>(processing).fill('processing'), ...shuffled(random, rest)];
}

/** Template per video: every template gets at least two published videos so its analytics are never empty. */
function templateIdsFor(random: Random, statuses: VideoStatus[], templates: TemplateEntry[]): string[] {
  const published = shuffled(
    random,
    statuses.flatMap((status, i) => (status === 'published' ? [i] : [])),
  );
  const order = shuffled(random, templates);
  const ids = statuses.map(() => pick(random, templates).id);
  published.slice(0, order.length * 2).forEach((index, n) => {
    ids[index] = (order[n % order.length] as TemplateEntry).id;
  });
  return ids;
}

/** Generates the seeded account: 40–52 videos over roughly six months before `epoch`, newest first. */
export function createDataset(seed: number, epoch: number): Dataset {
  const random = randomFor(seed, 'dataset');
  const templates = templatesFor(random);
  const count = intBetween(random, 40, 52);
  // Ages skew recent (the account is growing); processing videos are minutes to hours old.
  const ages = Array.from({ length: count }, () => random() ** 1.4 * 180 * DAY_MS).sort((a, b) => a - b);
  const statuses = statusesFor(random, count);
  const templateIds = templateIdsFor(random, statuses, templates);
  const byId = new Map(templates.map((template) => [template.id, template]));
  const videos = statuses.map((status, i): VideoRecord => {
    const templateId = templateIds[i] as string;
    const age = status === 'processing' ? between(random, 5, 180) * 60_000 : (ages[i] as number) + DAY_MS / 3;
    return {
      id: idOf(random, 'vid_'),
      title: (byId.get(templateId) as TemplateEntry).title(random),
      templateId,
      aspectRatio: aspectRatioFor(random),
      createdMs: Math.floor((epoch - age) / 1000) * 1000,
      status,
      duration: durationFor(random),
    };
  });
  return {
    templates: [...templates, PILOT_TEMPLATE],
    videos: [...videos, ...pilotVideos(seed, epoch), ...documentedVideos(seed, epoch)],
  };
}

/**
 * The two videos the API docs use as examples, with their ids and titles, so examples written against the docs work
 * on the mock as they are. Both are published (the analytics docs give them views), a few weeks before `epoch` (the
 * docs' February dates would fall after "today" for some seeds); the demo's length comes from a stream of its own, so
 * every other video keeps the id, title and figures it had before these existed.
 */
function documentedVideos(seed: number, epoch: number): VideoRecord[] {
  const random = randomFor(seed, 'documented');
  const day = (daysBefore: number, hour: number, minute: number) =>
    Math.floor((epoch - daysBefore * DAY_MS) / DAY_MS) * DAY_MS + (hour * 60 + minute) * 60_000;
  return [
    {
      id: 'vid_12345abcde',
      title: 'Welcome Message for John',
      templateId: 'tmpl_welcome_message',
      aspectRatio: '9:16',
      createdMs: day(19, 10, 30),
      status: 'published',
      duration: 58.5,
    },
    {
      id: 'vid_67890fghij',
      title: 'Product Demo for Enterprise',
      templateId: 'tmpl_product_demo',
      aspectRatio: '9:16',
      createdMs: day(18, 14, 25),
      status: 'published',
      duration: durationFor(random),
    },
  ];
}

/** How many videos the pilot template has: fewer than a comparison needs (`MIN_VIDEOS_TO_COMPARE`, 5). */
const PILOT_VIDEOS = 3;

/**
 * The pilot template's videos, published 6–40 days before `epoch`, from a stream of their own so every other video
 * keeps the id, title and figures it had before the pilot existed.
 */
function pilotVideos(seed: number, epoch: number): VideoRecord[] {
  const random = randomFor(seed, 'pilot');
  return Array.from({ length: PILOT_VIDEOS }, () => ({
    id: idOf(random, 'vid_'),
    title: PILOT_TEMPLATE.title(random),
    templateId: PILOT_TEMPLATE.id,
    aspectRatio: aspectRatioFor(random),
    createdMs: Math.floor((epoch - between(random, 6, 40) * DAY_MS) / 1000) * 1000,
    status: 'published',
    duration: durationFor(random),
  }));
}

/** The status a video has at `now`: a processing video publishes once its processing time has passed. */
export const statusAt = (record: VideoRecord, now: number): VideoStatus =>
  record.publishAt !== undefined && now >= record.publishAt ? 'published' : record.status;

/**
 * The API's view of a stored video at `now`; media links and duration appear only once it is published. The links
 * point at the mock's own media under `base` (origin plus base path), as export downloads do.
 */
export function toVideo(record: VideoRecord, now: number, base: string): Video {
  const published = statusAt(record, now) === 'published';
  return {
    id: record.id,
    title: record.title,
    status: statusAt(record, now),
    duration: published ? record.duration : null,
    created_at: isoTimestamp(record.createdMs),
    url: published ? videoUrl(base, record) : null,
    thumbnail: published ? thumbnailUrl(base, record) : null,
    aspect_ratio: record.aspectRatio,
    template_id: record.templateId,
  };
}

/** Newest first; ties (same second) put the later-stored video first. */
export const newestFirst = (videos: ReadonlyArray<VideoRecord>): VideoRecord[] =>
  videos
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.createdMs - a.record.createdMs || b.index - a.index)
    .map(({ record }) => record);
