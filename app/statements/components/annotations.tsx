"use client";

import { useEffect, useRef, useState } from "react";
import { FieldError, FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { annotateStatement, deleteAnnotation, editAnnotation } from "../lib/actions";
import { MAX_ANNOTATION_LENGTH } from "../lib/validations";

export function AnnotateStatementForm({ statementId }: { statementId: number }) {
  const { state, onSubmit, pending } = useActionForm(annotateStatement);
  const form = useRef<HTMLFormElement>(null);
  // Clear the box once the note is saved; keep it when the server refused it.
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-2" aria-label="Add annotation">
      <input type="hidden" name="statementId" value={statementId} />
      <label className="label">
        New annotation (Markdown)
        <textarea
          name="body"
          rows={3}
          maxLength={MAX_ANNOTATION_LENGTH}
          className="input"
          aria-invalid={!!state.errors?.body || undefined}
          aria-describedby="annotation-body-error"
        />
      </label>
      <FieldError id="annotation-body-error" errors={state.errors?.body} />
      <SubmitButton pending={pending}>Add annotation</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** One annotation for editors: its rendered Markdown (children), with edit and delete. */
export function EditableAnnotation({
  annotation,
  children,
}: {
  annotation: { id: number; version: number; body: string };
  children: React.ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const edit = useActionForm(editAnnotation);
  const remove = useActionForm(deleteAnnotation);
  useEffect(() => {
    if (edit.state.ok) setEditing(false);
  }, [edit.state]);
  return (
    <div className="space-y-2">
      {editing ? (
        <form onSubmit={edit.onSubmit} className="space-y-2" aria-label="Edit annotation">
          <input type="hidden" name="annotationId" value={annotation.id} />
          <input type="hidden" name="version" value={annotation.version} />
          <textarea name="body" rows={3} maxLength={MAX_ANNOTATION_LENGTH} defaultValue={annotation.body} className="input w-full" aria-label="Annotation" />
          <FieldError id={`annotation-${annotation.id}-error`} errors={edit.state.errors?.body} />
          <div className="flex gap-2">
            <SubmitButton pending={edit.pending}>Save annotation</SubmitButton>
            <button type="button" className="text-sm text-stone-600" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        children
      )}
      {!editing ? (
        <div className="flex gap-3 text-xs">
          <button type="button" className="text-stone-600 hover:text-stone-900" onClick={() => setEditing(true)}>
            Edit
          </button>
          <form onSubmit={remove.onSubmit}>
            <input type="hidden" name="annotationId" value={annotation.id} />
            <input type="hidden" name="version" value={annotation.version} />
            <button type="submit" className="text-red-700 hover:text-red-900" disabled={remove.pending}>
              Delete
            </button>
          </form>
        </div>
      ) : null}
      <FormMessage state={edit.state.message ? edit.state : remove.state} />
    </div>
  );
}
