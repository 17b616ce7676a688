import englishWords from 'an-array-of-english-words/index.json';

// A dictionary of common words (no proper nouns): tells "Turnout was ..." from "Obama said ..." at a sentence start.
let dictionary: Set<string> | null = null;

/** True when the lower-case word is an English dictionary word. Built on first use (about 275,000 words). */
export function isEnglishWord(lower: string): boolean {
  dictionary ??= new Set(englishWords as string[]);
  return dictionary.has(lower);
}
