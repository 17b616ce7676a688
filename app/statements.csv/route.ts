import type { NextRequest } from "next/server";
import { exportStatementsResponse } from "@/app/statements/lib/export-response";

/** `GET /statements.csv?<table parameters>`: every row of that view as CSV, streamed. */
export function GET(request: NextRequest) {
  return exportStatementsResponse(request, "csv");
}
