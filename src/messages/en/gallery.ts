import type { MessageTools } from '../tools';

/** The video gallery and player card. */
export const gallery = {
  galleryHeading: 'Videos',
  galleryTabsLabel: 'Filter videos by status',
  galleryTabAll: 'All',
  // A video's status, on its card and as the gallery's filter tabs.
  videoStatusDraft: 'Draft',
  videoStatusProcessing: 'Processing',
  videoStatusPublished: 'Published',
  videoStatusFailed: 'Failed',
  galleryPageSize: 'Videos per page',
  galleryPagerLabel: 'Pages',
  galleryPrevious: 'Previous',
  galleryNext: 'Next',
  galleryPage: ({ page, pages }: { page: number; pages: number }, t: MessageTools) =>
    `Page ${t.number(page)} of ${t.number(pages)}`,
  galleryRange: ({ first, last, total }: { first: number; last: number; total: number }, t: MessageTools) =>
    `Showing ${t.number(first)}–${t.number(last)} of ${t.number(total)}`,
  galleryLoading: 'Loading videos…',
  galleryEmptyAll: 'No videos yet.',
  galleryEmptyDraft: 'No draft videos.',
  galleryEmptyProcessing: 'No processing videos.',
  galleryEmptyPublished: 'No published videos.',
  galleryEmptyFailed: 'No failed videos.',
  galleryEmptyHint: 'Create your first personalised video and it will appear here.',
  galleryErrorTitle: 'The videos could not be loaded.',
  // The player card.
  videoCardLoading: 'Loading video',
  videoCardPlay: ({ title }: { title: string }, _t: MessageTools) => `Play ${title}`,
  videoCardDownload: ({ title }: { title: string }, _t: MessageTools) => `Download ${title}`,
  videoCardStatus: ({ title }: { title: string }, _t: MessageTools) => `${title}: `,
  videoCardBuffering: 'Loading video…',
  videoCardProcessing: 'Processing — ready soon',
  videoCardDraft: 'Draft — not rendered yet',
  videoCardFailed: 'This video failed to render.',
  videoCardUnavailable: 'This video is not available to play.',
  videoCardPlaybackFailed: 'The video could not be loaded.',
};
