/** Lookup key for a speaker's name or alias: case, accents, punctuation and a leading "the" do not matter. */
export function normalizeSpeakerName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** URL-safe, readable slug (`Jens Stoltenberg` → `jens-stoltenberg`); never empty. */
export function slugify(text: string): string {
  const slug = normalizeSpeakerName(text).replace(/\s+/g, "-").slice(0, 80).replace(/-+$/, "");
  return slug || "speaker";
}
