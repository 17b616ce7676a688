import {
  AUXILIARIES, CLAUSE_OPENERS, CUE_WORDS, PREPOSITIONS, VAGUE_GROUPS, MODALS, DETERMINERS, GROUP_HEADS, MONTHS, NAME_PARTICLES, ORG_HEADS, ORG_WORDS, PERSON_HEADS,
  POSSESSIVE_PRONOUNS, PRONOUNS, RELATIVE_PRONOUNS, ROLE_WORDS, SENTENCE_ADVERBS, STOP_CAPS, TIME_NOUNS, WEEKDAYS,
} from './lexicon';
import type { Token } from './segment-text';

/** A speaker phrase: tokens [start, end] inclusive, plus an appositive [appStart, appEnd] when present. */
export interface Mention {
  start: number;
  end: number;
  appStart: number;
  appEnd: number;
  /** a plural common noun naming a group of speakers as written ("Some owners", "Laid-off employees") */
  group?: boolean;
  /** the phrase ends in a possessive ("the company's" of "the company's quarterly report"): read without the "'s" */
  possessive?: boolean;
}

export const isPossessive = (t: Token) => /['’]s?$/.test(t.text) && t.text.length > 2;
/** "Women's", "Children's", "Workers'": a plural possessive that opens an organisation's name, not a person's. */
export const isPluralPossessive = (t: Token) => t.cap && /^(?:(?:wo)?men['’]s|children['’]s|people['’]s|[\p{L}-]+s['’])$/u.test(t.lower);
export const isYearOld = (t: Token) => /^\d+-year-old$/.test(t.lower);

/** A capitalised word that can be part of a name (not "The", "However", weekdays, months). */
export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.word && t.quote === -1 && t.cap && !STOP_CAPS.has(t.lower) && !WEEKDAYS.has(t.lower) && (!MONTHS.has(t.lower.replace(/\.$/, '')) || t.givenName);
}

/** A word that can end a speaker phrase. */
export function isHeadWord(t: Token | undefined): boolean {
  if (!t || !t.word || t.quote !== -1) return false;
  return (
    isNameWord(t) || PRONOUNS.has(t.lower) || PERSON_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower) ||
    ORG_HEADS.has(t.lower) || isYearOld(t)
  );
}

const TITLE_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'sgt', 'gen', 'lt', 'col', 'capt', 'rep', 'sen', 'gov', 'rev', 'supt', 'insp', 'det']);

const CONNECTORS = new Set(['of', 'for', 'to', 'in', 'at', 'and', '&']);

const NOT_AGENTIVE = new Set([
  'after', 'under', 'over', 'never', 'ever', 'other', 'either', 'neither', 'whether', 'rather', 'together', 'however',
  'later', 'order', 'offer', 'answer', 'matter', 'sent', 'spent', 'meant', 'went', 'want', 'lent', 'rent', 'percent',
  'recent', 'urgent', 'present', 'absent', 'silent', 'told', 'than', 'per', 'for', 'nor', 'her', 'their', 'your', 'our',
]);

/** A lower-case occupation word written straight before a name: "consultant Priya Nair", "skipper Ann Lee". */
/** Nouns of people by their ending: "accountant", "organiser", "geneticist", "fisherman". */
export const AGENTIVE = /^[a-z-]{3,}(?:er|or|ist|ian|ant|ent|man|woman|eer)$/;

export function isAgentiveBeforeName(t: Token | undefined, next: Token | undefined): boolean {
  return !!t && t.word && t.quote === -1 && !t.cap && (AGENTIVE.test(t.lower) || PERSON_HEADS.has(t.lower)) &&
    !NOT_AGENTIVE.has(t.lower) && isNameWord(next);
}

/** "tournament director Glenn Ross", "health-care analyst Ann Wu": a plain noun before a role word and a name. */
const isPlainWord = (t: Token | undefined) =>
  !!t && t.word && !t.cap && t.quote === -1 && !STOP_CAPS.has(t.lower) && !CONNECTORS.has(t.lower) && !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower);
export const isRoleNoun = (r: Token | undefined) =>
  !!r && r.word && !r.cap && (ROLE_WORDS.has(r.lower) || PERSON_HEADS.has(r.lower) || (AGENTIVE.test(r.lower) && !NOT_AGENTIVE.has(r.lower)));

