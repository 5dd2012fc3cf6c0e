import type { AspectRatio, Video, VideoStatus } from '../../src/api';
import { createMockApi } from '../../src/mock';

// The same seed as the preview's mock, so cards show the videos the connected stories list.
const videos = createMockApi({ seed: 42 }).videos();

/** The first seeded video in a status (and aspect ratio, when given). */
export function seededVideo(status: VideoStatus, aspectRatio?: AspectRatio): Video {
  const video = videos.find((v) => v.status === status && (!aspectRatio || v.aspect_ratio === aspectRatio));
  if (!video) throw new Error(`seed 42 has no ${status} ${aspectRatio ?? ''} video`);
  return video;
}
