import { describe, expect, it } from "vitest";
import { decodeStatementsCursor, encodeStatementsCursor } from "./statements-cursor";

const byDate = { id: "date" as const, desc: true };

describe("statements cursor", () => {
  it("round-trips a keyset, null and float values included", () => {
    for (const keyset of [{ value: "2022-01-18", id: 5 }, { value: null, id: 9 }, { value: -0.0000013364485981308413, id: 2 }]) {
      const cursor = encodeStatementsCursor(keyset, byDate);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeStatementsCursor(cursor, byDate)).toEqual(keyset);
    }
  });

  it("refuses a cursor made for another sort, and garbage", () => {
    const cursor = encodeStatementsCursor({ value: "2022-01-18", id: 5 }, byDate);
    expect(decodeStatementsCursor(cursor, { id: "date", desc: false })).toBeNull();
    expect(decodeStatementsCursor("not-a-cursor", byDate)).toBeNull();
    expect(decodeStatementsCursor(Buffer.from('{"s":"date.desc","v":{},"i":1}').toString("base64url"), byDate)).toBeNull();
    expect(decodeStatementsCursor(Buffer.from('{"s":"date.desc","v":"x","i":-1}').toString("base64url"), byDate)).toBeNull();
  });
});
