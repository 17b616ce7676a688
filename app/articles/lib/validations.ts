import * as z from "zod";
import { optionalIsoDate, optionalText, requiredText } from "@/lib/form-fields";
import { MAX_STATEMENT_LENGTH, STATEMENT_TYPE_VALUES } from "@/app/statements/lib/validations";
import { MAX_ARTICLE_BYTES, plainTextProblem } from "./article-text";

export const MAX_ARTICLE_STATEMENTS = 2_000;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

const articleFields = {
  text: z
    .string({ error: "Paste the article or choose a .txt file." })
    .refine((text) => text.trim().length > 0, "Paste the article or choose a .txt file.")
    .refine((text) => byteLength(text) <= MAX_ARTICLE_BYTES, `The article is larger than 1 MB; only plain-text news articles up to 1 MB are accepted.`)
    .superRefine((text, ctx) => {
      const problem = plainTextProblem(text);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  url: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." }).max(2000).optional(),
  ),
  outlet: optionalText("Outlet", 100),
  publishedOn: optionalIsoDate("Published on"),
};

export const previewArticleSchema = z.object(articleFields);

/** The editor's fixes to one extracted statement, by its position in the extraction. */
export const statementFixSchema = z.object({
  index: z.number().int().min(0),
  include: z.boolean(),
  speaker: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(120).nullable()),
  type: z.enum(STATEMENT_TYPE_VALUES),
  text: requiredText("Statement text", MAX_STATEMENT_LENGTH),
});

export const saveArticleSchema = z.object({
  ...articleFields,
  statements: z.preprocess(
    (v) => {
      if (typeof v !== "string") return v;
      try {
        return JSON.parse(v);
      } catch {
        return undefined;
      }
    },
    z.array(statementFixSchema, { error: "The statement list was not readable; preview again." }).max(MAX_ARTICLE_STATEMENTS),
  ),
});

export type StatementFix = z.infer<typeof statementFixSchema>;
