import * as z from "zod";
import { hexColor, idField, idList, optionalIsoDate, optionalText, requiredText, versionField } from "@/lib/form-fields";

// One schema per form: the form uses it for its fields and the server action re-parses with it.

export const EDITABLE_STATUSES = ["verified", "disputed", "rejected"] as const;
export const STATEMENT_TYPE_VALUES = ["direct", "partial", "indirect"] as const;
export const SPEAKER_KIND_VALUES = ["person", "organization", "country", "group"] as const;
export const MAX_ANNOTATION_LENGTH = 10_000;
export const MAX_STATEMENT_LENGTH = 5_000;
export const MAX_BULK_TAG = 500;

/** Either an existing tag (`tagId`) or a new one (`newTagName`, `newTagColor`). */
const tagChoice = {
  tagId: z.preprocess((v) => (v === "" || v === "new" ? undefined : v), idField("Tag").optional()),
  newTagName: optionalText("Tag name", 40),
  newTagColor: hexColor,
};
const exactlyOneTag = <T extends { tagId?: number; newTagName?: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.tagId === undefined && !value.newTagName) {
    ctx.addIssue({ code: "custom", path: ["newTagName"], message: "Choose a tag or name a new one." });
  } else if (value.tagId !== undefined && value.newTagName) {
    ctx.addIssue({ code: "custom", path: ["newTagName"], message: "Choose an existing tag or name a new one, not both." });
  }
};

export const tagStatementSchema = z.object({ statementId: idField("Statement"), ...tagChoice }).superRefine(exactlyOneTag);
export type TagStatementInput = z.input<typeof tagStatementSchema>;

export const untagStatementSchema = z.object({ statementId: idField("Statement"), tagId: idField("Tag") });

export const bulkTagStatementsSchema = z
  .object({ statementIds: idList("Statement", MAX_BULK_TAG), ...tagChoice })
  .superRefine(exactlyOneTag);

export const annotateStatementSchema = z.object({
  statementId: idField("Statement"),
  body: requiredText("Annotation", MAX_ANNOTATION_LENGTH),
});

export const editAnnotationSchema = z.object({
  annotationId: idField("Annotation"),
  version: versionField,
  body: requiredText("Annotation", MAX_ANNOTATION_LENGTH),
});

export const deleteAnnotationSchema = z.object({ annotationId: idField("Annotation"), version: versionField });

/** Either an existing speaker (`speakerSlug`) or a new one (`newSpeakerName` and optional role and kind). */
export const correctSpeakerSchema = z
  .object({
    statementId: idField("Statement"),
    version: versionField,
    speakerSlug: optionalText("Speaker", 120),
    newSpeakerName: optionalText("Name", 120),
    newSpeakerRole: optionalText("Role", 200),
    newSpeakerKind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(SPEAKER_KIND_VALUES).default("person")),
  })
  .superRefine((value, ctx) => {
    if (!value.speakerSlug && !value.newSpeakerName) {
      ctx.addIssue({ code: "custom", path: ["speakerSlug"], message: "Choose a speaker or enter a new name." });
    } else if (value.speakerSlug && value.newSpeakerName) {
      ctx.addIssue({ code: "custom", path: ["newSpeakerName"], message: "Choose an existing speaker or enter a new name, not both." });
    }
  });

export const mergeSpeakersSchema = z
  .object({
    sourceSpeakerId: idField("Speaker to merge"),
    targetSpeakerSlug: requiredText("Speaker to keep", 120),
    /** The statement page the form was on, so that page is refreshed too. */
    statementId: z.preprocess((v) => (v === "" ? undefined : v), idField("Statement").optional()),
  });

export const editStatementSchema = z.object({
  statementId: idField("Statement"),
  version: versionField,
  text: requiredText("Text", MAX_STATEMENT_LENGTH),
  type: z.enum(STATEMENT_TYPE_VALUES, { error: "Choose direct, partial or indirect." }),
  saidOn: optionalIsoDate("Said on"),
});

export const setStatementStatusSchema = z.object({
  statementId: idField("Statement"),
  version: versionField,
  status: z.enum(EDITABLE_STATUSES, { error: "Choose verified, disputed or rejected." }),
});

export const deleteStatementSchema = z.object({ statementId: idField("Statement"), version: versionField });
