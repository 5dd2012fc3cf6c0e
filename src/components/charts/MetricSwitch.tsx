'use client';
import { METRIC_INFO, type TrendMetric } from './trend-series';

/** Props of `MetricSwitch`. */
export interface MetricSwitchProps {
  metrics: readonly TrendMetric[];
  value: TrendMetric;
  onChange(metric: TrendMetric): void;
}

/** Toggle buttons choosing the trend's metric; each swatch doubles as the line's legend. */
export function MetricSwitch({ metrics, value, onChange }: MetricSwitchProps) {
  return (
    <fieldset className="ss-trend-switch">
      <legend className="ss-visually-hidden">Metric</legend>
      {metrics.map((metric) => (
        <button
          key={metric}
          type="button"
          className="ss-button ss-trend-switch-option"
          aria-pressed={metric === value}
          onClick={() => onChange(metric)}
        >
          <span
            className="ss-chart-legend-swatch"
            style={{ background: METRIC_INFO[metric].color }}
            aria-hidden="true"
          />
          {METRIC_INFO[metric].label}
        </button>
      ))}
    </fieldset>
  );
}
