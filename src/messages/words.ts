import type { Areas } from './bind-words';
import type { Bound } from './catalogue';
import { cards } from './en/cards';
import { distribution } from './en/charts/distribution';
import { donut } from './en/charts/donut';
import { engagement } from './en/charts/engagement';
import { funnel } from './en/charts/funnel';
import { chartShared } from './en/charts/shared';
import { trend } from './en/charts/trend';
import { common } from './en/common';
import { create } from './en/create';
import { gallery } from './en/gallery';
import { noData } from './en/no-data';
import { panels } from './en/panels';

// The English areas each family of components speaks from. A component binds only its family's words, so a host that
// renders one chart bundles that chart's words and not the other charts', the gallery's, the dialog's or the panels'.
// Plain array literals, never spreads: a bundler can drop the lists nobody imports only if building them is pure.

/** What every chart and chart part shares. */
export const chartWords = [common, noData, chartShared] as const;
/** TrendChart and its metric switch. */
export const trendWords = [common, noData, chartShared, trend] as const;
/** DemographicsDonut. */
export const donutWords = [common, noData, chartShared, donut] as const;
/** EngagementBreakdown. */
export const engagementWords = [common, noData, chartShared, engagement] as const;
/** CompletionFunnel. */
export const funnelWords = [common, noData, chartShared, funnel] as const;
/** MetricsDistribution, BoxPlotChart and TemplatePerformance. */
export const distributionWords = [common, noData, chartShared, distribution] as const;
/** The gallery and the player card. */
export const galleryWords = [common, gallery] as const;
/** The create dialog and its fields. */
export const createWords = [common, create] as const;
/** The analytics panels, their filters and export. */
export const panelWords = [common, noData, panels] as const;
/** Metric and summary cards, the top-videos table, template comparison. */
export const cardWords = [common, noData, cards] as const;

/** The words every chart reads, locale bound in. */
export type ChartWords = Bound<Areas<typeof chartWords>>;
/** The trend's words. */
export type TrendWords = Bound<Areas<typeof trendWords>>;
/** The donut's words. */
export type DonutWords = Bound<Areas<typeof donutWords>>;
/** The engagement chart's words. */
export type EngagementWords = Bound<Areas<typeof engagementWords>>;
/** The funnel's words. */
export type FunnelWords = Bound<Areas<typeof funnelWords>>;
/** The distribution charts' words. */
export type DistributionWords = Bound<Areas<typeof distributionWords>>;
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
