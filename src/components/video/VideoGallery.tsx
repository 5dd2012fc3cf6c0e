'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect, useId, useRef } from 'react';
import { DEFAULT_VIDEO_PAGE_SIZE } from '../../api/component-queries';
import { useLocale, useVideos } from '../../hooks';
import { useWords } from '../../hooks/use-words';
import { galleryWords } from '../../messages/words';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { MessagesProps } from '../data-state';
import { formatCount } from '../format';
import { useFocusRecovery } from '../use-focus-recovery';
import { CreateVideoDialog } from './CreateVideoDialog';
import { clampPageSize, Pager, PageSizeSelect, pageSizeOptions, VIDEO_PAGE_SIZES } from './gallery-pager';
import { GalleryEmpty, GalleryError, GallerySkeleton } from './gallery-states';
import { StatusTabs, statusTabId, type VideoStatusFilter } from './gallery-status-tabs';
import { VideoPlayerCard, type VideoPlayerCardProps } from './VideoPlayerCard';
import { emptyText } from './video-status';

/** Props of `VideoGallery`. */
export interface VideoGalleryProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, MessagesProps {
  /** The heading above the gallery ("Videos" in the catalogue's language); `null` for none (it then labels the section). */
  heading?: ReactNode | undefined;
  /** The heading's level; cards use the next one down. 2 by default. */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** The status filter selected (controlled, with `onStatusChange`), e.g. kept in the page's URL. */
  status?: VideoStatusFilter | undefined;
  /** The status filter selected first when uncontrolled; `all` by default. */
  defaultStatus?: VideoStatusFilter | undefined;
  /** Called when the reader picks another filter (the page then goes back to 1 through `onPageChange`). */
  onStatusChange?: ((status: VideoStatusFilter) => void) | undefined;
  /** The page shown, from 1 (controlled, with `onPageChange`). */
  page?: number | undefined;
  /** The page shown first when uncontrolled; 1 by default. */
  defaultPage?: number | undefined;
  /** Called when the reader (or a shrinking list) moves to another page. */
  onPageChange?: ((page: number) => void) | undefined;
  /** Videos per page, held to 1–100 and always offered (controlled, with `onPageSizeChange`). */
  pageSize?: number | undefined;
  /** Videos per page first when uncontrolled; 20 by default. */
  defaultPageSize?: number | undefined;
  /** Called when the reader picks another page size (the page then goes back to 1). */
  onPageSizeChange?: ((pageSize: number) => void) | undefined;
  /** The page sizes offered; any outside the API's 1–100 are left out. */
  pageSizes?: readonly number[] | undefined;
  /** Props for every card: playback callbacks, overlays, a frame shape (16:9 by default, so rows line up). */
  cardProps?: Omit<VideoPlayerCardProps, 'video' | 'headingLevel'> | undefined;
  /** Replaces the empty-state text. */
  emptyState?: ReactNode | undefined;
  /**
   * What the empty "All" tab offers: a `CreateVideoDialog` with its "Create video" button by default (the new video
   * then shows here), your own element, or `null` for nothing.
   */
  emptyAction?: ReactNode | undefined;
  /** Colour mode and `--ss-*` overrides for the gallery. */
  theme?: Theme | undefined;
}

/** Placeholder cards while the first page loads: the page size, up to two rows of the widest grid. */
const SKELETON_CARDS = 8;

/** A page number the API accepts: a whole number from 1 (1 when it is not a number). */
const clampPage = (page: number) => (Number.isFinite(page) ? Math.max(1, Math.floor(page)) : 1);

/**
 * A filterable, paged grid of `VideoPlayerCard`s on `useVideos`; processing videos publish on screen by polling.
 * When "Try again" (or any control a keyboard user was on) goes away, focus moves to the panel.
 */
