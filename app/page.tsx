import type { SearchParams } from "nuqs/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { StatementsTable } from "./statements/components/statements-table";
import { getStatementFilterOptions, getStatements } from "./statements/lib/queries";
import { serializeStatementsSearchParams, statementsSearchParamsCache } from "./statements/lib/search-params";
import { getAllTags } from "./statements/lib/statement-queries";

export const dynamic = "force-dynamic";

export default async function StatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
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
        rows={result.rows}
        total={result.total}
        totalExact={result.totalExact}
        rankedNewestOnly={result.rankedNewestOnly}
        pageCount={result.pageCount}
        filterOptions={filterOptions}
        editing={editing}
      />
    </div>
  );
}
