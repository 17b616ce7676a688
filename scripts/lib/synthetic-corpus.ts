import fs from "node:fs";
import path from "node:path";
import type { ExtractedArticle, ExtractedStatement, SpeakerKind } from "../../lib/extraction/types";

// A realistic, reproducible corpus for benchmarks: speakers with a long-tailed (Zipf) share of
// statements, ten years of dates, many outlets, statement text of news length drawn from the seed
// articles' own vocabulary, so full-text search meets real word frequencies.

/** Small, fast, seeded PRNG (mulberry32) so every run builds the same corpus. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s, by inverting the cumulative sum. */
export function createZipf(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const FIRST_NAMES = ["Anna", "Jens", "Olaf", "Maria", "Sergei", "Julianne", "Ned", "Annalena", "Tomás", "Aiko", "Kwame", "Priya", "Lars", "Fatima", "Chen", "Elena", "Marco", "Ingrid", "Yusuf", "Grace", "Pierre", "Nadia", "Diego", "Sofia", "Hiroshi", "Amara", "Pavel", "Leila", "Henrik", "Zanele"];
const LAST_NAMES = ["Stoltenberg", "Scholz", "Lavrov", "Smith", "Price", "Baerbock", "Okafor", "Nakamura", "Silva", "Kowalski", "Haddad", "Larsen", "Mensah", "Dubois", "Moreau", "Rossi", "Novak", "Ivanova", "Schmidt", "Fischer", "García", "Khan", "Tanaka", "Petrov", "Lindqvist", "Adeyemi", "Costa", "Horvat", "Jensen", "Yilmaz"];
const ROLES = ["Foreign Minister", "Prime Minister", "Secretary General", "spokesperson", "chief executive", "coach", "mayor", "judge", "senator", "professor", "police chief", "ambassador", null];
const ORGANIZATIONS = ["Ministry of Defence", "State Department", "Kremlin", "European Commission", "World Health Organization", "Central Bank", "City Council", "Supreme Court", "Police", "Football Association"];
const OUTLET_WORDS = ["Daily", "Herald", "Tribune", "Post", "Times", "Gazette", "Observer", "Chronicle", "Courier", "Wire", "News", "Standard", "Journal", "Review", "Monitor"];
const TAGS = ["economy", "security", "health", "climate", "elections", "courts", "sport", "technology", "migration", "energy", "education", "housing", "diplomacy", "crime", "transport", "culture", "science", "labour", "trade", "defence"];
const CUES = ["said", "told", "warned", "added", "insisted", "announced", "according to", "wrote"];

export interface SyntheticCorpusOptions {
  statements: number;
  seed?: number;
}

export interface SyntheticSpeaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
}

/** The seed articles' words, the vocabulary synthetic statements are made of. */
function loadVocabulary(): string[] {
  const seeds = path.resolve(import.meta.dirname, "../../seeds");
  const words = fs
    .readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => fs.readFileSync(path.join(seeds, f), "utf8").match(/[A-Za-z][a-z']{1,14}/g) ?? []);
  // Keep duplicates: their frequency is the realistic part.
  return words.map((w) => (w === w.toUpperCase() ? w : w.toLowerCase()));
}

function isoDate(start: number, dayOffset: number): string {
  return new Date(start + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Synthetic articles in the extractor's output shape, about 20 statements each, so the corpus goes
 * through the same store code as real ingest. Deterministic for a given seed.
 */
export function* generateSyntheticArticles({ statements, seed = 42 }: SyntheticCorpusOptions): Generator<ExtractedArticle> {
  const random = createRandom(seed);
  const vocabulary = loadVocabulary();
  const speakerCount = Math.max(50, Math.round(statements / 40));
  const speakers: SyntheticSpeaker[] = Array.from({ length: speakerCount }, (_, i) => {
    if (i % 25 === 3) {
      return { name: `${ORGANIZATIONS[i % ORGANIZATIONS.length]} ${i}`, kind: "organization", role: null };
    }
    const first = FIRST_NAMES[i % FIRST_NAMES.length];
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length];
    const suffix = i >= FIRST_NAMES.length * LAST_NAMES.length ? ` ${Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length)) + 1}` : "";
    return { name: `${first} ${last}${suffix}`, kind: "person", role: ROLES[i % ROLES.length] };
  });
  const pickSpeaker = createZipf(speakerCount, 1.05, random);
  const outletCount = 200;
  const pickOutlet = createZipf(outletCount, 0.9, random);
  const start = Date.UTC(2015, 0, 1);
  const days = 3653;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

  let made = 0;
  for (let n = 0; made < statements; n++) {
    const outlet = pickOutlet();
    const outletName = `${OUTLET_WORDS[outlet % OUTLET_WORDS.length]} ${OUTLET_WORDS[(outlet * 7 + 3) % OUTLET_WORDS.length]} ${outlet}`;
    const published = isoDate(start, Math.floor(random() * days));
    const count = Math.min(statements - made, 10 + Math.floor(random() * 21));
    const articleSpeakers: ExtractedArticle["speakers"] = {};
    const articleStatements: ExtractedStatement[] = [];
    let body = "";
    for (let i = 0; i < count; i++) {
      const speaker = speakers[pickSpeaker()];
      articleSpeakers[speaker.name] ??= { aliases: [speaker.name.split(" ").at(-1)!], role: speaker.role, kind: speaker.kind };
      const length = 12 + Math.floor(random() * 40);
      const words = Array.from({ length }, () => pick(vocabulary));
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      const text = words.join(" ");
      const type = pick(["direct", "direct", "indirect", "indirect", "partial"] as const);
      const cue = pick(CUES);
      const sentence = type === "direct" ? `"${text}," ${speaker.name} ${cue}. ` : `${speaker.name} ${cue} ${text}. `;
      const offset = body.length + sentence.indexOf(text);
      body += sentence + (i % 4 === 3 ? "\n" : "");
      articleStatements.push({
        speaker: speaker.name,
        mention: speaker.name,
        type,
        text,
        cue,
        said_on: random() < 0.3 ? isoDate(Date.parse(published), -Math.floor(random() * 3)) : null,
        start: offset,
        end: offset + text.length,
      });
    }
    made += count;
    yield {
      article: `synthetic-${n}.txt`,
      meta: {
        title: `${pick(vocabulary)} ${pick(vocabulary)} ${pick(vocabulary)}: report ${n}`,
        published,
        published_text: published,
        url: `https://www.${outletName.toLowerCase().replace(/\s+/g, "")}.example/news/${n}`,
        outlet: outletName,
      },
      body,
      speakers: articleSpeakers,
      statements: articleStatements,
    };
  }
}

export const SYNTHETIC_TAGS = TAGS;
