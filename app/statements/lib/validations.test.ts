import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  annotateStatementSchema,
  bulkTagStatementsSchema,
  correctSpeakerSchema,
  deleteAnnotationSchema,
  deleteStatementSchema,
  editAnnotationSchema,
  editStatementSchema,
  mergeSpeakersSchema,
  setStatementStatusSchema,
  tagStatementSchema,
  untagStatementSchema,
} from "./validations";

const fieldErrors = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("statement form schemas", () => {
  it("tagStatement takes an existing tag or a new name with a colour, not both or neither", () => {
    expect(tagStatementSchema.parse({ statementId: "4", tagId: "2", newTagName: "" })).toMatchObject({ statementId: 4, tagId: 2 });
    expect(tagStatementSchema.parse({ statementId: "4", tagId: "new", newTagName: " Climate ", newTagColor: "#1D4ED8" })).toEqual({
      statementId: 4,
      newTagName: "Climate",
      newTagColor: "#1d4ed8",
    });
    expect(tagStatementSchema.parse({ statementId: 4, newTagName: "x" }).newTagColor).toBe("#64748b");
    expect(fieldErrors(tagStatementSchema, { statementId: 4 })).toHaveProperty("newTagName");
    expect(fieldErrors(tagStatementSchema, { statementId: 4, tagId: 1, newTagName: "x" })).toHaveProperty("newTagName");
    expect(fieldErrors(tagStatementSchema, { statementId: 4, newTagName: "x", newTagColor: "red" })).toHaveProperty("newTagColor");
    expect(fieldErrors(tagStatementSchema, { statementId: "abc", tagId: 1 })).toHaveProperty("statementId");
    expect(fieldErrors(tagStatementSchema, { statementId: 4, newTagName: "x".repeat(41) })).toHaveProperty("newTagName");
  });

  it("untagStatement needs both ids", () => {
    expect(untagStatementSchema.parse({ statementId: "1", tagId: "2" })).toEqual({ statementId: 1, tagId: 2 });
    expect(fieldErrors(untagStatementSchema, { statementId: "1" })).toHaveProperty("tagId");
    expect(fieldErrors(untagStatementSchema, { statementId: "-1", tagId: "2" })).toHaveProperty("statementId");
  });

  it("bulkTagStatements accepts one id or many, at most 500", () => {
    expect(bulkTagStatementsSchema.parse({ statementIds: "7", tagId: "1" }).statementIds).toEqual([7]);
    expect(bulkTagStatementsSchema.parse({ statementIds: ["7", "8"], tagId: "1" }).statementIds).toEqual([7, 8]);
    expect(fieldErrors(bulkTagStatementsSchema, { statementIds: [], tagId: 1 })).toHaveProperty("statementIds");
    expect(fieldErrors(bulkTagStatementsSchema, { tagId: 1 })).toHaveProperty("statementIds");
    expect(fieldErrors(bulkTagStatementsSchema, { statementIds: Array.from({ length: 501 }, (_, i) => i + 1), tagId: 1 })).toHaveProperty(
      "statementIds",
    );
  });

  it("annotations need a non-blank body of at most 10,000 characters", () => {
    expect(annotateStatementSchema.parse({ statementId: "3", body: "  **checked** with the mayor's office  " }).body).toBe(
      "**checked** with the mayor's office",
    );
    expect(fieldErrors(annotateStatementSchema, { statementId: 3, body: "   " })).toHaveProperty("body");
    expect(fieldErrors(annotateStatementSchema, { statementId: 3, body: "x".repeat(10_001) })).toHaveProperty("body");
    expect(editAnnotationSchema.parse({ annotationId: "1", version: "2", body: "ok" })).toEqual({ annotationId: 1, version: 2, body: "ok" });
    expect(fieldErrors(editAnnotationSchema, { annotationId: 1, body: "ok" })).toHaveProperty("version");
    expect(fieldErrors(deleteAnnotationSchema, { annotationId: 1, version: "0" })).toHaveProperty("version");
  });

  it("correctSpeaker takes an existing speaker or a new name, not both or neither", () => {
    expect(correctSpeakerSchema.parse({ statementId: 1, version: 1, speakerSlug: "ana-lima", newSpeakerName: "" })).toMatchObject({
      speakerSlug: "ana-lima",
      newSpeakerName: undefined,
    });
    expect(correctSpeakerSchema.parse({ statementId: 1, version: 1, newSpeakerName: "Ana Lima", newSpeakerKind: "" })).toMatchObject({
      newSpeakerName: "Ana Lima",
      newSpeakerKind: "person",
    });
    expect(fieldErrors(correctSpeakerSchema, { statementId: 1, version: 1 })).toHaveProperty("speakerSlug");
    expect(fieldErrors(correctSpeakerSchema, { statementId: 1, version: 1, speakerSlug: "a", newSpeakerName: "b" })).toHaveProperty(
      "newSpeakerName",
    );
    expect(fieldErrors(correctSpeakerSchema, { statementId: 1, version: 1, newSpeakerName: "b", newSpeakerKind: "robot" })).toHaveProperty(
      "newSpeakerKind",
    );
  });

  it("mergeSpeakers needs the speaker to merge and the one to keep", () => {
    expect(mergeSpeakersSchema.parse({ sourceSpeakerId: "2", targetSpeakerSlug: "ana", statementId: "" })).toEqual({
      sourceSpeakerId: 2,
      targetSpeakerSlug: "ana",
    });
    expect(fieldErrors(mergeSpeakersSchema, { sourceSpeakerId: "2", targetSpeakerSlug: " " })).toHaveProperty("targetSpeakerSlug");
  });

  it("editStatement checks text, type and a real said-on date", () => {
    expect(editStatementSchema.parse({ statementId: 1, version: 3, text: " Hi ", type: "partial", saidOn: "" })).toEqual({
      statementId: 1,
      version: 3,
      text: "Hi",
      type: "partial",
      saidOn: undefined,
    });
    expect(editStatementSchema.parse({ statementId: 1, version: 3, text: "Hi", type: "direct", saidOn: "2024-02-29" }).saidOn).toBe("2024-02-29");
    expect(fieldErrors(editStatementSchema, { statementId: 1, version: 3, text: "Hi", type: "direct", saidOn: "2023-02-29" })).toHaveProperty("saidOn");
    expect(fieldErrors(editStatementSchema, { statementId: 1, version: 3, text: "Hi", type: "direct", saidOn: "29/02/2024" })).toHaveProperty("saidOn");
    expect(fieldErrors(editStatementSchema, { statementId: 1, version: 3, text: "", type: "quoted" })).toMatchObject({
      text: expect.any(Array),
      type: expect.any(Array),
    });
  });

  it("setStatementStatus allows verified, disputed and rejected only", () => {
    for (const status of ["verified", "disputed", "rejected"]) {
      expect(setStatementStatusSchema.parse({ statementId: 1, version: 1, status }).status).toBe(status);
    }
    expect(fieldErrors(setStatementStatusSchema, { statementId: 1, version: 1, status: "unreviewed" })).toHaveProperty("status");
  });

  it("deleteStatement carries the version read", () => {
    expect(deleteStatementSchema.parse({ statementId: "5", version: "2" })).toEqual({ statementId: 5, version: 2 });
    expect(fieldErrors(deleteStatementSchema, { statementId: "5" })).toHaveProperty("version");
  });
});
