/** An asset's width / height (1 when its size is unknown): what month buckets sum. */
export const aspectRatioSql = (row: string) =>
  `(CASE WHEN ${row}.width > 0 AND ${row}.height > 0 THEN CAST(${row}.width AS REAL) / ${row}.height ELSE 1 END)`;
