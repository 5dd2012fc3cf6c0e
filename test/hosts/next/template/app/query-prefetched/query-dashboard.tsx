'use client';
import { AccountAnalyticsPanel, SixtySecondsProvider, VideoAnalyticsPanel, VideoGallery } from '@sixtyseconds/react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * The dashboard on the app's own QueryClient, which already holds the server's answers: the first HTML has the
 * numbers and hydration asks for nothing. Published videos only: a processing one would poll.
 */
export function QueryDashboard({ videoId }: { videoId: string }) {
  // Marks the moment React has hydrated, for the host test to count requests from.
  useEffect(() => {
    document.body.dataset.hydrated = 'true';
  }, []);
  const queryClient = useQueryClient();
  return (
    <SixtySecondsProvider baseUrl="/api/sixtyseconds" queryClient={queryClient}>
      <VideoGallery defaultStatus="published" />
      <VideoAnalyticsPanel videoId={videoId} />
      <AccountAnalyticsPanel />
    </SixtySecondsProvider>
  );
}
