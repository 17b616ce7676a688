"use client";

import { PAGE_SIZES } from "../lib/search-params";
import type { SetStatementsParams, StatementsParams } from "../lib/use-statements-search-params";

export function StatementsTablePagination({
  params,
  setParams,
  total,
  totalExact,
  pageCount,
}: {
  params: StatementsParams;
  setParams: SetStatementsParams;
  total: number;
  totalExact: boolean;
  pageCount: number;
}) {
  const first = total === 0 ? 0 : Math.min(total, (params.page - 1) * params.perPage + 1);
  const last = Math.min(total, params.page * params.perPage);
  // Past a capped count the number of pages is unknown: Next stays on, Last has nowhere to go.
  const hasNext = params.page < pageCount || !totalExact;
  const button = "rounded border border-stone-300 bg-white px-2 py-1 disabled:opacity-40 hover:bg-stone-100";
  return (
    <nav className="flex flex-wrap items-center justify-between gap-3 text-sm text-stone-600" aria-label="Pagination">
      <p data-testid="row-range">
        {first.toLocaleString("en")}–{last.toLocaleString("en")} of {totalExact ? "" : "more than "}
        {total.toLocaleString("en")} statements
      </p>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-1">
          Rows per page
          <select
            className="rounded border border-stone-300 bg-white px-1 py-1"
            value={params.perPage}
            onChange={(e) => void setParams({ perPage: Number(e.target.value) as (typeof PAGE_SIZES)[number], page: 1 })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={button} disabled={params.page <= 1} onClick={() => void setParams({ page: 1 })}>
          « First
        </button>
        <button type="button" className={button} disabled={params.page <= 1} onClick={() => void setParams({ page: params.page - 1 })}>
          ‹ Previous
        </button>
        <span aria-live="polite" data-testid="page-indicator">
          Page {params.page.toLocaleString("en")} of {totalExact ? "" : "more than "}
          {pageCount.toLocaleString("en")}
        </span>
        <button
          type="button"
          className={button}
          disabled={!hasNext}
          onClick={() => void setParams({ page: params.page + 1 })}
        >
          Next ›
        </button>
        <button
          type="button"
          className={button}
          disabled={!totalExact || params.page >= pageCount}
          onClick={() => void setParams({ page: pageCount })}
        >
          Last »
        </button>
      </div>
    </nav>
  );
}
