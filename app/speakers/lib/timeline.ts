// The speaker timeline's buckets: every month between the first and the last statement, empty
// months included so gaps show; by year instead when the span is too long for monthly bars.

export interface TimelineBucket {
  /** `YYYY-MM`, or `YYYY` for yearly buckets. */
  label: string;
  count: number;
}

export const MAX_MONTHLY_BUCKETS = 48;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthLabel(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function timelineBuckets(months: { month: string; count: number }[]): TimelineBucket[] {
  const valid = months.filter((m) => /^\d{4}-\d{2}$/.test(m.month));
  if (!valid.length) return [];
  const counts = new Map(valid.map((m) => [monthIndex(m.month), m.count]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  if (last - first + 1 <= MAX_MONTHLY_BUCKETS) {
    return Array.from({ length: last - first + 1 }, (_, i) => ({ label: monthLabel(first + i), count: counts.get(first + i) ?? 0 }));
  }
  const years = new Map<number, number>();
  for (const [index, count] of counts) years.set(Math.floor(index / 12), (years.get(Math.floor(index / 12)) ?? 0) + count);
  const firstYear = Math.floor(first / 12);
  const lastYear = Math.floor(last / 12);
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ label: String(firstYear + i), count: years.get(firstYear + i) ?? 0 }));
}
