import "server-only";
import type { NextRequest } from "next/server";
import { loadStatementsSearchParams } from "./search-params";
import { streamStatementsExport, type ExportFormat } from "./statements-stream";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** The export of the view in the request's query (the table's URL parameters; paging ignored), as a download. */
export function exportStatementsResponse(request: NextRequest, format: ExportFormat): Response {
  const input = loadStatementsSearchParams(request.nextUrl.searchParams);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(streamStatementsExport(input, format, request.nextUrl.origin), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="onrecord-statements-${day}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