function isNounBeforeTitledName(tokens: Token[], k: number): boolean {
  const plain = isPlainWord;
  const isRole = isRoleNoun;
  if (!plain(tokens[k])) return false;
  // "ferry terminal manager Rob Tennant": up to two plain nouns, then one or two role words, then the name.
  let j = k + 1;
  if (!isRole(tokens[j]) && plain(tokens[j])) j++;
  if (!isRole(tokens[j])) return false;
  return isNameWord(tokens[j + 1]) || (isRole(tokens[j + 1]) && isNameWord(tokens[j + 2]));
}

/** "harbour master", "head teacher": a plain noun before a lower-case role word that opens the subject. */
function compoundRoleStart(tokens: Token[], start: number, floor: number): number {
  const role = tokens[start];
  const p = tokens[start - 1];
  if (!role || role.cap || start - 1 < floor) return start;
  if (!(ROLE_WORDS.has(role.lower) || PERSON_HEADS.has(role.lower) || isAgentiveBeforeName(role, tokens[start + 1]))) return start;
  if (!p || !p.word || p.quote !== -1 || p.cap || STOP_CAPS.has(p.lower) || CONNECTORS.has(p.lower) || DETERMINERS.has(p.lower)) return start;
  if (POSSESSIVE_PRONOUNS.has(p.lower) || AUXILIARIES.has(p.lower) || MODALS.has(p.lower) || /(?:ed|ly|ing)$/.test(p.lower)) return start;
  const before = tokens[start - 2];
  const opens = (t: Token | undefined) => !t || !t.word || t.lower === 'and' || CLAUSE_OPENERS.has(t.lower);
  if (opens(before)) return start - 1;
  // "Kenyan marathon runner Joseph Langat": a capitalised modifier before the compound role.
  if (start - 2 >= floor && before.cap && before.quote === -1 && isNameWord(before) && opens(tokens[start - 3])) return start - 2;
  return start;
}

/** "the 5th District Court", "the 2nd Battalion": an ordinal written in figures. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Participles used as adjectives before a party's or a champion's name: "the ruling United Progressive Front". */
const PHRASE_ADJECTIVES = new Set(['ruling', 'governing', 'incoming', 'outgoing', 'reigning', 'caretaker']);

function isModifier(t: Token, previous?: Token): boolean {
  if (/^\d+$/.test(t.text)) return !!previous && previous.cap && t.quote === -1;
  if (ORDINAL.test(t.lower)) return t.quote === -1 && !!previous && (previous.lower === 'the' || previous.cap);
  return t.word && t.quote === -1 && (isNameWord(t) || ROLE_WORDS.has(t.lower) || PHRASE_ADJECTIVES.has(t.lower) || ORG_HEADS.has(t.lower) || NAME_PARTICLES.has(t.lower) || /^\d+-year-old$/.test(t.lower) || (isPossessive(t) && !t.cap));
}

/**
 * Reads the speaker phrase that ends at token `end`, walking left over names, titles, role words,
 * possessives and "of"-links ("the head of the NATO alliance", "Russia's Foreign Minister Sergei
 * Lavrov"). Returns null when the phrase has no plausible head.
 */
