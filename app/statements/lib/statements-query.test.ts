import { describe, expect, it } from "vitest";
import { loadStatementsSearchParams } from "./search-params";
import { buildStatementsKeysetQuery, buildStatementsQuery, COUNT_CAP, RANK_CAP, toFtsQuery } from "./statements-query";

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
  it("picks the page's ids on a statements index, newest first, before joining", () => {
    const { rows, count, countLimit } = build("");
    expect(rows.sql).toMatch(/^WITH page AS \(SELECT s\.id AS id, s\.date AS sort_value FROM statements s WHERE s\.deleted_at IS NULL/);
    expect(rows.sql).toContain("ORDER BY s.date DESC NULLS LAST, s.id DESC LIMIT ? OFFSET ?)");
    expect(rows.sql).toContain("ORDER BY page.sort_value DESC NULLS LAST, page.id DESC");
    expect(rows.params).toEqual([25, 0]);
    expect(count.sql).toMatch(/^SELECT COUNT\(\*\) AS total FROM \(SELECT 1 FROM statements s WHERE .* LIMIT \?\) AS hits$/);
    expect(count.params).toEqual([COUNT_CAP + 1]);
    expect(countLimit).toBe(COUNT_CAP + 1);
  });

  it("counts at least to the end of a deep page", () => {
    expect(build("page=2000").countLimit).toBe(2000 * 25 + 1);
    expect(build("page=2000").rows.params).toEqual([25, 1999 * 25]);
  });

  it("binds every filter value as a parameter", () => {
    const { rows, count } = build(
      "q=risk&speaker=a,b&from=2022-01-01&to=2022-02-01&outlet=DW&type=direct&status=verified&tag=nato&source=7&page=3&perPage=10",
    );
    const filters = ["a", "b", "2022-01-01", "2022-02-01", "DW", 7, "direct", "verified", "nato", '"risk"'];
    expect(count.params).toEqual([...filters, COUNT_CAP + 1]);
    expect(rows.params).toEqual([...filters, 10, 20]);
    expect(rows.sql).toContain("statements_fts MATCH ?");
    expect(rows.sql).toContain("slug IN (?, ?)");
    for (const value of ["risk", "DW", "nato", "2022-01-01"]) expect(rows.sql).not.toContain(value);
  });

  it("splices only allow-listed sort columns, sorting names by their stored sort keys", () => {
    expect(build("sort=speaker.asc").rows.sql).toContain("ORDER BY s.speaker_sort ASC NULLS LAST, s.id ASC");
    expect(build("sort=source.desc").rows.sql).toContain("ORDER BY s.source_sort DESC NULLS LAST, s.id DESC");
    expect(build("sort=x);DROP TABLE statements;--").rows.sql).toContain("ORDER BY s.date DESC");
  });

  it("orders by relevance only when there is a search, ranking in the index before the join", () => {
    const ranked = build("q=risk&sort=relevance");
    expect(ranked.rows.sql).toContain(`SELECT rowid, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANK_CAP}`);
    expect(ranked.rows.sql).toContain("ORDER BY rank ASC, rowid DESC LIMIT ?) statements_fts");
    expect(ranked.rows.params).toEqual(['"risk"', 25, 25, 0]);
    expect(ranked.count.sql).toContain("FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?");
    expect(build("q=risk&sort=relevance&page=3").rows.params).toEqual(['"risk"', 75, 25, 50]);
    expect(build("q=risk&tag=nato&sort=relevance").rows.sql).toContain("FROM statements_fts JOIN statements s");
    expect(build("sort=relevance").rows.sql).toContain("ORDER BY s.date DESC");
  });

  it("ignores hostile search text that has no words", () => {
    const { rows } = build(`q=${encodeURIComponent('") OR 1=1 --')}`);
    expect(rows.params[0]).toBe('"OR" "1" "1"');
  });

  it("caps how many values one filter takes", () => {
    const speakers = Array.from({ length: 50 }, (_, i) => `s${i}`).join(",");
    expect(build(`speaker=${speakers}`).count.params).toHaveLength(20 + 1);
  });
});