export const VideoGallery = forwardRef<HTMLElement, VideoGalleryProps>(function VideoGallery(props, ref) {
  const {
    heading,
    headingLevel = 2,
    status: statusProp,
    defaultStatus = 'all',
    onStatusChange,
    page: pageProp,
    defaultPage = 1,
    onPageChange,
    pageSize: pageSizeProp,
    defaultPageSize = DEFAULT_VIDEO_PAGE_SIZE,
    onPageSizeChange,
    pageSizes = VIDEO_PAGE_SIZES,
    cardProps,
    emptyState,
    emptyAction,
    messages,
    theme,
    className,
    style,
    ...rest
  } = props;
  const m = useWords(galleryWords, messages);
  const locale = useLocale();
  const caller = 'VideoGallery';
  const [status, setStatus] = useControllableState({
    prop: statusProp,
    defaultProp: defaultStatus,
    onChange: onStatusChange,
    caller,
  });
  const [rawPage, setPage] = useControllableState({
    prop: pageProp,
    defaultProp: defaultPage,
    onChange: onPageChange,
    caller,
  });
  const [rawLimit, setLimit] = useControllableState({
    prop: pageSizeProp,
    defaultProp: defaultPageSize,
    onChange: onPageSizeChange,
    caller,
  });
  // A page or size from a URL may be anything: ask only for what the API accepts.
  const page = clampPage(rawPage);
  const limit = clampPageSize(rawLimit);
  const query = useVideos({ page, limit, status: status === 'all' ? undefined : status });
  const { error, isLoading, isPreviousData } = query;
  // A failed filter or page change leaves the previous tab's page behind: show the failure, never that page.
  const stale = Boolean(error) && isPreviousData;
  const data = stale ? undefined : query.data;
  // Polling can shrink a filtered list under the page shown (the last processing videos publish): such a page is
  // empty though videos remain, so it waits (skeletons, no pager) while the gallery moves to the last page there is.
  const beyondEnd = data !== undefined && data.data.length === 0 && data.pagination.total > 0;
  const current = isPreviousData ? undefined : data?.pagination;
  const lastPage = current && Math.max(1, Math.ceil(current.total / current.limit));
  useEffect(() => {
    if (lastPage !== undefined && page > lastPage) setPage(lastPage);
  }, [page, lastPage, setPage]);
  const panel = useRef<HTMLDivElement>(null);
  const focusProps = useFocusRecovery<HTMLElement>(() => panel.current, rest);
  const id = useId();
  const headingId = `${id}-heading`;
  const panelId = `${id}-panel`;
  const Heading = `h${headingLevel}` as const;
  const cardHeading = (headingLevel + 1) as 3 | 4 | 5 | 6;

  const retry = () => void query.refetch();
  const filterBy = (next: VideoStatusFilter) => {
    setStatus(next);
    setPage(1);
  };
  const resize = (size: number) => {
    setLimit(size);
    setPage(1);
  };

  const body = (): ReactNode => {
    if (!data || beyondEnd) {
      if (error) return <GalleryError error={error} onRetry={retry} m={m} />;
      return <GallerySkeleton count={Math.min(limit, SKELETON_CARDS)} label={m.galleryLoading} />;
    }
    if (data.data.length === 0) {
      // Only an account with no videos at all is invited to make one; an empty filter just says so.
      const first = status === 'all';
      return (
        <GalleryEmpty action={first ? emptyAction === undefined ? <CreateVideoDialog /> : emptyAction : undefined}>
          {emptyState ?? (
            <>
              <p className="ss-video-gallery-empty-title">{emptyText(status, m)}</p>
              {first && <p>{m.galleryEmptyHint}</p>}
            </>
          )}
        </GalleryEmpty>
      );
    }
    return (
      <ul className="ss-video-gallery-grid">
        {data.data.map((video) => (
          <li key={video.id} className="ss-video-gallery-item">
            <VideoPlayerCard
              aspectRatio="16:9"
              messages={messages}
              {...cardProps}
              video={video}
              headingLevel={cardHeading}
            />
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section
      ref={ref}
      {...(heading === null ? { 'aria-label': m.galleryHeading } : { 'aria-labelledby': headingId })}
      {...rest}
      {...focusProps}
      {...themeRootProps(theme, style)}
      className={cx('ss-root', 'ss-video-gallery', className)}
    >
      {heading !== null && (
        <Heading id={headingId} className="ss-video-gallery-heading">
          {heading ?? m.galleryHeading}
        </Heading>
      )}
      <div className="ss-video-gallery-toolbar">
        <StatusTabs value={status} onChange={filterBy} idPrefix={id} panelId={panelId} m={m} />
        <PageSizeSelect
          label={m.galleryPageSize}
          format={(size) => formatCount(size, locale)}
          value={limit}
          sizes={pageSizeOptions(pageSizes, limit)}
          onChange={resize}
        />
      </div>
      <div
        ref={panel}
        id={panelId}
        role="tabpanel"
        tabIndex={-1}
        aria-labelledby={statusTabId(id, status)}
        aria-busy={(isLoading || isPreviousData || beyondEnd) && !error}
        className="ss-video-gallery-panel"
      >
        {data && !beyondEnd && error && <GalleryError error={error} onRetry={retry} m={m} />}
        {body()}
      </div>
      {data && data.data.length > 0 && (
        <Pager
          pagination={data.pagination}
          count={data.data.length}
          m={m}
          busy={isPreviousData}
          onPageChange={setPage}
        />
      )}
    </section>
  );
});
