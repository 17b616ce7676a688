"use client";

import { useState, useTransition, type FormEvent } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { toast } from "sonner";
import type { StatementRow } from "../lib/queries";
import { bulkTagStatements, setStatementStatus } from "../lib/actions";
import { EDITABLE_STATUSES } from "../lib/validations";
import type { statementsTableFeatures } from "./statements-table-columns";
import { TagPickerFields, type TagOption } from "./tag-picker-fields";

// The table's editor-only parts: a selection column, a row action column and the bulk-tag bar.
// Row actions report through toasts (the table has no form of its own to hold a message).

const column = createColumnHelper<typeof statementsTableFeatures, StatementRow>();

export const selectColumn = column.display({
  id: "select",
  header: ({ table }) => (
    <input
      type="checkbox"
      aria-label="Select all rows on this page"
      checked={table.getIsAllPageRowsSelected()}
      ref={(el) => {
        if (el) el.indeterminate = table.getIsSomePageRowsSelected();
      }}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  ),
  cell: ({ row }) => (
    <input
      type="checkbox"
      aria-label={`Select statement ${row.original.id}`}
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  ),
});

function RowStatusAction({ row }: { row: StatementRow }) {
  const [pending, startTransition] = useTransition();
  return (
    <select
      aria-label={`Set status of statement ${row.id}`}
      className="rounded border border-stone-300 bg-white px-1 py-0.5 text-xs"
      value=""
      disabled={pending}
      onChange={(e) => {
        const status = e.target.value as (typeof EDITABLE_STATUSES)[number];
        startTransition(async () => {
          const result = await setStatementStatus(null, { statementId: row.id, version: row.version, status });
          if (result.ok) toast.success(result.message);
          else toast.error(result.message);
        });
      }}
    >
      <option value="" disabled>
        Set status…
      </option>
      {EDITABLE_STATUSES.map((status) => (
        <option key={status} value={status}>
          {status}
        </option>
      ))}
    </select>
  );
}

export const actionsColumn = column.display({
  id: "actions",
  header: () => <span className="sr-only">Actions</span>,
  cell: ({ row }) => <RowStatusAction row={row.original} />,
});

/** Tags every selected row at once; shown while rows are selected. */
export function StatementsBulkTagBar({ selectedIds, tags, onDone }: { selectedIds: number[]; tags: TagOption[]; onDone: () => void }) {
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Partial<Record<string, string[]>>>();
  if (!selectedIds.length) return null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    for (const id of selectedIds) formData.append("statementIds", String(id));
    startTransition(async () => {
      const result = await bulkTagStatements(null, formData);
      setErrors(result.errors);
      if (result.ok) {
        toast.success(result.message);
        onDone();
      } else toast.error(result.message);
    });
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 rounded-lg border border-sky-200 bg-sky-50 p-2" aria-label="Tag selected statements">
      <span className="text-sm font-medium" data-testid="selected-count">
        {selectedIds.length} selected
      </span>
      <TagPickerFields tags={tags} errors={errors} />
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        Tag selected
      </button>
    </form>
  );
}
