import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canChangeAnnotation, canEdit } from "@/lib/auth/roles";
import { AnnotationMarkdown } from "../components/annotation-markdown";
import { AnnotateStatementForm, EditableAnnotation } from "../components/annotations";
import { CorrectSpeakerForm, MergeSpeakerForm } from "../components/correct-speaker-form";
import { DeleteStatementForm } from "../components/delete-statement-form";
import { EditStatementForm } from "../components/edit-statement-form";
import { StatementReports } from "../components/statement-reports";
import { StatementStatusForm } from "../components/statement-status-form";
import { StatementTagsEditor, TagChip } from "../components/statement-tags";
import { getStatementPage } from "../lib/statement-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  return getStatementPage(Number(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return { title: "Statement not found" };
  const { statement } = data;
  const title = `${statement.speaker?.name ?? "Unknown speaker"}: “${statement.text.slice(0, 80)}”`;
  const description = [statement.speaker?.role, statement.source.outlet, statement.date].filter(Boolean).join(" · ");
  return { title, description, openGraph: { title: `${title} · OnRecord`, description, type: "article" } };
}

const STATUS_STYLES: Record<string, string> = {
  unreviewed: "bg-stone-100 text-stone-700",
  verified: "bg-emerald-100 text-emerald-900",
  disputed: "bg-amber-100 text-amber-900",
  rejected: "bg-red-100 text-red-900",
};

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="space-y-2 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <h2 id={`${testId}-heading`} className="text-sm font-semibold uppercase tracking-wide text-stone-600">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function StatementPage({ params }: Props) {
  const [data, user] = await Promise.all([load(params), getCurrentUser()]);
  if (!data) notFound();
  const { statement, excerpt, history, siblings, allTags } = data;
  const editor = canEdit(user);
  const { speaker, source } = statement;

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        <article className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_STYLES[statement.status]}`} data-testid="statement-status">
              {statement.status}
            </span>
            <span className="rounded bg-stone-100 px-1.5 py-0.5" data-testid="statement-type">
              {statement.type}
            </span>
            <span className="text-stone-500">version {statement.version}</span>
          </div>
          <h1 className="font-serif text-2xl leading-snug" data-testid="statement-text">
            {statement.type === "direct" ? <q>{statement.text}</q> : statement.text}
          </h1>
          <div data-testid="statement-speaker">
            {speaker ? (
              <>
                <Link href={`/speakers/${speaker.slug}`} className="font-semibold hover:underline">
                  {speaker.name}
                </Link>
                {speaker.role ? <span className="text-stone-600">, {speaker.role}</span> : null}
                <span className="ml-2 text-xs text-stone-500">({speaker.kind})</span>
              </>
            ) : (
              <span className="text-stone-500">Unknown speaker</span>
            )}
            {statement.mention && statement.mention !== speaker?.name ? (
              <span className="ml-2 text-xs text-stone-500">named in the text as “{statement.mention}”</span>
            ) : null}
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-500">Said on</dt>
            <dd>{statement.saidOn ? <time dateTime={statement.saidOn}>{statement.saidOn}</time> : "not stated"}</dd>
            <dt className="text-stone-500">Published</dt>
            <dd>{source.publishedOn ? <time dateTime={source.publishedOn}>{source.publishedOn}</time> : "unknown"}</dd>
            {statement.cue ? (
              <>
                <dt className="text-stone-500">Cue</dt>
                <dd>{statement.cue}</dd>
              </>
            ) : null}
          </dl>
        </article>

        <Section title="Source" testId="source">
          <p className="text-sm">
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="font-medium hover:underline">
                {source.title ?? "Untitled article"}
              </a>
            ) : (
              <span className="font-medium">{source.title ?? "Untitled article"}</span>
            )}
            {source.outlet ? <span className="text-stone-600"> · {source.outlet}</span> : null}
          </p>
          {excerpt ? (
            <blockquote className="border-l-4 border-stone-200 pl-3 font-serif text-stone-700" data-testid="source-excerpt">
              {excerpt.clippedStart ? "… " : null}
              {excerpt.before}
              <mark className="bg-yellow-100 px-0.5 text-stone-900">{excerpt.quote}</mark>
              {excerpt.after}
              {excerpt.clippedEnd ? " …" : null}
            </blockquote>
          ) : null}
        </Section>
        <StatementReports statementId={statement.id} />

        <Section title="Tags" testId="tags">
          {editor ? (
            <StatementTagsEditor statementId={statement.id} tags={statement.tags} allTags={allTags} />
          ) : statement.tags.length ? (
            <ul className="flex flex-wrap gap-2">
              {statement.tags.map((tag) => (
                <li key={tag.id}>
                  <TagChip tag={tag} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-stone-500">No tags.</p>
          )}
        </Section>

        <Section title="Annotations" testId="annotations">
          {statement.annotations.length ? (
            <ul className="space-y-3">
              {statement.annotations.map((annotation) => (
                <li key={annotation.id} className="border-b border-stone-100 pb-3 last:border-0" data-testid="annotation">
                  <p className="mb-1 text-xs text-stone-500">
                    {annotation.author.name} · {dateTime.format(annotation.createdAt)}
                    {annotation.version > 1 ? " · edited" : ""}
                  </p>
                  {canChangeAnnotation(user, annotation) ? (
                    <EditableAnnotation annotation={annotation}>
                      <AnnotationMarkdown body={annotation.body} />
                    </EditableAnnotation>
                  ) : (
                    <AnnotationMarkdown body={annotation.body} />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-stone-500">No annotations yet.</p>
          )}
          {editor ? <AnnotateStatementForm statementId={statement.id} /> : null}
        </Section>

        {editor ? (
          <Section title="Review and correct" testId="editor-tools">
            <h3 className="text-sm font-medium">Status</h3>
            <StatementStatusForm statementId={statement.id} version={statement.version} status={statement.status} />
            <h3 className="pt-2 text-sm font-medium">Text, type and date</h3>
            <EditStatementForm statement={statement} />
            <h3 className="pt-2 text-sm font-medium">Speaker</h3>
            <CorrectSpeakerForm statementId={statement.id} version={statement.version} currentSlug={speaker?.slug} />
            {speaker ? (
              <details className="pt-2">
                <summary className="cursor-pointer text-sm font-medium">Merge {speaker.name} into another speaker</summary>
                <div className="pt-2">
                  <MergeSpeakerForm statementId={statement.id} speaker={speaker} />
                </div>
              </details>
            ) : null}
            <h3 className="pt-2 text-sm font-medium">Delete</h3>
            <DeleteStatementForm statementId={statement.id} version={statement.version} />
          </Section>
        ) : null}
      </div>

      <aside className="space-y-4">
        <Section title="History" testId="history">
          {history.length ? (
            <ol className="space-y-2 text-sm">
              {history.map((event) => (
                <li key={event.id} data-testid="history-entry">
                  <div>{event.what}</div>
                  <div className="text-xs text-stone-500">
                    {event.who} · <time dateTime={event.at.toISOString()}>{dateTime.format(event.at)} UTC</time>
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-sm text-stone-500">No changes since it was extracted.</p>
          )}
        </Section>
        <Section title="Also in this article" testId="siblings">
          {siblings.length ? (
            <ul className="space-y-2 text-sm">
              {siblings.map((s) => (
                <li key={s.id}>
                  <Link href={`/statements/${s.id}`} className="hover:underline">
                    <span className="font-medium">{s.speaker?.name ?? "Unknown"}:</span> <span className="font-serif">{s.text}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-stone-500">No other statements.</p>
          )}
        </Section>
        {!user ? (
          <p className="text-xs text-stone-500">
            <Link href={`/sign-in?next=/statements/${statement.id}`} className="underline">
              Sign in
            </Link>{" "}
            as an editor to review this statement.
          </p>
        ) : null}
      </aside>
    </div>
  );
}
