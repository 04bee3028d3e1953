/**
 * The SQL expression naming a document's series (its versions share it, with the year): region and
 * department as read or corrected, else the file name. Shared by every query that looks across versions.
 */
export const SERIES_OF = (alias: string): string =>
  `coalesce(${alias}.region, '') || '|' || coalesce(${alias}.department, ${alias}.file_name)`;
