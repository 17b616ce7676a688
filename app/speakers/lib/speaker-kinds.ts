export const SPEAKER_KINDS = ["person", "organization", "country", "group"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
