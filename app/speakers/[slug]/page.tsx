import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { SearchParams } from "nuqs/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { StatementsTable } from "@/app/statements/components/statements-table";
import { getAllTags } from "@/app/statements/lib/statement-queries";
import { getStatementFilterOptions, getStatements } from "@/app/statements/lib/queries";
import { serializeStatementsSearchParams, statementsSearchParamsCache } from "@/app/statements/lib/search-params";
import { SpeakerTimeline } from "../components/speaker-timeline";
import { getSpeakerProfile, type SpeakerProfile } from "../lib/queries";
import { timelineBuckets } from "../lib/timeline";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

function describe(speaker: SpeakerProfile): string {
  const who = speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
  const span = speaker.firstOn && speaker.lastOn ? ` from ${speaker.firstOn} to ${speaker.lastOn}` : "";
  return `${speaker.statements} statement${speaker.statements === 1 ? "" : "s"} by ${who}${span}, reported in ${speaker.sources} article${speaker.sources === 1 ? "" : "s"}.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const speaker = await getSpeakerProfile((await params).slug);
  if (!speaker) return { title: "Speaker not found" };
  const description = describe(speaker);
  return {
    title: speaker.name,
    description,
    alternates: {
      canonical: `/speakers/${speaker.slug}`,
      types: { "application/atom+xml": `/feed.atom?speaker=${speaker.slug}` },
    },
    openGraph: { title: `${speaker.name} · OnRecord`, description, type: "profile", url: `/speakers/${speaker.slug}` },
  };
}

export default async function SpeakerPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const speaker = await getSpeakerProfile(slug);
  if (!speaker) notFound();
  const view = statementsSearchParamsCache.parse(await searchParams);
  const input = { ...view, speaker: [speaker.slug] };
  const [result, filterOptions, user] = await Promise.all([getStatements(input), getStatementFilterOptions([]), getCurrentUser()]);
  const editing = canEdit(user) ? { tags: await getAllTags() } : undefined;
  const maxTag = Math.max(1, ...speaker.tags.map((t) => t.count));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm text-stone-500">
          <Link href="/speakers" className="hover:underline">
            Speakers
          </Link>{" "}
          / {speaker.kind}
        </p>
        <h1 className="font-serif text-3xl font-semibold">{speaker.name}</h1>
        {speaker.role ? <p className="text-stone-700">{speaker.role}</p> : null}
        {speaker.aliases.length ? (
          <p className="text-sm text-stone-600" data-testid="speaker-aliases">
            Also named: {speaker.aliases.join(", ")}
          </p>
        ) : null}
        <p className="text-sm text-stone-600">{describe(speaker)}</p>
        <a href={`/feed.atom?speaker=${speaker.slug}`} className="text-sm text-stone-600 underline hover:text-stone-900">
          Follow {speaker.name} (Atom feed)
        </a>
      </div>
      <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="timeline-heading" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="timeline-heading" className="mb-2 font-semibold">
            Statements over time
          </h2>
          <SpeakerTimeline buckets={timelineBuckets(speaker.months)} name={speaker.name} />
        </section>
        <section aria-labelledby="tags-heading" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="tags-heading" className="mb-2 font-semibold">
            Subjects
          </h2>
          {speaker.tags.length ? (
            <ul className="space-y-1 text-sm" data-testid="speaker-tags">
              {speaker.tags.map((tag) => (
                <li key={tag.slug} className="flex items-center gap-2">
                  <Link href={`/speakers/${speaker.slug}?tag=${tag.slug}`} className="w-32 truncate hover:underline" style={{ color: tag.color }}>
                    {tag.name}
                  </Link>
                  <span className="h-2 rounded" style={{ width: `${(tag.count / maxTag) * 100}px`, background: tag.color }} aria-hidden="true" />
                  <span className="tabular-nums text-stone-600">{tag.count}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-stone-500">No tagged statements yet.</p>
          )}
        </section>
      </div>
      <section aria-labelledby="statements-heading" className="space-y-2">
        <h2 id="statements-heading" className="font-semibold">
          Statements
        </h2>
        <StatementsTable
          viewKey={serializeStatementsSearchParams(view)}
          {...result}
          filterOptions={filterOptions}
          editing={editing}
          scope={{ speaker: speaker.slug }}
        />
      </section>
    </div>
  );
}
