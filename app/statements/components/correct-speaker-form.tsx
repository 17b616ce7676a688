"use client";

import { FieldError, FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { correctSpeaker, mergeSpeakers } from "../lib/actions";
import { SPEAKER_KIND_VALUES } from "../lib/validations";
import { SpeakerPicker } from "./speaker-picker";

export function CorrectSpeakerForm({ statementId, version, currentSlug }: { statementId: number; version: number; currentSlug?: string }) {
  const { state, onSubmit, pending } = useActionForm(correctSpeaker);
  const errors = state.errors ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Correct speaker">
      <input type="hidden" name="statementId" value={statementId} />
      <input type="hidden" name="version" value={version} />
      <div key={version} className="space-y-3">
        <SpeakerPicker
          name="speakerSlug"
          label="Existing speaker"
          exclude={currentSlug}
          invalid={!!errors.speakerSlug}
          describedBy="speaker-slug-error"
        />
        <FieldError id="speaker-slug-error" errors={errors.speakerSlug} />
        <fieldset className="space-y-2 rounded border border-stone-200 p-2">
          <legend className="px-1 text-xs text-stone-600">…or a new speaker</legend>
          <TextField label="Name" name="newSpeakerName" maxLength={120} errorId="new-speaker-name-error" errors={errors.newSpeakerName} />
          <div className="flex gap-2">
            <label className="label flex-1">
              Role
              <input name="newSpeakerRole" maxLength={200} className="input" placeholder="e.g. mayor of Lyon" />
            </label>
            <label className="label">
              Kind
              <select name="newSpeakerKind" className="input" defaultValue="person">
                {SPEAKER_KIND_VALUES.map((kind) => (
                  <option key={kind}>{kind}</option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
      </div>
      <SubmitButton pending={pending}>Set speaker</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function MergeSpeakerForm({ statementId, speaker }: { statementId: number; speaker: { id: number; name: string; slug: string } }) {
  const { state, onSubmit, pending } = useActionForm(mergeSpeakers);
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Merge speaker">
      <input type="hidden" name="sourceSpeakerId" value={speaker.id} />
      <input type="hidden" name="statementId" value={statementId} />
      <p className="text-xs text-stone-600">
        Merge <strong>{speaker.name}</strong> into another speaker: their statements and aliases move, and {speaker.name} is removed.
      </p>
      <SpeakerPicker
        name="targetSpeakerSlug"
        label="Speaker to keep"
        exclude={speaker.slug}
        invalid={!!state.errors?.targetSpeakerSlug}
        describedBy="merge-target-error"
      />
      <FieldError id="merge-target-error" errors={state.errors?.targetSpeakerSlug} />
      <SubmitButton pending={pending}>Merge speakers</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
