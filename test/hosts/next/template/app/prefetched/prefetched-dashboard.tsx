'use client';
import {
  AccountAnalyticsPanel,
  type SixtySecondsFallback,
  SixtySecondsProvider,
  VideoAnalyticsPanel,
  VideoGallery,
} from '@sixtyseconds/react';
import { useEffect } from 'react';

/**
 * The server's answers seed the provider, so the first HTML holds the numbers and hydration asks for nothing. The
 * gallery shows published videos only: a processing one would poll, and this page is the no-request case.
 */
export function PrefetchedDashboard({ fallback, videoId }: { fallback: SixtySecondsFallback; videoId: string }) {
  // Marks the moment React has hydrated, for the host test to count requests from.
  useEffect(() => {
    document.body.dataset.hydrated = 'true';
  }, []);
  return (
    <SixtySecondsProvider baseUrl="/api/sixtyseconds" fallback={fallback}>
      <VideoGallery defaultStatus="published" />
      <VideoAnalyticsPanel videoId={videoId} />
      <AccountAnalyticsPanel />
    </SixtySecondsProvider>
  );
}
