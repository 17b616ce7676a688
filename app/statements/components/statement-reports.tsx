import Link from "next/link";
import { getStatementReports } from "../lib/report-queries";
import { diffStatementWords, hasWordChanges } from "../lib/word-diff";

/**
 * The same statement as other articles reported it, each with its word-level differences from
 * this version, so an editor spots a misquote. A server component: place it on the statement page.
 */
export async function StatementReports({ statementId }: { statementId: number }) {
  const result = await getStatementReports(statementId);
  if (!result) return null;
  const { text, reports } = result;
  return (
    <section aria-labelledby="statement-reports-heading" className="space-y-3" data-testid="statement-reports">
      <h2 id="statement-reports-heading" className="font-semibold">
        {reports.length
          ? `Also reported by ${reports.length} other ${reports.length === 1 ? "article" : "articles"}`
          : "Other reports"}
      </h2>
      {reports.length === 0 ? (
        <p className="text-sm text-stone-500">No other article reported this statement.</p>
      ) : (
        <>
          <p className="text-xs text-stone-500">
            Differences from this version: <del className="bg-red-100 text-red-900">words only here</del>,{" "}
            <ins className="bg-emerald-100 text-emerald-900 no-underline">words only in the other report</ins>.
          </p>
          <ol className="space-y-3">
            {reports.map((report) => {
              const parts = diffStatementWords(text, report.text);
              return (
                <li key={report.id} className="rounded-lg border border-stone-200 bg-white p-3" data-testid="statement-report">
                  <div className="mb-1 flex flex-wrap gap-x-2 text-sm text-stone-600">
                    <span className="font-medium text-stone-900">{report.source.outlet ?? "Unknown outlet"}</span>
                    <Link href={`/sources/${report.source.id}`} className="hover:underline">
                      {report.source.title ?? "Untitled article"}
                    </Link>
                    {report.date ? <time dateTime={report.date}>{report.date}</time> : null}
                    {report.speaker ? <span>· {report.speaker.name}</span> : null}
                  </div>
                  <p className="font-serif" data-testid="statement-report-diff">
                    {parts.map((part, i) =>
                      part.kind === "same" ? (
                        <span key={i}>{part.text}</span>
                      ) : part.kind === "removed" ? (
                        <del key={i} className="bg-red-100 text-red-900">
                          {part.text}
                        </del>
                      ) : (
                        <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
                          {part.text}
                        </ins>
                      ),
                    )}
                  </p>
                  <div className="mt-1 text-xs text-stone-500">
                    {hasWordChanges(parts) ? "Worded differently." : "Same words."}{" "}
                    <Link href={`/statements/${report.id}`} className="underline hover:text-stone-900">
                      Open this report
                    </Link>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
