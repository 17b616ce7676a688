import {
  CAPITALS, COLLECTIVE_NAMES, CUE_WORDS, COUNTRIES, COUNTRY_ALIASES, DEMONYMS, DETERMINERS, DOCUMENT_NOUNS, GOVERNMENT_BODIES, GROUP_HEADS, INDEFINITE,
  NAME_PARTICLES, NON_PERSON_WORDS, ORG_HEADS, ORG_WORDS, PERSON_HEADS, POSSESSIVE_PRONOUNS, PREPOSITIONS, REGION_ADJECTIVES,
  RELATIVE_PRONOUNS,
  ROLE_SYNONYMS, ROLE_WORDS, TITLE_WORDS, EPITHETS, DESCRIPTOR_SHAPE, VAGUE_GROUPS, FEMALE_NOUNS, MALE_NOUNS, genderOfFirstName, genderOfPronoun, guessGenderOfFirstName, isListedFirstName,
  isKnownFirstName, isPostNominal, NATIONALITY_ADJECTIVES, NATIONALITY_NOUNS, US_STATES,
} from './lexicon';
import { isNameWord, isPluralPossessive, isPossessive, isYearOld, phraseEndingAt, type Mention } from './noun-phrases';
import { isEnglishWord } from './word-lists';
import type { Paragraph, Token } from './segment-text';
import type { SpeakerKind } from './types';

/** What a speaker phrase refers to. `name` is null for unnamed speakers ("a source"). */
export interface Referent {
  name: string | null;
  kind: SpeakerKind;
  role: string | null;
}

interface PersonEntry {
  name: string;
  /** the name folded to lower case, and its words: looked up for every mention, so worked out once */
  folded: string;
  parts: string[];
  last: string;
  roles: string[];
  roleWords: Set<string>;
  /** ascending */
  positions: number[];
}

interface OrgEntry {
  name: string;
  folded: string;
  words: Set<string>;
  /** words of descriptions written beside the name ("a Mannheim-based company") */
  described: Set<string>;
  positions: number[];
}

const stripDeterminer = (s: string) => s.replace(/^(?:the|a|an|other|its|his|her|their)\s+/i, '');
const fold = (s: string) => {
  const lower = s.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

/** Damerau–Levenshtein distance (optimal string alignment), capped: enough to catch "Stoletenberg" for "Stoltenberg". */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let before = new Uint16Array(b.length + 1);
  let previous = new Uint16Array(b.length + 1).map((_, j) => j);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/** "Möller" and "Moeller", "Ó Briain" and "O Briain": one spelling for names written with and without diacritics. */
const transliterations = new Map<string, string>();
function transliterate(s: string): string {
  // Asked for every pair of surnames an article compares; plain ASCII needs no work.
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let t = transliterations.get(s);
  if (t === undefined) {
    t = s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '');
    if (transliterations.size > 10000) transliterations.clear();
    transliterations.set(s, t);
  }
  return t;
}

