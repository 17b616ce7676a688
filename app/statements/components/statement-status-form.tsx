"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { setStatementStatus } from "../lib/actions";
import { EDITABLE_STATUSES } from "../lib/validations";

const STYLES: Record<(typeof EDITABLE_STATUSES)[number], string> = {
  verified: "border-emerald-600 text-emerald-800 hover:bg-emerald-50",
  disputed: "border-amber-600 text-amber-800 hover:bg-amber-50",
  rejected: "border-red-600 text-red-800 hover:bg-red-50",
};

const LABELS = { verified: "Verify", disputed: "Dispute", rejected: "Reject" } as const;

export function StatementStatusForm({ statementId, version, status }: { statementId: number; version: number; status: string }) {
  const { state, onSubmit, pending } = useActionForm(setStatementStatus);
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label="Set status">
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap gap-2">
        {EDITABLE_STATUSES.map((value) => (
          <button
            key={value}
            type="submit"
            name="status"
            value={value}
            disabled={pending}
            aria-pressed={status === value}
            className={`rounded border px-3 py-1 text-sm font-medium disabled:opacity-60 aria-pressed:ring-2 ${STYLES[value]}`}
          >
            {LABELS[value]}
          </button>
        ))}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
