'use client';
import { useId } from 'react';
import type { Pagination } from '../../api';
import type { GalleryWords } from '../../messages/words';

/** The page sizes the gallery offers; the API allows at most 100. */
export const VIDEO_PAGE_SIZES: readonly number[] = [10, 20, 50, 100];

// The API answers "Limit must be 1 to 100" outside this range, and would keep answering it on every poll.
const isAllowedSize = (size: number) => Number.isInteger(size) && size >= 1 && size <= 100;

// One clamp for the gallery and for `videoGalleryQuery`, so a server prefetch asks for the page the gallery shows.
export { clampPageSize } from '../../api/component-queries';

/** The sizes to offer: the allowed ones of `sizes` plus `current`, so the select always shows what is asked for. */
export const pageSizeOptions = (sizes: readonly number[], current: number) =>
  [...new Set([...sizes.filter(isAllowedSize), current])].sort((a, b) => a - b);

interface PagerProps {
  pagination: Pagination;
  /** How many videos the current page holds; the range is left out when it holds none. */
  count: number;
  m: GalleryWords;
  /** True while the next page loads; the buttons wait for it. */
  busy: boolean;
  onPageChange: (page: number) => void;
}

/** "Page 2 of 3", "Showing 21–40 of 42" and previous/next buttons driven by the API's pagination block. */
export function Pager({ pagination, count, m, busy, onPageChange }: PagerProps) {
  const { total, page, limit, next_page: next, prev_page: prev } = pagination;
  const pages = Math.max(1, Math.ceil(total / limit));
  const first = (page - 1) * limit + 1;
  const last = first + count - 1;
  // aria-disabled rather than disabled: a button that loses `disabled` focus keeps its place for keyboard users.
  const go = (target: number | null) => () => {
    if (target !== null && !busy) onPageChange(target);
  };

  return (
    <nav className="ss-video-gallery-pager" aria-label={m.galleryPagerLabel}>
      <button
        type="button"
        className="ss-button ss-video-gallery-page-button"
        aria-disabled={prev === null || busy}
        onClick={go(prev)}
      >
        <Chevron />
        {m.galleryPrevious}
      </button>
      <p className="ss-video-gallery-page-info" role="status">
        <span className="ss-video-gallery-page">{m.galleryPage({ page, pages })}</span>
        {count > 0 && <span className="ss-video-gallery-range">{m.galleryRange({ first, last, total })}</span>}
      </p>
      <button
        type="button"
        className="ss-button ss-video-gallery-page-button ss-video-gallery-page-next"
        aria-disabled={next === null || busy}
        onClick={go(next)}
      >
        {m.galleryNext}
        <Chevron />
      </button>
    </nav>
  );
}

/** A chevron pointing back (left, or right when the page reads right to left); the next button's is turned round. */
const Chevron = () => (
  <svg className="ss-video-gallery-chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" strokeWidth="2" />
  </svg>
);

interface PageSizeSelectProps {
  label: string;
  /** Writes a size in the locale's digits. */
  format: (size: number) => string;
  value: number;
  sizes: readonly number[];
  onChange: (size: number) => void;
}

/** How many videos a page shows. */
export function PageSizeSelect({ label, format, value, sizes, onChange }: PageSizeSelectProps) {
  const id = useId();
  return (
    <div className="ss-video-gallery-page-size">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {sizes.map((size) => (
          <option key={size} value={size}>
            {format(size)}
          </option>
        ))}
      </select>
    </div>
  );
}
