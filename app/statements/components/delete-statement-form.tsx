"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { deleteStatement } from "../lib/actions";

/** Two steps, so one stray click never deletes; the statement is only hidden (soft delete). */
export function DeleteStatementForm({ statementId, version }: { statementId: number; version: number }) {
  const [confirming, setConfirming] = useState(false);
  const { state, onSubmit, pending } = useActionForm(deleteStatement);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.push("/");
  }, [state, router]);
  return (
    <form onSubmit={onSubmit} className="space-y-2" aria-label="Delete statement">
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="version" value={version} />
      {confirming ? (
        <div className="flex gap-2">
          <button type="submit" disabled={pending} className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
            Yes, delete this statement
          </button>
          <button type="button" className="text-sm text-stone-600" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="rounded border border-red-700 px-3 py-1.5 text-sm text-red-700 hover:bg-red-50" onClick={() => setConfirming(true)}>
          Delete statement…
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
