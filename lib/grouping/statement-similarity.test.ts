import { describe, expect, it } from "vitest";
import {
  candidateTerms,
  contentWords,
  SAME_STATEMENT_THRESHOLD,
  candidateSearch,
  statementFingerprint,
  statementWords,
  wordingSimilarity,
} from "./statement-similarity";

const same = (a: string, b: string) => wordingSimilarity(a, b) >= SAME_STATEMENT_THRESHOLD;

describe("statementWords", () => {
  it("ignores case, accents, curly quotes, punctuation and thousands separators", () => {
    expect(statementWords("“The Risk,” she said — Zürich’s 30,000 troops!")).toEqual([
      "the",
      "risk",
      "she",
      "said",
      "zurich's",
      "30000",
      "troops",
    ]);
  });

  it("keeps hyphenated words whole", () => {
    expect(statementWords("Russia must de-escalate")).toEqual(["russia", "must", "de-escalate"]);
  });
});

describe("wordingSimilarity", () => {
  it("scores the same wording 1", () => {
    expect(wordingSimilarity("The risk of conflict is real", "“The risk of conflict is real.”")).toBe(1);
  });

  it("groups Stoltenberg's three wordings from the seeds", () => {
    const dw = "The risk of a conflict is real";
    const euronews = "The risk of conflict is real";
    const reworded = "The risk of a new conflict in Ukraine is real";
    expect(same(dw, euronews)).toBe(true);
    expect(same(euronews, reworded)).toBe(true);
    expect(same(dw, reworded)).toBe(true);
  });

  it("groups a quote that one outlet ran on into the next sentence", () => {
    expect(
      same(
        "The risk of a conflict is real NATO allies call on Russia to de-escalate. We encourage Russia to reverse its decision",
        "The risk of conflict is real",
      ),
    ).toBe(true);
  });

  it("groups a reordered wording, and a misquoted number still counts as the same statement", () => {
    expect(same("Russia has massed 100,000 troops near the border", "Near the border, Russia has massed 100000 troops")).toBe(true);
    expect(same("Russia has massed 100,000 troops near the border", "Russia has massed 10,000 troops near the border")).toBe(true);
  });

  it("keeps different statements apart, even on the same subject", () => {
    expect(same("The risk of conflict is real", "a real risk of a renewed Russian invasion of Ukraine")).toBe(false);
    expect(same("a Russian attack could come at any point", "any plans to attack")).toBe(false);
    expect(same("Moscow to de-escalate", "the NATO side is committed to seeing if diplomacy can de-escalate the situation")).toBe(false);
    expect(wordingSimilarity("We are on schedule", "The bridge will reopen in May")).toBe(0);
  });

  it("matches short wordings only when their words are the same", () => {
    expect(same("It is real", "It is real.")).toBe(true);
    expect(same("It is real", "The threat is real")).toBe(false);
    expect(same("No", "no!")).toBe(true);
    expect(same("No", "Yes")).toBe(false);
  });
});

describe("candidateTerms", () => {
  it("asks for the longest content words, never function words", () => {
    expect(candidateTerms("The risk of a new conflict in Ukraine is real", 3)).toEqual(["conflict", "ukraine", "real"]);
    expect(candidateTerms("The risk of a new conflict in Ukraine is real")).toEqual(["conflict", "ukraine", "real", "risk", "new"]);
    expect(candidateTerms("It is what it is")).toEqual([]);
    expect(contentWords("We are now at a stage")).toEqual(["now", "stage"]);
  });
});

describe("candidateSearch", () => {
  const pool = [
    { term: "conflict", docs: 40 },
    { term: "ukraine", docs: 900 },
    { term: "russia", docs: 500 },
    { term: "real", docs: 3 },
    { term: "risk", docs: 12 },
  ];

  it("ORs the rarest words, rarest first, leaving out common ones, ranked", () => {
    expect(candidateSearch(pool, 500, 4)).toEqual({ match: '"real" OR "risk" OR "conflict"', ranked: true });
    expect(candidateSearch(pool, 500, 2)?.match).toBe('"real" OR "risk"');
  });

  it("asks for the three longest words together, newest first, when every word is common", () => {
    expect(candidateSearch(pool, 2)).toEqual({ match: '"conflict" AND "ukraine" AND "russia"', ranked: false });
    expect(candidateSearch([], 500)).toBeNull();
  });
});

describe("statementFingerprint", () => {
  it("is the same for the same words by the same speaker, and differs otherwise", () => {
    expect(statementFingerprint("The risk is real.", 1)).toBe(statementFingerprint("“the risk is REAL”", 1));
    expect(statementFingerprint("The risk is real.", 1)).not.toBe(statementFingerprint("The risk is real.", 2));
    expect(statementFingerprint("The risk is real.", null)).not.toBe(statementFingerprint("Real is the risk.", null));
  });
});
