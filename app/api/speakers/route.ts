import { NextResponse, type NextRequest } from "next/server";
import { getSpeakerSuggestions } from "@/app/statements/lib/queries";

/** Speaker typeahead: `GET /api/speakers?q=stol` → `[{ value: slug, label: name, count }]`. */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q") ?? "";
  return NextResponse.json(await getSpeakerSuggestions(q));
}
