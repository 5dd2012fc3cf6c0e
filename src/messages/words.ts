import type { Areas } from './bind-words';
import type { Bound } from './catalogue';
import { cards } from './en/cards';
import { charts } from './en/charts';
import { common } from './en/common';
import { create } from './en/create';
import { gallery } from './en/gallery';
import { noData } from './en/no-data';
import { panels } from './en/panels';

// The English areas each family of components speaks from. A component binds only its family's words, so a host that
// renders one chart bundles the chart words and not the gallery's, the dialog's or the panels'.

/** Every chart and chart part. */
export const chartWords = [common, noData, charts] as const;
/** The gallery and the player card. */
export const galleryWords = [common, gallery] as const;
/** The create dialog and its fields. */
export const createWords = [common, create] as const;
/** The analytics panels, their filters and export. */
export const panelWords = [common, noData, panels] as const;
/** Metric and summary cards, the top-videos table, template comparison. */
export const cardWords = [common, noData, cards] as const;

/** The words a chart reads, locale bound in. */
export type ChartWords = Bound<Areas<typeof chartWords>>;
/** The words the gallery reads. */
export type GalleryWords = Bound<Areas<typeof galleryWords>>;
/** The words the create dialog reads. */
export type CreateWords = Bound<Areas<typeof createWords>>;
/** The words a panel reads. */
export type PanelWords = Bound<Areas<typeof panelWords>>;
/** The words the cards and comparison read. */
export type CardWords = Bound<Areas<typeof cardWords>>;
/** The words shared by every family. */
export type CommonWords = Bound<Areas<readonly [typeof common, typeof noData]>>;
