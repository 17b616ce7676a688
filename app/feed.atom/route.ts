import type { NextRequest } from "next/server";
import { getSpeakerNames } from "@/app/speakers/lib/queries";
import { getStatements } from "@/app/statements/lib/queries";
import { loadStatementsSearchParams, serializeStatementsSearchParams } from "@/app/statements/lib/search-params";
import { buildStatementsFeed } from "@/app/statements/lib/statements-feed";

const FEED_SIZE = 50 as const;

/** `GET /feed.atom?<table parameters>`: the view's newest statements as an Atom feed (follow a speaker, a tag, a search). */
export async function GET(request: NextRequest) {
  const { origin } = request.nextUrl;
  const parsed = loadStatementsSearchParams(request.nextUrl.searchParams);
  // A feed is always the newest first; paging and hidden columns mean nothing to a feed reader.
  const input = { ...parsed, sort: { id: "date" as const, desc: true }, page: 1, perPage: FEED_SIZE, hide: [] };
  const [{ rows }, speakerNames] = await Promise.all([getStatements(input), getSpeakerNames(input.speaker)]);
  const view = serializeStatementsSearchParams({ ...input, sort: null, page: null, perPage: null });
  const about = [
    speakerNames.length ? `by ${speakerNames.join(", ")}` : null,
    input.tag.length ? `tagged ${input.tag.join(", ")}` : null,
    input.outlet.length ? `in ${input.outlet.join(", ")}` : null,
    input.q ? `matching “${input.q}”` : null,
  ].filter(Boolean);
  const xml = buildStatementsFeed({
    title: `OnRecord: statements${about.length ? ` ${about.join(", ")}` : ""}`,
    selfUrl: `${origin}/feed.atom${view}`,
    pageUrl: `${origin}/${view}`,
    origin,
    rows,
    now: new Date(),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
