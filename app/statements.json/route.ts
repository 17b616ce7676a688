import type { NextRequest } from "next/server";
import { exportStatementsResponse } from "@/app/statements/lib/export-response";

/** `GET /statements.json?<table parameters>`: every row of that view as a JSON array, streamed. */
export function GET(request: NextRequest) {
  return exportStatementsResponse(request, "json");
}