export function similarSurnames(a: string, b: string): boolean {
  if (a === b) return true;
  // Compared for every pair of names: the cheap refusals first. Transliteration never changes an ASCII first letter.
  if (Math.abs(a.length - b.length) > 2) return false;
  if (a.charCodeAt(0) < 128 && b.charCodeAt(0) < 128 && a[0] !== b[0]) return false;
  if (transliterate(a) === transliterate(b)) return true;
  // "Wend" for "Wendt": a dropped last letter.
  if (Math.min(a.length, b.length) >= 4 && Math.abs(a.length - b.length) === 1 && (a.startsWith(b) || b.startsWith(a))) return true;
  if (a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false;
  return editDistance(a, b, 2) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

function countryOf(phrase: string): string | null {
  const key = fold(stripDeterminer(phrase)).replace(/'s?$/, '');
  if (COUNTRY_ALIASES[key]) return COUNTRY_ALIASES[key];
  if (CAPITALS[key]) return CAPITALS[key];
  if (COUNTRIES.has(key)) return key.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return null;
}

/** An organisation's name as written in a phrase: no leading "the", no possessive ending ("Corvale Foods'"). */
// "Spain's State Meteorological Agency": a country's possessive is not part of a proper name.
const orgNameOf = (phrase: string) =>
  withoutCountryPossessive(phrase.replace(/^the\s+/i, '').replace(/^(?:\S+-based\s+)+(?:NGOs?\s+)?/, '').replace(/['’]s$|(?<=s)['’]$/, ''));
const withoutCountryPossessive = (name: string) =>
  name.includes('s ') ? name.replace(/^(\S+)['’]s\s+(?=\p{Lu}\S*\s+\p{Lu})/u, (all, owner: string) => (countryOf(owner) ? '' : all)) : name;

const DEMONYM_OF = new Map(Object.entries(DEMONYMS).map(([adjective, country]) => [country, adjective]));
const MINOR_WORDS = new Set(['of', 'for', 'and', 'the', 'on']);
const titleCase = (words: string[]) => words.map((w) => (MINOR_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1))).join(' ');

/**
 * A country's government body under its canonical name: "Norway's interior ministry" and "the Norwegian
 * interior ministry" are the "Norwegian Interior Ministry". Other names are returned as written.
 */
export function canonicalOrgName(name: string): string {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  const head = words[(of > 0 ? of : words.length) - 1]?.toLowerCase() ?? '';
  if (words.length < 2 || !GOVERNMENT_BODIES.has(head)) return name;
  const possessive = /^(.+)['’]s$/.exec(words[0]);
  const country = possessive ? countryOf(possessive[1]) : null;
  const adjective = country ? DEMONYM_OF.get(country.toLowerCase()) : DEMONYMS[words[0].toLowerCase()] ? words[0].toLowerCase() : null;
  if (!adjective) return name;
  return titleCase([adjective, ...words.slice(1)]);
}

/** Index of the last position <= x in an ascending list, or -1. */
const headLowerOf = (t: Token) => t.lower.replace(/['’]s?$/, '');

function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Distance from x to the nearest position in an ascending list. */
function nearestDistance(sorted: number[], x: number): number {
  const k = lastAtOrBefore(sorted, x);
  const below = k >= 0 ? x - sorted[k] : Infinity;
  const above = k + 1 < sorted.length ? sorted[k + 1] - x : Infinity;
  return Math.min(below, above);
}

// "Mayor-elect", "President-elect": a title about to be held is still a title.
const isTitle = (l: string): boolean => TITLE_WORDS.has(l) || ROLE_WORDS.has(l) || (l.endsWith('-elect') && isTitle(l.slice(0, -6)));

/** Place words that are also surnames ("Felicia Park", "Jerry Hall"), never "Avenue" or "Street". */
const PLACE_SURNAMES = new Set(['park', 'hall', 'lane', 'church', 'day', 'ferry', 'lake', 'washington', 'lincoln', 'houston', 'austin', 'jackson', 'madison', 'dallas', 'london', 'berlin', 'paris', 'sydney', 'florence', 'chester']);
/** "Felicia Park", "Jerry Hall": such a word after a known first name is a surname. */
const surnameAfterFirstName = (tokens: Token[], k: number) =>
  k > 0 && PLACE_SURNAMES.has(tokens[k].lower) && isNameWord(tokens[k]) && isLikelyFirstName(tokens[k - 1].text);

/** A capitalised word that can be part of a person's name (not a title, organisation, country, region). */
function isPersonNameWord(t: Token | undefined): boolean {
  if (!t || !isNameWord(t) || isPostNominal(t.text)) return false;
  const l = t.lower.replace(/'s?$/, '');
  return !isTitle(l) && !ORG_WORDS.has(l) && !COUNTRIES.has(l) && !DEMONYMS[l] && !REGION_ADJECTIVES.has(l) && !l.endsWith('-based') && !/^[dri]-/.test(l) &&
    !/^[A-Z][A-Z0-9.&]+$/.test(t.text) && !CAPITALS[l] && !COLLECTIVE_NAMES.has(l) && !NON_PERSON_WORDS.has(l);
}

/**
 * The bare name inside a run of name words [s, e]: post-nominals ("KC", "Jr.", "PhD") are dropped from the
 * end, and a capitalised descriptor before a first name ("Fisherman Kai Berg", "Councilmembers Ana Ruiz",
 * "Sprinter Eli Okonkwo") from the start, as long as at least two name words remain.
 */
export function trimNameRun(tokens: Token[], s: number, e: number, writtenLowercase: (w: string) => boolean = () => false): [number, number] {
  while (e > s && isPostNominal(tokens[e].text)) e--;
  while (e - s + 1 >= 3) {
    const t = tokens[s];
    if (isKnownFirstName(t.text)) break;
    const next = tokens[s + 1];
    if (!isNameWord(next) || isParticle(next)) break;
    const word = t.lower.replace(/['’]s?$/, '');
    // A plural can never be a first name; a singular occupation only when it opens the sentence.
    const opensSentence = s === 0 || !tokens[s - 1].word;
    const shaped = DESCRIPTOR_SHAPE.test(t.text) && (/s$/.test(word) || opensSentence);
    // "Fisherman Kai Berg", not "Nurul Hidayah Kamaruddin": only a word of the dictionary describes.
    if ((isLikelyFirstName(next.text) && isEnglishWord(word)) || shaped || writtenLowercase(word)) s++;
    else break;
  }
  return [s, e];
}

/** A first name, also one that is a dictionary word where the name lists agree on it ("Tyler", "Felicia"). */
const isLikelyFirstName = (word: string) => isKnownFirstName(word) || isListedFirstName(word);

/** "van", "de", "bin": a name particle, unless written as a first name ("Ben Oduya", "Van Morrison"). */
const isParticle = (t: Token) => NAME_PARTICLES.has(t.lower) && !(t.cap && isKnownFirstName(t.text));

// A Map, not an object: any word of the article is looked up, "constructor" included.
const HONORIFIC_GENDER = new Map<string, 'm' | 'f'>([
  ['mr', 'm'], ['mr.', 'm'], ['sir', 'm'], ['lord', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['dame', 'f'], ['lady', 'f'],
]);

/** Plural nouns of people ("growers", "pharmacists", "residents", "fishermen"), not things ("replays"). */
const AGENT_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ees|men|women|folk)$/;

/** "falcons", "rovers": a dictionary noun in the plural (its singular is a word too). */
const isPluralNoun = (lower: string) =>
  lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') && isEnglishWord(lower) && isEnglishWord(lower.slice(0, -1));

/** "Athletics Integrity Unit" → "AIU"; "Food and Drug Administration" → "FDA". */
const initialsOf = (name: string) =>
  name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase())).map((w) => w[0]).join('');

/** Heads that describe a business ("the company", "the lender"), never a public body or a union. */
const COMMERCIAL_HEADS = new Set(['company', 'firm', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'planemaker', 'steelmaker', 'shipbuilder', 'manufacturer', 'retailer', 'lender', 'bank', 'carrier', 'airline', 'insurer', 'chain', 'brand', 'supplier', 'producer', 'developer', 'startup', 'business', 'operator']);
const NON_COMMERCIAL_WORDS = new Set([...GOVERNMENT_BODIES, 'council', 'authority', 'agency', 'commission', 'committee', 'court', 'assembly', 'union', 'party', 'police', 'university', 'hospital', 'charity', 'ministry', 'department', 'parliament', 'congress', 'senate', 'tribunal', 'alliance', 'federation', 'association', 'coalition']);
const isPublicBodyName = (name: string) => fold(name).split(/\s+/).some((w) => NON_COMMERCIAL_WORDS.has(w));

const NEWS_AGENCIES = new Set(['associated press', 'the associated press', 'ap', 'reuters', 'afp', 'agence france-presse', 'bloomberg', 'dw', 'bbc', 'cnn', 'dpa', 'efe', 'ansa', 'xinhua', 'kyodo', 'yonhap', 'pti', 'aap']);
const isNewsAgency = (name: string) => NEWS_AGENCIES.has(fold(name));

const SUBORDINATE_RANKS = ['deputy', 'vice', 'assistant', 'former'];

/** Words that name the same kind of body: "the union" may be called an alliance or a federation. */
const ORG_HEAD_KINDS: Record<string, string[]> = {
  union: ['alliance', 'federation', 'guild', 'confederation', 'association'],
  airline: ['airlines', 'airways', 'air'],
  carrier: ['airlines', 'airways', 'lines'],
  company: ['inc', 'corp', 'corporation', 'ltd', 'plc', 'llc', 'holdings'],
  firm: ['inc', 'corp', 'corporation', 'ltd', 'plc', 'llc', 'holdings'],
  court: ['tribunal'],
  charity: ['foundation', 'trust'],
};

/** Verbs of holding an office, and the office: "who chairs the committee" makes her "the chair". */
const ROLE_VERBS: Record<string, string> = {
  chairs: 'chair', chaired: 'chair', leads: 'leader', led: 'leader', heads: 'head', headed: 'head', coaches: 'coach',
  manages: 'manager', directs: 'director', founded: 'founder', 'co-founded': 'founder', owns: 'owner', represents: 'representative',
  captains: 'captain', edits: 'editor', presides: 'president', governs: 'governor', runs: 'head',
};

const OCCUPATION_SHAPE = /^[a-z]{4,}(?:ist|ian|er|or)$/;

const isAcronym = (t: Token) => /^[A-Z][A-Z0-9.&]+$/.test(t.text) && t.text.replace(/\./g, '').length >= 2;

/**
 * Everything the article says about its people and organisations: full names, the roles written
 * around them, and where they are mentioned. Built once per article before statements are attributed.
 */
export class EntityIndex {
  private persons = new Map<string, PersonEntry>();
  private orgs = new Map<string, OrgEntry>();
  /** capitalised words seen in the middle of a sentence: such a word at a sentence start is a name too */
  private midSentenceCaps = new Set<string>();
  /** words the article writes in lower case somewhere */
  private lowercaseWords = new Set<string>();

  constructor(
    private body: string,
    paragraphs: Paragraph[],
  ) {
    for (const p of paragraphs) for (const s of p.sentences) {
      this.scanWords(s.tokens);
      this.sentenceStarts.push(s.start);
    }
    for (const p of paragraphs) for (const s of p.sentences) this.scanSentence(s.tokens);
    this.mergeMisspellings();
    this.learnGenders(paragraphs);
  }

  private sentenceStarts: number[] = [];

  /** The one person the sentence before the one at `sentenceStart` names, if it names exactly one. */
  onlyPersonInSentenceBefore(sentenceStart: number): PersonEntry | null {
    const named = this.personsInSentenceBefore(sentenceStart);
    return named.length === 1 ? named[0] : null;
  }

  /** The persons named in the sentence before this one, in no particular order. */
  personsInSentenceBefore(sentenceStart: number): PersonEntry[] {
    const from = this.sentenceStartBefore(sentenceStart);
    const out: PersonEntry[] = [];
    if (from < 0) return out;
    for (const p of this.persons.values()) {
      const j = lastAtOrBefore(p.positions, sentenceStart - 1);
      if (j >= 0 && p.positions[j] >= from) out.push(p);
    }
    return out;
  }

  sentenceStartBefore(sentenceStart: number): number {
    const k = lastAtOrBefore(this.sentenceStarts, sentenceStart - 1);
    return k < 0 ? -1 : this.sentenceStarts[k];
  }

  /** Pronoun and kinship votes per person (keyed by folded name): how the article itself refers to them. */
  private genderVotes = new Map<string, { m: number; f: number }>();

  private vote(p: PersonEntry, g: 'm' | 'f', weight = 1) {
    const key = fold(p.name);
    const v = this.genderVotes.get(key) ?? { m: 0, f: 0 };
    v[g] += weight;
    this.genderVotes.set(key, v);
  }

  /**
   * Learns the gender of names outside the first-name lexicon from the article's own words: a kinship
   * or gendered noun in the person's description ("her son, Eli Berg"), a pronoun later in the sentence
   * that names them ("Eli Berg says his mother ..."), and a sentence that opens on a pronoun right after
   * a sentence naming only them. Pronouns inside quotations are left out: they belong to the speaker's story.
   */
  private learnGenders(paragraphs: Paragraph[]) {
    // A surname shared by relatives names neither of them on its own.
    const bySurname = new Map<string, PersonEntry | null>();
    const byFirst = new Map<string, PersonEntry | null>();
    for (const p of this.persons.values()) {
      for (const role of p.roles) {
        const noun = fold(role).split(/[^\p{L}]+/u).find((w) => MALE_NOUNS.has(w) || FEMALE_NOUNS.has(w));
        if (noun) this.vote(p, MALE_NOUNS.has(noun) ? 'm' : 'f', 2);
      }
      const parts = p.parts;
      if (parts.length > 1) byFirst.set(parts[0], byFirst.has(parts[0]) ? null : p);
      bySurname.set(p.last, bySurname.has(p.last) ? null : p);
    }
    // The first-name lexicon outranks these votes: when it knows everyone, there is nothing to learn.
    let unknown = false;
    for (const p of this.persons.values()) if (!this.firstNameGender(p.name)) unknown = true;
    if (!unknown) return;
    // Name runs are resolved only when a pronoun needs them: most sentences have none.
    const personOf = (tokens: Token[], run: [number, number]): PersonEntry | null => {
      const [from, to] = run;
      const full = from < to ? this.persons.get(fold(this.body.slice(tokens[from].start, tokens[to].end)).replace(/'s$/, '')) : undefined;
      const key = tokens[to].lower.replace(/['’]s?$/, '');
      return full ?? bySurname.get(key) ?? byFirst.get(key) ?? null;
    };
    const onlyPerson = (tokens: Token[], runs: Array<[number, number]>): PersonEntry | null => {
      let only: PersonEntry | null = null;
      for (const run of runs) {
        const p = personOf(tokens, run);
        if (p && only && p !== only) return null;
        only = p ?? only;
      }
      return only;
    };
    for (const para of paragraphs) {
      let previous: { tokens: Token[]; runs: Array<[number, number]> } | null = null;
      for (const sentence of para.sentences) {
        const tokens = sentence.tokens;
        const runs: Array<[number, number]> = [];
        let resolved = 0;
        let last: PersonEntry | null = null;
        let pronounSeen = false;
        let runStart = -1;
        for (let k = 0; k < tokens.length; k++) {
          const t = tokens[k];
          if (t.quote !== -1) continue;
          if (isNameWord(t)) {
            if (runStart < 0) runStart = k;
            if (!isNameWord(tokens[k + 1])) {
              runs.push([runStart, k]);
              runStart = -1;
            }
            continue;
          }
          runStart = -1;
          const g = genderOfPronoun(t.lower);
          if (!g) continue;
          for (let r = runs.length - 1; r >= resolved; r--) {
            const person = personOf(tokens, runs[r]);
            if (person) {
              last = person;
              break;
            }
          }
          resolved = runs.length;
          const target = last ?? (!pronounSeen && previous ? onlyPerson(previous.tokens, previous.runs) : null);
          pronounSeen = true;
          if (target) this.vote(target, g);
        }
        previous = runs.length ? { tokens, runs } : null;
      }
    }
  }

  /** The gender the article's own pronouns and kinship nouns give this person, when they agree. */
  articleGender(name: string): 'm' | 'f' | null {
    if (!this.genderVotes.size) return null;
    const v = this.genderVotes.get(fold(name));
    if (!v || v.m === v.f) return null;
    return v.m > v.f ? 'm' : 'f';
  }

  private scanWords(tokens: Token[]) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (k > 0 && isNameWord(t) && tokens[k - 1].word) this.midSentenceCaps.add(t.lower);
      else if (t.word && !t.cap) this.lowercaseWords.add(t.lower);
      // "Mr Frost", "Ms Achebe": the honorific gives the surname's gender.
      const g = t.cap ? HONORIFIC_GENDER.get(t.lower) : undefined;
      if (!g) continue;
      const next = tokens[k + (tokens[k + 1]?.text === '.' ? 2 : 1)];
      if (next && isNameWord(next)) {
        const last = next.lower.replace(/['’]s?$/, '');
        const had = this.surnameGender.get(last);
        this.surnameGender.set(last, had && had !== g ? 'x' : g);
      }
    }
  }

  private surnameGender = new Map<string, 'm' | 'f' | 'x'>();

  /** A person's gender from the first-name lexicon or an honorific the article uses with the surname. */
  genderOf(name: string): 'm' | 'f' | null {
    // An honorific ("Miss Hartley-Blake") is surer than the article's pronouns, which may belong to someone near the name.
    return this.firstNameGender(name) ?? this.titleGender(name) ?? this.guessedGender(name) ?? this.articleGender(name);
  }

  // Pronoun and surname look-ups ask for the same few names many times.
  private firstNameGenders = new Map<string, 'm' | 'f' | null>();

  firstNameGender(name: string): 'm' | 'f' | null {
    let g = this.firstNameGenders.get(name);
    if (g === undefined) {
      const space = name.indexOf(' ');
      g = space > 0 ? genderOfFirstName(fold(name.slice(0, space))) : null;
      this.firstNameGenders.set(name, g);
    }
    return g;
  }

  /** The usual gender of the first name, when nothing in the article says otherwise. */
  guessedGender(name: string): 'm' | 'f' | null {
    const space = name.indexOf(' ');
    return space > 0 ? guessGenderOfFirstName(name.slice(0, space), true) : null;
  }

  titleGender(name: string): 'm' | 'f' | null {
    // Asked for every pronoun candidate; the honorifics are all read in the constructor, so the answer never changes.
    const cached = this.titleGenders.get(name);
    if (cached !== undefined) return cached;
    const parts = fold(name).split(/\s+/);
    const byTitle = (parts.length > 1 && HONORIFIC_GENDER.get(parts[0])) || this.surnameGender.get(parts[parts.length - 1]);
    const gender = byTitle === 'm' || byTitle === 'f' ? byTitle : null;
    this.titleGenders.set(name, gender);
    return gender;
  }

  private titleGenders = new Map<string, 'm' | 'f' | null>();

  /** "Mr Moore" and "Mrs Moore" in one article: the surname alone names two people. */
  surnameTitlesClash(surname: string): boolean {
    return this.surnameGender.get(fold(surname)) === 'x';
  }

  /** True when the article writes this word in lower case somewhere ("the fisherman"). */
  writtenLowercase(word: string): boolean {
    return this.lowercaseWords.has(word);
  }

  private scanSentence(tokens: Token[]) {
    let k = 0;
    while (k < tokens.length) {
      if (!isNameWord(tokens[k])) {
        k++;
        continue;
      }
      // "Shares of Kestrel Semiconductor fell": a common noun opening the sentence is not part of the name after "of".
      if (k === 0 && tokens[1]?.lower === 'of' && isNameWord(tokens[2]) && !ORG_WORDS.has(tokens[0].lower) && this.looksLikeCommonNoun(tokens[0])) {
        k = 2;
        continue;
      }
      let end = k;
      while (end + 1 < tokens.length) {
        const n = tokens[end + 1];
        if (isNameWord(n)) end++;
        else if (n.word && n.quote === -1 && NAME_PARTICLES.has(n.lower) && isNameWord(tokens[end + 2])) end += 2;
        else if (n.word && (n.lower === 'of' || n.lower === 'for') && isNameWord(tokens[end + 2]) && this.orgish(tokens, k, end)) end += 2;
        else if (n.word && (n.lower === 'of' || n.lower === 'for') && tokens[end + 2]?.lower === 'the' && isNameWord(tokens[end + 3]) && this.orgish(tokens, k, end + 3)) end += 3;
        else if (n.word && (n.lower === 'and' || n.lower === '&') && isNameWord(tokens[end + 2]) && this.orgish(tokens, k, end) && tokens.slice(k, end + 1).some((t) => t.lower === 'of')) end += 2;
        else break;
      }
      this.registerRun(tokens, k, end);
      this.noteAbbreviation(tokens, k, end);
      k = end + 1;
    }
  }

  /**
   * "Heller Motorenwerke Chief Executive Matthias Kröger", "Tallis CEO Ana Ruiz": the name before the title is the
   * organisation the person works for ("the German carmaker" later).
   */
  private noteEmployer(tokens: Token[], start: number, nameStart: number) {
    let title = start;
    while (title < nameStart && !isTitle(tokens[title].lower.replace(/['’]s$/, ''))) title++;
    if (title === start || title >= nameStart) return;
    const words = tokens.slice(start, title);
    if (words.some((t) => !isNameWord(t) || isKnownFirstName(t.text)) || words.every((t) => DEMONYMS[t.lower] || NATIONALITY_ADJECTIVES[t.lower] || COUNTRIES.has(t.lower) || REGION_ADJECTIVES.has(t.lower))) return;
    const name = orgNameOf(this.body.slice(words[0].start, words[words.length - 1].end));
    if (!countryOf(name)) this.addOrg(name, words[0].start);
  }

  /** "the Union of Care Workers (UCW)": the abbreviation in brackets names the same organisation. */
  private noteAbbreviation(tokens: Token[], start: number, end: number) {
    const abbr = tokens[end + 2];
    if (tokens[end + 1]?.text !== '(' || tokens[end + 3]?.text !== ')' || !abbr?.word || !isAcronym(abbr)) return;
    const name = orgNameOf(this.body.slice(tokens[start].start, tokens[end].end));
    if (!this.orgs.has(fold(name)) && this.orgish(tokens, start, end)) this.addOrg(name, tokens[start].start);
    const entry = this.orgs.get(fold(name));
    if (entry && !this.orgs.has(fold(abbr.text))) this.orgs.set(fold(abbr.text), entry);
  }

  private orgish(tokens: Token[], from: number, to: number): boolean {
    for (let k = from; k <= to && k < tokens.length; k++) if (ORG_WORDS.has(tokens[k].lower) && tokens[k].cap) return true;
    return false;
  }

  private registerRun(tokens: Token[], start: number, end: number) {
    while (end > start && isPostNominal(tokens[end].text)) end--;
    // "WEISS:" opening a transcript line labels a person the article introduces by name elsewhere.
    if (start === 0 && start === end && tokens[1]?.text === ':' && tokens[0].text === tokens[0].text.toUpperCase()) return;
    const runText = this.body.slice(tokens[start].start, tokens[end].end);
    let orgWord = false;
    let pluralPossessive = false;
    for (let k = start; k <= end; k++) {
      if (ORG_WORDS.has(tokens[k].lower.replace(/'s?$/, '')) || isAcronym(tokens[k])) orgWord = true;
      if (k < end && isPluralPossessive(tokens[k])) pluralPossessive = true;
    }
    // "Ashworth Falcons", "Kingsbridge Rovers", "Halden Dynamics": a plural common noun ends a team's or a firm's name, not a person's.
    if (end > start && !isKnownFirstName(tokens[start].text) && !TITLE_WORDS.has(tokens[start].lower) && isPluralNoun(tokens[end].lower)) orgWord = true;
    if (pluralPossessive && !countryOf(runText)) {
      // "Women's Professional Tennis Circuit", "Transport Workers' Union": one organisation's name.
      this.addOrg(orgNameOf(runText), tokens[start].start);
      return;
    }
    // The person name is the run's tail of name-like words after any titles, places and organisations.
    let nameStart = end + 1;
    for (let k = end; k >= start; k--) {
      const t = tokens[k];
      const l = t.lower.replace(/'s?$/, '');
      const nameLike =
        (isNameWord(t) && !isTitle(l) && !ORG_WORDS.has(l) && !COUNTRIES.has(l) && !DEMONYMS[l] && !REGION_ADJECTIVES.has(l) &&
          !isAcronym(t) && ((!NON_PERSON_WORDS.has(l) && !CAPITALS[l]) || surnameAfterFirstName(tokens, k)) && !(isPossessive(t) && k < end)) ||
        (NAME_PARTICLES.has(t.lower) && k > start);
      if (!nameLike) break;
      nameStart = k;
    }
    while (nameStart <= end && isParticle(tokens[nameStart])) nameStart++;
    if (nameStart <= end) [nameStart] = trimNameRun(tokens, nameStart, end, (w) => this.lowercaseWords.has(w));
    const nameTokens = end - nameStart + 1;
    const orgDescription = isKnownFirstName(tokens[start].text) ? null : this.organisationDescription(tokens, start, end);
    if (orgDescription && !countryOf(runText)) {
      // "Tallis Insight, a market research firm", "grid operator Kystnett": described as an organisation.
      const name = orgNameOf(runText);
      this.addOrg(name, tokens[start].start);
      const entry = this.orgs.get(fold(name))!;
      for (const w of orgDescription) entry.described.add(w);
      return;
    }
    // "the Ashworth Falcons", "the Kingsbridge Rovers": English puts no article before a person's name.
    const afterArticle = start > 0 && tokens[start - 1].lower === 'the' && nameStart === start && !isKnownFirstName(tokens[start].text);
    // "Reproductive Freedom Nevada": a run ending in a state, with no first name, names a group of that state.
    if (end > start && US_STATES.has(tokens[end].lower) && !isLikelyFirstName(tokens[start].text) && !TITLE_WORDS.has(tokens[start].lower)) {
      this.addOrg(orgNameOf(runText), tokens[start].start);
      return;
    }
    // "Halden Museum of Contemporary Art": an organisation word linked by "of" makes the whole run one name.
    if (orgWord && tokens.slice(start, nameStart).some((t) => t.lower === 'of' || t.lower === 'for') && !countryOf(runText)) {
      this.addOrg(orgNameOf(runText), tokens[start].start);
      return;
    }
    if (nameTokens >= 2 && nameTokens <= 4 && (!NON_PERSON_WORDS.has(tokens[end].lower) || surnameAfterFirstName(tokens, end)) && !(orgWord && nameStart === start) && !afterArticle) {
      const name = this.body.slice(tokens[nameStart].start, tokens[end].end).replace(/['’]s$/, '');
      const role = this.roleAround(tokens, nameStart, end);
      this.addPerson(name, role, tokens[nameStart].start);
      this.noteEmployer(tokens, start, nameStart);
      return;
    }
    if (nameTokens === 1 && nameStart > start && TITLE_WORDS.has(tokens[nameStart - 1].lower) && !orgWord) {
      // "President Biden": a titled surname is a person even without a first name.
      this.addPerson(this.body.slice(tokens[nameStart].start, tokens[end].end), this.roleAround(tokens, nameStart, end), tokens[nameStart].start);
      return;
    }
    if (orgWord || (end > start && !NON_PERSON_WORDS.has(tokens[end].lower) && !this.hasTitle(tokens, start, end))) {
      const name = orgNameOf(runText);
      if (!countryOf(name)) {
        this.addOrg(name, tokens[start].start);
        if (tokens[end + 1]?.text === ',') {
          const entry = this.orgs.get(fold(name))!;
          for (let k = end + 2; k < tokens.length && k < end + 14 && tokens[k].word && tokens[k].quote === -1; k++) entry.described.add(tokens[k].lower);
        }
      }
    }
  }

  /**
   * The words describing a name run as an organisation, or null: a lower-case organisation noun just
   * before it ("grid operator Kystnett", "insurance group Finans Vest") or heading an appositive after it
   * ("Tallis Insight, a market research firm", "Seed Savers Commons, a national network of ...").
   */
  private organisationDescription(tokens: Token[], start: number, end: number): string[] | null {
    const before = tokens[start - 1];
    if (before && before.word && !before.cap && before.quote === -1 && ORG_HEADS.has(before.lower) && !PERSON_HEADS.has(before.lower)) {
      const out = [before.lower];
      for (let k = start - 2; k >= 0 && k >= start - 3 && tokens[k].word && tokens[k].quote === -1 && !DETERMINERS.has(tokens[k].lower); k--) out.push(tokens[k].lower);
      return out;
    }
    if (tokens[end + 1]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[end + 2]?.lower ?? '')) return null;
    for (let k = end + 3; k < tokens.length && k <= end + 8; k++) {
      const t = tokens[k];
      if (!t.word || t.quote !== -1 || t.cap || PERSON_HEADS.has(t.lower)) return null;
      const next = tokens[k + 1];
      const phraseEnds = !next || !next.word || next.lower === 'of' || next.lower === 'that' || PREPOSITIONS.has(next.lower) || RELATIVE_PRONOUNS.has(next.lower);
      if (phraseEnds) return ORG_HEADS.has(t.lower) ? tokens.slice(end + 3, k + 1).map((w) => w.lower) : null;
    }
    return null;
  }

  private hasTitle(tokens: Token[], start: number, end: number): boolean {
    for (let k = start; k <= end; k++) if (TITLE_WORDS.has(tokens[k].lower)) return true;
    return false;
  }

  /** Titles and roles written before the name ("NATO chief") or in an appositive after it. */
  private roleAround(tokens: Token[], nameStart: number, end: number): string | null {
    const parts: string[] = [];
    const before = phraseEndingAt(tokens, end);
    if (before && before.start < nameStart) {
      const text = this.body.slice(tokens[before.start].start, tokens[nameStart - 1].end);
      if (text.trim()) parts.push(text.trim());
    }
    // "named Samuel Oyelaran as the new health secretary": the role the sentence gives the name.
    if (tokens[end + 1]?.lower === 'as' && /^(?:the|its|their|a|an)$/.test(tokens[end + 2]?.lower ?? '')) {
      const role = phraseStartingAtRole(tokens, end + 2);
      if (role > end + 2) parts.push(this.body.slice(tokens[end + 2].start, tokens[role].end));
    }
    if (tokens[end + 1]?.text === ',' && tokens[end + 2]?.word && tokens[end + 2].quote === -1) {
      // ", currently the minister for local government,": a leading adverb does not end the appositive.
      const lead = !tokens[end + 2].cap && /ly$/.test(tokens[end + 2].lower) && tokens[end + 3]?.word ? 1 : 0;
      let k = end + 2 + lead;
      let last = -1;
      for (let steps = 0; k < tokens.length && steps < 14; k++, steps++) {
        const t = tokens[k];
        if (!t.word || t.quote !== -1) break;
        last = k;
      }
      if (last >= 0) {
        const first = tokens[end + 2 + lead];
        const text = this.body.slice(first.start, tokens[last].end);
        if (/\b(?:the|a|an|its|his|her)\b/i.test(text.split(' ')[0]) || ROLE_WORDS.has(first.lower) || first.cap) {
          const described = text.toLowerCase().split(/\s+/);
          // "a malaria epidemiologist at ...": an occupation noun near the start of the appositive.
          if (described.some((w, i) => PERSON_HEADS.has(w) || ROLE_WORDS.has(w) || NATIONALITY_NOUNS[w] || (i < 4 && OCCUPATION_SHAPE.test(w)))) parts.push(text);
        }
      }
    }
    // "Margaret Ashworth, who chairs the committee,": the office a relative clause gives ("the chair of ..." later).
    if (tokens[end + 1]?.text === ',' && tokens[end + 2]?.lower === 'who' && ROLE_VERBS[tokens[end + 3]?.lower ?? '']) {
      let last = end + 3;
      for (let k = end + 4; k < tokens.length && k < end + 14 && tokens[k].word && tokens[k].quote === -1; k++) last = k;
      parts.push(this.body.slice(tokens[end + 3].start, tokens[last].end));
    }
    // "her deputy, Tobias Ferreira": a description just before the name, ending in a comma.
    if (tokens[nameStart - 1]?.text === ',') {
      const desc = phraseEndingAt(tokens, nameStart - 2);
      if (desc && !isNameWord(tokens[nameStart - 2])) parts.push(this.body.slice(tokens[desc.start].start, tokens[nameStart - 2].end));
    }
    return parts.length ? parts.join('; ') : null;
  }

  private addPerson(name: string, role: string | null, position: number) {
    const key = fold(name);
    let entry = this.persons.get(key);
    if (!entry) {
      const parts = key.split(/\s+/);
      entry = { name, folded: key, parts, last: parts[parts.length - 1], roles: [], roleWords: new Set(), positions: [] };
      this.persons.set(key, entry);
    }
    entry.positions.push(position);
    if (role && !entry.roles.includes(role)) {
      entry.roles.push(role);
      for (const w of roleWordsOf(role)) entry.roleWords.add(w);
    }
  }

  private addOrg(name: string, position: number) {
    const key = fold(name);
    let entry = this.orgs.get(key);
    if (!entry) {
      entry = { name, folded: key, words: new Set(key.split(/\s+/)), described: new Set(), positions: [] };
      this.orgs.set(key, entry);
    }
    entry.positions.push(position);
  }

  /** One person written two ways ("Stoletenberg"): fold the rarer spelling into the commoner one. */
  private mergeMisspellings() {
    const entries = [...this.persons.values()];
    for (const a of entries) {
      for (const b of entries) {
        if (a === b || !this.persons.has(a.folded) || !this.persons.has(b.folded)) continue;
        if (a.last !== b.last && similarSurnames(a.last, b.last) && this.countWord(a.last) < this.countWord(b.last)) {
          b.positions = [...b.positions, ...a.positions].sort((x, y) => x - y);
          for (const r of a.roles) if (!b.roles.includes(r)) b.roles.push(r);
          for (const w of a.roleWords) b.roleWords.add(w);
          this.persons.delete(a.folded);
        }
      }
    }
  }

  private wordCounts = new Map<string, number>();
  private lowerBody: string | null = null;
  private countWord(word: string): number {
    let n = this.wordCounts.get(word);
    if (n === undefined) {
      n = 0;
      const lower = (this.lowerBody ??= this.body.toLowerCase());
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) n++;
      this.wordCounts.set(word, n);
    }
    return n;
  }

  /** The fullest name with this surname (or a near spelling of it), nearest the position. */
  personBySurname(surname: string, position: number, gender: 'm' | 'f' | null = null): PersonEntry | null {
    const key = fold(surname);
    let best: PersonEntry | null = null;
    let bestScore = -Infinity;
    for (const p of this.persons.values()) {
      const exact = p.last === key || p.folded === key;
      if (!exact && !similarSurnames(p.last, key)) continue;
      // "Ms Rowe" is not "Harold Rowe": relatives share a surname.
      const known = gender ? this.firstNameGender(p.name) ?? this.articleGender(p.name) : null;
      if (known && known !== gender) continue;
      const distance = nearestDistance(p.positions, position);
      // Relatives share a surname; news writes the second one by first name, so the bare surname is the one introduced first.
      const score = (exact ? 1e9 : 0) + p.name.split(' ').length * 1e6 - (exact ? p.positions[0] : distance);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** "Rosa said": the full name whose first name this is, nearest the position (relatives share surnames). */
  personByFirstName(first: string, position: number): PersonEntry | null {
    const key = fold(first);
    let best: PersonEntry | null = null;
    let bestDistance = Infinity;
    for (const p of this.persons.values()) {
      const parts = p.parts;
      if (parts.length < 2 || parts[0] !== key) continue;
      const distance = nearestDistance(p.positions, position);
      if (distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A sentence-initial capital that is never capitalised elsewhere and looks plural, or is written in lower case elsewhere. */
  looksLikeCommonNoun(t: Token, next?: Token, afterNext?: Token): boolean {
    if (this.midSentenceCaps.has(t.lower)) return false;
    if (/s$/.test(t.lower) || this.lowercaseWords.has(t.lower)) return true;
    // "Turnout was ...", "Born in 1935, ...": a dictionary word that is nobody's first name. "Smith said" is a
    // name, and so is "Amadou, a 19-year-old from Guinea,": a description in apposition follows a name.
    const described = next?.text === ',' && !!afterNext && (/^(?:a|an|the)$/.test(afterNext.lower) || /^\d/.test(afterNext.text));
    return isEnglishWord(t.lower) && !isKnownFirstName(t.text) && !(next && CUE_WORDS.has(next.lower)) && !described;
  }

  /** The organisation whose name contains `head` (e.g. "agency"), mentioned last before `position`. */
  orgByHead(head: string, position: number): string | null {
    const found = this.orgByHeadWord(head, position);
    if (found) return found;
    // "the union" for the "Aviation Crew Alliance": names of the same kind of body.
    for (const other of ORG_HEAD_KINDS[head] ?? []) {
      const named = this.orgByHeadWord(other, position);
      if (named) return named;
    }
    return null;
  }

  private orgByHeadWord(head: string, position: number): string | null {
    let best: OrgEntry | null = null;
    let bestAt = -1;
    for (const o of this.orgs.values()) {
      if (!o.words.has(head) && !o.described.has(head)) continue;
      // "Company spokesman Luis Ibarra": a capitalised head alone names no organisation.
      if (o.words.size === 1 && o.words.has(head)) continue;
      const k = lastAtOrBefore(o.positions, position);
      const at = k >= 0 ? o.positions[k] : -1;
      if (at > bestAt || (at === bestAt && best && o.name.length > best.name.length)) {
        best = o;
        bestAt = at;
      }
    }
    return best?.name ?? null;
  }

  /** The longest organisation name that starts or ends with this short form ("Corvale" → "Corvale Foods"). */
  orgByShortName(short: string): string | null {
    const key = fold(short);
    // "AIU" after "the Athletics Integrity Unit": an acronym of a name the article spells out.
    if (/^[A-Z]{2,6}$/.test(short)) {
      for (const o of this.orgs.values()) if (initialsOf(o.name) === short) return o.name;
    }
    const known = this.orgs.get(key);
    if (known && fold(known.name) !== key) return known.name;
    // "the Commission" after "the European Commission": the short form stands for the full name.
    let best: OrgEntry | null = null;
    for (const o of this.orgs.values()) {
      const name = o.folded;
      if (name.startsWith(key + ' ') || name.endsWith(' ' + key)) {
        if (!best || o.positions.length > best.positions.length || (o.positions.length === best.positions.length && o.positions[0] < best.positions[0])) best = o;
      }
    }
    return best?.name ?? known?.name ?? null;
  }

  /** The organisation whose name ends with these words ("Consumer Voice" → "European Consumer Voice"). */
  orgEndingWith(words: string): string | null {
    const key = ' ' + fold(words);
    for (const o of this.orgs.values()) if (o.folded.endsWith(key)) return o.name;
    return null;
  }

  /** The person named last before `position` among those `accept` allows. */
  lastPersonBefore(position: number, accept: (name: string) => boolean): string | null {
    let best: string | null = null;
    let bestAt = -1;
    for (const p of this.persons.values()) {
      const k = lastAtOrBefore(p.positions, position - 1);
      if (k >= 0 && p.positions[k] > bestAt && accept(p.name)) {
        bestAt = p.positions[k];
        best = p.name;
      }
    }
    return best;
  }

  /** The organisation mentioned last before `position`. */
  lastOrgBefore(position: number, fits: (name: string) => boolean = () => true): string | null {
    let best: string | null = null;
    let bestAt = -1;
    for (const o of this.orgs.values()) {
      if (!fits(o.name)) continue;
      const k = lastAtOrBefore(o.positions, position - 1);
      if (k >= 0 && o.positions[k] > bestAt) {
        bestAt = o.positions[k];
        best = o.name;
      }
    }
    return best;
  }

  hasOrg(name: string): boolean {
    return this.orgs.has(fold(name));
  }

  /** The person whose recorded roles best match a description such as "the German chancellor". */
  personByDescription(words: string[], position: number, allowed: (name: string) => boolean = () => true, proper: Set<string> = new Set()): PersonEntry | null {
    const content = words.filter((w) => !DETERMINERS.has(w) && !POSSESSIVE_PRONOUNS.has(w) && w !== 'of' && w !== 'the');
    if (!content.length) return null;
    let best: PersonEntry | null = null;
    let bestScore = 0;
    for (const p of this.persons.values()) {
      const words = new Set([...p.roleWords, ...p.parts]);
      let score = 0;
      let roleMatch = false;
      for (const w of content) {
        if (proper.has(w) && words.has(w)) {
          score += 3;
          roleMatch = true;
        } else if (roleMatches(w, words)) {
          score += ROLE_WORDS.has(w) || PERSON_HEADS.has(w) ? 2 : 1;
          if (PERSON_HEADS.has(w) || ROLE_WORDS.has(w)) roleMatch = true;
        } else if ((w === 'deputy' || w === 'vice' || w === 'assistant') && !words.has(w)) {
          score -= 2;
        }
      }
      // "the governor" is the governor, not the deputy governor mentioned since.
      for (const rank of SUBORDINATE_RANKS) if (p.roleWords.has(rank) && !content.includes(rank)) score -= 1;
      if (!roleMatch || score <= 0 || !allowed(p.name)) continue;
      const k = lastAtOrBefore(p.positions, position);
      const recency = k >= 0 ? p.positions[k] / (this.body.length + 1) : 0;
      if (score + recency > bestScore) {
        best = p;
        bestScore = score + recency;
      }
    }
    return best;
  }

  /** "The Dane said": the person most recently described with that nationality ("Danish midfielder X", "X, a Dane"). */
  personByNationality(noun: string, position: number): PersonEntry | null {
    return this.personByCountry(NATIONALITY_NOUNS[noun], position, noun);
  }

  /** The person most recently described with this country ("at Sweden's Karolinska Institute", "Swedish"). */
  personByCountry(country: string, position: number, noun = ''): PersonEntry | null {
    let best: PersonEntry | null = null;
    let bestAt = -1;
    for (const p of this.persons.values()) {
      if (!p.roleWords.has(noun) && !p.roleWords.has(country) && !p.roleWords.has(country + "'s") && ![...p.roleWords].some((w) => NATIONALITY_ADJECTIVES[w] === country)) continue;
      const k = lastAtOrBefore(p.positions, position);
      if (k >= 0 && p.positions[k] > bestAt) {
        best = p;
        bestAt = p.positions[k];
      }
    }
    return best;
  }

  roleOf(name: string): string | null {
    return this.persons.get(fold(name))?.roles[0] ?? null;
  }

  isKnownPerson(name: string): boolean {
    return this.persons.has(fold(name));
  }
}

/** The last role word of "the new health secretary" read from its determiner, or the determiner's index. */
function phraseStartingAtRole(tokens: Token[], determiner: number): number {
  let last = determiner;
  for (let k = determiner + 1; k < tokens.length && k <= determiner + 5; k++) {
    const t = tokens[k];
    if (!t.word || t.quote !== -1) break;
    if (ROLE_WORDS.has(t.lower) || PERSON_HEADS.has(t.lower)) last = k;
    else if (t.cap || last > determiner) break;
  }
  return last;
}

function roleWordsOf(role: string): string[] {
  const out: string[] = [];
  for (const raw of fold(role).split(/[^\p{L}\p{N}'-]+/u)) {
    const w = raw.replace(/'s?$/, '');
    if (!w) continue;
    out.push(w);
    if (ROLE_VERBS[w]) out.push(ROLE_VERBS[w]);
    if (DEMONYMS[w]) out.push(DEMONYMS[w]);
    const country = COUNTRIES.has(w) ? w : null;
    if (country) for (const [adj, c] of Object.entries(DEMONYMS)) if (c === country) out.push(adj);
  }
  return out;
}

function roleMatches(word: string, roleWords: Set<string>): boolean {
  if (roleWords.has(word)) return true;
  if (DEMONYMS[word] && roleWords.has(DEMONYMS[word])) return true;
  for (const group of ROLE_SYNONYMS) if (group.includes(word) && group.some((g) => roleWords.has(g))) return true;
  return false;
}

/** Public bodies that news names by an adjective alone ("the cantonal government", "the regional council"). */
const PUBLIC_BODIES = new Set([...GOVERNMENT_BODIES, 'council', 'authority', 'agency', 'commission', 'committee', 'court', 'assembly']);

/** How many remembered persons back a pronoun may reach for its antecedent. */
const PRONOUN_REACH = 40;

/** Recent referents, for pronouns and bare descriptions. */
export interface Tracker {
  persons: Array<{ name: string | null; position: number }>;
  orgs: Array<{ name: string; kind: SpeakerKind; position: number }>;
  groups: Array<{ names: string[]; position: number }>;
  gender: Map<string, 'm' | 'f'>;
  /** who wrote the document last mentioned by this noun ("in a letter to ..., she wrote" → "letter") */
  documents: Map<string, Referent>;
}

export const newTracker = (): Tracker => ({ persons: [], orgs: [], groups: [], gender: new Map(), documents: new Map() });

/** The documents a sentence introduces as the medium of speech: "said in a statement", "In a letter to ...". */
export function documentsIntroduced(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.quote !== -1 || !DOCUMENT_NOUNS.has(t.lower)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      if (!tokens[j].word || tokens[j].quote !== -1) break;
      if (tokens[j].lower === 'in' || tokens[j].lower === 'through') {
        out.add(t.lower);
        break;
      }
    }
  }
  return out;
}

/** Notes the author of those documents, so that "the letter said" later speaks for them. */
export function rememberDocuments(tracker: Tracker, documents: Set<string>, referent: Referent) {
  if (referent.name) for (const noun of documents) tracker.documents.set(noun, referent);
}

export function remember(tracker: Tracker, referents: Referent[], position: number) {
  if (referents.length > 1) {
    tracker.groups.push({ names: referents.map((r) => r.name).filter((n): n is string => !!n), position });
  }
  for (const r of referents) {
    if (r.kind === 'person') tracker.persons.push({ name: r.name, position });
    else if (r.kind === 'group' && r.name) tracker.groups.push({ names: [r.name], position });
    else if (r.name) tracker.orgs.push({ name: r.name, kind: r.kind, position });
  }
}

/** Resolves speaker phrases in one article against its entity index and the running tracker. */
export class SpeakerResolver {
  constructor(
    private body: string,
    private index: EntityIndex,
    readonly tracker: Tracker,
  ) {}

  resolve(tokens: Token[], m: Mention, sentenceStart: number, gender: 'm' | 'f' | null = null): Referent[] {
    const first = tokens[m.start];
    const head = tokens[m.end];
    const position = first.start;
    const words = tokens.slice(m.start, m.end + 1);

    if (m.start === m.end && (head.lower === 'he' || head.lower === 'she')) {
      const g = head.lower === 'she' ? 'f' : 'm';
      // "Among them was Marisol Ortega, who ... . She said": a sentence naming one person hands the next sentence's pronoun to them.
      // Not when that sentence's own subject or speaker is a person: "Stoltenberg said nobody knows whether Putin ... . He added".
      const lastSubject = this.tracker.persons[this.tracker.persons.length - 1];
      const subjectBefore = !!lastSubject && lastSubject.position >= this.index.sentenceStartBefore(sentenceStart);
      const introduced = position === sentenceStart && !subjectBefore ? this.index.onlyPersonInSentenceBefore(sentenceStart) : null;
      if (introduced && this.genderOf(introduced.name) === g) return [{ name: introduced.name, kind: 'person', role: null }];
      return [this.pronounPerson(g)];
    }
    if (DOCUMENT_NOUNS.has(head.lower) && /^(?:the|that|this|its|his|her|their)$/.test(first.lower)) {
      const author = this.tracker.documents.get(head.lower);
      if (author) return [author];
    }
    // "A report published on Tuesday by the Institute for Housing Futures warned": the document speaks for its author.
    if (DOCUMENT_NOUNS.has(head.lower)) {
      const author = this.authorAfter(tokens, m.end, sentenceStart, gender);
      if (author) return [author];
    }
    if (m.start === m.end && head.lower === 'they') return this.pronounGroup();
    if (m.start === m.end && head.lower === 'it') return [this.pronounOrg()];
    if (POSSESSIVE_PRONOUNS.has(first.lower) && m.start === m.end) {
      return first.lower === 'its' ? [this.pronounOrg()] : first.lower === 'their' ? this.pronounGroup() : [this.pronounPerson(first.lower === 'her' ? 'f' : 'm')];
    }

    // "One Copenhagen-based broker": a phrase cut at an adjective names nobody.
    if (head.lower.endsWith('-based')) return [{ name: null, kind: 'person', role: null }];
    // "Shares of Kestrel Semiconductor fell": the name after a common noun opening the sentence is the one meant.
    if (words.length > 2 && words[1].lower === 'of' && first.start === sentenceStart && isNameWord(words[2]) && !ORG_WORDS.has(first.lower) &&
      !ROLE_WORDS.has(first.lower) && !PERSON_HEADS.has(first.lower) && !GROUP_HEADS.has(first.lower) && !TITLE_WORDS.has(first.lower) && this.index.looksLikeCommonNoun(first)) {
      return this.resolve(tokens, { ...m, start: m.start + 2 }, -1, gender);
    }
    // "Police in Duisburg" → "Duisburg police"; "Forecasters at Environment Canada" → the organisation.
    const placed = words.findIndex((t) => t.lower === 'in' || t.lower === 'at');
    const placedHead = placed > 0 ? words[placed - 1].lower : '';
    if (placed > 0 && isNameWord(words[placed + 1]) && (GROUP_HEADS.has(placedHead) || ORG_HEADS.has(placedHead) || (placed === 1 && AGENT_PLURAL.test(placedHead)))) {
      const inner = this.body.slice(words[placed + 1].start, head.end);
      const lead = words[placed - 1].lower;
      if (words[placed].lower === 'at') return [{ name: inner, kind: 'organization', role: null }];
      if (GROUP_HEADS.has(lead) || ORG_HEADS.has(lead)) return [{ name: `${inner} ${lead}`, kind: 'organization', role: null }];
    }

    // The head of "the Secretary General of the Defense Alliance" is "General", not "Alliance".
    // A name in the appositive wins over the description before it ("its chair, Ellen Carrow").
    // A relative clause ("Ireland, where the tablets are sold as Voltrel,") describes the phrase; it does not rename it.
    if (m.appStart >= 0 && !/^(?:who|whose|which|where|when)$/.test(tokens[m.appStart].lower)) {
      const app = this.namedPerson(tokens, m.appStart, m.appEnd, sentenceStart, gender);
      if (app && !this.namedPerson(tokens, m.start, m.end, sentenceStart, gender)) return [app];
      // "The UN refugee agency, UNHCR, says": the body's name after its description.
      if (m.appStart === m.appEnd && isAcronym(tokens[m.appStart]) && !isNameWord(head)) {
        return [{ name: this.index.orgByShortName(tokens[m.appStart].text) ?? tokens[m.appStart].text, kind: 'organization', role: null }];
      }
    }
    // "The Dane, who joined in 2019, said": an anaphor for a person described by nationality, never a name.
    if (words.length === 2 && first.lower === 'the' && NATIONALITY_NOUNS[headLowerOf(head)]) {
      const person = this.index.personByNationality(headLowerOf(head), position);
      if (person) return [{ name: person.name, kind: 'person', role: this.body.slice(first.start, head.end) }];
      // "the Welshman said" when the article never gave his nationality: the man just spoken of.
      const noun = headLowerOf(head);
      return [this.pronounPerson(/woman$/.test(noun) ? 'f' : /man$/.test(noun) ? 'm' : gender)];
    }
    const named = this.namedPerson(tokens, m.start, m.end, sentenceStart, gender);
    if (named) return [named];

    const phrase = this.body.slice(first.start, head.end);
    const bare = stripDeterminer(phrase);
    const country = countryOf(phrase);
    if (country) return [{ name: country, kind: 'country', role: null }];

    const ofAt = words.findIndex((t, k) => k > 0 && t.lower === 'of');
    const roleHead = ofAt > 0 ? words[ofAt - 1].lower : head.lower;
    const personHeaded = PERSON_HEADS.has(roleHead) || (TITLE_WORDS.has(roleHead) && ofAt > 0);
    if (INDEFINITE.has(first.lower) && personHeaded) return [{ name: null, kind: 'person', role: null }];
    if (personHeaded && !GROUP_HEADS.has(roleHead)) {
      // "the Chatterbox executive": a capitalised name in the description must match the person's role.
      const proper = new Set(
        words.filter((t, k) => k > 0 && t.cap && !DETERMINERS.has(t.lower) && !NATIONALITY_ADJECTIVES[t.lower] && !TITLE_WORDS.has(t.lower) && !ROLE_WORDS.has(t.lower)).map((t) => t.lower.replace(/'s?$/, '')),
      );
      const person = this.index.personByDescription(words.map((t) => t.lower.replace(/'s?$/, '')), position, (name) => this.genderAllows(name, gender), proper);
      if (person) return [{ name: person.name, kind: 'person', role: phrase }];
      // "the Swedish researcher": the person described as from that country.
      const country = words.map((t) => NATIONALITY_ADJECTIVES[t.lower]).find(Boolean);
      const national = country ? this.index.personByCountry(country, position) : null;
      if (national) return [{ name: national.name, kind: 'person', role: phrase }];
      // "The 38-year-old midfielder": an age names the person just spoken of.
      if (words.some(isYearOld) || /^(?:man|woman|person)$/.test(roleHead) || EPITHETS.has(roleHead)) return [this.pronounPerson(gender)];
      return [{ name: null, kind: 'person', role: null }];
    }
    if (GROUP_HEADS.has(roleHead) && /^the$/i.test(first.text)) {
      // "the two leaders": the pair just named together.
      let pair: Tracker['groups'][number] | undefined;
      for (let k = this.tracker.groups.length - 1; k >= 0 && !pair; k--) if (this.tracker.groups[k].names.length > 1) pair = this.tracker.groups[k];
      if (pair && words.some((t) => /^(?:two|three|both)$/.test(t.lower))) return pair.names.map((name) => ({ name, kind: 'person' as SpeakerKind, role: null }));
    }

    const capitalised = words.filter((t) => isNameWord(t) && !(t === first && DETERMINERS.has(t.lower)));
    const hasCapModifier = capitalised.length > 0;
    const headLower = head.lower;

    if (GROUP_HEADS.has(headLower) && !/^[A-Z]/.test(head.text.slice(0, 1)) ) {
      // "several Hadley Avenue residents" → "Hadley Avenue residents": a quantifier is not part of the group's name.
      if (hasCapModifier) return [{ name: bare.replace(/^(?:other|several|some|many|most)\s+(?=\S+\s+\S)/i, ''), kind: 'group', role: null }];
      if (/^the$/i.test(first.text) || /^(?:these|those)$/i.test(first.text)) {
        const group = this.recentGroupWithHead(headLower, position);
        if (group) return [{ name: group, kind: 'group', role: null }];
      }
      return [{ name: null, kind: 'group', role: null }];
    }

    if (words.length === 1 && COLLECTIVE_NAMES.has(headLower) && headLower !== 'europe') return [{ name: phrase.replace(/^the\s+/i, 'The '), kind: 'group', role: null }];

    // "Police said": the police force the article named ("the Carver Police Department").
    if (words.length === 1 && head.cap && ORG_HEADS.has(headLower)) {
      const named = this.index.orgByHead(headLower, position);
      if (named) return [{ name: named, kind: 'organization', role: null }];
    }
    const orgLike = words.some((t) => ORG_WORDS.has(t.lower.replace(/'s?$/, '')) && t.cap) || words.some(isAcronym) || this.index.hasOrg(bare);
    if (hasCapModifier && orgLike) {
      // "the Oslo-based watchdog Nordic Consumer Forum": the name is the capitalised run after the description.
      let tail = words.length - 1;
      while (tail > 0 && (isNameWord(words[tail - 1]) || (/^(?:of|for|and|&)$/.test(words[tail - 1].lower) && tail > 1 && isNameWord(words[tail - 2])))) tail--;
      const described = tail > 0 && isNameWord(head) && words.slice(0, tail).some((t) => t.word && !t.cap && !DETERMINERS.has(t.lower)) && ORG_WORDS.has(head.lower.replace(/'s?$/, ''));
      const name = described ? this.body.slice(words[tail].start, head.end) : orgNameOf(bare);
      return [{ name: this.index.orgByShortName(name) ?? name, kind: 'organization', role: null }];
    }
    if (hasCapModifier && capitalised.length === words.length - (DETERMINERS.has(first.lower) ? 1 : 0)) {
      // A capitalised phrase that is no known person: an organisation or a single-word surname.
      const byOrg = this.index.orgByShortName(bare);
      if (byOrg) return [{ name: byOrg, kind: 'organization', role: null }];
      if (capitalised.length === 1 && (/s$/.test(head.text) || AGENT_PLURAL.test(head.lower)) && head.cap && this.index.looksLikeCommonNoun(head, tokens[m.end + 1], tokens[m.end + 2]) && first.start === sentenceStart) {
        // "Residents urged ...", "Pharmacists said ...": a concrete group speaks; "Officials said" stays unnamed.
        if (words.length === 1 && !VAGUE_GROUPS.has(headLower) && (GROUP_HEADS.has(headLower) || AGENT_PLURAL.test(headLower))) return [{ name: head.text, kind: 'group', role: null }];
        return [{ name: null, kind: 'group', role: null }];
      }
      if (/^[A-Z][a-z]+[A-Z]/.test(head.text) || words.length > 1 && !this.index.isKnownPerson(bare)) {
        return [{ name: bare, kind: 'organization', role: null }];
      }
      if (first.start === sentenceStart && this.index.looksLikeCommonNoun(head, tokens[m.end + 1], tokens[m.end + 2]) && !this.index.personBySurname(head.text, position)) {
        return [{ name: null, kind: 'person', role: null }];
      }
      return [{ name: bare, kind: 'person', role: null }];
    }

    if (INDEFINITE.has(first.lower)) {
      if (ORG_HEADS.has(headLower) && (headLower === 'statement' || words.some((t) => t.lower === 'company'))) {
        const org = this.lastOrg(position);
        if (org) return [{ name: org, kind: 'organization', role: null }];
      }
      return [{ name: null, kind: ORG_HEADS.has(headLower) && !PERSON_HEADS.has(headLower) ? 'organization' : 'person', role: null }];
    }

    if (ORG_HEADS.has(headLower) && !PERSON_HEADS.has(headLower)) {
      // "the Ohio-based company", "the German carmaker": a place in the description, not a name.
      // "The Italian coast guard" is a body's name; a nationality before a business noun only describes.
      const descriptive = hasCapModifier && /^the$/i.test(first.text) && capitalised.every((t) => /-based$/.test(t.lower) || (NATIONALITY_ADJECTIVES[t.lower] && COMMERCIAL_HEADS.has(headLower)));
      if (descriptive) {
        const fits = (name: string) => !isPublicBodyName(name);
        const org = this.index.orgByHead(headLower, position) ?? this.lastOrg(position, fits) ?? this.index.lastOrgBefore(position, fits);
        if (org) return [{ name: org, kind: 'organization', role: null }];
      }
      const canonical = hasCapModifier ? canonicalOrgName(bare) : bare;
      if (canonical !== bare) return [{ name: canonical, kind: 'organization', role: null }];
      const byHead = this.index.orgByHead(headLower, position) ?? this.index.orgByHead(headLower, Infinity);
      if (byHead) return [{ name: byHead, kind: 'organization', role: null }];
      if (hasCapModifier) return [{ name: bare, kind: 'organization', role: null }];
      const described = this.bodyByDescription(words, headLower, position);
      if (described) return [{ name: described, kind: 'organization', role: null }];
      // "The company said" after "the Commission fined Nordvik Systems": a business is not the public body that spoke last.
      // Nor is "the team" the news agency it talked to ("told The Associated Press").
      const fits = COMMERCIAL_HEADS.has(headLower) ? (name: string) => !isPublicBodyName(name) && !isNewsAgency(name) : (name: string) => !isNewsAgency(name);
      const org = this.lastOrg(position, fits) ?? this.index.lastOrgBefore(position, fits);
      return [{ name: org, kind: 'organization', role: null }];
    }

    if (PERSON_HEADS.has(headLower) || isYearOld(head) || ROLE_WORDS.has(headLower) || words.some((t) => PERSON_HEADS.has(t.lower))) {
      const person = this.index.personByDescription(words.map((t) => t.lower.replace(/'s?$/, '')), position);
      if (person) return [{ name: person.name, kind: 'person', role: phrase }];
      if (isYearOld(head) || /^(?:man|woman|person)$/.test(headLower)) return [this.pronounPerson(null)];
      return [{ name: null, kind: 'person', role: null }];
    }
    return [{ name: null, kind: 'person', role: null }];
  }

  /** The "by <name>" within a few words after a document noun, resolved. */
  private authorAfter(tokens: Token[], end: number, sentenceStart: number, gender: 'm' | 'f' | null): Referent | null {
    for (let k = end + 1; k < tokens.length && k <= end + 8; k++) {
      const t = tokens[k];
      if (!t.word || t.quote !== -1) return null;
      if (t.lower !== 'by') continue;
      let s = k + 1;
      if (tokens[s]?.lower === 'the') s++;
      let e = s;
      while (isNameWord(tokens[e + 1]) || (/^(?:of|for|and)$/.test(tokens[e + 1]?.lower ?? '') && isNameWord(tokens[e + 2]))) e += isNameWord(tokens[e + 1]) ? 1 : 2;
      if (!isNameWord(tokens[s])) return null;
      const [referent] = this.resolve(tokens, { start: s, end: e, appStart: -1, appEnd: -1 }, sentenceStart, gender);
      return referent?.name ? referent : null;
    }
    return null;
  }

  /**
   * An organisation's part or a public body named only by description: "the orchestra's board" is the
   * board of the orchestra the article names; "the cantonal government" is that government.
   */
  private bodyByDescription(words: Token[], head: string, position: number): string | null {
    const modifiers = words.slice(DETERMINERS.has(words[0].lower) ? 1 : 0, -1);
    if (modifiers.length !== 1 || modifiers[0].cap) return null;
    const modifier = modifiers[0];
    if (isPossessive(modifier)) {
      const owner = this.index.orgByHead(modifier.lower.replace(/['’]s?$/, ''), position);
      // "The hospital's management" speaks for the hospital itself.
      return owner ? (head === 'management' ? owner : `${owner} ${head}`) : null;
    }
    return PUBLIC_BODIES.has(head) && /(?:al|ic|ian|ese|ish)$/.test(modifier.lower) ? `${modifier.lower} ${head}` : null;
  }

  /** A person named in tokens[start..end], resolved to the fullest name the article gives. */
  private namedPerson(tokens: Token[], start: number, end: number, sentenceStart: number, gender: 'm' | 'f' | null = null): Referent | null {
    // The name is the first run of name words that ends the phrase or is followed by "of <place>".
    let nameStart = -1;
    let nameEnd = -1;
    for (let k = start; k <= end; k++) {
      if (!isPersonNameWord(tokens[k])) continue;
      let e = k;
      for (;;) {
        if (e + 1 <= end && (isPersonNameWord(tokens[e + 1]) || surnameAfterFirstName(tokens, e + 1))) {
          e++;
          continue;
        }
        // "Pieter van der Linde": particles between name words.
        let p = e + 1;
        while (p <= end && NAME_PARTICLES.has(tokens[p].lower)) p++;
        if (p > e + 1 && p <= end && isPersonNameWord(tokens[p])) {
          e = p;
          continue;
        }
        break;
      }
      const after = tokens[e + 1];
      let tail = e;
      while (tail < end && isPostNominal(tokens[tail + 1].text)) tail++;
      if (e === end || tail === end || (after && /^(?:of|from|at)$/.test(after.lower))) {
        if (isPossessive(tokens[e]) && e < end) {
          if (isPluralPossessive(tokens[e])) return null;
          k = e;
          continue;
        }
        nameStart = k;
        nameEnd = e;
        break;
      }
      k = e;
    }
    if (nameEnd < 0) return null;
    // "a Western diplomat in Lusaka": a name after "in", "at" or "from" is where the speaker is, not who.
    if (nameStart > start && /^(?:in|at|from)$/.test(tokens[nameStart - 1].lower)) return null;
    [nameStart, nameEnd] = trimNameRun(tokens, nameStart, nameEnd, (w) => this.index.writtenLowercase(w));
    for (let k = nameStart; k <= nameEnd; k++) if (ORG_WORDS.has(tokens[k].lower) || (NON_PERSON_WORDS.has(tokens[k].lower) && !surnameAfterFirstName(tokens, k))) return null;
    if (nameEnd === end && nameStart > start && tokens[nameStart - 1].cap && ORG_WORDS.has(tokens[nameStart - 1].lower)) return null;
    // "Ministry of Infrastructure", "Commission for the Protection of the Rhine": an organisation's name.
    for (let k = start; k < nameStart - 1; k++) {
      if (tokens[k].cap && ORG_WORDS.has(tokens[k].lower) && /^(?:of|for)$/.test(tokens[k + 1].lower)) return null;
    }
    const written = this.body.slice(tokens[nameStart].start, tokens[nameEnd].end);
    const position = tokens[nameStart].start;
    const multi = nameEnd > nameStart;
    const honorific = nameStart > start ? (HONORIFIC_GENDER.get(tokens[nameStart - 1].lower) ?? null) : null;
    // A bare surname shared by relatives: the pronoun opening the report tells them apart ("Berg said she ...").
    const hinted = !honorific && !multi && gender ? this.index.personBySurname(tokens[nameEnd].text, position, gender) : null;
    let known = hinted ?? this.index.personBySurname(tokens[nameEnd].text, position, honorific) ?? (multi ? null : this.index.personByFirstName(written, position));
    // "Dame Margaret", "Sir Keir": a titled first name is the full name that starts with it, not a person of its own.
    if (!multi && known && known.parts.length === 1) known = this.index.personByFirstName(written, position) ?? known;
    if (!known) {
      if (!multi) {
        const org = this.index.orgByShortName(written);
        if (org) return { name: org, kind: 'organization', role: null };
        if (/^[A-Z][a-z]+[A-Z]/.test(written)) return { name: written, kind: 'organization', role: null };
        if (tokens[nameStart].start === sentenceStart && this.index.looksLikeCommonNoun(tokens[nameStart], tokens[nameEnd + 1], tokens[nameEnd + 2])) return null;
      } else {
        // "European Consumer Voice" read as the name words "Consumer Voice": the organisation it ends.
        const org = this.index.hasOrg(written) ? written : this.index.orgEndingWith(written);
        if (org) return { name: org, kind: 'organization', role: null };
      }
      return { name: written, kind: 'person', role: this.roleFrom(tokens, start, nameStart) };
    }
    // "Mr Moore" and "Mrs Moore" with no first names: the title is part of each one's name.
    if (honorific && !multi && !fold(known.name).includes(' ') && this.index.surnameTitlesClash(written)) {
      return { name: `${tokens[nameStart - 1].text} ${written}`, kind: 'person', role: null };
    }
    if (multi && fold(written) !== fold(known.name) && !fold(known.name).endsWith(fold(written)) && !fold(written).endsWith(' ' + fold(known.name))) {
      // A different first name: another person who shares the surname.
      const firstWritten = fold(tokens[nameStart].text);
      if (!fold(known.name).startsWith(firstWritten)) return { name: written, kind: 'person', role: this.roleFrom(tokens, start, nameStart) };
    }
    if (!multi && tokens[nameStart].start === sentenceStart && this.index.orgByShortName(written) && !this.index.isKnownPerson(written)) {
      return { name: this.index.orgByShortName(written), kind: 'organization', role: null };
    }
    return { name: known.name, kind: 'person', role: known.roles[0] ?? this.roleFrom(tokens, start, nameStart) };
  }

  private roleFrom(tokens: Token[], start: number, nameStart: number): string | null {
    if (nameStart <= start) return null;
    let s = start;
    while (s < nameStart && DETERMINERS.has(tokens[s].lower)) s++;
    return s < nameStart ? this.body.slice(tokens[s].start, tokens[nameStart - 1].end) : null;
  }

  /**
   * "he told her, '...'" inside someone else's quote: the person of that gender the article named last
   * before it, other than the one quoted (a pronoun in a quote is rarely its own speaker).
   */
  pronounOtherThan(pronoun: string, speaker: string | null, position: number): Referent {
    const gender = pronoun === 'she' ? 'f' : 'm';
    const name = this.index.lastPersonBefore(position, (n) => n !== speaker && this.genderOf(n) === gender);
    return { name, kind: 'person', role: null };
  }

  private pronounPerson(gender: 'm' | 'f' | null, except: string | null = null): Referent {
    // An antecedent lies within the last few mentions; the bound keeps long texts linear.
    for (let k = this.tracker.persons.length - 1; k >= Math.max(0, this.tracker.persons.length - PRONOUN_REACH); k--) {
      const p = this.tracker.persons[k];
      if (except && p.name === except) continue;
      // "Miss Hartley-Blake told the jury ... She said": an unnamed person met since has no gender to match.
      if (!p.name && gender && k < this.tracker.persons.length - 1) continue;
      // "Harbor Freight Lines rejected the offer. ... he said": an organisation is never "he" or "she".
      if (p.name && this.index.hasOrg(p.name) && !this.index.isKnownPerson(p.name)) continue;
      const known = p.name ? this.genderOf(p.name) : null;
      if (gender && known && known !== gender) continue;
      if (p.name && gender) this.tracker.gender.set(p.name, gender);
      return { name: p.name, kind: 'person', role: null };
    }
    return { name: null, kind: 'person', role: null };
  }

  private pronounGroup(): Referent[] {
    const g = this.tracker.groups[this.tracker.groups.length - 1];
    const o = this.tracker.orgs[this.tracker.orgs.length - 1];
    if (g && (!o || g.position >= o.position)) return g.names.map((name) => ({ name, kind: 'group' as SpeakerKind, role: null }));
    if (o) return [{ name: o.name, kind: o.kind, role: null }];
    return [{ name: null, kind: 'group', role: null }];
  }

  private pronounOrg(): Referent {
    const o = this.tracker.orgs[this.tracker.orgs.length - 1];
    return o ? { name: o.name, kind: o.kind, role: null } : { name: null, kind: 'organization', role: null };
  }

  private lastOrg(position: number, fits: (name: string) => boolean = () => true): string | null {
    for (let k = this.tracker.orgs.length - 1; k >= 0; k--) {
      const o = this.tracker.orgs[k];
      if (o.kind === 'organization' && o.position <= position && fits(o.name)) return o.name;
    }
    return null;
  }

  private recentGroupWithHead(head: string, position: number): string | null {
    // Look back through the text for "<Capitalised modifiers> ... <head>", e.g. "NATO foreign ministers".
    const before = this.body.slice(Math.max(0, position - 3000), position);
    const re = new RegExp(`((?:[A-Z][\\p{L}'’.-]*\\s+)(?:[\\p{Ll}-]+\\s+){0,2})${head}\\b`, 'gu');
    let found: string | null = null;
    for (const m of before.matchAll(re)) found = (m[1] + head).trim();
    if (!found) return null;
    const words = found.split(/\s+/);
    while (words.length > 1 && (/^(?:The|A|An|Of|With|And|But|In|On|At)$/.test(words[0]) || !/^[A-Z]/.test(words[0]))) words.shift();
    return words.join(' ');
  }

  /** Gender from the first name or an honorific, else from the pronouns the article uses for this person. */
  genderOf(name: string): 'm' | 'f' | null {
    return this.index.firstNameGender(name) ?? this.index.titleGender(name) ?? this.index.guessedGender(name) ?? this.index.articleGender(name) ?? this.tracker.gender.get(name) ?? null;
  }

  /** "CASTELL:" in a transcript: the person introduced with this surname (or first name), any case. */
  personByLabel(label: string, position: number): Referent | null {
    const p = this.index.personBySurname(label, position) ?? this.index.personByFirstName(label, position);
    return p ? { name: p.name, kind: 'person', role: p.roles[0] ?? null } : null;
  }

  private genderAllows(name: string, gender: 'm' | 'f' | null): boolean {
    const known = this.genderOf(name);
    return !gender || !known || known === gender;
  }

  /**
   * "the companies", "both ministers", "Both": the two or three speakers last named together (a joint subject or
   * report) within the last few paragraphs, else the two persons the sentence before names.
   */
  jointAnaphor(position: number, sentenceStart: number, reach: number): Referent[] {
    for (let k = this.tracker.groups.length - 1; k >= 0; k--) {
      const g = this.tracker.groups[k];
      if (g.position < position - reach) break;
      if (g.names.length < 2 || g.names.length > 3) continue;
      return g.names.map((name) => ({ name, kind: this.index.hasOrg(name) && !this.index.isKnownPerson(name) ? 'organization' : 'person', role: null }));
    }
    const before = this.index.personsInSentenceBefore(sentenceStart);
    if (before.length === 2) return before.map((p) => ({ name: p.name, kind: 'person' as SpeakerKind, role: null }));
    return [];
  }

  learnGender(name: string, gender: 'm' | 'f') {
    if (!this.tracker.gender.has(name)) this.tracker.gender.set(name, gender);
  }
}
