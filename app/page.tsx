import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { getSpeakerNames } from "./speakers/lib/queries";
import { StatementsTable } from "./statements/components/statements-table";
import { getStatementFilterOptions, getStatements } from "./statements/lib/queries";
import { serializeStatementsSearchParams, statementsSearchParamsCache } from "./statements/lib/search-params";
import { getAllTags } from "./statements/lib/statement-queries";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

/** A shared link to a filtered view previews as that view: "Statements by Jens Stoltenberg matching “risk”". */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const input = statementsSearchParamsCache.parse(await searchParams);
  const speakers = await getSpeakerNames(input.speaker);
  const about = [
    speakers.length ? `by ${speakers.join(", ")}` : null,
    input.tag.length ? `tagged ${input.tag.join(", ")}` : null,
    input.q ? `matching “${input.q}”` : null,
  ].filter(Boolean);
  const title = about.length ? `Statements ${about.join(" ")}` : "Statements";
  const description = "Who said what, when, and where it was reported: every attributed statement, searchable and shareable.";
  const feed = serializeStatementsSearchParams("/feed.atom", { ...input, sort: null, page: null, perPage: null, hide: null });
  return {
    title,
    description,
    alternates: { types: { "application/atom+xml": feed } },
    openGraph: { title: `${title} · OnRecord`, description, type: "website" },
  };
}

export default async function StatementsPage({ searchParams }: Props) {
  const input = statementsSearchParamsCache.parse(await searchParams);
  const [result, filterOptions, user] = await Promise.all([getStatements(input), getStatementFilterOptions(input.speaker), getCurrentUser()]);
  const editing = canEdit(user) ? { tags: await getAllTags() } : undefined;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="font-serif text-2xl font-semibold">Statements</h1>
        <p className="text-sm text-stone-600">Who said what, when, and where it was reported.</p>
      </div>
      <StatementsTable
        viewKey={serializeStatementsSearchParams(input)}
        {...result}
        filterOptions={filterOptions}
        editing={editing}
      />
    </div>
  );
}
