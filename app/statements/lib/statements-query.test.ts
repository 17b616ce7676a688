import { describe, expect, it } from "vitest";
import { loadStatementsSearchParams } from "./search-params";
import { buildStatementsKeysetQuery, buildStatementsQuery, toFtsQuery } from "./statements-query";

const build = (query: string) => buildStatementsQuery(loadStatementsSearchParams(new URLSearchParams(query)));

describe("toFtsQuery", () => {
  it("quotes every word so FTS5 operators are plain text", () => {
    expect(toFtsQuery("risk of conflict")).toBe('"risk" "of" "conflict"');
    expect(toFtsQuery("NEAR(a b) OR c* AND ^d text:e")).toBe('"NEAR" "a" "b" "OR" "c" "AND" "d" "text" "e"');
  });

  it("keeps balanced phrases and drops an unbalanced quote", () => {
    expect(toFtsQuery('"real risk" NATO')).toBe('"real risk" "NATO"');
    expect(toFtsQuery('"real risk')).toBe('"real" "risk"');
    expect(toFtsQuery('a "b c" "d')).toBe('"a" "b c" "d"');
  });

  it("keeps apostrophes inside words and unicode letters", () => {
    expect(toFtsQuery("we're Gemeinschaftsgefühl")).toBe(`"we're" "Gemeinschaftsgefühl"`);
  });

  it("returns null when nothing searchable is left", () => {
    expect(toFtsQuery("")).toBeNull();
    expect(toFtsQuery(`"" '' -- ; */ ()`)).toBeNull();
  });

  it("limits the number of terms", () => {
    expect(toFtsQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(" "))!.split(" ")).toHaveLength(32);
  });
});

describe("buildStatementsQuery", () => {
  it("pages and sorts the default view by date, newest first", () => {
    const { rows, count } = build("");
    expect(rows.sql).toContain("ORDER BY s.date DESC NULLS LAST, s.id DESC LIMIT ? OFFSET ?");
    expect(rows.params).toEqual([25, 0]);
    expect(count.sql).toMatch(/^SELECT COUNT\(\*\) AS total FROM/);
    expect(count.params).toEqual([]);
  });

  it("binds every filter value as a parameter", () => {
    const { rows, count } = build(
      "q=risk&speaker=a,b&from=2022-01-01&to=2022-02-01&outlet=DW&type=direct&status=verified&tag=nato&source=7&page=3&perPage=10",
    );
    expect(count.params).toEqual(['"risk"', "a", "b", "2022-01-01", "2022-02-01", "DW", 7, "direct", "verified", "nato"]);
    expect(rows.params).toEqual([...count.params, 10, 20]);
    expect(rows.sql).toContain("statements_fts MATCH ?");
    expect(rows.sql).toContain("slug IN (?, ?)");
    for (const value of ["risk", "DW", "nato", "2022-01-01"]) expect(rows.sql).not.toContain(value);
  });

  it("splices only allow-listed sort columns", () => {
    expect(build("sort=speaker.asc").rows.sql).toContain("ORDER BY sp.name COLLATE NOCASE ASC NULLS LAST, s.id ASC");
    expect(build("sort=x);DROP TABLE statements;--").rows.sql).toContain("ORDER BY s.date DESC");
  });

  it("orders by relevance only when there is a search", () => {
    expect(build("q=risk&sort=relevance").rows.sql).toContain("ORDER BY statements_fts.rank ASC");
    expect(build("sort=relevance").rows.sql).toContain("ORDER BY s.date DESC");
  });

  it("ignores hostile search text that has no words", () => {
    const { rows } = build(`q=${encodeURIComponent('") OR 1=1 --')}`);
    expect(rows.params[0]).toBe('"OR" "1" "1"');
  });

  it("caps how many values one filter takes", () => {
    const speakers = Array.from({ length: 50 }, (_, i) => `s${i}`).join(",");
    expect(build(`speaker=${speakers}`).count.params).toHaveLength(20);
  });
});

describe("buildStatementsKeysetQuery", () => {
  const keyset = (query: string, after: { value: string | number | null; id: number } | null) =>
    buildStatementsKeysetQuery(loadStatementsSearchParams(new URLSearchParams(query)), after, 50);

  it("starts at the top without a keyset, ordered like the table, with the sort value", () => {
    const { sql, params } = keyset("", null);
    expect(sql).toContain("s.date AS sortValue");
    expect(sql).toContain("ORDER BY s.date DESC NULLS LAST, s.id DESC LIMIT ?");
    expect(params).toEqual([50]);
  });

  it("continues after a value, nulls last", () => {
    const { sql, params } = keyset("sort=speaker.asc", { value: "Jens", id: 7 });
    expect(sql).toContain("(sp.name COLLATE NOCASE > ? OR (sp.name COLLATE NOCASE = ? AND s.id > ?) OR sp.name COLLATE NOCASE IS NULL)");
    expect(params).toEqual(["Jens", "Jens", 7, 50]);
  });

  it("continues inside the nulls by id alone", () => {
    const { sql, params } = keyset("sort=date.desc", { value: null, id: 9 });
    expect(sql).toContain("(s.date IS NULL AND s.id < ?)");
    expect(params).toEqual([9, 50]);
  });

  it("binds the collapse sub-query's filters a second time", () => {
    const { sql, params } = keyset("collapse=1&outlet=DW", null);
    expect(sql).toContain("ROW_NUMBER() OVER (PARTITION BY COALESCE(s.group_id, -s.id)");
    expect(params).toEqual(["DW", "DW", 50]);
  });
});
