// Bad inputs the security tests send through every search and filter parameter, and the markup
// they plant in user-supplied text. One list, so the unit and browser suites try the same things.

/** SQL and FTS5 syntax aimed at the statements query and the speaker typeahead. */
export const INJECTION_PAYLOADS = [
  "' OR '1'='1",
  "' OR 1=1 --",
  '") OR 1=1 --',
  "1) OR (1=1",
  "1 UNION SELECT name, sql FROM sqlite_master --",
  "'; DROP TABLE statements; --",
  "x'); DELETE FROM sources; --",
  "* OR ^ NEAR(a b) text:risk",
  "NOT AND OR",
  '"unbalanced',
  "statements_fts MATCH '*'",
  "% _ \\ [a-z]",
  "\u0000\u0001\uffff",
  "-1",
  "0",
  "9".repeat(40),
  "a".repeat(10_000),
] as const;

/** Parameters of the statements table (and of the exports and API that share its URL contract). */
export const TABLE_PARAMETERS = ["q", "speaker", "outlet", "tag", "source", "type", "status", "from", "to", "sort", "page", "perPage", "hide"] as const;

/** Markup that would run script if any page or export rendered user text as HTML. */
export const SCRIPT_PAYLOADS = {
  scriptTag: "<script>window.__pwned = 'script'</script>",
  imgOnError: `<img src=x onerror="window.__pwned = 'img'">`,
  svgOnLoad: "<svg onload=\"window.__pwned = 'svg'\"></svg>",
  javascriptUrl: "[call](javascript:window.__pwned='link')",
} as const;
