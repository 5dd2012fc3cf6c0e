import type { GalleryMessages } from '../../messages';

export const gallery: GalleryMessages = {};
