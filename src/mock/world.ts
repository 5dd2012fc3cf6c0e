import type { Video } from '../api';
import { type DayRange, dayOf, epochOf } from './calendar';
import type { TemplateEntry } from './catalog';
import { createDataset, newestFirst, statusAt, toVideo, type VideoRecord } from './dataset';
import type { ExportRecord } from './export-jobs';
import { profileOf, type VideoProfile, viewsIn } from './profile';
import { type Random, randomFor } from './random';
import { statsFor, type VideoStats } from './stats';

/** The clock and timings the world runs on. */
export interface WorldClock {
  now: () => number;
  processingMs: number;
  exportMs: number;
}

/** The mock's whole state for one seed: data, lazily derived profiles, export jobs and id streams. */
export interface World extends WorldClock {
  seed: number;
  /** `mediaBaseUrl`: where media links point instead of the address a request reached. */
  mediaBase: string | undefined;
  /** The seeded world's "today" (see `epochOf`); default date ranges end on its day. */
  epoch: number;
  templates: TemplateEntry[];
  /** Stored videos in insertion order; read through `videosNewestFirst()`. */
  videos: VideoRecord[];
  exports: Map<string, ExportRecord>;
  /** Ids for videos created through the API: the n-th created video gets the same id for the same seed. */
  videoIds: Random;
  /** Ids for export jobs; a stream of their own, so creating exports never moves video ids (and back). */
  exportIds: Random;
}

/** Builds a fresh world for a seed. */
export function createWorld(seed: number, clock: WorldClock, mediaBase?: string): World {
  const epoch = epochOf(seed);
  const { templates, videos } = createDataset(seed, epoch);
  // Seeded processing videos finish too, one after another, so a gallery left open sees them publish live.
  const start = clock.now();
  videos
    .filter((video) => video.status === 'processing')
    .forEach((video, n) => {
      video.publishAt = start + clock.processingMs * (n + 2);
    });
  return {
    ...clock,
    seed,
    mediaBase,
    epoch,
    templates,
    videos,
    exports: new Map(),
    videoIds: randomFor(seed, 'video-ids'),
    exportIds: randomFor(seed, 'export-ids'),
  };
}

const profiles = new WeakMap<VideoRecord, VideoProfile>();

/** A video's performance profile, computed once per stored record. */
export function profileFor(world: World, record: VideoRecord): VideoProfile {
  let profile = profiles.get(record);
  if (!profile) {
    profile = profileOf(world.seed, record, findTemplate(world, record.templateId)?.lift ?? 0);
    profiles.set(record, profile);
  }
  return profile;
}

/** The stored videos, newest first. */
export const videosNewestFirst = (world: World): VideoRecord[] => newestFirst(world.videos);

/** The API's view of every video right now, newest first, media links under `mediaBaseUrl` or else `base`. */
export const videosNow = (world: World, base: string): Video[] => {
  const now = world.now();
  return videosNewestFirst(world).map((record) => toVideo(record, now, world.mediaBase ?? base));
};

/** Whether a video is published right now; only published videos are watched. */
export const isLive = (world: World, record: VideoRecord): boolean => statusAt(record, world.now()) === 'published';

/** Views of a video over a range: zero unless it is published. */
export const videoViewsIn = (world: World, record: VideoRecord, range: DayRange): number =>
  isLive(world, record) ? viewsIn(profileFor(world, record), range) : 0;

/** A video's figures for a number of views. */
export const videoStats = (world: World, record: VideoRecord, views: number): VideoStats =>
  statsFor(profileFor(world, record), record.duration, views);

/** The day of the seeded "today". */
export const epochDay = (world: World) => dayOf(world.epoch);

/** Finds a stored video. */
export const findVideo = (world: World, id: string) => world.videos.find((video) => video.id === id);

/** Finds a template. */
export const findTemplate = (world: World, id: string) => world.templates.find((template) => template.id === id);
