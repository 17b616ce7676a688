import { describe, expect, it } from "vitest";
import * as z from "zod";
import { safeNextPath, signInSchema } from "@/lib/auth/sign-in-schema";
import { MAX_ARTICLE_BYTES, previewArticleSchema, saveArticleSchema } from "./validations";

const errorsOf = (schema: z.ZodType, input: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("article form schemas", () => {
  it("previewArticle takes text with optional URL, outlet and date", () => {
    expect(previewArticleSchema.parse({ text: "Body", url: " https://example.org/a ", outlet: "", publishedOn: "" })).toEqual({
      text: "Body",
      url: "https://example.org/a",
      outlet: undefined,
      publishedOn: undefined,
    });
    expect(errorsOf(previewArticleSchema, { text: "   " })).toHaveProperty("text");
    expect(errorsOf(previewArticleSchema, { text: "x", url: "javascript:alert(1)" })).toHaveProperty("url");
    expect(errorsOf(previewArticleSchema, { text: "x", publishedOn: "2024-02-30" })).toHaveProperty("publishedOn");
  });

  it("refuses an article over 1 MB, counting bytes, not characters", () => {
    expect(previewArticleSchema.safeParse({ text: "x".repeat(MAX_ARTICLE_BYTES) }).success).toBe(true);
    expect(errorsOf(previewArticleSchema, { text: "é".repeat(MAX_ARTICLE_BYTES / 2 + 1) }).text?.[0]).toMatch(/larger than 1 MB/);
  });

  it("saveArticle parses the fixed statements from JSON and checks each", () => {
    const statements = [{ index: 0, include: true, speaker: " Ana Lima ", type: "direct", text: "We will" }];
    expect(saveArticleSchema.parse({ text: "Body", statements: JSON.stringify(statements) }).statements).toEqual([
      { index: 0, include: true, speaker: "Ana Lima", type: "direct", text: "We will" },
    ]);
    expect(saveArticleSchema.parse({ text: "Body", statements: JSON.stringify([{ ...statements[0], speaker: "" }]) }).statements[0].speaker).toBeNull();
    expect(errorsOf(saveArticleSchema, { text: "Body", statements: "{not json" })).toHaveProperty("statements");
    expect(errorsOf(saveArticleSchema, { text: "Body", statements: JSON.stringify([{ ...statements[0], type: "rumour" }]) })).toHaveProperty("statements");
  });
});

describe("sign-in form schema", () => {
  it("needs an email address and a password", () => {
    expect(signInSchema.safeParse({ email: "a@b.org", password: "x" }).success).toBe(true);
    expect(errorsOf(signInSchema, { email: "nope", password: "" })).toMatchObject({ email: expect.any(Array), password: expect.any(Array) });
  });

  it("only returns to paths on this site after signing in", () => {
    expect(safeNextPath("/statements/4")).toBe("/statements/4");
    for (const hostile of ["//evil.example", "https://evil.example", "/\\evil.example", null, ""]) expect(safeNextPath(hostile)).toBe("/");
  });
});
