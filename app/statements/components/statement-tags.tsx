"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { tagStatement, untagStatement } from "../lib/actions";
import { TagPickerFields, type TagOption } from "./tag-picker-fields";

export function TagChip({ tag }: { tag: TagOption }) {
  return (
    <span className="rounded-full border px-2 py-0.5 text-xs" style={{ borderColor: tag.color, color: tag.color }}>
      {tag.name}
    </span>
  );
}

/** The statement's tags with remove buttons, and a form to add one (existing or new). */
export function StatementTagsEditor({ statementId, tags, allTags }: { statementId: number; tags: TagOption[]; allTags: TagOption[] }) {
  const add = useActionForm(tagStatement);
  const remove = useActionForm(untagStatement);
  const onStatement = new Set(tags.map((t) => t.id));
  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-2" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag.id}>
            <form onSubmit={remove.onSubmit} className="inline-flex items-center gap-1">
              <input type="hidden" name="statementId" value={statementId} />
              <input type="hidden" name="tagId" value={tag.id} />
              <TagChip tag={tag} />
              <button type="submit" className="text-xs text-stone-500 hover:text-red-700" aria-label={`Remove tag ${tag.name}`} disabled={remove.pending}>
                ×
              </button>
            </form>
          </li>
        ))}
      </ul>
      <FormMessage state={remove.state} />
      <form onSubmit={add.onSubmit} className="space-y-2" aria-label="Add tag">
        <input type="hidden" name="statementId" value={statementId} />
        <TagPickerFields tags={allTags.filter((t) => !onStatement.has(t.id))} errors={add.state.errors} />
        <SubmitButton pending={add.pending}>Add tag</SubmitButton>
        <FormMessage state={add.state} />
      </form>
    </div>
  );
}
