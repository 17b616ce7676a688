import { describe, expect, it } from "vitest";
import { diffStatementWords, hasWordChanges } from "./word-diff";

const render = (base: string, other: string) =>
  diffStatementWords(base, other)
    .map((p) => (p.kind === "added" ? `{+${p.text}}` : p.kind === "removed" ? `[-${p.text}]` : p.text))
    .join("");

describe("diffStatementWords", () => {
  it("shows a dropped word as removed", () => {
    expect(render("The risk of a conflict is real", "The risk of conflict is real")).toBe("The risk of [-a ]conflict is real");
  });

  it("shows inserted words as added", () => {
    expect(render("The risk of conflict is real", "The risk of a new conflict in Ukraine is real")).toBe(
      "The risk of {+a new }conflict {+in Ukraine }is real",
    );
  });

  it("shows a changed number as one word removed and one added", () => {
    const parts = diffStatementWords("Russia has 100,000 troops there", "Russia has 10,000 troops there");
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["100"]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["10"]);
  });

  it("ignores case and curly quotes", () => {
    const parts = diffStatementWords("We’re ready, “now”", "we're ready, \"NOW\"");
    expect(hasWordChanges(parts)).toBe(false);
    expect(parts.map((p) => p.text).join("")).toBe("we're ready, \"NOW\"");
  });

  it("rebuilds each side from its parts", () => {
    const base = "The risk of a conflict is real.";
    const other = "The real risk, of conflict!";
    const parts = diffStatementWords(base, other);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(other);
    expect(hasWordChanges(parts)).toBe(true);
  });
});
