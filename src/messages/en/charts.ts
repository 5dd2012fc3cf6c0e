/** Charts: titles, summaries, legends, tooltips and hidden tables. */
export const charts = {};
