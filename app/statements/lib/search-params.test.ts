import { describe, expect, it } from "vitest";
import { isIsoDate, loadStatementsSearchParams, serializeStatementsSearchParams } from "./search-params";

const load = (query: string) => loadStatementsSearchParams(new URLSearchParams(query));

describe("statements URL contract", () => {
  it("gives defaults for an empty link", () => {
    expect(load("")).toMatchObject({
      q: "",
      page: 1,
      perPage: 25,
      sort: { id: "date", desc: true },
      speaker: [],
      from: null,
      to: null,
      type: [],
      hide: [],
    });
  });

  it("reads every filter", () => {
    const p = load(
      "q=risk&page=3&perPage=50&sort=speaker.asc&speaker=jens-stoltenberg,olaf-scholz&from=2022-01-01&to=2022-01-31&outlet=DW&type=direct,partial&status=verified&tag=nato&hide=tags,status&source=4",
    );
    expect(p).toMatchObject({
      q: "risk",
      page: 3,
      perPage: 50,
      sort: { id: "speaker", desc: false },
      speaker: ["jens-stoltenberg", "olaf-scholz"],
      from: "2022-01-01",
      to: "2022-01-31",
      outlet: ["DW"],
      type: ["direct", "partial"],
      status: ["verified"],
      tag: ["nato"],
      hide: ["tags", "status"],
      source: [4],
    });
  });

  it("falls back to defaults for malformed and hostile values", () => {
    const p = load("page=-5&perPage=9999&sort=id;DROP TABLE statements&from=2022-13-45&to=yesterday&type=evil&status=deleted&hide=text");
    expect(p.page).toBe(1);
    expect(p.perPage).toBe(25);
    expect(p.sort).toEqual({ id: "date", desc: true });
    expect(p.from).toBeNull();
    expect(p.to).toBeNull();
    expect(p.type).toEqual([]);
    expect(p.status).toEqual([]);
    expect(p.hide).toEqual([]);
  });

  it("rejects sort keys outside the allow-list and bad directions", () => {
    expect(load("sort=s.text").sort).toEqual({ id: "date", desc: true });
    expect(load("sort=date.sideways").sort).toEqual({ id: "date", desc: true });
    expect(load("sort=status.asc.extra").sort).toEqual({ id: "date", desc: true });
    expect(load("sort=source").sort).toEqual({ id: "source", desc: true });
  });

  it("rejects non-integer and huge page numbers", () => {
    expect(load("page=2.5").page).toBe(1);
    expect(load("page=1e9").page).toBe(1);
    expect(load("page=99999999").page).toBe(1);
    expect(load("page=0").page).toBe(1);
  });

  it("caps the search text", () => {
    expect(load(`q=${"a".repeat(5000)}`).q).toHaveLength(200);
  });

  it("round-trips through the serializer, leaving defaults out", () => {
    const p = load("q=%22real+risk%22&speaker=jens-stoltenberg&sort=speaker.asc&page=2");
    const url = serializeStatementsSearchParams("/", p);
    expect(load(url.split("?")[1] ?? "")).toEqual(p);
    expect(url).not.toContain("perPage");
  });

  it("validates calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2022-1-1")).toBe(false);
  });
});
