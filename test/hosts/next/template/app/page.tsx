import { VideosDashboard } from './videos-dashboard';

/** The dashboard, with the analytics of the video named by `?video=<id>`. */
export default async function Page({ searchParams }: { searchParams: Promise<{ video?: string }> }) {
  const { video } = await searchParams;
  return <VideosDashboard videoId={video} />;
}
