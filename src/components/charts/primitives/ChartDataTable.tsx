'use client';
import { memo, type ReactNode, useDeferredValue } from 'react';

/** The exact numbers behind a chart: column headings and rows of text whose first cell names the row. */
export interface ChartTableData {
  /** Column headings, the first one naming the row header column. */
  columns: readonly string[];
  /** One array of cell texts per row; the first cell becomes the row header. */
  rows: ReadonlyArray<ReadonlyArray<string>>;
}

/** Props of `ChartDataTable`. */
export interface ChartDataTableProps extends Partial<ChartTableData> {
  /** The table's caption and accessible name, usually the chart title. */
  caption?: ReactNode;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);

// The table body as markup: escaped text only, identical on server and client.
const tableRowsHtml = (rows: ChartTableData['rows']) =>
  rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
    )
    .join('');

const NO_ROWS: ChartTableData['rows'] = [];
const NO_COLUMNS: ChartTableData['columns'] = [];

/**
 * A visually hidden table, so screen reader users get every value a sighted reader estimates from the marks.
 * The body is set as escaped markup: a trend's 1,095 rows would otherwise be ~3,300 React elements, and memo
 * keeps hover re-renders from rebuilding it. The rows arrive in a background render right after the chart first
 * paints (React 19's deferred initial value; React 18 renders them at once): building three years of cells in the
 * same commit would make the chart appear ten times later than the line itself.
 */
export const ChartDataTable = memo(function ChartDataTable({
  caption,
  columns = NO_COLUMNS,
  rows: allRows = NO_ROWS,
}: ChartDataTableProps) {
  const rows = useDeferredValue(allRows, NO_ROWS);
  // A table ignores `width`/`height: 1px` and keeps its full height, a long blank scroll in the host page: its wrapper
  // is what shrinks and clips (the table stays in the accessibility tree).
  return (
    <div className="ss-chart-table-wrap ss-visually-hidden">
      <table className="ss-chart-table">
        {caption != null && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: every cell is escaped by tableRowsHtml. */}
        <tbody dangerouslySetInnerHTML={{ __html: tableRowsHtml(rows) }} />
      </table>
    </div>
  );
});
