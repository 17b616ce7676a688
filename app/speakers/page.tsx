import { ListPagination, ListTable } from "@/components/ui/list-table";
import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "nuqs/server";
import { getSpeakers, SPEAKERS_PER_PAGE } from "./lib/queries";
import { speakersSearchParamsCache } from "./lib/search-params";
import { SPEAKER_KINDS } from "./lib/speaker-kinds";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Speakers",
  description: "Everyone OnRecord has statements from: people, organizations, countries and groups, with how often and when they spoke.",
  openGraph: {
    title: "Speakers · OnRecord",
    description: "Everyone OnRecord has statements from, with how often and when they spoke.",
  },
};

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const input = speakersSearchParamsCache.parse(await searchParams);
  const { rows, total } = await getSpeakers(input);
  const pageCount = Math.max(1, Math.ceil(total / SPEAKERS_PER_PAGE));
  const pageHref = (page: number) =>
    `/speakers?${new URLSearchParams({ ...(input.q ? { q: input.q } : {}), ...(input.kind ? { kind: input.kind } : {}), page: String(page) })}`;
  const field = "rounded border border-stone-300 bg-white px-2 py-1 text-sm";
  return (
    <div className="space-y-4">
      <div>
        <h1 className="font-serif text-2xl font-semibold">Speakers</h1>
        <p className="text-sm text-stone-600">Everyone quoted or paraphrased in the articles, most quoted first.</p>
      </div>
      <form className="flex flex-wrap items-end gap-2" role="search" action="/speakers">
        <label className="flex flex-col text-xs text-stone-600">
          Name or alias
          <input type="search" name="q" defaultValue={input.q} maxLength={100} className={`${field} w-64`} />
        </label>
        <label className="flex flex-col text-xs text-stone-600">
          Kind
          <select name="kind" defaultValue={input.kind ?? ""} className={field}>
            <option value="">Any</option>
            {SPEAKER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-sm text-white hover:bg-stone-700">
          Search
        </button>
      </form>
      <ListTable
        testId="speakers-table"
        columns={[{ label: "Speaker" }, { label: "Kind" }, { label: "Role" }, { label: "Statements", align: "right" }, { label: "First" }, { label: "Last" }]}
        empty={rows.length === 0 ? "No speaker matches. Try part of a name." : null}
      >
        {rows.map((speaker) => (
          <tr key={speaker.id} className="hover:bg-stone-50" data-testid="speaker-row">
            <td className="px-3 py-2 font-medium">
              <Link href={`/speakers/${speaker.slug}`} className="hover:underline">
                {speaker.name}
              </Link>
            </td>
            <td className="px-3 py-2 text-stone-600">{speaker.kind}</td>
            <td className="px-3 py-2 text-stone-600">{speaker.role}</td>
            <td className="px-3 py-2 text-right tabular-nums">{speaker.statements}</td>
            <td className="px-3 py-2 whitespace-nowrap">{speaker.firstOn}</td>
            <td className="px-3 py-2 whitespace-nowrap">{speaker.lastOn}</td>
          </tr>
        ))}
      </ListTable>
      <ListPagination total={total} noun="speaker" page={input.page} pageCount={pageCount} pageHref={pageHref} />
    </div>
  );
}
