"use client";

import { FieldError, FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { editStatement } from "../lib/actions";
import { MAX_STATEMENT_LENGTH, STATEMENT_TYPE_VALUES } from "../lib/validations";

export function EditStatementForm({
  statement,
}: {
  statement: { id: number; version: number; text: string; type: string; saidOn: string | null };
}) {
  const { state, onSubmit, pending } = useActionForm(editStatement);
  const errors = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Edit statement">
      <input type="hidden" name="statementId" value={statement.id} />
      <input type="hidden" name="version" value={statement.version} />
      {/* Keyed by version so a saved edit refreshes the fields while the message stays. */}
      <div key={statement.version} className="space-y-3">
        <label className="label">
          Text
          <textarea
            name="text"
            rows={3}
            required
            maxLength={MAX_STATEMENT_LENGTH}
            defaultValue={statement.text}
            aria-invalid={!!errors.text || undefined}
            aria-describedby="edit-text-error"
            className="input font-serif"
          />
        </label>
        <FieldError id="edit-text-error" errors={errors.text} />
        <div className="flex flex-wrap gap-3">
          <label className="label">
            Type
            <select name="type" defaultValue={statement.type} className="input" aria-invalid={!!errors.type || undefined}>
              {STATEMENT_TYPE_VALUES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </label>
          <label className="label">
            Said on
            <input
              type="date"
              name="saidOn"
              defaultValue={statement.saidOn ?? ""}
              className="input"
              aria-invalid={!!errors.saidOn || undefined}
              aria-describedby="edit-said-on-error"
            />
          </label>
        </div>
        <FieldError id="edit-said-on-error" errors={errors.saidOn} />
        <FieldError id="edit-type-error" errors={errors.type} />
      </div>
      <SubmitButton pending={pending}>Save statement</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
