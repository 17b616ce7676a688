import { NextResponse, type NextRequest } from "next/server";
import { getStatementsAfter } from "@/app/statements/lib/queries";
import { loadStatementsSearchParams } from "@/app/statements/lib/search-params";
import { decodeStatementsCursor, encodeStatementsCursor } from "@/app/statements/lib/statements-cursor";
import { toStatementRecord } from "@/app/statements/lib/statements-export";

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/**
 * `GET /api/statements?<table parameters>&limit=&cursor=`: the view's rows, `limit` at a time,
 * with an opaque `nextCursor` for the next page. Documented in docs/api.md.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const input = loadStatementsSearchParams(params);
  const requested = Number(params.get("limit") ?? DEFAULT_LIMIT);
  const limit = Number.isInteger(requested) ? Math.min(MAX_LIMIT, Math.max(1, requested)) : DEFAULT_LIMIT;
  const cursor = params.get("cursor");
  const after = cursor ? decodeStatementsCursor(cursor, input.sort) : null;
  if (cursor && !after) {
    return NextResponse.json(
      { error: "invalid_cursor", message: "The cursor is malformed or belongs to another sort; start again without it." },
      { status: 400 },
    );
  }
  const { rows, next } = await getStatementsAfter(input, after, limit);
  return NextResponse.json(
    {
      data: rows.map((row) => toStatementRecord(row, request.nextUrl.origin)),
      nextCursor: next ? encodeStatementsCursor(next, input.sort) : null,
    },
    { headers: { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}
