import { z } from "zod";
import type { StatementsSort } from "./search-params";
import type { StatementsKeyset } from "./statements-query";

// The API's opaque cursor: the keyset where the next page starts, and the sort it belongs to, so
// a cursor reused with another sort is refused instead of silently skipping rows.

const cursorSchema = z.object({
  s: z.string().max(40),
  v: z.union([z.string().max(1000), z.number(), z.null()]),
  i: z.number().int().positive(),
});

function sortKey(sort: StatementsSort): string {
  return `${sort.id}.${sort.desc ? "desc" : "asc"}`;
}

export function encodeStatementsCursor(keyset: StatementsKeyset, sort: StatementsSort): string {
  return Buffer.from(JSON.stringify({ s: sortKey(sort), v: keyset.value, i: keyset.id })).toString("base64url");
}

/** The keyset in a cursor, or null when the cursor is malformed or was made for another sort. */
export function decodeStatementsCursor(cursor: string, sort: StatementsSort): StatementsKeyset | null {
  if (cursor.length > 2000) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.s !== sortKey(sort)) return null;
    return { value: parsed.data.v, id: parsed.data.i };
  } catch {
    return null;
  }
}
