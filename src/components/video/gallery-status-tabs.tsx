'use client';
import { type KeyboardEvent, useRef } from 'react';
import type { VideoStatus } from '../../api';
import type { GalleryWords } from '../../messages/words';
import { statusLabel } from './video-status';

/** A gallery filter: every video, or those in one status. */
export type VideoStatusFilter = 'all' | VideoStatus;

/** The filters in the order the tabs show them. */
export const VIDEO_STATUS_FILTERS: readonly VideoStatusFilter[] = ['all', 'draft', 'processing', 'published', 'failed'];

/** The id a filter's tab gets, so the panel can name itself after the selected tab. */
export const statusTabId = (idPrefix: string, filter: VideoStatusFilter) => `${idPrefix}-tab-${filter}`;

interface StatusTabsProps {
  value: VideoStatusFilter;
  onChange: (filter: VideoStatusFilter) => void;
  idPrefix: string;
  panelId: string;
  m: GalleryWords;
}

const forward = (i: number, n: number) => (i + 1) % n;
const back = (i: number, n: number) => (i - 1 + n) % n;
const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: forward,
  ArrowLeft: back,
  Home: () => 0,
  End: (_i, n) => n - 1,
};
// Right to left, the tabs run from the right: the arrow keys follow the reading direction.
const RTL_KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ...KEY_STEPS,
  ArrowRight: back,
  ArrowLeft: forward,
};

/** The status filter as a tablist: one tab stop, arrows/Home/End move and select (automatic activation). */
export function StatusTabs({ value, onChange, idPrefix, panelId, m }: StatusTabsProps) {
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = (rtl ? RTL_KEY_STEPS : KEY_STEPS)[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(VIDEO_STATUS_FILTERS.indexOf(value), VIDEO_STATUS_FILTERS.length);
    const filter = VIDEO_STATUS_FILTERS[next] as VideoStatusFilter;
    onChange(filter);
    tabs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={m.galleryTabsLabel} className="ss-video-gallery-tabs" onKeyDown={onKeyDown}>
      {VIDEO_STATUS_FILTERS.map((filter, index) => {
        const selected = filter === value;
        return (
          <button
            key={filter}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={statusTabId(idPrefix, filter)}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            className="ss-video-gallery-tab"
            data-state={selected ? 'active' : 'inactive'}
            onClick={() => onChange(filter)}
          >
            {filter === 'all' ? m.galleryTabAll : statusLabel(filter, m)}
          </button>
        );
      })}
    </div>
  );
}
