import { describe, expect, it } from "vitest";
import { segmentArticleBody } from "./article-segments";

const show = (body: string, spans: { id: number; start: number; end: number }[]) =>
  segmentArticleBody(body, spans).map((p) => p.segments.map((s) => (s.statementId ? `[${s.statementId}:${s.text}]` : s.text)).join(""));

describe("segmentArticleBody", () => {
  const body = 'He said "we are ready". Then he left.\n\nShe said "not yet".';
  const ready = { id: 1, start: body.indexOf("we are"), end: body.indexOf("ready") + 5 };
  const notYet = { id: 2, start: body.indexOf("not yet"), end: body.indexOf("not yet") + 7 };

  it("highlights each statement in its paragraph, whatever order the spans come in", () => {
    expect(show(body, [notYet, ready])).toEqual(['He said "[1:we are ready]". Then he left.', 'She said "[2:not yet]".']);
    expect(segmentArticleBody(body, [notYet, ready]).map((p) => p.statementIds)).toEqual([[1], [2]]);
  });

  it("keeps the text whole: the segments add up to the body without its paragraph breaks", () => {
    const paragraphs = segmentArticleBody(body, [ready, notYet]);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join("")).join("\n\n")).toBe(body);
  });

  it("gives overlapping text to the earlier statement and clamps spans to the body", () => {
    expect(show("abcdefgh", [{ id: 1, start: 1, end: 5 }, { id: 2, start: 3, end: 99 }])).toEqual(["a[1:bcde][2:fgh]"]);
    expect(show("abc", [{ id: 1, start: 2, end: 1 }])).toEqual(["abc"]);
  });

  it("highlights a statement that runs over a paragraph break in both, listing it once", () => {
    const text = "One two\nthree four";
    const paragraphs = segmentArticleBody(text, [{ id: 7, start: 4, end: 13 }]);
    expect(show(text, [{ id: 7, start: 4, end: 13 }])).toEqual(["One [7:two]", "[7:three] four"]);
    expect(paragraphs.map((p) => p.statementIds)).toEqual([[7], []]);
  });
});
