import { describe, expect, it } from "vitest";
import { paragraphAround } from "./paragraph-around";

describe("paragraphAround", () => {
  const body = "Headline\n\nFirst paragraph.\n\nShe said \"we will win\" on Monday.\n\nLast one.";
  const start = body.indexOf("we will win");

  it("returns the statement's paragraph split around it", () => {
    expect(paragraphAround(body, start, start + 11)).toEqual({
      before: 'She said "',
      quote: "we will win",
      after: '" on Monday.',
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it("clips a very long paragraph to the text near the statement", () => {
    const long = `${"a".repeat(2000)} QUOTE ${"b".repeat(2000)}`;
    const at = long.indexOf("QUOTE");
    const excerpt = paragraphAround(long, at, at + 5);
    expect(excerpt?.before.length).toBe(600);
    expect(excerpt?.clippedStart && excerpt.clippedEnd).toBe(true);
  });

  it("returns null for offsets outside the body", () => {
    expect(paragraphAround(body, -1, 3)).toBeNull();
    expect(paragraphAround(body, 5, 5)).toBeNull();
    expect(paragraphAround(body, 5, body.length + 1)).toBeNull();
  });
});