export function phraseEndingAt(tokens: Token[], end: number, floor = 0): Mention | null {
  const head = tokens[end];
  if (!isHeadWord(head)) return null;
  if (PRONOUNS.has(head.lower)) return { start: end, end, appStart: -1, appEnd: -1 };
  let start = end;
  while (start - 1 >= floor) {
    const p = tokens[start - 1];
    // "Superintendent Dr. Karen Whitlock announced": the period of an abbreviated title stays inside the phrase.
    if (p.text === '.' && p.quote === -1 && start - 2 >= floor && TITLE_ABBREVIATIONS.has(tokens[start - 2].lower) && tokens[start - 2].cap && isNameWord(tokens[start])) {
      start -= 2;
      continue;
    }
    if (!p.word || p.quote !== -1) break;
    if (p.lower === 'and' || p.lower === '&') {
      // "Food Workers Alliance"-style names may contain "and" only between capitalised words.
      if (isNameWord(tokens[start]) && isNameWord(tokens[start - 2]) && (hasOrgTail(tokens, start, end) || orgOfBefore(tokens, start - 1, floor))) {
        start--;
        continue;
      }
      break;
    }
    // "Council members Jo Pike": a plural title before a name belongs to the phrase.
    if (isModifier(p, tokens[start - 2]) || isAgentiveBeforeName(p, tokens[start]) || (!p.cap && GROUP_HEADS.has(p.lower) && isNameWord(tokens[start]))) {
      start--;
      continue;
    }
    if (CONNECTORS.has(p.lower) && start - 2 >= floor && isModifier(tokens[start - 2])) {
      start--;
      continue;
    }
    if (DETERMINERS.has(p.lower) || POSSESSIVE_PRONOUNS.has(p.lower)) {
      start--;
      // "the two leaders", "her three sons": a number after the article.
      const q0 = tokens[start - 1];
      if (/^(?:two|three|four|both|several|many|other)$/.test(p.lower) && start - 1 >= floor && q0?.word && (q0.lower === 'the' || POSSESSIVE_PRONOUNS.has(q0.lower) || q0.lower === 'these' || q0.lower === 'those')) start--;
      // "the head of the NATO alliance": keep walking through "of the".
      const q = tokens[start - 1];
      if (q && (q.lower === 'of' || q.lower === 'for') && start - 2 >= floor && isModifier(tokens[start - 2])) {
        start--;
        continue;
      }
      break;
    }
    break;
  }
  // "the cantonal government", "the Duisburg waterways and shipping office": a few plain words between a
  // determiner and a known head.
  if (!head.cap && start === end || (start > floor && !DETERMINERS.has(tokens[start].lower) && !tokens[start].cap && !isNameWord(tokens[start]))) {
    for (let k = start - 1; k >= Math.max(floor, start - 5); k--) {
      const t = tokens[k];
      // '“…,” presidential office spokeswoman Lin Mei told': after a quotation a lower-case description opens the phrase.
      if (t.mark === 'close' && k >= start - 3 && tokens.slice(k + 1, start).every(isPlainDescriptive)) {
        start = k + 1;
        break;
      }
      // "The union and management": two phrases joined, not one with plain words inside ("the waterways and shipping office").
      if (!t.word || t.quote !== -1 || ((t.lower === 'and' || t.lower === 'or') && isHeadWord(tokens[k - 1]))) break;
      if (DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower)) {
        start = k;
        break;
      }
      // "Heller’s supervisory board", "Taiwan’s coast guard": a named possessor before the plain words.
      if (t.cap && isPossessive(t) && !/^(?:he|she|it|that|there|who|what)['’]s$/.test(t.lower)) {
        let s0 = k;
        while (s0 - 1 >= floor && isNameWord(tokens[s0 - 1])) s0--;
        start = s0 - 1 >= floor && tokens[s0 - 1].lower === 'the' ? s0 - 1 : s0;
        break;
      }
    }
  }
  // A trailing "of"-chain may have swallowed the subject's own verb object; trim leading connectors.
  while (start < end && CONNECTORS.has(tokens[start].lower)) start++;
  start = compoundRoleStart(tokens, start, floor);
  return { start, end, appStart: -1, appEnd: -1 };
}

/** A lower-case word that can describe a head ("presidential", "works"), not a verb, preposition or function word. */
function isPlainDescriptive(t: Token): boolean {
  const l = t.lower;
  return t.word && t.quote === -1 && !t.cap && !CUE_WORDS.has(l) && !AUXILIARIES.has(l) && !MODALS.has(l) && !PREPOSITIONS.has(l) &&
    !DETERMINERS.has(l) && !STOP_CAPS.has(l) && !/(?:ed|ing|ly)$/.test(l);
}

/** "Ministry of Infrastructure and ...": an organisation word linked by "of" shortly before `and`. */
function orgOfBefore(tokens: Token[], and: number, floor: number): boolean {
  for (let k = and - 1; k >= Math.max(floor, and - 5); k--) {
    if (tokens[k].lower === 'of' && tokens[k - 1]?.cap && ORG_WORDS.has(tokens[k - 1].lower)) return true;
    if (!tokens[k].word) return false;
  }
  return false;
}

