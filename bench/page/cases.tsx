// The mount cases: each pairs one of our charts with the same chart in raw visx, on the same data and size.
import type { ReactElement } from 'react';
import { CompletionFunnel, DemographicsDonut, TrendChart } from '../../src/components/charts';
import { CHART_COLORS } from '../../src/theme';
import { RawDonut, type RawSlice } from '../raw/RawDonut';
import { RawFunnel } from '../raw/RawFunnel';
import { RawTrend } from '../raw/RawTrend';
import type { BenchData } from './data';

/** The width of the box every chart is mounted in; ours fill it, raw visx is given it. */
export const WIDTH = 640;
const DONUT_HEIGHT = 220;
const TREND_HEIGHT = 240;

/** One ours-vs-raw pair; `target` is the maximum allowed ratio of the medians, if any. */
export interface BenchCase {
  id: string;
  label: string;
  target?: number;
  ours: () => ReactElement;
  raw: () => ReactElement;
}

// Raw visx gets the same order and colours our donut uses: largest first, palette in turn.
const rawSlices = (record: Record<string, number>): RawSlice[] =>
  Object.entries(record)
    .sort(([, a], [, b]) => b - a)
    .map(([key, value], i) => ({ key, value, color: CHART_COLORS[i % (CHART_COLORS.length - 1)] as string }));

/** The five measured pairs, built once from the seeded data. */
export function benchCases(data: BenchData): BenchCase[] {
  const slices3 = rawSlices(data.devices3);
  const slices250 = rawSlices(data.countries250);
  const points = data.trend.map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), value: p.views }));
  return [
    {
      id: 'donut-3',
      label: 'DemographicsDonut, 3 slices',
      target: 2,
      ours: () => <DemographicsDonut data={{ devices: data.devices3 }} dimension="devices" height={DONUT_HEIGHT} />,
      raw: () => <RawDonut slices={slices3} width={WIDTH} height={DONUT_HEIGHT} />,
    },
    {
      id: 'donut-250',
      label: 'DemographicsDonut, 250 slices',
      target: 2,
      ours: () => (
        <DemographicsDonut data={{ countries: data.countries250 }} dimension="countries" height={DONUT_HEIGHT} />
      ),
      raw: () => <RawDonut slices={slices250} width={WIDTH} height={DONUT_HEIGHT} />,
    },
    {
      // Like for like, for the record: every key drawn as raw visx draws them (250 arcs, 250 legend items, 250 tab
      // stops), which our default folds into 8. No target: the goal is about the donut as it ships.
      id: 'donut-250-all',
      label: 'DemographicsDonut, 250 slices, all drawn',
      ours: () => (
        <DemographicsDonut
          data={{ countries: data.countries250 }}
          dimension="countries"
          height={DONUT_HEIGHT}
          maxSlices={Number.POSITIVE_INFINITY}
        />
      ),
      raw: () => <RawDonut slices={slices250} width={WIDTH} height={DONUT_HEIGHT} />,
    },
    {
      id: 'funnel',
      label: `CompletionFunnel, ${data.funnel.length} segments`,
      ours: () => <CompletionFunnel data={data.funnel} />,
      raw: () => <RawFunnel steps={data.funnel} width={WIDTH} />,
    },
    {
      id: 'trend-1095',
      label: `TrendChart, ${data.trend.length} daily points`,
      target: 3,
      ours: () => <TrendChart data={data.trend} groupBy="day" height={TREND_HEIGHT} />,
      raw: () => <RawTrend points={points} width={WIDTH} height={TREND_HEIGHT} />,
    },
  ];
}
