import { createParser, createSearchParamsCache, parseAsStringLiteral } from "nuqs/server";
import { SPEAKER_KINDS } from "./speaker-kinds";

/** The speakers list's URL: a typed name, a kind, a page. Unknown values fall back to the defaults. */
export const speakersSearchParamsCache = createSearchParamsCache({
  q: createParser({ parse: (value) => value.slice(0, 100), serialize: (value: string) => value }).withDefault(""),
  kind: parseAsStringLiteral(SPEAKER_KINDS),
  page: createParser({
    parse: (value) => (/^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : null),
    serialize: String,
  }).withDefault(1),
});