function hasOrgTail(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k <= end; k++) if (tokens[k].cap && ORG_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * Reads a speaker phrase that starts at `start` ("said NATO Secretary General Jens Stoltenberg",
 * "said the union's general secretary, Martin Oduya"), including one appositive after a comma.
 */
export function phraseStartingAt(tokens: Token[], start: number, limit = tokens.length, requireClosingComma = false): Mention | null {
  const first = tokens[start];
  if (!first || !first.word || first.quote !== -1) return null;
  if (PRONOUNS.has(first.lower)) return { start, end: start, appStart: -1, appEnd: -1 };
  let k = start;
  const determined = DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower);
  if (determined) k++;
  let end = -1;
  while (k < limit) {
    const t = tokens[k];
    // "Dr. Javier Ortega": the period of an abbreviated title stays inside the phrase.
    if (t.text === '.' && t.quote === -1 && k > start && TITLE_ABBREVIATIONS.has(tokens[k - 1].lower) && isNameWord(tokens[k + 1]) && k + 1 < limit) {
      k++;
      continue;
    }
    if (!t.word || t.quote !== -1) break;
    if (isModifier(t) || PERSON_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower) || ORG_HEADS.has(t.lower)) {
      end = k;
      k++;
      continue;
    }
    if ((isAgentiveBeforeName(t, tokens[k + 1]) || isNounBeforeTitledName(tokens, k)) && k + 1 < limit) {
      k++;
      continue;
    }
    if ((CONNECTORS.has(t.lower) || DETERMINERS.has(t.lower)) && end >= 0) {
      let m = k;
      while (m < limit && (CONNECTORS.has(tokens[m].lower) || tokens[m].lower === 'the')) m++;
      if (m < limit && isNameWord(tokens[m]) && tokens[k].lower !== 'and') {
        k = m;
        continue;
      }
    }
    break;
  }
  if (determined) {
    // Plain words up to a known head: "the Duisburg waterways and shipping office".
    for (let m = Math.max(k, start + 1); m < limit && m <= start + 7; m++) {
      const t = tokens[m];
      if (!t.word || t.quote !== -1) break;
      // "The company said the Commission ...": the phrase ends before a verb or a new determiner.
      if (m > start + 1 && (CUE_WORDS.has(t.lower) || AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || DETERMINERS.has(t.lower))) break;
      if (ORG_HEADS.has(t.lower) || PERSON_HEADS.has(t.lower) || GROUP_HEADS.has(t.lower)) end = m;
    }
  }
  if (end < 0 || !isHeadWord(tokens[end])) return null;
  const mention: Mention = { start, end, appStart: -1, appEnd: -1 };
  attachAppositiveAfter(tokens, mention, limit, requireClosingComma);
  return mention;
}

/** ", the regional fire chief," / ", Martin Oduya" / ", 58, who has lived ..." after a phrase. */
export function attachAppositiveAfter(tokens: Token[], mention: Mention, limit = tokens.length, requireClosingComma = false) {
  const comma = tokens[mention.end + 1];
  if (!comma || comma.text !== ',' || comma.quote !== -1) return;
  let k = mention.end + 2;
  const first = tokens[k];
  if (!first || !first.word || first.quote !== -1) return;
  const opens = DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower) || isNameWord(first) ||
    ROLE_WORDS.has(first.lower) || RELATIVE_PRONOUNS.has(first.lower) || /^\d+$/.test(first.text) || first.lower === 'whose';
  if (!opens) return;
  let end = -1;
  const relative = RELATIVE_PRONOUNS.has(first.lower) || first.lower === 'whose' || /^\d+$/.test(first.text);
  for (let steps = 0; k < limit && steps < 30; k++, steps++) {
    const t = tokens[k];
    if (t.quote !== -1 || t.text === '.' || t.text === ';' || t.text === ':') break;
    // A finite verb means the words after the comma are a new clause, not an appositive.
    if (!relative && t.word && (AUXILIARIES.has(t.lower) || MODALS.has(t.lower))) return;
    if (t.text === ',') {
      // ", 58, who has lived ..." continues; any other comma ends the appositive.
      if (/^\d+$/.test(tokens[k - 1]?.text ?? '') && RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) continue;
      break;
    }
    end = k;
  }
  if (requireClosingComma && (k >= limit || tokens[k]?.text !== ',')) return;
  if (end >= 0) {
    mention.appStart = mention.end + 2;
    mention.appEnd = end;
  }
}

/** True when the token before a subject phrase lets it start a clause. */
export function opensClause(tokens: Token[], index: number): boolean {
  const p = tokens[index - 1];
  if (!p) return true;
  if (!p.word) return true;
  if (CLAUSE_OPENERS.has(p.lower)) return true;
  // "Today Acme said ...": a sentence adverb that opens the sentence.
  if (SENTENCE_ADVERBS.has(p.lower) && (index === 1 || !tokens[index - 2].word)) return true;
  return timePhraseBefore(tokens, index) >= 0;
}

