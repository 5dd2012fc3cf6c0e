import type { Video, VideoStatus } from '../../../src/api';
import { createMockApi } from '../../../src/mock';

const videos = createMockApi({ seed: 7 }).videos();

/** The first seeded video in a status (the seed has every status). */
export function seededVideo(status: VideoStatus): Video {
  const video = videos.find((candidate) => candidate.status === status);
  if (!video) throw new Error(`seed 7 has no ${status} video`);
  return video;
}
