// What counts as an article's text: plain UTF-8, no binary content. Shared by the upload field
// (which reads the file's bytes) and the form schema (which sees only the decoded string).

/** Articles are plain text; a megabyte is several novels' chapters, far beyond any news story. */
export const MAX_ARTICLE_BYTES = 1_000_000;

// NUL and the other C0 controls never occur in prose; tab, newline, form feed and carriage return do.
const BINARY_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
// What a decoder puts in place of bytes that are not UTF-8.
const REPLACEMENT_CHARACTER = "\uFFFD";

export const NOT_UTF8_MESSAGE = "The text is not UTF-8: save the article as UTF-8 plain text and try again.";
export const BINARY_MESSAGE = "This looks like a binary file, not plain text: paste the article or choose a .txt file.";

/** Why `text` cannot be an article's text, or null when it can. */
export function plainTextProblem(text: string): string | null {
  if (text.includes(REPLACEMENT_CHARACTER)) return NOT_UTF8_MESSAGE;
  if (BINARY_CHARACTER.test(text)) return BINARY_MESSAGE;
  return null;
}

/** An uploaded file as article text, or the reason it is not one; a file over the limit is never read. */
export async function readArticleFile(file: Pick<File, "name" | "size" | "arrayBuffer">): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_ARTICLE_BYTES) return { error: `${file.name} is larger than 1 MB; only plain-text articles up to 1 MB are accepted.` };
  if (file.size === 0) return { error: `${file.name} is empty; choose the file that holds the article.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A UTF-16 byte-order mark is text in the wrong encoding; other files with NUL bytes are binary (images, PDFs, programs).
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return { error: `${file.name}: ${NOT_UTF8_MESSAGE}` };
  if (bytes.includes(0)) return { error: `${file.name}: ${BINARY_MESSAGE}` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { error: `${file.name}: ${NOT_UTF8_MESSAGE}` };
  }
  const problem = plainTextProblem(text);
  if (problem) return { error: `${file.name}: ${problem}` };
  if (!text.trim()) return { error: `${file.name} has no text; choose the file that holds the article.` };
  return { text };
}
