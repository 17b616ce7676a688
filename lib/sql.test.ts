import { describe, expect, it } from "vitest";
import { toPostgresPlaceholders } from "./sql";

describe("toPostgresPlaceholders", () => {
  it("numbers the placeholders in order", () => {
    expect(toPostgresPlaceholders("SELECT * FROM t WHERE a = ? AND b IN (?, ?) LIMIT ?")).toBe(
      "SELECT * FROM t WHERE a = $1 AND b IN ($2, $3) LIMIT $4",
    );
  });

  it("leaves question marks in strings, quoted identifiers and comments alone", () => {
    expect(toPostgresPlaceholders(`SELECT '?' AS "why?", x -- what?\nFROM t WHERE y LIKE ? ESCAPE '\\'`)).toBe(
      `SELECT '?' AS "why?", x -- what?\nFROM t WHERE y LIKE $1 ESCAPE '\\'`,
    );
  });

  it("keeps doubled quotes inside a string", () => {
    expect(toPostgresPlaceholders("SELECT 'it''s ?' WHERE a = ?")).toBe("SELECT 'it''s ?' WHERE a = $1");
  });
});
