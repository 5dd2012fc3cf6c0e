/** The analytics panels: headers, filters, group-by, export, loading and error states. */
export const panels = {};