describe("buildStatementsKeysetQuery", () => {
  const keyset = (query: string, after: { value: string | number | null; id: number } | null) =>
    buildStatementsKeysetQuery(loadStatementsSearchParams(new URLSearchParams(query)), after, 50);

  it("starts at the top without a keyset, ordered like the table, with the sort value", () => {
    const { sql, params } = keyset("", null);
    expect(sql).toContain('s.date AS "sortValue"');
    expect(sql).toContain("ORDER BY s.date DESC NULLS LAST, s.id DESC LIMIT ?");
    expect(params).toEqual([50]);
  });

  it("continues after a value, nulls last", () => {
    const { sql, params } = keyset("sort=speaker.asc", { value: "jens", id: 7 });
    expect(sql).toContain("(s.speaker_sort > ? OR (s.speaker_sort = ? AND s.id > ?) OR s.speaker_sort IS NULL)");
    expect(params).toEqual(["jens", "jens", 7, 50]);
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

describe("the PostgreSQL dialect", () => {
  const buildPostgres = (query: string) => buildStatementsQuery(loadStatementsSearchParams(new URLSearchParams(query)), "postgres");

  it("searches the tsvector table with a websearch query and no SQLite planner hints", () => {
    for (const query of ["q=risk&tag=a", "q=risk&sort=relevance", "q=risk&sort=relevance&type=direct", "collapse=1&q=risk"]) {
      const { rows, count } = buildPostgres(query);
      for (const sql of [rows.sql, count.sql]) {
        expect(sql).not.toMatch(/statements_fts|MATCH|INDEXED BY|json_group_array|\+s\.id/);
      }
      expect(rows.sql + count.sql).toContain("websearch_to_tsquery('onrecord', ?)");
      expect(rows.sql).toContain("json_agg(json_build_object(");
    }
  });

  it("shapes the page to read an index in order: one speaker as a value, NOT NULL sort columns without NULLS LAST", () => {
    expect(buildPostgres("speaker=a").rows.sql).toContain("s.speaker_id = (SELECT id FROM speakers WHERE slug = ?)");
    expect(buildPostgres("speaker=a,b").rows.sql).toContain("s.speaker_id IN (SELECT id FROM speakers WHERE slug IN (?, ?))");
    expect(buildPostgres("sort=type.desc").rows.sql).toContain("ORDER BY s.type DESC, s.id DESC LIMIT");
    expect(buildPostgres("sort=date.desc").rows.sql).toContain("ORDER BY s.date DESC NULLS LAST, s.id DESC LIMIT");
  });

  it("collapses per row, checking the group's earlier reports against the same filter", () => {
    const { rows, count } = buildPostgres("collapse=1&outlet=DW");
    expect(rows.sql).not.toContain("ROW_NUMBER()");
    expect(rows.sql).toContain("NOT EXISTS (SELECT 1 FROM statements o WHERE o.group_id = s.group_id");
    expect(count.params).toEqual(["DW", "DW", 10_001]);
  });

  it("binds as many parameters as it has placeholders, in the SQLite variant's order of meaning", () => {
    for (const query of [
      "",
      "q=risk&sort=relevance",
      "q=risk&sort=relevance&speaker=a&tag=b",
      "q=risk&speaker=a&collapse=1",
      "from=2020-01-01&tag=x",
      "speaker=a,b&sort=type.desc",
      "collapse=1&q=risk&tag=x&outlet=DW",
    ]) {
      const { rows, count } = buildPostgres(query);
      expect(rows.sql.split("?").length - 1).toBe(rows.params.length);
      expect(count.sql.split("?").length - 1).toBe(count.params.length);
    }
    const input = loadStatementsSearchParams(new URLSearchParams("q=risk&sort=relevance&speaker=a"));
    for (const after of [null, { value: -0.5, id: 9 }, { value: null, id: 3 }]) {
      const keyset = buildStatementsKeysetQuery(input, after, 10, "postgres");
      expect(keyset.sql.split("?").length - 1).toBe(keyset.params.length);
      expect(keyset.params[0]).toBe('"risk"');
    }
  });
});
