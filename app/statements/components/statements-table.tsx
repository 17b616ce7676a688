"use client";

import { useEffect, useMemo, useState, useTransition } from "react";
import { useTable, type ColumnVisibilityState, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import type { FilterOption, StatementsPage } from "../lib/queries";
import { SORT_KEYS, type SortKey } from "../lib/search-params";
import { RANK_CAP } from "../lib/statements-query";
import { useStatementsSearchParams } from "../lib/use-statements-search-params";
import { statementsTableColumns, statementsTableFeatures } from "./statements-table-columns";
import { actionsColumn, selectColumn, StatementsBulkTagBar } from "./statements-table-editing";
import { StatementsTablePagination } from "./statements-table-pagination";
import { StatementsTableToolbar } from "./statements-table-toolbar";

/** One page of rows and its counts, as getStatements returns them, plus what the table needs beside. */
export interface StatementsTableProps extends StatementsPage {
  /** The view the server rendered these rows for (its URL query); tests wait on it. */
  viewKey: string;
  filterOptions: {
    outlets: FilterOption[];
    tags: (FilterOption & { color: string })[];
    selectedSpeakers: FilterOption[];
  };
  /** Editors get row selection, bulk tagging and row actions; `tags` feeds their tag picker. */
  editing?: { tags: { id: number; name: string; color: string }[] };
  /** Filters the page fixes outside the URL (a speaker's own page); their controls are hidden. */
  scope?: { speaker?: string };
}

/** The statements table: TanStack in manual mode; the URL holds every bit of state and the server does the work. */
export function StatementsTable({
  rows,
  total,
  totalExact,
  pageCount,
  rankedNewestOnly,
  filterOptions,
  viewKey,
  editing,
  scope,
}: StatementsTableProps) {
  const [isPending, startTransition] = useTransition();
  const [params, setParams] = useStatementsSearchParams(startTransition);

  const sorting = useMemo<SortingState>(() => [{ id: params.sort.id, desc: params.sort.desc }], [params.sort]);
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(params.hide.map((id) => [id, false])),
    [params.hide],
  );

  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  // A selection belongs to the rows on screen; a new page or filter starts empty.
  useEffect(() => setRowSelection({}), [rows]);
  const columns = useMemo(() => (editing ? [selectColumn, ...statementsTableColumns, actionsColumn] : statementsTableColumns), [editing]);

  const table = useTable({
    features: statementsTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    enableSortingRemoval: false,
    sortDescFirst: true,
    enableRowSelection: !!editing,
    onRowSelectionChange: setRowSelection,
    state: { sorting, columnVisibility, rowSelection },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first && (SORT_KEYS as readonly string[]).includes(first.id)) {
        void setParams({ sort: { id: first.id as SortKey, desc: first.desc }, page: 1 });
      }
    },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      const hidden = Object.entries(next)
        .filter(([, visible]) => !visible)
        .map(([id]) => id);
      void setParams({ hide: hidden as typeof params.hide });
    },
  });

  return (
    <div className="space-y-3">
      <StatementsTableToolbar table={table} params={params} setParams={setParams} filterOptions={filterOptions} scope={scope} />
      {editing ? (
        <StatementsBulkTagBar
          selectedIds={Object.keys(rowSelection).map(Number)}
          tags={editing.tags}
          onDone={() => setRowSelection({})}
        />
      ) : null}
      <div
        className="overflow-x-auto rounded-lg border border-stone-200 bg-white"
        aria-busy={isPending}
        data-testid="statements-table-container"
        data-view={viewKey}
      >
        <table className={`w-full text-left text-sm transition-opacity ${isPending ? "opacity-60" : ""}`} data-testid="statements-table">
          <thead className="border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 font-medium"
                      aria-sort={sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 uppercase hover:text-stone-900"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === "desc" ? "↓" : sorted === "asc" ? "↑" : "↕"}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-stone-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="align-top hover:bg-stone-50" data-testid="statement-row">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <p className="px-3 py-8 text-center text-stone-500" role="status">
            {total > 0
              ? `Page ${params.page} is past the end: there are ${totalExact ? "" : "more than "}${pageCount} pages.`
              : "No statements match this view. Try fewer filters or other search words."}
          </p>
        ) : null}
      </div>
      {rankedNewestOnly ? (
        <p className="text-sm text-stone-600" role="note">
          More than {RANK_CAP.toLocaleString("en")} statements match: these are the best among the {RANK_CAP.toLocaleString("en")} most
          recent. Add words or filters to rank them all.
        </p>
      ) : null}
      <StatementsTablePagination params={params} setParams={setParams} total={total} totalExact={totalExact} pageCount={pageCount} />
    </div>
  );
}
