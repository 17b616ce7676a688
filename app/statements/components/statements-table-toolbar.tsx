"use client";

import { useEffect, useRef, useState } from "react";
import { useTypedBeforeHydration } from "@/components/use-typed-before-hydration";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactTable } from "@tanstack/react-table";
import type { FilterOption, StatementRow } from "../lib/queries";
import { MAX_SEARCH_LENGTH, serializeStatementsSearchParams, STATEMENT_STATUSES, STATEMENT_TYPES } from "../lib/search-params";
import type { SetStatementsParams, StatementsParams } from "../lib/use-statements-search-params";
import { COLUMN_LABELS, type statementsTableFeatures } from "./statements-table-columns";
import { MultiSelectFilter } from "./multi-select-filter";
import { SpeakerFilter } from "./speaker-filter";

const SEARCH_DEBOUNCE_MS = 300;

export function StatementsTableToolbar({
  table,
  params,
  setParams,
  filterOptions,
  scope,
}: {
  table: ReactTable<typeof statementsTableFeatures, StatementRow>;
  params: StatementsParams;
  setParams: SetStatementsParams;
  filterOptions: { outlets: FilterOption[]; tags: (FilterOption & { color: string })[]; selectedSpeakers: FilterOption[] };
  scope?: { speaker?: string };
}) {
  const pathname = usePathname();
  const [search, setSearch] = useState(params.q);
  const searchInput = useRef<HTMLInputElement>(null);
  // Follow the URL when it changes from elsewhere (reset, back button).
  useEffect(() => setSearch(params.q), [params.q]);
  useTypedBeforeHydration(searchInput, params.q, setSearch);
  useEffect(() => {
    if (search === params.q) return;
    const timer = setTimeout(() => {
      void setParams({ q: search, page: 1, sort: search ? { id: "relevance", desc: true } : null });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, params.q, setParams]);

  const input = "rounded border border-stone-300 bg-white px-2 py-1 text-sm";
  return (
    <div className="flex flex-wrap items-end gap-2" role="search">
      <label className="flex flex-col text-xs text-stone-600">
        Search statements
        <input
          type="search"
          className={`${input} w-64`}
          placeholder="Words or a “phrase”"
          maxLength={MAX_SEARCH_LENGTH}
          ref={searchInput}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
      {scope?.speaker ? null : (
        <SpeakerFilter
          selected={params.speaker}
          selectedOptions={filterOptions.selectedSpeakers}
          onChange={(speaker) => void setParams({ speaker, page: 1 })}
        />
      )}
      <label className="flex flex-col text-xs text-stone-600">
        From
        <input
          type="date"
          className={input}
          value={params.from ?? ""}
          onChange={(e) => void setParams({ from: e.target.value || null, page: 1 })}
        />
      </label>
      <label className="flex flex-col text-xs text-stone-600">
        To
        <input
          type="date"
          className={input}
          value={params.to ?? ""}
          onChange={(e) => void setParams({ to: e.target.value || null, page: 1 })}
        />
      </label>
      <MultiSelectFilter
        label="Outlet"
        options={filterOptions.outlets}
        countUnit="articles"
        selected={params.outlet}
        onChange={(outlet) => void setParams({ outlet, page: 1 })}
      />
      <MultiSelectFilter
        label="Type"
        options={STATEMENT_TYPES.map((t) => ({ value: t, label: t }))}
        selected={params.type}
        onChange={(type) => void setParams({ type: type as typeof params.type, page: 1 })}
      />
      <MultiSelectFilter
        label="Tag"
        options={filterOptions.tags}
        selected={params.tag}
        onChange={(tag) => void setParams({ tag, page: 1 })}
      />
      <MultiSelectFilter
        label="Status"
        options={STATEMENT_STATUSES.map((s) => ({ value: s, label: s }))}
        selected={params.status}
        onChange={(status) => void setParams({ status: status as typeof params.status, page: 1 })}
      />
      <MultiSelectFilter
        label="Columns"
        showCount={false}
        options={table
          .getAllLeafColumns()
          .filter((c) => c.id !== "text")
          .map((c) => ({ value: c.id, label: COLUMN_LABELS[c.id] ?? c.id }))}
        selected={table
          .getAllLeafColumns()
          .filter((c) => c.id !== "text" && c.getIsVisible())
          .map((c) => c.id)}
        onChange={(visible) =>
          table.setColumnVisibility(
            Object.fromEntries(table.getAllLeafColumns().map((c) => [c.id, c.id === "text" || visible.includes(c.id)])),
          )
        }
      />
      <label className="flex items-center gap-1 py-1 text-sm text-stone-700">
        <input
          type="checkbox"
          checked={params.collapse}
          onChange={(e) => void setParams({ collapse: e.target.checked, page: 1 })}
        />
        One row per statement across sources
      </label>
      <div className="ml-auto flex items-center gap-3 py-1 text-sm text-stone-600">
        <ExportLinks params={params} scope={scope} />
        <Link href={pathname} className="underline hover:text-stone-900">
          Reset view
        </Link>
      </div>
    </div>
  );
}

/** Downloads and a feed of the view on screen: same filters and sort, every matching row. */
function ExportLinks({ params, scope }: { params: StatementsParams; scope?: { speaker?: string } }) {
  const view = { ...params, speaker: scope?.speaker ? [scope.speaker] : params.speaker, page: null, perPage: null, hide: null };
  const link = "underline hover:text-stone-900";
  return (
    <span className="flex items-center gap-2" aria-label="Export this view">
      Export:
      <a className={link} href={serializeStatementsSearchParams("/statements.csv", view)} download>
        CSV
      </a>
      <a className={link} href={serializeStatementsSearchParams("/statements.json", view)} download>
        JSON
      </a>
      <a className={link} href={serializeStatementsSearchParams("/feed.atom", { ...view, sort: null })}>
        Atom feed
      </a>
    </span>
  );
}
