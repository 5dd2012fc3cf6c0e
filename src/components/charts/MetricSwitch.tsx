'use client';
import { useWords } from '../../hooks/use-words';
import { trendWords } from '../../messages/words';
import type { MessagesProps } from '../data-state';
import { metricLabel } from '../format';
import { METRIC_INFO, type TrendMetric } from './trend-series';

/** Props of `MetricSwitch`. */
export interface MetricSwitchProps extends MessagesProps {
  /** The metrics offered, in order. */
  metrics: readonly TrendMetric[];
  /** The metric drawn. */
  value: TrendMetric;
  /** Called with the metric the reader picks. */
  onChange(metric: TrendMetric): void;
}

/**
 * A compact segmented control choosing the trend's metric: a labelled group of toggle buttons, the pressed one
 * filled; each swatch doubles as the line's legend.
 */
export function MetricSwitch({ metrics, value, onChange, messages }: MetricSwitchProps) {
  const m = useWords(trendWords, messages);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend cannot sit inline in a compact segmented control
    <div className="ss-trend-switch" role="group" aria-label={m.trendSwitchLabel}>
      {metrics.map((metric) => (
        <button
          key={metric}
          type="button"
          className="ss-trend-switch-option"
          aria-pressed={metric === value}
          onClick={() => onChange(metric)}
        >
          <span
            className="ss-chart-legend-swatch"
            style={{ background: METRIC_INFO[metric].color }}
            aria-hidden="true"
          />
          {metricLabel(metric, m)}
        </button>
      ))}
    </div>
  );
}
