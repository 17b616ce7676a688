import type { SearchParams } from "nuqs/server";
import { StatementsTable } from "./statements/components/statements-table";
import { getStatementFilterOptions, getStatements } from "./statements/lib/queries";
import { serializeStatementsSearchParams, statementsSearchParamsCache } from "./statements/lib/search-params";

export const dynamic = "force-dynamic";

export default async function StatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const input = statementsSearchParamsCache.parse(await searchParams);
  const [result, filterOptions] = await Promise.all([getStatements(input), getStatementFilterOptions(input.speaker)]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="font-serif text-2xl font-semibold">Statements</h1>
        <p className="text-sm text-stone-600">Who said what, when, and where it was reported.</p>
      </div>
      <StatementsTable
        viewKey={serializeStatementsSearchParams(input)}
        rows={result.rows} total={result.total} pageCount={result.pageCount} filterOptions={filterOptions} />
    </div>
  );
}
