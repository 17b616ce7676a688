"use server";

import { validatedAction } from "@/lib/validated-action";
import { statementActions as specs } from "./statement-mutations";

// Server actions for statement editors. Each checks the session and role on the server and
// re-parses its input with its form's zod schema (see lib/validated-action.ts).

export const tagStatement = validatedAction(specs.tagStatement);
export const untagStatement = validatedAction(specs.untagStatement);
export const bulkTagStatements = validatedAction(specs.bulkTagStatements);
export const annotateStatement = validatedAction(specs.annotateStatement);
export const editAnnotation = validatedAction(specs.editAnnotation);
export const deleteAnnotation = validatedAction(specs.deleteAnnotation);
export const correctSpeaker = validatedAction(specs.correctSpeaker);
export const mergeSpeakers = validatedAction(specs.mergeSpeakers);
export const editStatement = validatedAction(specs.editStatement);
export const setStatementStatus = validatedAction(specs.setStatementStatus);
export const deleteStatement = validatedAction(specs.deleteStatement);
