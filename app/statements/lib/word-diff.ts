import { diffWords } from "diff";

// Word-level differences between two reports of one statement, so an editor spots a misquote.

export interface WordDiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Curly and straight quotes are the same character to a reader; only words should show as changes. */
function foldQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/**
 * How `other` differs from `base`, word by word: `removed` parts are in `base` only, `added`
 * parts in `other` only. Case and quote style are ignored; whitespace is kept as `other` has it.
 */
export function diffStatementWords(base: string, other: string): WordDiffPart[] {
  return diffWords(foldQuotes(base), foldQuotes(other), { ignoreCase: true }).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** Whether two wordings differ in any word at all (case and quote style aside). */
export function hasWordChanges(parts: WordDiffPart[]): boolean {
  return parts.some((part) => part.kind !== "same" && part.text.trim() !== "");
}
