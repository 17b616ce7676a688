import { describe, expect, it } from "vitest";
import * as z from "zod";
import { safeNextPath, signInSchema } from "@/lib/auth/sign-in-schema";
import { BINARY_MESSAGE, MAX_ARTICLE_BYTES, NOT_UTF8_MESSAGE, readArticleFile } from "./article-text";
import { previewArticleSchema, saveArticleSchema } from "./validations";

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

  it("refuses text that is not UTF-8 or holds binary content, whoever sent it", () => {
    expect(errorsOf(previewArticleSchema, { text: "Caf\uFFFD owner said" }).text).toEqual([NOT_UTF8_MESSAGE]);
    for (const text of ["PNG\u0000\u0001\u0002", "MZ\u0090\u0000\u0003", "bell \u0007 ring", "del \u007F"]) {
      expect(errorsOf(previewArticleSchema, { text }).text, JSON.stringify(text)).toEqual([BINARY_MESSAGE]);
    }
    expect(previewArticleSchema.safeParse({ text: "Tabs\tand\r\nnew lines\f and “quotes” — fine" }).success).toBe(true);
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

describe("article file upload", () => {
  const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string) => new File([bytes], name, { type: "text/plain" });

  it("reads UTF-8 plain text", async () => {
    expect(await readArticleFile(file("a.txt", "Headline\n\n“Quote,” she said."))).toEqual({ text: "Headline\n\n“Quote,” she said." });
  });

  it("refuses oversized, empty, whitespace-only, binary and non-UTF-8 files with a message naming the file", async () => {
    const cases: [string, Uint8Array<ArrayBuffer> | string, RegExp][] = [
      ["big.txt", new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(120), /^big\.txt is larger than 1 MB/],
      ["empty.txt", "", /^empty\.txt is empty/],
      ["blank.txt", " \n\t\n", /^blank\.txt has no text/],
      ["image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^image\.txt: This looks like a binary file/],
      ["nul.txt", "text\u0000with a NUL", /^nul\.txt: This looks like a binary file/],
      ["latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x77, 0x6e, 0x65, 0x72]), /^latin1\.txt: The text is not UTF-8/],
      ["utf16.txt", new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), /^utf16\.txt: The text is not UTF-8/],
    ];
    for (const [name, bytes, message] of cases) {
      const result = await readArticleFile(file(name, bytes));
      expect("error" in result && result.error, name).toMatch(message);
    }
  });
});
