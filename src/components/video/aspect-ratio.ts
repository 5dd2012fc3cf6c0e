import type { AspectRatio } from '../../api';

/** The three ratios the API renders, in the order a picker offers them. */
export const ASPECT_RATIOS: readonly AspectRatio[] = ['9:16', '16:9', '1:1'];

/** The ratio to draw: the prop, then the video's own, then 16:9 when neither is known. */
export const resolveAspectRatio = (prop: AspectRatio | undefined, fromVideo: AspectRatio | undefined): AspectRatio =>
  prop ?? fromVideo ?? '16:9';
