import { ListPagination, ListTable } from "@/components/ui/list-table";
import type { Metadata } from "next";
import Link from "next/link";
import { createParser, createSearchParamsCache, type SearchParams } from "nuqs/server";
import { getSources, SOURCES_PER_PAGE } from "./lib/queries";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Sources",
  description: "Every article OnRecord has read, with its outlet, date and the statements found in it.",
  openGraph: { title: "Sources · OnRecord", description: "Every article OnRecord has read, with its outlet, date and statements." },
};

const sourcesSearchParamsCache = createSearchParamsCache({
  q: createParser({ parse: (value) => value.slice(0, 100), serialize: (value: string) => value }).withDefault(""),
  page: createParser({
    parse: (value) => (/^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : null),
    serialize: String,
  }).withDefault(1),
});

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const input = sourcesSearchParamsCache.parse(await searchParams);
  const { rows, total } = await getSources(input);
  const pageCount = Math.max(1, Math.ceil(total / SOURCES_PER_PAGE));
  const pageHref = (page: number) => `/sources?${new URLSearchParams({ ...(input.q ? { q: input.q } : {}), page: String(page) })}`;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="font-serif text-2xl font-semibold">Sources</h1>
        <p className="text-sm text-stone-600">The articles statements were found in, newest first.</p>
      </div>
      <form className="flex items-end gap-2" role="search" action="/sources">
        <label className="flex flex-col text-xs text-stone-600">
          Title or outlet
          <input type="search" name="q" defaultValue={input.q} maxLength={100} className="w-64 rounded border border-stone-300 bg-white px-2 py-1 text-sm" />
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-sm text-white hover:bg-stone-700">
          Search
        </button>
      </form>
      <ListTable
        testId="sources-table"
        columns={[{ label: "Article" }, { label: "Outlet" }, { label: "Published" }, { label: "Statements", align: "right" }, { label: "Speakers", align: "right" }]}
        empty={rows.length === 0 ? "No article matches." : null}
      >
        {rows.map((source) => (
          <tr key={source.id} className="hover:bg-stone-50" data-testid="source-row">
            <td className="px-3 py-2">
              <Link href={`/sources/${source.id}`} className="font-medium hover:underline">
                {source.title ?? "Untitled article"}
              </Link>
            </td>
            <td className="px-3 py-2 text-stone-600">{source.outlet}</td>
            <td className="px-3 py-2 whitespace-nowrap">{source.publishedOn ?? <span className="text-stone-400">Unknown</span>}</td>
            <td className="px-3 py-2 text-right tabular-nums">{source.statements}</td>
            <td className="px-3 py-2 text-right tabular-nums">{source.speakers}</td>
          </tr>
        ))}
      </ListTable>
      <ListPagination total={total} noun="article" page={input.page} pageCount={pageCount} pageHref={pageHref} />
    </div>
  );
}
