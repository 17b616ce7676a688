"use client";

import { useState } from "react";
import { FieldError } from "@/components/forms/form-message";

export interface TagOption {
  id: number;
  name: string;
  color: string;
}

/** Choose a tag, or "New tag…" to name one with a colour; the fields the tag schemas expect. */
export function TagPickerFields({ tags, errors }: { tags: TagOption[]; errors?: Partial<Record<string, string[]>> }) {
  const [choice, setChoice] = useState(tags.length ? String(tags[0].id) : "new");
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="label">
        Tag
        <select name="tagId" className="input" value={choice} onChange={(e) => setChoice(e.target.value)} aria-invalid={!!errors?.tagId || undefined}>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
          <option value="new">New tag…</option>
        </select>
      </label>
      {choice === "new" ? (
        <>
          <label className="label">
            New tag name
            <input name="newTagName" maxLength={40} className="input" aria-invalid={!!errors?.newTagName || undefined} aria-describedby="new-tag-name-error" />
          </label>
          <label className="label">
            Colour
            <input type="color" name="newTagColor" defaultValue="#1d4ed8" className="h-8 w-12 rounded border border-stone-300" />
          </label>
        </>
      ) : null}
      <FieldError id="new-tag-name-error" errors={[...(errors?.newTagName ?? []), ...(errors?.tagId ?? []), ...(errors?.newTagColor ?? [])]} />
    </div>
  );
}
