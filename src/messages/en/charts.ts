import { distribution } from './charts/distribution';
import { donut } from './charts/donut';
import { engagement } from './charts/engagement';
import { funnel } from './charts/funnel';
import { chartShared } from './charts/shared';
import { trend } from './charts/trend';

/** Charts: titles, summaries, legends, tooltips and hidden tables (one file per chart, so each bundles its own). */
export const charts = { ...chartShared, ...trend, ...donut, ...engagement, ...funnel, ...distribution };
