import * as z from "zod";
import "./zod-config";

// Field schemas shared by every form: browsers send "" for an empty input and strings for numbers.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const idField = (label: string) =>
  z.coerce.number({ error: `${label} is missing.` }).int(`${label} is not valid.`).positive(`${label} is not valid.`);

export const versionField = z.coerce.number({ error: "The version you read is missing." }).int().positive("The version you read is missing.");

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is at most ${max.toLocaleString("en")} characters.`);

export const optionalText = (label: string, max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${label} is at most ${max} characters.`).optional());

/** `YYYY-MM-DD` that is a real calendar day, or nothing. */
export const optionalIsoDate = (label: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2024-03-31.`)
      .refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      }, `${label} is not a real date.`)
      .optional(),
  );

export const hexColor = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "Colour must look like #1d4ed8.")
    .transform((value) => value.toLowerCase())
    .default("#64748b"),
);

/** One id or several (a FormData key sent once arrives as a single value). */
export const idList = (label: string, max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(idField(label)).min(1, `Select at least one ${label.toLowerCase()}.`).max(max, `Select at most ${max}.`),
  );
