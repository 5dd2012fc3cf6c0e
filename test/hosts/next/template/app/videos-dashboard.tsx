'use client';
import {
  AccountAnalyticsPanel,
  CreateVideoDialog,
  SixtySecondsProvider,
  VideoAnalyticsPanel,
  VideoGallery,
} from '@sixtyseconds/react';

const TEMPLATES = [{ id: 'tmpl_welcome_message', name: 'Welcome message' }];

/** Everything a host shows: the browser only ever talks to this app's /api/sixtyseconds. */
export function VideosDashboard({ videoId }: { videoId: string | undefined }) {
  return (
    <SixtySecondsProvider baseUrl="/api/sixtyseconds">
      <CreateVideoDialog templates={TEMPLATES} trigger={<button type="button">Create video</button>} />
      <VideoGallery />
      {videoId && <VideoAnalyticsPanel videoId={videoId} />}
      <AccountAnalyticsPanel />
    </SixtySecondsProvider>
  );
}
