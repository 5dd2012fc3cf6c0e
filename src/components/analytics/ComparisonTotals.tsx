import type { TemplateAnalytics } from '../../api';
import type { CardWords } from '../../messages/words';
import { formatMetric } from '../format';
import { knownOr } from '../unknown-value';
import { type SummaryField, summaryLabel } from './SummaryCards';

/** A template column of the totals table. */
export interface TotalsColumn {
  /** The template's analytics. */
  data: TemplateAnalytics;
  /** Its colour in the box plots. */
  color: string;
}

const ROWS = [
  'total_videos',
  'total_views',
  'average_completion_rate',
  'average_engagement_score',
] as const satisfies readonly SummaryField[];

/** The columns holding a row's highest value; none when every column is equal (nothing stands out) or unknown. */
export function highestIn(values: readonly (number | null)[]): Set<number> {
  const known = values.filter((value) => value !== null);
  const top = Math.max(...known);
  if (known.length < 2 || known.every((value) => value === top)) return new Set();
  return new Set(values.flatMap((value, index) => (value === top ? [index] : [])));
}

/** Videos, views and averages per template; each row's highest value carries a ★ and the words "highest". */
export function ComparisonTotals(props: { columns: readonly TotalsColumn[]; locale: string; m: CardWords }) {
  const { columns, locale, m } = props;
  return (
    <div className="ss-comparison-totals">
      <table className="ss-comparison-totals-table">
        <caption className="ss-comparison-totals-caption">{m.templatesTotalsCaption}</caption>
        <thead>
          <tr>
            <td />
            {columns.map(({ data, color }) => (
              <th key={data.template_id} scope="col" className="ss-comparison-totals-template">
                <span className="ss-comparison-swatch" style={{ background: color }} aria-hidden="true" />
                {data.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((field) => {
            const best = highestIn(columns.map(({ data }) => data[field]));
            return (
              <tr key={field}>
                <th scope="row" className="ss-comparison-totals-label">
                  {summaryLabel(field, m)}
                </th>
                {columns.map(({ data }, index) => (
                  <td
                    key={data.template_id}
                    className="ss-comparison-totals-value"
                    data-best={best.has(index) ? '' : undefined}
                  >
                    {knownOr(data[field], (value) => formatMetric(field, value, locale), m)}
                    {best.has(index) && (
                      <>
                        <span aria-hidden="true"> ★</span>
                        <span className="ss-visually-hidden"> {m.templatesHighest}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
