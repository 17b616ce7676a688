import { describe, expect, it } from "vitest";
import { MAX_MONTHLY_BUCKETS, timelineBuckets } from "./timeline";

describe("timelineBuckets", () => {
  it("fills the months between the first and last statement, across a year end", () => {
    expect(
      timelineBuckets([
        { month: "2021-11", count: 2 },
        { month: "2022-02", count: 5 },
      ]),
    ).toEqual([
      { label: "2021-11", count: 2 },
      { label: "2021-12", count: 0 },
      { label: "2022-01", count: 0 },
      { label: "2022-02", count: 5 },
    ]);
  });

  it("switches to years when the span is long", () => {
    const buckets = timelineBuckets([
      { month: "2015-03", count: 1 },
      { month: "2015-09", count: 2 },
      { month: "2022-01", count: 4 },
    ]);
    expect(buckets.length).toBeLessThan(MAX_MONTHLY_BUCKETS);
    expect(buckets[0]).toEqual({ label: "2015", count: 3 });
    expect(buckets.at(-1)).toEqual({ label: "2022", count: 4 });
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(7);
  });

  it("is empty without dated statements", () => {
    expect(timelineBuckets([])).toEqual([]);
  });
});