/**
 * "Last month the chairman ...", "On Tuesday the minister ...": a fronted time phrase that opens the
 * sentence and ends right before `index`. Returns where the phrase starts, or -1.
 */
export function timePhraseBefore(tokens: Token[], index: number): number {
  const p = tokens[index - 1];
  const q = tokens[index - 2];
  if (!p || !q || !p.word || !q.word) return -1;
  const fronted = (k: number) => k === 0 || !tokens[k - 1].word;
  if (TIME_NOUNS.has(p.lower) && /^(?:last|this|next|that|earlier|later)$/.test(q.lower) && fronted(index - 2)) return index - 2;
  if (WEEKDAYS.has(p.lower) && /^(?:on|last|this|by)$/.test(q.lower) && fronted(index - 2)) return index - 2;
  return -1;
}

export function mentionText(body: string, tokens: Token[], m: Mention, withAppositive = true): string {
  const end = withAppositive && m.appEnd >= 0 ? m.appEnd : m.end;
  return body.slice(tokens[m.start].start, tokens[end].end);
}


/** Plural nouns of people by their ending: "owners", "riders", "employees", "artists", "governments". */
export const PLURAL_AGENT = /^[a-z][a-z-]{2,}(?:ers|ors|ists|ians|ants|ents|ees|men|women)$/;
/** Quantifiers that may open a group phrase ("Some owners", "Many riders"). */
const GROUP_QUANTIFIERS = new Set(['some', 'many', 'several', 'most']);
/** Plain words that are not adjectives or nouns inside a group phrase. */
const NOT_IN_GROUP = new Set(['that', 'who', 'whom', 'which', 'than', 'not', 'also', 'all', 'other', 'others', 'only', 'even', 'just', 'there', 'these', 'those']);

/**
 * A group of speakers named by a plural common noun and up to three plain modifiers, opening its clause:
 * "Some owners", "Laid-off employees", "Small island nations", "northern governments". Vague heads
 * ("officials", "experts", "people") are not groups that speak on the record.
 */
export function groupPhraseEndingAt(tokens: Token[], end: number, floor = 0, requireOpen = true): Mention | null {
  const head = tokens[end];
  if (!head || !head.word || head.quote !== -1 || !/s$/.test(head.lower) || VAGUE_GROUPS.has(head.lower)) return null;
  if (!GROUP_HEADS.has(head.lower) && !PLURAL_AGENT.test(head.lower)) return null;
  let start = end;
  for (let k = end - 1; k >= floor && k >= end - 3; k--) {
    const t = tokens[k];
    if (!t.word || t.quote !== -1) break;
    if (GROUP_QUANTIFIERS.has(t.lower)) {
      start = k;
      break;
    }
    if (t.cap ? !opensClause(tokens, k) || STOP_CAPS.has(t.lower) : false) break;
    if (STOP_CAPS.has(t.lower) || DETERMINERS.has(t.lower) || POSSESSIVE_PRONOUNS.has(t.lower) || PREPOSITIONS.has(t.lower) || CONNECTORS.has(t.lower) ||
      AUXILIARIES.has(t.lower) || MODALS.has(t.lower) || NOT_IN_GROUP.has(t.lower) || /ly$/.test(t.lower) || /^\d/.test(t.text) || isPossessive(t)) break;
    start = k;
    if (t.cap) break;
  }
  // A capitalised head is a group only at the start of its clause ("Riders said"), not inside a name.
  if (head.cap && start !== end) return null;
  if (head.cap && !opensClause(tokens, end)) return null;
  if (requireOpen && !opensClause(tokens, start)) return null;
  return { start, end, appStart: -1, appEnd: -1, group: true };
}

/**
 * The speaker name of a group phrase: as written, without a leading quantifier before two or more words
 * ("several Hadley Avenue residents") or a count word before one ("Several residents" → "residents").
 */
export function groupName(body: string, tokens: Token[], m: Mention): string {
  const q = tokens[m.start].lower;
  const start = GROUP_QUANTIFIERS.has(q) && (m.end - m.start >= 2 || (m.end > m.start && (q === 'several' || q === 'many'))) ? m.start + 1 : m.start;
  return body.slice(tokens[start].start, tokens[m.end].end);
}
