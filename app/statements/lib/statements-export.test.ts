import { describe, expect, it } from "vitest";
import type { StatementRow } from "./queries";
import { CSV_COLUMNS, csvCell, csvLine, statementCsvLine, toStatementRecord } from "./statements-export";

const row: StatementRow = {
  id: 7,
  text: '=HYPERLINK("http://evil","click"), he said',
  type: "direct",
  status: "unreviewed",
  date: "2022-01-18",
  saidOn: null,
  mention: "the NATO chief",
  version: 1,
  speaker: { id: 1, name: "Jens Stoltenberg", slug: "jens-stoltenberg", role: "NATO Secretary General" },
  source: { id: 3, title: "Real risk", outlet: "DW", url: "https://dw.com/a", publishedOn: "2022-01-18" },
  tags: [
    { slug: "nato", name: "NATO", color: "#000000" },
    { slug: "russia", name: "Russia", color: "#ffffff" },
  ],
  group: { id: 9, sources: 3, firstOn: "2022-01-17" },
};

describe("csvCell", () => {
  it("neutralizes every formula trigger with a leading quote", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("=SUM(A1:A2)")).toBe("'=SUM(A1:A2)");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell("safe = text")).toBe("safe = text");
  });

  it("quotes cells with commas, quotes or line breaks, doubling the quotes", () => {
    expect(csvCell('He said "yes", then left')).toBe('"He said ""yes"", then left"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("\rcarriage")).toBe(`"'\rcarriage"`);
    expect(csvCell("plain")).toBe("plain");
  });

  it("writes nothing for null, numbers as they are, lists joined", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(["nato", "russia"])).toBe("nato; russia");
  });

  it("ends every line with CRLF", () => {
    expect(csvLine(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });
});

describe("statement records", () => {
  it("flattens a row with absolute links and the group's reach", () => {
    const record = toStatementRecord(row, "https://onrecord.example");
    expect(record).toMatchObject({
      id: 7,
      url: "https://onrecord.example/statements/7",
      speaker: "Jens Stoltenberg",
      outlet: "DW",
      tags: ["nato", "russia"],
      reported_by_sources: 3,
      first_reported_on: "2022-01-17",
    });
  });

  it("writes a CSV line with one cell per column, the formula neutralized", () => {
    const line = statementCsvLine(toStatementRecord(row, "https://onrecord.example"));
    expect(line).toContain(`"'=HYPERLINK(""http://evil"",""click""), he said"`);
    expect(line.endsWith("https://onrecord.example/statements/7\r\n")).toBe(true);
    expect(CSV_COLUMNS).toHaveLength(18);
  });
});
