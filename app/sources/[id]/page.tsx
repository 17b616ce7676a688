import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { segmentArticleBody } from "../lib/article-segments";
import { getSourceArticle, type SourceArticle } from "../lib/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function loadArticle(params: Props["params"]): Promise<SourceArticle | null> {
  const { id } = await params;
  return /^\d{1,9}$/.test(id) ? getSourceArticle(Number(id)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(params);
  if (!article) return { title: "Article not found" };
  const title = article.title ?? "Untitled article";
  const speakers = [...new Set(article.statements.flatMap((s) => (s.speaker ? [s.speaker.name] : [])))];
  const description = `${article.statements.length} statements${speakers.length ? ` by ${speakers.slice(0, 4).join(", ")}${speakers.length > 4 ? " and others" : ""}` : ""}${article.outlet ? `, reported by ${article.outlet}` : ""}${article.publishedOn ? ` on ${article.publishedOn}` : ""}.`;
  return {
    title,
    description,
    alternates: { canonical: `/sources/${article.id}` },
    openGraph: { title: `${title} · OnRecord`, description, type: "article", url: `/sources/${article.id}`, publishedTime: article.publishedOn ?? undefined },
  };
}

export default async function SourcePage({ params }: Props) {
  const article = await loadArticle(params);
  if (!article) notFound();
  const byId = new Map(article.statements.map((s) => [s.id, s]));
  const paragraphs = segmentArticleBody(article.body, article.statements);
  return (
    <article className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-stone-500">
          <Link href="/sources" className="hover:underline">
            Sources
          </Link>
          {article.outlet ? ` / ${article.outlet}` : ""}
        </p>
        <h1 className="font-serif text-3xl font-semibold">{article.title ?? "Untitled article"}</h1>
        <p className="text-sm text-stone-600">
          {article.publishedOn ? <time dateTime={article.publishedOn}>{article.publishedOn}</time> : (article.publishedText ?? "Date unknown")}
          {" · "}
          {article.statements.length} statement{article.statements.length === 1 ? "" : "s"}
          {" · "}
          <Link href={`/?source=${article.id}`} className="underline hover:text-stone-900">
            in the table
          </Link>
          {article.url ? (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" className="underline hover:text-stone-900">
                original ↗
              </a>
            </>
          ) : null}
        </p>
      </header>
      <div className="space-y-4" data-testid="article-body">
        {paragraphs.map((paragraph) => (
          <div key={paragraph.start} className="grid gap-4 md:grid-cols-[minmax(0,42rem)_14rem]">
            <p className="font-serif leading-relaxed text-stone-900">
              {paragraph.segments.map((segment, i) => {
                if (segment.statementId === null) return <span key={i}>{segment.text}</span>;
                const statement = byId.get(segment.statementId);
                return (
                  <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit" data-testid="statement-highlight">
                    <Link
                      href={`/statements/${segment.statementId}`}
                      className="hover:underline"
                      title={statement?.speaker ? `${statement.speaker.name} (${statement.type})` : statement?.type}
                    >
                      {segment.text}
                    </Link>
                  </mark>
                );
              })}
            </p>
            <aside className="space-y-1 border-l border-stone-200 pl-3 text-sm" aria-label="Speakers in this paragraph">
              {paragraph.statementIds.map((id) => {
                const statement = byId.get(id);
                if (!statement) return null;
                return (
                  <div key={id} data-testid="margin-speaker">
                    {statement.speaker ? (
                      <Link href={`/speakers/${statement.speaker.slug}`} className="font-medium hover:underline">
                        {statement.speaker.name}
                      </Link>
                    ) : (
                      <span className="text-stone-400">Unknown speaker</span>
                    )}
                    <span className="text-xs text-stone-500">
                      {" "}
                      {statement.type}
                      {statement.mention && statement.mention !== statement.speaker?.name ? `, as “${statement.mention}”` : ""}
                    </span>
                  </div>
                );
              })}
            </aside>
          </div>
        ))}
      </div>
    </article>
  );
}
