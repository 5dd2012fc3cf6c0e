import { act } from '@testing-library/react';
import type { RouteName, SixtySecondsError } from '../../src/api';
import {
  useAccountAnalytics,
  useAnalyticsExport,
  useCreateVideo,
  useTemplateAnalytics,
  useVideoAnalytics,
  useVideos,
} from '../../src/hooks';
import type { MockApi } from '../../src/mock';

/** How the fault matrix drives one hook: render it, make it send, read its error. */
export interface HookDriver {
  name: string;
  route: RouteName;
  /** Reads are retried (network, timeout, 429, 5xx); creates never are. */
  retried: boolean;
  use: (mock: MockApi) => () => { error?: SixtySecondsError | undefined };
  /** For mutations: what the user does to send the request. */
  trigger?: (current: unknown, mock: MockApi) => Promise<void>;
}

const publishedId = (mock: MockApi) => mock.videos().find((video) => video.status === 'published')?.id ?? 'missing';
const templateId = (mock: MockApi) => mock.templates()[0]?.id ?? 'missing';

/** One driver per hook. */
export const DRIVERS: HookDriver[] = [
  { name: 'useVideos', route: 'listVideos', retried: true, use: () => () => useVideos() },
  {
    name: 'useVideoAnalytics',
    route: 'getVideoAnalytics',
    retried: true,
    use: (mock) => {
      const id = publishedId(mock);
      return () => useVideoAnalytics(id);
    },
  },
  { name: 'useAccountAnalytics', route: 'getAccountAnalytics', retried: true, use: () => () => useAccountAnalytics() },
  {
    name: 'useTemplateAnalytics',
    route: 'getTemplateAnalytics',
    retried: true,
    use: (mock) => {
      const id = templateId(mock);
      return () => useTemplateAnalytics(id);
    },
  },
  {
    name: 'useCreateVideo',
    route: 'createVideo',
    retried: false,
    use: () => () => useCreateVideo(),
    trigger: async (current, mock) => {
      const { createVideo } = current as ReturnType<typeof useCreateVideo>;
      await act(async () => {
        await createVideo({ title: 'Hello Ada', template_id: templateId(mock), customer_data: { first_name: 'Ada' } });
      });
    },
  },
  {
    name: 'useAnalyticsExport',
    route: 'createAnalyticsExport',
    retried: false,
    use: () => () => useAnalyticsExport(),
    trigger: async (current) => {
      const { start } = current as ReturnType<typeof useAnalyticsExport>;
      await act(() => start({ type: 'account', format: 'csv' }));
    },
  },
];
