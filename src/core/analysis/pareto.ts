/**
 * A Pareto table: items by count, largest first, each with its share of the total and the
 * cumulative share up to and including it. Ties keep a stable order by label so that the same
 * data always draws the same chart.
 */
export interface ParetoInput {
  key: string;
  label: string;
  count: number;
}

export interface ParetoRow extends ParetoInput {
  rank: number;
  share: number;
  cumulativeShare: number;
}

export function pareto(items: readonly ParetoInput[]): { total: number; rows: ParetoRow[] } {
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const sorted = items
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv') || a.key.localeCompare(b.key));
  let running = 0;
  const rows = sorted.map((item, i) => {
    running += item.count;
    return {
      ...item,
      rank: i + 1,
      share: item.count / total,
      // The last row is exactly 1, not 0.9999999.
      cumulativeShare: i === sorted.length - 1 ? 1 : running / total,
    };
  });
  return { total, rows };
}

/** How many of the largest items make up at least the given share of the total (the "vital few"). */
export function vitalFew(rows: readonly ParetoRow[], share = 0.8): number {
  const i = rows.findIndex((row) => row.cumulativeShare >= share - 1e-12);
  return i === -1 ? rows.length : i + 1;
}
