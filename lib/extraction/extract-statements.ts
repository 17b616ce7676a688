import {
  ADVERBS, AUXILIARIES, CUE_WORDS, DETERMINERS, DOCUMENT_NOUNS, NATIONALITY_ADJECTIVES, ORG_HEADS, isKnownFirstName, isPostNominal, POSSESSIVE_PRONOUNS, SENTENCE_ADVERBS, TIME_NOUNS, MODALS, NEEDS_INFINITIVE, NEEDS_QUOTE, NEGATIONS, PREPOSITIONS, RAISING_VERBS, RELATIVE_PRONOUNS,
  GROUP_HEADS, PERSON_HEADS, ROLE_WORDS, STOP_CAPS, SUBORDINATORS, WEEKDAYS, type CueFrame, type CueWord,
} from './lexicon';
import {
  AGENTIVE, groupName, groupPhraseEndingAt, isHeadWord, isNameWord, isPossessive, timePhraseBefore, mentionText, opensClause, phraseEndingAt, phraseStartingAt,
  type Mention,
  isRoleNoun, PLURAL_AGENT,
} from './noun-phrases';
import { documentsIntroduced, type Referent, remember, rememberDocuments, SpeakerResolver } from './resolve-speakers';
import { isEnglishWord } from './word-lists';
import { resolveSaidOn } from './said-on';
import { findQuotes } from './find-quotes';
import type { Paragraph, Sentence, Token } from './segment-text';
import type { ExtractedStatement, StatementType } from './types';

/** A statement before speaker names are finalised. */
export interface DraftStatement extends Omit<ExtractedStatement, 'speaker'> {
  referent: Referent;
  paragraph: number;
  /** the words around the cue place the speech at some other time ("said in January", "at the time") */
  otherTime: boolean;
}

interface Cue {
  verb: number;
  /** index just after the verb and its particle */
  verbEnd: number;
  label: string;
  frame: CueFrame | 'according' | 'colon';
  addressee: boolean;
  subjects: Mention[];
  /** the speaker is the subject of an earlier verb ("..., adding that", "and urged") */
  inherits: boolean;
  inverted: boolean;
  /** first token of this cue's own clause: later content from an earlier cue stops here */
  clauseStart: number;
  subordinate: boolean;
  /** "who" / "which" when the speaker was reached through a relative pronoun */
  relative: string | null;
  /** "as she puts it, “…”": the cue reports only the quotation right after or before it */
  quoteOnly?: boolean;
  /** "in what Beijing called a “stern warning”": a naming inside a noun phrase; it never cuts another report short */
  embedded?: boolean;
  /** "according to the company's quarterly report filed with ...": the document nouns its author now stands behind */
  documents?: string[];
}

interface Piece {
  from: number;
  to: number; // exclusive token indices
}

const TIME_AFTER_VERB = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'earlier', 'later', 'afterwards', 'afterward', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'only', 'simply', 'bluntly', 'last', 'this', 'on', 'morning', 'afternoon', 'evening', 'night']);
const TRAILING_JUNK = new Set([',', 'and', 'but', 'or', 'which', 'while', 'as', ';', '—', '–', '-', 'who', 'that', 'where', 'when', '(']);
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'however']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const PARTICIPLE_LEADS = new Set([',', 'and', 'while', 'by', 'before', 'after', 'when', 'in']);
const BACKREF_NOUNS = new Set(['warning', 'message', 'verdict', 'assessment', 'view', 'conclusion', 'claim', 'argument', 'promise', 'pledge', 'demand', 'position', 'response', 'reaction']);
const MAX_SUBJECT_GAP = 12;
const CUE_WINDOW = 30;
/** the longest quotation or clause read backwards from a cue, in tokens */
const MAX_BACKWARD = 600;

const isDash = (t: Token | undefined) => !!t && t.quote === -1 && (t.text === '—' || t.text === '–');
const isComma = (t: Token | undefined) => !!t && t.text === ',' && t.quote === -1;
const isWordOut = (t: Token | undefined) => !!t && t.word && t.quote === -1;
const endsSentence = (t: Token | undefined) => !!t && t.quote === -1 && (t.text === '.' || t.text === '!' || t.text === '?');

/** The sentence's subject: the first phrase after leading conjunctions and a fronted adverbial. */
export function sentenceSubject(tokens: Token[]): Mention | null {
  let k = 0;
  while (k < tokens.length && (LEADING_CONJUNCTIONS.has(tokens[k].lower) || isComma(tokens[k]))) k++;
  // "Today Acme lowered ...", "Last month the chairman ...": a fronted adverb or time phrase is not the subject.
  if (isWordOut(tokens[k]) && SENTENCE_ADVERBS.has(tokens[k].lower) && !TIME_NOUNS.has(tokens[k + 1]?.lower ?? '')) k++;
  else if (isWordOut(tokens[k + 1]) && timePhraseBefore(tokens, k + 2) === k) k += 2;
  else {
    // "Two years ago, Dani Okafor was ...", "A decade ago, ...": a fronted span of time.
    for (let a = k + 1; a <= k + 4 && isWordOut(tokens[a]); a++) {
      if (tokens[a].lower === 'ago' && isComma(tokens[a + 1])) {
        k = a + 1;
        break;
      }
    }
  }
  while (k < tokens.length && isComma(tokens[k])) k++;
  const first = tokens[k];
  if (!first || !first.word || first.quote !== -1) return null;
  const fronted = PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower) || /^(?:asked|speaking|standing|alluding|trying|sentencing|after|for)$/.test(first.lower) || /ing$/.test(first.lower) && !first.cap;
  // "Retired teacher Walter Brandt, 79, brought ...": a participle used as an adjective before a name is part of the subject.
  const adjectival = /ing$|ed$/.test(first.lower) && (isNameWord(tokens[k + 1]) || (isWordOut(tokens[k + 1]) && !tokens[k + 1].cap && !PREPOSITIONS.has(tokens[k + 1].lower) && !DETERMINERS.has(tokens[k + 1].lower) && isNameWord(tokens[k + 2])));
  if (fronted || /ing$|ed$/.test(first.lower) && tokens[k + 1]?.lower !== 'said' && !adjectival) {
    let c = k;
    while (c < tokens.length && !(isComma(tokens[c]) && tokens[c].quote === -1)) c++;
    if (c >= tokens.length - 1) return fronted ? null : phraseStartingAt(tokens, k);
    k = c + 1;
  }
  return phraseStartingAt(tokens, k);
}

/** "Petra Lindahl of Kessel and Jonas Brekke of Brandholm welcomed ...": subjects read left to right. */
function jointForward(tokens: Token[], first: Mention): Mention[] {
  const subjects = [first];
  let m = first;
  for (let guard = 0; guard < 4; guard++) {
    let k = (m.appEnd >= 0 ? m.appEnd : m.end) + 1;
    if (tokens[k]?.lower === 'of' && isNameWord(tokens[k + 1])) {
      k += 2;
      while (isNameWord(tokens[k])) k++;
    }
    if (tokens[k]?.lower !== 'and') break;
    const next = phraseStartingAt(tokens, k + 1);
    if (!next) break;
    subjects.push(next);
    m = next;
  }
  return subjects;
}

/** Walks left from a speech verb over auxiliaries, adverbs and time phrases to where its subject ends. */
function skipToSubject(tokens: Token[], verb: number): { at: number; blocked: boolean } {
  let k = verb - 1;
  let blocked = false;
  let steps = 0;
  while (k >= 0 && steps++ < MAX_SUBJECT_GAP) {
    const t = tokens[k];
    // "Alan Brooks Sr. said": the period of a post-nominal belongs to the subject.
    if (t.text === '.' && t.quote === -1 && k === verb - 1 && isPostNominal(tokens[k - 1]?.text ?? '')) {
      k--;
      break;
    }
    if (!t.word || t.quote !== -1) break;
    const l = t.lower;
    if (NEGATIONS.has(l) || l.endsWith("n't")) {
      blocked = true;
      k--;
      continue;
    }
    if (MODALS.has(l)) {
      blocked = true;
      k--;
      continue;
    }
    if (l === 'to') {
      if (RAISING_VERBS.has(tokens[k - 1]?.lower ?? '')) {
        k -= 2;
        continue;
      }
      // "went on to say": the subject is that of "went".
      if (tokens[k - 1]?.lower === 'on' && /^(?:went|goes|go|going)$/.test(tokens[k - 2]?.lower ?? '')) {
        k -= 3;
        continue;
      }
      return { at: k, blocked: true };
    }
    if (AUXILIARIES.has(l) || ADVERBS.has(l) || WEEKDAYS.has(l) || (!t.cap && l.length > 4 && l.endsWith('ly') && !isHeadWord(t))) {
      k--;
      continue;
    }
    if (!isHeadWord(t) || WEEKDAYS.has(l)) {
      // A prepositional phrase between subject and verb ("Stoletenberg at a separate event said").
      let jumped = false;
      for (let m = k; m >= Math.max(0, k - 7); m--) {
        const p = tokens[m];
        // "... in official figures and urged": a coordinated verb, not a phrase inside the subject.
        if (!p.word || p.quote !== -1 || p.lower === 'and' || p.lower === 'or' || p.lower === 'but') break;
        if (PREPOSITIONS.has(p.lower) && isHeadWord(tokens[m - 1])) {
          k = m - 1;
          jumped = true;
          break;
        }
      }
      if (jumped) continue;
    }
    break;
  }
  return { at: k, blocked };
}

/** Subjects joined by "and": "Scholz and Stoltenberg said" → both. */
function jointSubjects(tokens: Token[], first: Mention): Mention[] {
  const subjects = [first];
  let m = first;
  // "Ana Ruiz and her assistant, Tom Hill, said": the description before the name belongs to the second subject.
  if (isComma(tokens[first.start - 1])) {
    const description = descriptionBeforeName(tokens, first.start - 1);
    if (description && tokens[description.start - 1]?.lower === 'and') m = { ...first, start: description.start };
  }
  while (tokens[m.start - 1]?.lower === 'and' || (isComma(tokens[m.start - 1]) && subjects.length > 1)) {
    let end = m.start - 2;
    // "Okafor, 38, and Mendes, 24, said": an age after the other name.
    const aged = isComma(tokens[end]) && /^\d{1,3}$/.test(tokens[end - 1]?.text ?? '') && isComma(tokens[end - 2]);
    if (aged) end -= 3;
    const other = phraseEndingAt(tokens, end);
    if (!other || !isHeadWord(tokens[end])) break;
    if (aged) {
      other.appStart = end + 2;
      other.appEnd = end + 2;
    }
    if (!opensClause(tokens, other.start) && tokens[other.start - 1]?.lower !== 'and') break;
    subjects.unshift(other);
    m = other;
  }
  // Only a subject at the start of its clause can be joint; otherwise "and" links two clauses.
  if (subjects.length > 1 && !opensClause(tokens, subjects[0].start)) return [first];
  return subjects;
}

/** "Alexander Fomin, Russia's deputy defense minister, said": find the phrase before the appositive. */
/** "D-Chico", "R-Minden": an American legislator's party and home town. */
const PARTY_TAG = /^[DRI]-\p{Lu}/u;

function subjectBeforeAppositive(tokens: Token[], comma: number): Mention | null {
  let commas = 0;
  for (let k = comma - 1; k >= 0 && comma - k < 40; k--) {
    const t = tokens[k];
    // "Graham Tull Jr., told": the period of a post-nominal does not end the sentence.
    if (t.quote !== -1 || (endsSentence(t) && !(t.text === '.' && isPostNominal(tokens[k - 1]?.text ?? '')))) return null;
    if (!isComma(t)) continue;
    if (++commas > 3) return null;
    // "State Sen. Nora Whitfield, D-Chico, whose district ...": a party and home-town tag is part of the aside.
    if (k - 1 >= 0 && PARTY_TAG.test(tokens[k - 1].text) && isComma(tokens[k - 2])) continue;
    let np = phraseEndingAt(tokens, k - 1);
    if (!np || !isHeadWord(tokens[k - 1]) || !opensClause(tokens, np.start)) np = descriptionBeforeName(tokens, k) ?? np;
    // "A report published on Tuesday by the Institute for Housing Futures, a Dublin think tank, warned": the phrase
    // before the prepositional phrases that end at the appositive.
    if (np && commas === 1 && isHeadWord(tokens[k - 1]) && !opensClause(tokens, np.start) && isPrep(tokens[np.start - 1])) {
      const outer = phraseBeforePrepositions(tokens, np.start - 1);
      // "Jordan Pike, a nurse from Dayton, Ohio, said": a description after a comma is itself an appositive.
      if (outer && !isComma(tokens[outer.start - 1])) np = { ...outer };
    }
    if (np && opensClause(tokens, np.start)) {
      const nextWord = tokens[k + 1];
      // ", speaking on Tuesday," is an aside before the verb; ", said ..." is a cue of its own.
      if (nextWord && nextWord.word && CUE_WORDS.has(nextWord.lower) && CUE_WORDS.get(nextWord.lower)!.form !== 'ing') return null;
      np.appStart = k + 1;
      np.appEnd = tokens[comma - 1]?.text === '.' && comma - 2 > k ? comma - 2 : comma - 1;
      return np;
    }
  }
  return null;
}

/**
 * "Her co-author, Professor James Okafor, said": a short description (a possessive or determiner and up to
 * three plain words) before a comma, followed by a name. The name in the appositive is the speaker.
 */
function descriptionBeforeName(tokens: Token[], comma: number): Mention | null {
  // "Her business partner, the sommelier Daniel Reyes,": an article and a role word may come before the name.
  const named = isNameWord(tokens[comma + 1]) || (isWordOut(tokens[comma + 1]) && tokens[comma + 1].lower === 'the' && isRoleNoun(tokens[comma + 2]) && isNameWord(tokens[comma + 3]));
  if (!named) return null;
  let reach = comma - 4;
  let joined = false;
  const isPrepositionOut = (t: Token | undefined) => isWordOut(t) && (PREPOSITIONS.has(t!.lower) || t!.lower === 'of');
  for (let k = comma - 1; k >= 0 && k >= reach; k--) {
    const t = tokens[k];
    if (!isWordOut(t)) return null;
    // "Her husband and business partner, ...": two descriptions of one person.
    if (t.lower === 'and' && !joined && k < comma - 1) {
      joined = true;
      reach -= 2;
      continue;
    }
    // "The owner of the bakery on Market Street, Priya Kaur,": a place name inside a prepositional phrase.
    if (t.cap && k > 0) {
      let j = k;
      while (j > comma - 4 && isNameWord(tokens[j - 1])) j--;
      if (isPrepositionOut(tokens[j - 1]) || tokens[j - 1]?.lower === 'the') {
        reach = Math.min(reach, j - 6);
        k = j;
        continue;
      }
    }
    // "Another parent, Miguel Ortiz,", "One resident, Ana Gil,": an indefinite description opens the phrase too.
    // An indefinite one after a comma is an appositive itself ("Jordan Pike, a nurse from Dayton, Ohio,").
    const indefinite = /^(?:another|a|an|one)$/.test(t.lower) && !(isComma(tokens[k - 1]) && isHeadWord(tokens[k - 2]));
    if (POSSESSIVE_PRONOUNS.has(t.lower) || t.lower === 'the' || indefinite || (isPossessive(t) && k < comma - 1)) {
      if (k === comma - 1) return null;
      // "Her former coach at the academy, Inés Duarte,": up to two short prepositional phrases end the description.
      if (isPrepositionOut(tokens[k - 1]) && reach >= comma - 10 && !isPossessive(t)) {
        reach = Math.max(0, k - 6);
        k--;
        continue;
      }
      // "The charity's bookkeeper, Alison Marsh,": the determiner of the possessor opens the phrase.
      const start = isPossessive(t) && (tokens[k - 1]?.lower === 'the' || POSSESSIVE_PRONOUNS.has(tokens[k - 1]?.lower ?? '')) ? k - 1 : k;
      return { start, end: comma - 1, appStart: -1, appEnd: -1 };
    }
    if (t.cap && k > 0) return null;
  }
  return null;
}

function findCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWordOut(t)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const owned = ownedDocument(tokens, i + 2);
      const subject = owned ? owned.owner : phraseStartingAt(tokens, i + 2, tokens.length, i === 0 || !isComma(tokens[i - 1]));
      if (!subject) continue;
      cues.push({
        verb: i, verbEnd: owned ? owned.verbEnd : i + 2, label: 'according to', frame: 'according', addressee: false, subjects: [subject],
        inherits: false, inverted: true, clauseStart: isComma(tokens[i - 1]) ? i - 1 : i, subordinate: false, relative: null,
        documents: owned?.documents,
      });
      continue;
    }
    if ((t.lower === 'put' || t.lower === 'puts') && tokens[i + 1]?.lower === 'it') {
      const cue = asPutIt(tokens, i);
      if (cue) cues.push(cue);
      continue;
    }
    const word = t.cap && i > 0 ? undefined : CUE_WORDS.get(t.lower);
    if (!word) continue;
    const cue = readCue(tokens, i, word);
    if (cue && !(cues.length && echoesEarlierSpeaker(tokens, cue))) cues.push(cue);
  }
  return cues;
}

/**
 * "According to the company's quarterly report filed with the SEC on Wednesday, ...": the owner of the document
 * speaks; the content starts after the comma that ends the document's description.
 */
function ownedDocument(tokens: Token[], from: number): { owner: Mention; verbEnd: number; documents: string[] } | null {
  let k = from;
  if (isWordOut(tokens[k]) && tokens[k].lower === 'the') k++;
  const possessor = k;
  while (isWordOut(tokens[k]) && !isPossessive(tokens[k]) && k < possessor + 4) k++;
  if (!isWordOut(tokens[k]) || !(isPossessive(tokens[k]) || tokens[k].lower === 'its')) return null;
  // The possessor is "the company", "Kestrel" or "its": a known head or a name, read without the "'s".
  const bare = tokens[k].lower.replace(/['’]s?$/, '');
  if (!(tokens[k].cap || ORG_HEADS.has(bare) || bare === 'it' && k === from) || (k > from && !tokens.slice(from + (tokens[from].lower === 'the' ? 1 : 0), k).every((t) => t.cap))) return null;
  const owner: Mention = { start: from, end: k, appStart: -1, appEnd: -1, possessive: true };
  let d = k + 1;
  while (isWordOut(tokens[d]) && !tokens[d].cap && !DOCUMENT_NOUNS.has(tokens[d].lower) && d < k + 4) d++;
  if (!isWordOut(tokens[d]) || !DOCUMENT_NOUNS.has(tokens[d].lower)) return null;
  const documents = [tokens[d].lower];
  if (tokens[d + 1]?.lower === 'filed') documents.push('filing');
  let comma = d + 1;
  while (comma < tokens.length && comma < d + 20 && !isComma(tokens[comma])) {
    if (!tokens[comma].word || tokens[comma].quote !== -1) return null;
    comma++;
  }
  if (!isComma(tokens[comma])) return null;
  // "..., released on Monday, the Fed issued ...": a participle phrase after the document describes it too.
  if (isWordOut(tokens[comma + 1]) && !tokens[comma + 1].cap && /ed$|^made$/.test(tokens[comma + 1].lower)) {
    let next = comma + 2;
    while (next < comma + 10 && isWordOut(tokens[next])) next++;
    if (isComma(tokens[next])) comma = next;
  }
  return { owner, verbEnd: comma, documents };
}

/** Adverbs between "as she puts it" and its quotation. */
const PUT_IT_ADVERBS = new Set(['now', 'today', 'so', 'best', 'bluntly', 'simply', 'later', 'then', 'succinctly', 'memorably', 'once']);

/**
 * "as she puts it now, “the phone just stopped ringing”", "“…”, as one farmer put it": the quotation next to
 * the aside is the subject's words.
 */
function asPutIt(tokens: Token[], i: number): Cue | null {
  if (!isWordOut(tokens[i]) || !isWordOut(tokens[i + 1])) return null;
  let at = i - 1;
  const np = isHeadWord(tokens[at]) ? phraseEndingAt(tokens, at) : null;
  if (!np || !isWordOut(tokens[np.start - 1]) || tokens[np.start - 1].lower !== 'as') return null;
  at = i + 2;
  while (isWordOut(tokens[at]) && PUT_IT_ADVERBS.has(tokens[at].lower)) at++;
  return {
    verb: i, verbEnd: at, label: `${tokens[i].text} it`, frame: 'clause', addressee: false, subjects: [np], inherits: false, inverted: false,
    clauseStart: np.start - 1, subordinate: false, relative: null, quoteOnly: true,
  };
}

/**
 * "The board said it had offered 2 percent, which it described as «the maximum»": a relative clause whose
 * pronoun subject is the earlier speaker again belongs to the earlier report; it is not a statement of its own.
 */
function echoesEarlierSpeaker(tokens: Token[], cue: Cue): boolean {
  if (cue.subjects.length !== 1 || cue.inverted) return false;
  const subject = cue.subjects[0];
  const before = tokens[subject.start - 1];
  return subject.start === subject.end && PRONOUNS_SUBJECT.has(tokens[subject.start].lower) &&
    isWordOut(before) && (before!.lower === 'which' || before!.lower === 'what');
}

function readCue(tokens: Token[], i: number, word: CueWord): Cue | null {
  const next = tokens[i + 1];
  let verbEnd = i + 1;
  let frame: CueFrame = word.frame;
  if (word.lemma === 'rule' && next?.lower === 'that' && isWordOut(next)) {
    // "ruling that a judge had erred": a court's finding is reported like speech.
    frame = 'clause';
  } else if (word.particles.length) {
    let k = i + 1;
    // "made it clear that": the dummy object sits between the verb and its particle.
    while (isWordOut(tokens[k]) && (ADVERBS_BETWEEN.test(tokens[k].lower) || (word.lemma === 'make' && tokens[k].lower === 'it'))) k++;
    if (!tokens[k] || !word.particles.includes(tokens[k].lower)) return null;
    // "speaking on Tuesday", "speaking on condition of anonymity": "on" starts a time or manner, not a topic.
    if (word.lemma === 'speak' && tokens[k].lower === 'on' && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|condition|behalf|the|a|an|television|radio|tv)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    verbEnd = k + 1;
  } else if (word.lemma === 'call' && (next?.lower === 'for' || next?.lower === 'on')) {
    verbEnd++;
    if (next.lower === 'on') frame = 'control';
  } else if (NEEDS_INFINITIVE.has(word.lemma)) {
    // "offered to pay", "asked the council to delay": a "to"-infinitive close after the verb.
    let infinitive = false;
    const reach = word.lemma === 'offer' ? 2 : 8;
    for (let k = i + 1; k < tokens.length && k <= i + reach; k++) {
      const t = tokens[k];
      if (!isWordOut(t)) break;
      if (t.lower === 'to') {
        infinitive = true;
        break;
      }
    }
    if (!infinitive) return null;
  } else if (NEEDS_COMPLEMENT.has(word.lemma) && !complementFollows(tokens, i + 1)) {
    // "dismissed it last August" (a judge and a case) reports nothing; "dismissed the claims as “absurd”" does.
    return null;
  } else if (NEEDS_QUOTE.has(word.lemma)) {
    let quoted = false;
    for (let k = i + 1; k < tokens.length && k <= i + 7; k++) if (tokens[k].mark === 'open') quoted = true;
    if (!quoted) return null;
  } else if (word.lemma === 'warn' && next && ['of', 'about', 'against'].includes(next.lower)) {
    verbEnd++;
  }
  // "admitted criminal damage" is a plea; "admitted he had ..." reports speech.
  if (CLAUSE_ONLY.has(word.lemma) && isWordOut(next) && next!.lower !== 'that' && !clauseFollowsWithin(tokens, i + 1, 6)) return null;
  if (next?.lower === 'by' && word.form !== 'ing') return null; // passive: "rejected by the United States"
  // "is accused of murdering", "were warned": the subject of a passive is not the speaker.
  if (word.form === 'past' && BE_FORMS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1].quote === -1 && tokens[i + 1]?.lower !== 'as') return null;
  if (word.frame === 'belief' && tokens[verbEnd]?.lower !== 'that') return null;
  if (word.lemma === 'continue' && !(tokens[i - 1]?.quote !== -1 || isComma(tokens[i - 1]) || tokens[i + 1]?.text === ':' || PRONOUNS_SUBJECT.has(tokens[i - 1]?.lower ?? ''))) return null;
  // "have long argued that ..." reports a position; "have long called the striker “the Postman”" is a nickname.
  if (frame === 'object' && isWordOut(tokens[i - 1]) && tokens[i - 1].lower === 'long') return null;
  const base = { verb: i, verbEnd, label: tokens[i].text, frame, addressee: !!word.addressee && verbEnd === i + 1, relative: null, subordinate: false };

  const prev = tokens[i - 1];
  // "Patients with questions", "the claims": a noun that looks like a present-tense speech verb.
  if (word.form === 'present' && prev && isWordOut(prev) && (PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower) || POSSESSIVE_PRONOUNS.has(prev.lower))) return null;
  // "at least eight states had passed ...": a numeral before a present-tense form makes it a plural noun.
  if (word.form === 'present' && isWordOut(prev) && (/^\d/.test(prev!.text) || NUMBER_WORDS.has(prev!.lower))) return null;
  // "Fairbanks' written testimony", "the minister's stated aim": after a possessive noun the form is an adjective.
  if ((word.form === 'past' || word.form === 'present') && isWordOut(prev) && isPossessive(prev!) && !CONTRACTED.test(prev!.lower)) return null;
  // "which has been accused of abuses", "were told to leave": a passive reports what others said to the subject.
  if (word.form === 'past' && isPassiveAt(tokens, i)) return null;
  // "two men from out of state", "the head of state": a base form after "of" is a noun.
  if (word.form === 'base' && isWordOut(prev) && prev!.lower === 'of') return null;
  // "is recalling 14 lots", "maintains the road": with a plain object these verbs do not report speech.
  if (NON_SPEECH_WITH_OBJECT.has(word.lemma) && prev?.mark !== 'close' && !isComma(prev) && startsNounObject(next) && !clauseFollowsWithin(tokens, i + 1, 4) &&
    !clauseAfterLongSubject(tokens, i + 1) && !(word.lemma === 'recall' && recalledMoment(tokens, i + 1))) return null;
  if (word.form === 'ing') {
    if (!prev) return null;
    // '"... unavoidable," adding that ...': the comma sits inside the closing quote.
    const commaInQuote = prev.mark === 'close' && tokens[i - 2]?.text === ',';
    if (PARTICIPLE_LEADS.has(prev.lower) || isComma(prev) || commaInQuote) {
      if (prev.lower === 'in') return null;
      return { ...base, subjects: [], inherits: true, inverted: false, clauseStart: i - 1 };
    }
    // "..., with Okafor confirming he will start": "with" and a subject before the participle.
    if (isHeadWord(prev) || isWordOut(prev)) {
      let np = isHeadWord(prev) ? phraseEndingAt(tokens, i - 1) : null;
      // "..., with southern states pressing for ...": a group phrase after "with".
      const group = !np || tokens[np.start - 1]?.lower !== 'with' ? groupAfterWith(tokens, i - 1) : null;
      if (group) np = group;
      if (np && (group || (tokens[np.start - 1]?.lower === 'with' && tokens[np.start - 1].quote === -1))) {
        return { ...base, subjects: [np], inherits: false, inverted: false, clauseStart: np.start - 1 };
      }
    }
    // "was quoted as saying": the subject is that of the passive "quoted".
    if (prev.lower === 'as' && tokens[i - 2]?.lower === 'quoted' && isWordOut(tokens[i - 2])) {
      const { at, blocked } = skipToSubject(tokens, i - 2);
      const np = !blocked && isHeadWord(tokens[at]) ? phraseEndingAt(tokens, at) : null;
      if (np && opensClause(tokens, np.start)) return { ...base, subjects: jointSubjects(tokens, np), inherits: false, inverted: false, clauseStart: np.start };
      return null;
    }
    if (!BE_FORMS.has(prev.lower)) return null;
  }

  // Inverted: "..." said Smith / ..., said the judge.
  if (prev && (prev.mark === 'close' || (isComma(prev) && !isHeadWord(tokens[i - 2])) || (prev.quote !== -1 && prev.text === ','))) {
    const subject = phraseStartingAt(tokens, i + 1);
    const afterSubject = subject ? tokens[(subject.appEnd >= 0 ? subject.appEnd : subject.end) + 1] : undefined;
    // "..., said its members had been ..." is a clause after the verb, not an inverted subject.
    const clauseFollows = !!afterSubject && afterSubject.word && (AUXILIARIES.has(afterSubject.lower) || MODALS.has(afterSubject.lower) || CUE_WORDS.has(afterSubject.lower));
    if (subject && !clauseFollows && (word.form === 'past' || word.form === 'present')) {
      const quoteBefore = prev.mark === 'close' || prev.quote !== -1;
      if (quoteBefore || !isComma(prev) || !subjectBeforeAppositive(tokens, i - 1)) {
        return { ...base, verbEnd: i + 1, subjects: [subject], inherits: false, inverted: true, clauseStart: i };
      }
    }
  }

  // "lined up at the microphone to warn that ...": an infinitive of purpose after a place phrase reports what
  // the sentence's subject said there.
  if (word.form === 'base' && isWordOut(prev) && prev!.lower === 'to' && isWordOut(next) && next!.lower === 'that' && purposeAfterPlace(tokens, i - 1)) {
    return { ...base, subjects: [], inherits: true, inverted: false, clauseStart: i - 1 };
  }
  const skipped = skipToSubject(tokens, i);
  const { blocked } = skipped;
  if (blocked) return null;
  // "the Union of Care Workers (UCW) said": the abbreviation in brackets after the name is part of the subject.
  // "Both told ...": "both" is also read as an adverb ("both said"); opening the sentence it is the subject.
  const at = skipped.at < 0 && isWordOut(tokens[0]) && tokens[0].lower === 'both' && i <= 2 ? 0 : abbreviationBefore(tokens, skipped.at);
  const s = tokens[at];
  if (!s) return null;
  if (isComma(s)) {
    const appositive = subjectBeforeAppositive(tokens, at);
    if (appositive) return { ...base, subjects: jointSubjects(tokens, appositive), inherits: false, inverted: false, clauseStart: appositive.start, subordinate: SUBORDINATORS.has(tokens[appositive.start - 1]?.lower ?? '') };
    return null;
  }
  if (s.quote !== -1) return null;
  // "Mia Torres — who scored twice — said": an aside between dashes.
  if (isDash(s)) {
    let open = at - 1;
    while (open > 0 && at - open < 25 && !isDash(tokens[open]) && !endsSentence(tokens[open]) && tokens[open].quote === -1) open--;
    const np = open > 0 && isDash(tokens[open]) && isHeadWord(tokens[open - 1]) ? phraseEndingAt(tokens, open - 1) : null;
    if (!np || !opensClause(tokens, np.start)) return null;
    return { ...base, subjects: jointSubjects(tokens, np), inherits: false, inverted: false, clauseStart: np.start, subordinate: false };
  }
  if (s.lower === 'and' || s.lower === 'but' || s.lower === 'or') {
    if (word.form === 'base' && !['and', 'but'].includes(s.lower)) return null;
    return { ...base, subjects: [], inherits: true, inverted: false, clauseStart: at };
  }
  // "Riders, several of whom said they had ...": the group before the comma speaks.
  if (s.lower === 'whom' && tokens[at - 1]?.lower === 'of' && /^(?:some|several|many|most|all|both|two|three|one)$/.test(tokens[at - 2]?.lower ?? '') && isComma(tokens[at - 3])) {
    const antecedent = groupPhraseEndingAt(tokens, at - 4) ?? (isHeadWord(tokens[at - 4]) ? phraseEndingAt(tokens, at - 4) : null);
    if (!antecedent || !opensClause(tokens, antecedent.start)) return null;
    const relative = `${tokens[at - 2].text} of ${s.text}`;
    return { ...base, subjects: [antecedent], inherits: false, inverted: false, clauseStart: at - 3, relative };
  }
  if (RELATIVE_PRONOUNS.has(s.lower) && isComma(tokens[at - 1])) {
    const antecedent = s.lower === 'who' ? personBeforeDescription(tokens, at - 1) ?? phraseEndingAt(tokens, at - 2) : phraseEndingAt(tokens, at - 2);
    if (!antecedent || !isHeadWord(tokens[antecedent.end])) return null;
    // "Lisa Brandt and Marcus Reyes, who voted against, said": the relative clause describes both.
    const subjects = jointSubjects(tokens, antecedent);
    return { ...base, subjects, inherits: false, inverted: false, clauseStart: subjects.length > 1 ? subjects[0].start : at - 1, relative: s.text };
  }
  // "Nurses at the Kestrel hospital warned", "the maker of Hartfield biscuits warned": the subject is the
  // phrase before the prepositional phrases that end right before the verb.
  // "Both told the committee that ...": the pair named just before speaks.
  let np = isWordOut(s) && s.lower === 'both' && at === 0 ? { start: at, end: at, appStart: -1, appEnd: -1 } : phraseEndingAt(tokens, at);
  // "Some owners say", "Laid-off employees say", "Small island nations on Wednesday demanded".
  if (!np || !opensClause(tokens, np.start)) np = groupPhraseEndingAt(tokens, at) ?? np;
  // "Several residents said": a quantifier and a plain plural are a group, not a description of someone.
  else if (np.start < np.end && /^(?:several|many|most|some)$/.test(tokens[np.start].lower) && !tokens.slice(np.start + 1, np.end + 1).some((t) => t.cap)) np = groupPhraseEndingAt(tokens, at) ?? np;
  let prep = np ? np.start - 1 : -1;
  if (!np) {
    let j = at;
    for (let plain = 0; plain < 5 && isWordOut(tokens[j]) && !isPrep(tokens[j]); plain++) j--;
    if (!isPrep(tokens[j])) return null;
    prep = j;
    np = { start: j + 1, end: at, appStart: -1, appEnd: -1 };
  }
  const pronounClause = (m: Mention) => word.form !== 'ing' && m.start === m.end && NOMINATIVE.has(tokens[m.start].lower) && !QUESTION_WORDS.has(tokens[m.start - 1]?.lower ?? '');
  // "in what Beijing called a “stern warning” to separatist forces": a named speaker's label for something.
  if (isWordOut(tokens[np.start - 1]) && tokens[np.start - 1].lower === 'what' && NAMING_VERBS.has(word.lemma) && tokens[np.end].cap && !np.group) {
    return { ...base, subjects: [np], inherits: false, inverted: false, clauseStart: np.start - 1, subordinate: true, embedded: true };
  }
  if (!opensClause(tokens, np.start) && !pronounClause(np)) {
    const outer = phraseBeforePrepositions(tokens, prep, pronounClause);
    if (!outer) return null;
    np = outer;
  }
  // "In a 1998 interview she said", "an honour she described as": a subject pronoun starts its own clause.
  if (!opensClause(tokens, np.start) && !pronounClause(np)) return null;
  // "Several speakers questioned the figures", "Some customers described being stranded": a group with a plain
  // object is narrated, not quoted; "Small island nations demanded a levy" is a demand on the record.
  if (np.group && frame === 'object' && word.lemma !== 'demand' && !complementFollows(tokens, verbEnd)) return null;
  if (word.form === 'base' && !isPluralSubject(tokens, np) && !AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'to') return null;
  const subjects = partiesAfterFrom(tokens, np) ?? jointSubjects(tokens, np);
  return {
    ...base, subjects, inherits: false, inverted: false, clauseStart: subjects[0].start,
    subordinate: SUBORDINATORS.has(tokens[subjects[0].start - 1]?.lower ?? ''),
  };
}

/**
 * "Mediators from Qatar and Egypt said": the group speaks for each party it came from, so each is a
 * speaker. Null unless a plural noun for people opens the clause before "from".
 */
function partiesAfterFrom(tokens: Token[], last: Mention): Mention[] | null {
  const parties: Mention[] = [last];
  let k = last.start - 1;
  while (tokens[k]?.lower === 'and' || isComma(tokens[k])) {
    const other = phraseEndingAt(tokens, k - 1);
    if (!other || !isNameWord(tokens[k - 1])) return null;
    parties.unshift(other);
    k = other.start - 1;
  }
  const group = tokens[k - 1];
  if (parties.length < 2 || tokens[k]?.lower !== 'from' || !group || !isWordOut(group) || !opensClause(tokens, k - 1)) return null;
  // "Mediators", "Negotiators", "Delegations from ...".
  if (!(GROUP_HEADS.has(group.lower) || PLURAL_AGENT.test(group.lower) || /tions$/.test(group.lower))) return null;
  return parties;
}

/** Number words that make a following present-tense form a plural noun ("eight states"). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'several', 'many', 'few', 'both', 'all', 'other']);
/** "he's said", "it's stated": a pronoun with a contracted "has" or "is", not a possessive. */
const CONTRACTED = /^(?:he|she|it|that|there|who|what|here|where)['’]s$/;

/** "was told", "has been accused", "were widely criticised": a form of "be" (and an adverb) before the participle. */
function isPassiveAt(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  if (isWordOut(tokens[k]) && ADVERBS_BETWEEN.test(tokens[k].lower) && !isHeadWord(tokens[k])) k--;
  const t = tokens[k];
  return isWordOut(t) && (BE_FORMS.has(t!.lower) || t!.lower === 'being' || t!.lower === 'get' || t!.lower === 'got');
}

/**
 * "Nurses at the Kestrel hospital", "A report published on Tuesday by the Institute": from the preposition at `prep`,
 * the phrase whose prepositional phrases end there, crossing a few plain words and time words on the way.
 */
function phraseBeforePrepositions(tokens: Token[], prep: number, pronounClause: (m: Mention) => boolean = () => false): Mention | null {
  for (let hops = 0; hops < 3; hops++) {
    if (!isPrep(tokens[prep])) return null;
    // Plain words of a lower-case object ("of pupils at ...") are crossed on the way to the subject's head.
    let j = prep - 1;
    for (let plain = 0; plain < 3 && isWordOut(tokens[j]) && !isHeadWord(tokens[j]) && !isPrep(tokens[j]) && (!tokens[j].cap || WEEKDAYS.has(tokens[j].lower)); plain++) j--;
    if (isPrep(tokens[j])) {
      prep = j;
      continue;
    }
    const outer = isHeadWord(tokens[j]) ? phraseEndingAt(tokens, j) : null;
    if (!outer) return null;
    if (opensClause(tokens, outer.start) || pronounClause(outer)) return outer;
    prep = outer.start - 1;
  }
  return null;
}

/** "lined up at the microphone | to": a prepositional phrase of place, at most four words, right before "to". */
function purposeAfterPlace(tokens: Token[], to: number): boolean {
  for (let k = to - 1; k >= 0 && k >= to - 4; k--) {
    const t = tokens[k];
    if (!isWordOut(t)) return false;
    if (/^(?:at|to|outside|before|onto|into)$/.test(t.lower)) return k < to - 1 && isWordOut(tokens[k - 1]);
  }
  return false;
}

/** "... Workers (UCW)" ending at `at`: the index of the name's last word before the brackets, else `at`. */
function abbreviationBefore(tokens: Token[], at: number): number {
  const close = tokens[at];
  if (!close || close.text !== ')' || close.quote !== -1) return at;
  const open = tokens[at - 2];
  const abbr = tokens[at - 1];
  if (!open || open.text !== '(' || !abbr?.word || !/^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(abbr.text) || !isNameWord(tokens[at - 3])) return at;
  return at - 3;
}

/** A group phrase ending at `end` right after "with" (or after "and" in a "with A -ing ... and B -ing" frame). */
function groupAfterWith(tokens: Token[], end: number): Mention | null {
  const g = groupPhraseEndingAt(tokens, end, 0, false);
  if (!g) return null;
  const before = tokens[g.start - 1];
  if (!isWordOut(before)) return null;
  if (before!.lower === 'with') return g;
  // "with A pressing for X and B insisting that ...": the second participle shares the "with".
  if (before!.lower !== 'and') return null;
  for (let k = g.start - 2; k >= 0 && k >= g.start - 16; k--) {
    const t = tokens[k];
    if (!isWordOut(t)) return null;
    if (t.lower === 'with') return g;
  }
  return null;
}

/** Verbs that name something in "what X called ...". */
const NAMING_VERBS = new Set(['call', 'describe']);

/** Verbs of promising whose content may be a "to"-infinitive. */
const PLEDGES = new Set(['vow', 'pledge', 'promise']);

/** Verbs that report speech only with a clause after them ("disclosed that ...", not "disclosed the sum"). */
const CLAUSE_ONLY = new Set(['admit', 'disclose', 'hint', 'counter', 'repeat', 'concede']);

/** Object verbs that report speech only with a quote, a clause or an "as ..." complement after them. */
const NEEDS_COMPLEMENT = new Set(['dismiss']);

/** A quote, "that", "as" or a finite verb within the next few words, before the sentence or clause ends. */
function complementFollows(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 10; k++) {
    const t = tokens[k];
    if (t.mark === 'open') return true;
    if (t.quote !== -1) continue;
    if (!t.word) {
      if (endsSentence(t) || t.text === ';') return false;
      continue;
    }
    if (t.lower === 'as' || t.lower === 'that' || ((AUXILIARIES.has(t.lower) || MODALS.has(t.lower)) && !t.cap && t.lower !== 'being')) return true;
  }
  return false;
}

/** A finite verb (auxiliary or modal) among the next few plain words: a clause starts at `from`. */
function clauseFollowsWithin(tokens: Token[], from: number, reach: number): boolean {
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    const t = tokens[k];
    if (!isWordOut(t)) return false;
    // "recalled the cars that were sold": a relative clause inside the object.
    if (k > from && (t.lower === 'that' || RELATIVE_PRONOUNS.has(t.lower))) return false;
    if (AUXILIARIES.has(t.lower) || MODALS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "maintained the decision to bat first after winning the toss had been the right one": a finite verb after a
 * longer noun phrase with no relative word, comma or conjunction of its own before it ends the clause's subject.
 */
function clauseAfterLongSubject(tokens: Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k];
    if (!isWordOut(t) || t.cap || RELATIVE_PRONOUNS.has(t.lower) || /^(?:that|and|or|but)$/.test(t.lower)) return false;
    if (SUBORDINATORS.has(t.lower) && !/ing$/.test(tokens[k + 1]?.lower ?? '')) return false;
    if ((AUXILIARIES.has(t.lower) || MODALS.has(t.lower)) && t.lower !== 'being' && t.lower !== 'be' && t.lower !== 'been') return true;
  }
  return false;
}

/** Nouns of a remembered moment: "recalls the night she decided ...". */
const MOMENTS = new Set(['night', 'day', 'moment', 'morning', 'evening', 'afternoon', 'time', 'week', 'summer', 'winter', 'year']);

/** "recalls the night she decided she was done": a moment and a clause about a person is a memory told. */
function recalledMoment(tokens: Token[], from: number): boolean {
  const det = tokens[from];
  const noun = tokens[from + 1];
  const who = tokens[from + 2]?.lower === 'when' || tokens[from + 2]?.lower === 'that' ? tokens[from + 3] : tokens[from + 2];
  return isWordOut(det) && /^(?:the|that)$/.test(det.lower) && isWordOut(noun) && MOMENTS.has(noun.lower) && isWordOut(who) &&
    /^(?:he|she|i|we)$/.test(who!.lower);
}

/** Speech verbs that mean something else with a plain noun object ("recalling 14 lots", "maintained the road"). */
const NON_SPEECH_WITH_OBJECT = new Set(['recall', 'maintain', 'observe', 'answer', 'continue', 'note', 'state']);
const startsNounObject = (t: Token | undefined) =>
  isWordOut(t) && (/^\d/.test(t!.text) || /^(?:the|a|an|its|his|her|their|this|these|those|some|all)$/.test(t!.lower));

const isPrep = (t: Token | undefined) => isWordOut(t) && (PREPOSITIONS.has(t!.lower) || t!.lower === 'of');

const ADVERBS_BETWEEN = /^(?:\w+ly|again|also)$/;
const PRONOUNS_SUBJECT = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Pronouns that can only be subjects. */
const NOMINATIVE = new Set(['he', 'she', 'they', 'we']);
/** Words opening an embedded question or condition: "asked whether he would be writing" reports no speech. */
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'when', 'where', 'who']);

function isPluralSubject(tokens: Token[], np: Mention): boolean {
  const head = tokens[np.end].lower;
  return head === 'they' || head === 'we' || head === 'i' || head === 'you' || /s$/.test(head) || tokens[np.start - 1]?.lower === 'and';
}

/** Where the forward content of a cue begins, past addressees, time words and adjunct phrases. */
function forwardStart(tokens: Token[], cue: Cue, afterSubject: number): { at: number; parenthetical: boolean } {
  let j = cue.inverted && !cue.documents ? afterSubject : cue.verbEnd;
  if (cue.frame === 'according') return { at: cue.clauseStart === cue.verb ? j : tokens.length, parenthetical: false };
  // "vowed to fight on", "pledged to cut taxes": the promise is the infinitive, as with "offered to pay".
  if (tokens[j]?.lower === 'to' && isWordOut(tokens[j]) && PLEDGES.has(CUE_WORDS.get(tokens[cue.verb].lower)?.lemma ?? '') && isWordOut(tokens[j + 1]) &&
    !tokens[j + 1].cap && !DETERMINERS.has(tokens[j + 1].lower) && !POSSESSIVE_PRONOUNS.has(tokens[j + 1].lower)) return { at: j, parenthetical: false };
  const n = tokens.length;
  while (j < n && isWordOut(tokens[j]) && TIME_AFTER_VERB.has(tokens[j].lower) && !(tokens[j].lower === 'this' && !WEEKDAYS.has(tokens[j + 1]?.lower ?? '') && !/^(?:morning|afternoon|evening|week)$/.test(tokens[j + 1]?.lower ?? ''))) j++;
  const ownClause = cue.addressee && isWordOut(tokens[j]) && !PREPOSITIONS.has(tokens[j].lower) && clauseAfterAddressee(tokens, j) === j;
  const startsAdjunct = isWordOut(tokens[j]) && (PREPOSITIONS.has(tokens[j].lower) || (cue.addressee && tokens[j].lower !== 'that' && !ownClause));
  if (startsAdjunct && cue.frame !== 'object' && cue.frame !== 'control') {
    let stop = -1;
    for (let m = j; m < n && m < j + 14; m++) {
      const t = tokens[m];
      if (isWordOut(t) && t.lower === 'that') {
        stop = m;
        break;
      }
      if (t.mark === 'open' || (t.quote === -1 && (t.text === ',' || t.text === ':'))) {
        if (m - j <= (cue.addressee && !PREPOSITIONS.has(tokens[j].lower) ? 5 : 12)) stop = m;
        break;
      }
      if (endsSentence(t) || m === n - 1) {
        stop = n;
        break;
      }
      if (!t.word) break;
    }
    // "told the meeting the spoil could be used": a short addressee, then a clause without "that".
    // 'told the court he was "deeply ashamed"': the clause starts before the quote that ends the scan.
    if (cue.addressee && !PREPOSITIONS.has(tokens[j].lower)) {
      const clause = clauseAfterAddressee(tokens, j);
      if (clause > 0 && (stop < 0 || stop === n || (clause < stop && tokens[stop].mark === 'open'))) stop = clause;
    }
    if (stop >= 0) j = stop;
  }
  const parenthetical = isComma(tokens[j]);
  if (isWordOut(tokens[j]) && tokens[j].lower === 'that' && !isComma(tokens[j + 1])) j++;
  else if (tokens[j] && tokens[j].quote === -1 && (tokens[j].text === ':' || tokens[j].text === ',')) j++;
  if (isWordOut(tokens[j]) && tokens[j].lower === 'that' && cue.frame !== 'object') j++;
  else if (isComma(tokens[j - 1]) && isWordOut(tokens[j]) && tokens[j].lower === 'that') j++;
  return { at: j, parenthetical };
}

const CLAUSE_SUBJECT_STARTS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'its', 'his', 'her', 'their', 'this', 'there']);

/** Where the clause after an addressee of up to four words starts ("reporters | the club had ..."), or -1. */
function clauseAfterAddressee(tokens: Token[], j: number): number {
  for (let m = j + 1; m < tokens.length && m <= j + 4; m++) {
    const t = tokens[m];
    // "told voters that ...": the complementiser marks where the clause starts.
    if (!isWordOut(t) || t.lower === 'that') return -1;
    // "warned the move was reckless": a short phrase then a finite verb is the clause's own subject, not an addressee.
    if (m <= j + 3 && (AUXILIARIES.has(t.lower) || MODALS.has(t.lower)) && !PREPOSITIONS.has(tokens[m - 1].lower)) return j;
    if (!CLAUSE_SUBJECT_STARTS.has(t.lower)) continue;
    // "told the BBC she regretted ...": a personal pronoun is followed by its verb, whatever its tense.
    if (PRONOUNS_SUBJECT.has(t.lower) && isWordOut(tokens[m + 1]) && !tokens[m + 1].cap && !PREPOSITIONS.has(tokens[m + 1].lower)) return m;
    for (let v = m + 1; v < tokens.length && v <= m + 5; v++) {
      const w = tokens[v];
      if (!isWordOut(w)) return -1;
      if (AUXILIARIES.has(w.lower) || MODALS.has(w.lower)) return m;
    }
    return -1;
  }
  return -1;
}

function trimPiece(tokens: Token[], piece: Piece): Piece | null {
  let { from, to } = piece;
  while (from < to && (isComma(tokens[from]) || (tokens[from].quote === -1 && (tokens[from].text === ':' || tokens[from].text === '—' || tokens[from].text === '–')))) from++;
  if (from < to && tokens[from].quote === -1 && LEADING_CONJUNCTIONS.has(tokens[from].lower)) {
    from++;
    while (from < to && isComma(tokens[from])) from++;
  }
  while (to > from) {
    const t = tokens[to - 1];
    if (t.quote === -1 && (TRAILING_JUNK.has(t.lower) || endsSentence(t))) to--;
    else break;
  }
  for (let k = from; k < to; k++) if (tokens[k].word) return { from, to };
  return null;
}

/**
 * "Marisol Tejeda, a swim instructor at the Eastside Aquatic Center, who said": "who" is the named
 * person, not the place that ends the description between the commas.
 */
function personBeforeDescription(tokens: Token[], comma: number): Mention | null {
  let open = -1;
  for (let k = comma - 1; k >= 0 && k >= comma - 16; k--) {
    if (!tokens[k].word || tokens[k].quote !== -1) {
      if (isComma(tokens[k])) open = k;
      break;
    }
  }
  // ", a nurse from Dayton," or ", chief executive of the startup Brightline,": a description of the name before it.
  const lead = tokens[open + 1];
  const determined = /^(?:a|an|the)$/.test(lead?.lower ?? '');
  if (open < 1 || !lead || !(determined || (!lead.cap && (ROLE_WORDS.has(lead.lower) || PERSON_HEADS.has(lead.lower)))) || !isNameWord(tokens[open - 1])) return null;
  let described = !determined;
  for (let k = open + 2; k < comma; k++) {
    const l = tokens[k].lower;
    if (PREPOSITIONS.has(l) || l === 'of') break;
    if (PERSON_HEADS.has(l) || ROLE_WORDS.has(l) || /(?:er|or|ist|ian|man|woman)$/.test(l)) described = true;
  }
  if (!described) return null;
  const np = phraseEndingAt(tokens, open - 1);
  if (!np) return null;
  np.appStart = open + 1;
  np.appEnd = comma - 1;
  return np;
}

/** A lower-case verb-like word that can resume a main clause after a relative clause closes. */
function startsMainPredicate(t: Token | undefined): boolean {
  if (!isWordOut(t) || t!.cap || /ing$/.test(t!.lower) || /^\d/.test(t!.text)) return false;
  const l = t!.lower;
  return !DETERMINERS.has(l) && !POSSESSIVE_PRONOUNS.has(l) && !PRONOUNS_SUBJECT.has(l) && !PREPOSITIONS.has(l) && !SUBORDINATORS.has(l) &&
    !RELATIVE_PRONOUNS.has(l) && !LEADING_CONJUNCTIONS.has(l) && !/^(?:or|that|of|not|also|then|too|even|only)$/.test(l);
}

function contentEnd(tokens: Token[], cue: Cue, from: number, cues: Cue[], index: number): number {
  let limit = tokens.length;
  // Cues come in reading order and a clause starts shortly before its verb, so only the next few matter.
  for (let k = index + 1; k < cues.length && cues[k].verb <= limit + 60; k++) {
    const other = cues[k];
    if (other.embedded) continue;
    if (other.clauseStart > from && other.clauseStart < limit) limit = other.clauseStart;
    // "..., the office said, adding that ...": the next cue's own clause starts where this content would.
    else if (other.inherits && other.clauseStart < from && other.verb >= from && other.verb < limit) limit = from;
  }
  for (let k = from; k < limit; k++) {
    const t = tokens[k];
    if (t.quote !== -1) continue;
    if (t.text === ';') return k;
    // 'conceded that he “never got comfortable” all week: “You can’t win ...”': the quotation after the colon is
    // a statement of its own.
    // "before adding, after a pause: “…”" is one quotation after an adjunct.
    if (t.text === ':' && tokens[k + 1]?.mark === 'open' && k > from + 4 && !isPrep(tokens[from])) return k;
    // "He denied that ..., contradicting witnesses who ...": a participle after a comma is the narrator's comment.
    if (isComma(t) && k > from + 3 && isNarratorParticiple(tokens[k + 1]) && !isComma(tokens[k + 2]) && !participleInList(tokens, from, k)) return k;
    if (cue.subordinate && isComma(t)) return k;
    if (cue.frame === 'control' && t.lower === 'amid') return k;
    if (isComma(t) && tokens[k + 1]?.lower === 'according') return k;
    // "Pettifer, who had denied both charges, showed no reaction": the relative clause ends before the main verb.
    if (cue.relative && isComma(t) && startsMainPredicate(tokens[k + 1])) return k;
    // "..., but was not identified": the matrix subject's next verb, not reported speech. Without the comma the
    // verb is coordinated inside the report: "said the agency welcomed the results but would wait for ...".
    if (t.lower === 'but' && k > from + 2 && isComma(tokens[k - 1])) {
      let v = k + 1;
      if (tokens[v]?.lower === 'also') v++;
      if (AUXILIARIES.has(tokens[v]?.lower ?? '') || MODALS.has(tokens[v]?.lower ?? '')) return isComma(tokens[k - 1]) ? k - 1 : k;
    }
    // ", and Hungary makes ...": a new clause with its own named subject.
    if (isComma(t) && (tokens[k + 1]?.lower === 'and' || tokens[k + 1]?.lower === 'but') && isNameWord(tokens[k + 2]) && k > from + 2) return k;
  }
  return limit;
}

/** Words in -ing after a comma that comment on the report ("contradicting", "making it"), not nouns or prepositions. */
function isNarratorParticiple(t: Token | undefined): boolean {
  return isWordOut(t) && !t!.cap && t!.lower.length > 6 && t!.lower.endsWith('ing') && !CUE_WORDS.has(t!.lower) && !NOT_PARTICIPLES.has(t!.lower);
}
/**
 * "doing what she has always done: answering letters, labelling jars", "by, for example, reducing troops": the
 * participle after the comma continues a list or a phrase that the comma only interrupts.
 */
function participleInList(tokens: Token[], from: number, comma: number): boolean {
  for (let p = comma - 1; p >= from; p--) {
    const t = tokens[p];
    if (t.quote !== -1 || !(t.text === ',' || t.text === ':')) continue;
    return /ing$/.test(tokens[p + 1]?.lower ?? '') || isPrep(tokens[p - 1]);
  }
  return false;
}
const NOT_PARTICIPLES = new Set(['including', 'excluding', 'following', 'regarding', 'concerning', 'according', 'pending', 'something', 'anything', 'everything', 'nothing', 'building', 'buildings', 'funding', 'housing', 'meeting', 'morning', 'evening', 'spending', 'training', 'shooting', 'bombing', 'fighting', 'hearing', 'ruling', 'warning', 'opening', 'setting', 'landing', 'offering', 'earnings', 'savings', 'lending', 'pricing', 'wedding', 'feeling', 'parking', 'clothing', 'shipping', 'manufacturing', 'marketing', 'engineering', 'planning', 'processing', 'recycling', 'teaching', 'nursing', 'banking', 'mining', 'farming', 'fishing', 'policing', 'testing', 'screening', 'flooding', 'lightning', 'beginning', 'ceiling', 'standing', 'ranking', 'rating', 'sibling', 'siblings', 'darling', 'spring', 'string', 'thing', 'things']);

interface CueContent {
  cue: Cue;
  /** position of the cue in the sentence's cue list */
  index: number;
  pieces: Piece[];
}

/** Decides what each cue reports: the quote or clause before it, after it, or both around it. */
function contentsOf(tokens: Token[], cues: Cue[]): CueContent[] {
  const out: CueContent[] = [];
  let consumed = 0;
  for (const [index, cue] of cues.entries()) {
    // "He said ... that he had asked the secretary to review ...": a request reported inside other content.
    if ((cue.verb < consumed || tokens[cue.clauseStart - 1]?.lower === 'that') && CUE_WORDS.get(tokens[cue.verb].lower)?.lemma === 'ask') continue;
    // "... an end to what Morel called «double shifts»" inside someone's report belongs to that report.
    if (cue.embedded && cue.verb < consumed) continue;
    const subjectEnd = cue.subjects.length ? Math.max(...cue.subjects.map((s) => (s.appEnd >= 0 ? s.appEnd : s.end))) : cue.verb;
    const afterSubject = cue.inverted ? subjectEnd + 1 : cue.verbEnd;
    const { at, parenthetical } = forwardStart(tokens, cue, afterSubject);
    const fEnd = contentEnd(tokens, cue, at, cues, index);
    let forward = at < fEnd ? trimPiece(tokens, { from: at, to: fEnd }) : null;
    // "an honour she described as “very nice”": the object is the honour before the cue; the words are the quote.
    if (forward && cue.frame === 'object' && isWordOut(tokens[forward.from]) && tokens[forward.from].lower === 'as' && tokens[forward.from + 1]?.mark === 'open') {
      forward = trimPiece(tokens, { from: forward.from + 1, to: forward.to });
    }
    // "Simon Hart, writing in the Star, was less impressed": a finite verb with no subject of its own
    // continues the sentence's main clause; it is not what the cue reports.
    if (forward && cue.inherits && isWordOut(tokens[forward.from]) && (AUXILIARIES.has(tokens[forward.from].lower) || MODALS.has(tokens[forward.from].lower))) forward = null;

    let backward: Piece | null = null;
    const bEnd = cue.clauseStart;
    const separator = tokens[bEnd - 1];
    if (bEnd > consumed && separator && (isComma(separator) || isComma(tokens[bEnd]) || separator.mark === 'close' || separator.quote !== -1 || separator.text === ':' || separator.text === '—')) {
      let bFrom = Math.max(consumed, bEnd - MAX_BACKWARD);
      for (let k = bEnd - 1; k >= bFrom; k--) {
        if (tokens[k].quote === -1 && tokens[k].text === ':' && tokens[k + 1]?.mark === 'open') {
          bFrom = k + 1;
          break;
        }
      }
      backward = trimPiece(tokens, { from: bFrom, to: bEnd });
    }
    if (cue.inherits || cue.frame === 'according' && cue.clauseStart === cue.verb) backward = cue.frame === 'according' ? backward : null;

    const backwardIsQuote = !!backward && tokens[backward.to - 1]?.quote !== -1;
    let pieces: Piece[] = [];
    if (backward && backwardIsQuote) {
      pieces = [backward];
      if (forward && tokens[forward.from].mark === 'open' && parenthetical) pieces.push(forward);
    } else if (backward && parenthetical && forward && (!SUBORDINATORS.has(tokens[forward.from].lower) || tokens[forward.from].lower === 'because')) {
      // "The change was significant, he noted, because it ...": the reason is part of the claim.
      pieces = [backward, forward];
    } else if (backward && (!forward || parenthetical)) {
      // "Profit fell, the company said on Thursday, as the maker warned ...": the "as" clause is the narrator's.
      pieces = [backward];
    } else if (forward) {
      pieces = [forward];
    }
    if (cue.quoteOnly) pieces = quoteNextTo(tokens, cue, backward);
    if (!pieces.length) continue;
    out.push({ cue, index, pieces });
    const colonQuote = forward && pieces[pieces.length - 1] === forward ? quoteAfterColon(tokens, forward.to) : null;
    if (colonQuote) out.push({ cue, index, pieces: [colonQuote] });
    consumed = Math.max(consumed, (colonQuote ?? pieces[pieces.length - 1]).to, cue.verbEnd, subjectEnd + 1);
  }
  return out;
}

/** A quotation right after the colon at `colon` that runs to the end of the sentence: 'all week: “You can’t win.”' */
function quoteAfterColon(tokens: Token[], colon: number): Piece | null {
  if (tokens[colon]?.text !== ':' || tokens[colon].quote !== -1 || tokens[colon + 1]?.mark !== 'open') return null;
  let end = colon + 2;
  while (end < tokens.length && tokens[end].mark !== 'close') end++;
  for (let k = end + 1; k < tokens.length; k++) if (!endsSentence(tokens[k]) && tokens[k].quote === -1) return null;
  return trimPiece(tokens, { from: colon + 1, to: Math.min(end + 1, tokens.length) });
}

/** The quotation right after "as X puts it," or, failing that, the one that ends right before ", as X put it". */
function quoteNextTo(tokens: Token[], cue: Cue, backward: Piece | null): Piece[] {
  let j = cue.verbEnd;
  if (isComma(tokens[j]) || (tokens[j]?.quote === -1 && tokens[j].text === ':')) j++;
  if (tokens[j]?.mark === 'open') {
    let end = j + 1;
    while (end < tokens.length && tokens[end].mark !== 'close') end++;
    const piece = trimPiece(tokens, { from: j, to: Math.min(end + 1, tokens.length) });
    return piece ? [piece] : [];
  }
  if (!backward || tokens[backward.to - 1]?.mark !== 'close') return [];
  let open = backward.to - 2;
  while (open >= backward.from && tokens[open].mark !== 'open') open--;
  const piece = open >= backward.from ? trimPiece(tokens, { from: open, to: backward.to }) : null;
  return piece ? [piece] : [];
}

function typeOf(tokens: Token[], pieces: Piece[]): StatementType {
  let inside = 0;
  let outside = 0;
  for (const p of pieces) {
    for (let k = p.from; k < p.to; k++) {
      if (!tokens[k].word) continue;
      if (tokens[k].quote !== -1) inside++;
      else outside++;
    }
  }
  if (inside && !outside) return 'direct';
  return inside ? 'partial' : 'indirect';
}

/** The content as plain text: quotation marks removed, trailing comma or period dropped. */
function textOf(body: string, tokens: Token[], pieces: Piece[]): string {
  const parts: string[] = [];
  for (const p of pieces) {
    let s = '';
    let last = tokens[p.from].start;
    for (let k = p.from; k < p.to; k++) {
      const t = tokens[k];
      s += body.slice(last, t.start);
      if (!t.mark) s += t.text;
      last = t.end;
    }
    parts.push(s.replace(/\s+/g, ' ').trim().replace(/[\s,.;:]+$/, '').replace(/^[\s,;:]+/, ''));
  }
  return parts.filter(Boolean).join(' ');
}

function looksLikeHeadline(body: string, p: Paragraph): boolean {
  const text = body.slice(p.start, p.end);
  if (/[.!?]["'”’»)]*$|[.!?,]\s*["'”’»]$/.test(text)) return false;
  return text.split(/\s+/).length < 30;
}

interface ArticleContext {
  body: string;
  published: string | null;
  resolver: SpeakerResolver;
}

/** Extracts the draft statements of every paragraph, in reading order. */
export function extractStatements(paragraphs: Paragraph[], ctx: ArticleContext): DraftStatement[] {
  const drafts: DraftStatement[] = [];
  const interview = findInterview(ctx.body, paragraphs);
  let firstLine = Infinity;
  for (const index of interview.keys()) firstLine = Math.min(firstLine, index);
  const interviewDate = interview.size ? interviewDay(ctx, paragraphs, firstLine) : null;
  let previousSentence: Sentence | null = null;
  let pendingOpenQuote: { sentence: Sentence; paragraph: number } | null = null;
  let carriedQuote: Sentence | null = null;

  for (const p of paragraphs) {
    if (interview.has(p.index)) {
      handleInterviewLine(p, interview.get(p.index)!, ctx, drafts, interviewDate);
      previousSentence = p.sentences[p.sentences.length - 1] ?? previousSentence;
      continue;
    }
    if (looksLikeHeadline(ctx.body, p) && !p.continuesQuote) continue;
    const paragraphDrafts: DraftStatement[] = [];
    // A quote-only paragraph with no speaker yet may be claimed by an "added" cue opening the next one.
    let bareQuote: Sentence | null = carriedQuote;
    let carried = !!carriedQuote;
    carriedQuote = null;
    for (const [sIndex, sentence] of p.sentences.entries()) {
      const tokens = sentence.tokens;
      const waiting = bareQuote;
      const waitingCarried = carried;
      bareQuote = null;
      carried = false;
      const subject = sentenceSubject(tokens);
      noteTopic(ctx, tokens, sentence.start);
      if (subject) noteSubject(ctx, tokens, subject, sentence.start);
      const cues = findCues(tokens);
      const made: DraftStatement[] = [];
      const remembered = new Set<DraftStatement>();
      for (const c of contentsOf(tokens, cues)) {
        const drafted = draftsFor(ctx, sentence, c, cues, p.index, subject);
        // "..., County Clerk Rosa Ortiz told reporters, and she said ...": a later cue's pronoun may name this speaker.
        for (const d of drafted) {
          remember(ctx.resolver.tracker, [d.referent], d.start);
          remembered.add(d);
          if (c.cue.documents) rememberDocuments(ctx.resolver.tracker, new Set(c.cue.documents), d.referent);
        }
        made.push(...drafted);
      }
      if (!made.length) {
        const colon = colonStatement(ctx, sentence, subject, p.index);
        if (colon) made.push(colon);
      }
      if (!made.length && sIndex === 0 && previousSentence) {
        const backref = backrefStatement(ctx, sentence, previousSentence, p.index);
        if (backref) made.push(backref);
      }
      const opensWithQuote = tokens[0]?.mark === 'open';
      if (!made.length && opensWithQuote) {
        const target = quotedOfLastSpeaker(paragraphDrafts) ?? (p.continuesQuote ? lastQuoted(drafts, p.index - 1) : null);
        if (target && target.type !== 'indirect') {
          // Every speaker of a joint quote gets the continuation; they are the last drafts made.
          const pool = paragraphDrafts.length ? paragraphDrafts : drafts;
          let last = pool.lastIndexOf(target);
          if (last < 0) last = pool.length - 1;
          for (let k = last; k >= 0 && pool[k].start === target.start; k--) appendSentence(ctx.body, pool[k], sentence);
        } else if (p.leavesQuoteOpen && sIndex === p.sentences.length - 1 && !pendingOpenQuote) {
          pendingOpenQuote = { sentence, paragraph: p.index };
        } else if (sIndex === 0 && !pendingOpenQuote) {
          const previous = drafts[drafts.length - 1];
          if (previous && previous.paragraph === p.index - 1 && previous.referent.name && isMostlyQuoted(tokens)) {
            const d = quoteOnlyDraft(ctx, sentence, previous, p.index);
            made.push(d);
          } else if (isMostlyQuoted(tokens)) {
            bareQuote = sentence;
          }
        } else if (isMostlyQuoted(tokens)) {
          bareQuote = sentence;
        }
      } else if (made.length && pendingOpenQuote && pendingOpenQuote.paragraph === p.index - 1 && p.continuesQuote && sIndex === 0) {
        prependSentence(ctx.body, made[0], pendingOpenQuote.sentence);
        pendingOpenQuote = null;
      }
      if (made.length && waiting && made[0].referent.name && made[0].cue !== ':' && made[0].start > waiting.end && (!waitingCarried || /^add/.test(made[0].cue ?? ''))) {
        // '"I have waited ten years." The 31-year-old added that ...': the quote belongs to the next sentence's speaker.
        const d = quoteOnlyDraft(ctx, waiting, made[0], p.index);
        d.mention = made[0].mention;
        made.unshift(d);
      }
      for (const d of [...made]) if (d.type !== 'indirect') made.push(...nestedQuotes(ctx, p, sentence, d));
      const documents = made.length ? documentsIntroduced(tokens) : new Set<string>();
      for (const d of made) {
        paragraphDrafts.push(d);
        drafts.push(d);
        if (!remembered.has(d)) remember(ctx.resolver.tracker, [d.referent], d.start);
        rememberDocuments(ctx.resolver.tracker, documents, d.referent);
      }
      // Joint speakers of one report ("Hartmann and Ferreira said") are "the two leaders" later on.
      const joint = made.filter((d) => d.start === made[0]?.start && d.referent.name);
      if (joint.length > 1 && joint.length === made.filter((d) => d.start === made[0].start).length) {
        ctx.resolver.tracker.groups.push({ names: joint.map((d) => d.referent.name!), position: joint[0].start });
      }
      previousSentence = sentence;
    }
    if (pendingOpenQuote && pendingOpenQuote.paragraph !== p.index) pendingOpenQuote = null;
    if (bareQuote === p.sentences[p.sentences.length - 1] && !paragraphDrafts.length) carriedQuote = bareQuote;
  }
  return drafts;
}

/** "he told her, “...”", "Brenner told me on my first day: ‘...’" at the end of the words before an inner quotation. */
const INNER_CUE = /(?:^|[\s,;])(he|she|[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2}) (?:said|told|asked|wrote|replied|added|warned|insisted)(?: (?:her|him|them|me|us|reporters|residents|staff))?(?: (?:on|at|in|during|after|before|over)(?: [\p{Ll}\d'’-]+){1,4}(?=:))?[,:]?\s*$/u;

/**
 * A quotation inside a quotation, introduced by its own cue ("When she asked, he told her, “The bank
 * has changed its format,” and she believed him"): the inner words are their speaker's statement too.
 * A pronoun there means someone other than the one quoted.
 */
function nestedQuotes(ctx: ArticleContext, p: Paragraph, sentence: Sentence, outer: DraftStatement): DraftStatement[] {
  const out: DraftStatement[] = [];
  // Quotes are in reading order: start at the first one that ends inside the statement.
  let lo = 0;
  let hi = p.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.quotes[mid].innerEnd <= outer.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < p.quotes.length && p.quotes[k].innerStart < outer.end; k++) {
    const q = p.quotes[k];
    if (!q.closed || q.innerStart < sentence.start) continue;
    for (const inner of findQuotes(ctx.body, q.innerStart, q.innerEnd)) {
      if (!inner.closed) continue;
      const before = ctx.body.slice(Math.max(q.innerStart, inner.open - 60), inner.open);
      const cue = INNER_CUE.exec(before);
      if (!cue) continue;
      const who = cue[1];
      const referent = who === 'he' || who === 'she'
        ? ctx.resolver.pronounOtherThan(who, outer.referent.name, inner.open)
        : ctx.resolver.personByLabel(who.split(' ').at(-1)!, inner.open);
      const text = ctx.body.slice(inner.innerStart, inner.innerEnd).replace(/\s+/g, ' ').trim().replace(/[\s,.;:]+$/, '');
      if (!referent?.name || !text) continue;
      out.push({ referent, mention: who, type: 'direct', text, cue: null, said_on: null, start: inner.innerStart, end: inner.innerEnd, paragraph: p.index, otherTime: false });
    }
  }
  return out;
}

function isMostlyQuoted(tokens: Token[]): boolean {
  let inside = 0;
  let words = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    words++;
    if (t.quote !== -1) inside++;
  }
  return words > 0 && inside / words > 0.8;
}

/**
 * The draft a quotation opening the next sentence continues: the last one, or, when that is an indirect report by
 * the same speaker or one added by a participle ('“A,” she told reporters, adding that B. “C.”'), the quotation that
 * speaker gave just before.
 */
function quotedOfLastSpeaker(paragraphDrafts: DraftStatement[]): DraftStatement | null {
  const last = paragraphDrafts[paragraphDrafts.length - 1];
  if (!last || !last.referent.name || !(last.type === 'indirect' || /ing$/.test(last.cue ?? ''))) return last ?? null;
  for (let k = paragraphDrafts.length - 2; k >= 0; k--) {
    const d = paragraphDrafts[k];
    if (d.referent.name !== last.referent.name) return last;
    if (d.type === 'direct') return d;
  }
  return last;
}

function lastQuoted(drafts: DraftStatement[], paragraph: number): DraftStatement | null {
  const d = drafts[drafts.length - 1];
  return d && d.paragraph === paragraph && d.type !== 'indirect' ? d : null;
}

function appendSentence(body: string, target: DraftStatement, sentence: Sentence) {
  const pieces = [{ from: 0, to: sentence.tokens.length }];
  const trimmed = trimPiece(sentence.tokens, pieces[0]);
  if (!trimmed) return;
  const text = textOf(body, sentence.tokens, [trimmed]);
  target.text = `${target.text} ${text}`.trim();
  target.end = Math.max(target.end, sentence.tokens[trimmed.to - 1].end);
  if (target.type === 'direct' && typeOf(sentence.tokens, [trimmed]) !== 'direct') target.type = 'partial';
}

function prependSentence(body: string, target: DraftStatement, sentence: Sentence) {
  const trimmed = trimPiece(sentence.tokens, { from: 0, to: sentence.tokens.length });
  if (!trimmed) return;
  target.text = `${textOf(body, sentence.tokens, [trimmed])} ${target.text}`.trim();
  target.start = Math.min(target.start, sentence.tokens[trimmed.from].start);
}

function quoteOnlyDraft(ctx: ArticleContext, sentence: Sentence, previous: DraftStatement, paragraph: number): DraftStatement {
  const trimmed = trimPiece(sentence.tokens, { from: 0, to: sentence.tokens.length })!;
  return {
    referent: previous.referent,
    mention: null,
    type: typeOf(sentence.tokens, [trimmed]),
    text: textOf(ctx.body, sentence.tokens, [trimmed]),
    cue: null,
    said_on: previous.said_on,
    start: sentence.tokens[trimmed.from].start,
    end: sentence.tokens[trimmed.to - 1].end,
    paragraph,
    otherTime: false,
  };
}

/** "For Varga, the title means ...": the person a sentence is about, for the pronouns that follow. */
function noteTopic(ctx: ArticleContext, tokens: Token[], sentenceStart: number) {
  if (tokens[0]?.lower !== 'for' || !isNameWord(tokens[1])) return;
  let end = 1;
  while (end < 4 && isNameWord(tokens[end + 1])) end++;
  if (!isComma(tokens[end + 1])) return;
  const [referent] = ctx.resolver.resolve(tokens, { start: 1, end, appStart: -1, appEnd: -1 }, sentenceStart);
  if (referent?.name && referent.kind === 'person') remember(ctx.resolver.tracker, [referent], tokens[1].start);
}

function noteSubject(ctx: ArticleContext, tokens: Token[], subject: Mention, sentenceStart: number) {
  const head = tokens[subject.end].lower;
  if (head === 'he' || head === 'she' || head === 'they' || head === 'it') return;
  const referents = ctx.resolver.resolve(tokens, subject, sentenceStart);
  // "Nordhavn Lines and Meridian Feeder Services have agreed ..., the companies announced": subjects named together.
  if (tokens[(subject.appEnd >= 0 ? subject.appEnd : subject.end) + 1]?.lower === 'and') {
    const joint = jointForward(tokens, subject).slice(1).flatMap((m) => ctx.resolver.resolve(tokens, m, sentenceStart));
    const names = [...referents, ...joint].filter((r) => r.name && r.kind !== 'group')
      .map((r) => (r.kind === 'organization' ? { ...r, name: withoutDescription(r.name!) } : r));
    // Only phrases of one kind: "Arief Santoso and his Malaysian counterpart" read half as a ministry is no pair.
    if (names.length > 1 && names.length === joint.length + referents.length && names.every((r) => r.kind === names[0].kind)) remember(ctx.resolver.tracker, names.length > 1 ? names : [], tokens[subject.start].start);
  }
  // "Antibody levels fell ..., she said": a dictionary word opening the sentence that names nobody is not a person
  // for a later pronoun to find.
  const plainWord = subject.start === 0 && subject.start === subject.end && isEnglishWord(tokens[subject.end].lower);
  const named = referents.filter((r) => r.name || (r.kind === 'person' && !plainWord));
  if (named.length) remember(ctx.resolver.tracker, named, tokens[subject.start].start);
  // Learn the gender of a lone named person from the pronouns in the same sentence.
  if (named.length === 1 && named[0].kind === 'person' && named[0].name) {
    let female = 0;
    let male = 0;
    for (const t of tokens) {
      if (t.quote !== -1) continue;
      if (t.lower === 'she' || t.lower === 'her' || t.lower === 'herself') female++;
      if (t.lower === 'he' || t.lower === 'his' || t.lower === 'him' || t.lower === 'himself') male++;
    }
    if (female && !male) ctx.resolver.learnGender(named[0].name, 'f');
    if (male && !female) ctx.resolver.learnGender(named[0].name, 'm');
  }
}

function draftsFor(ctx: ArticleContext, sentence: Sentence, c: CueContent, cues: Cue[], paragraph: number, sentenceSubj: Mention | null): DraftStatement[] {
  const tokens = sentence.tokens;
  const { cue, pieces } = c;
  let subjects = cue.subjects;
  if (cue.inherits) {
    let earlier: Cue | undefined;
    for (let k = c.index - 1; k >= 0 && k >= c.index - 8 && !earlier; k--) if (cues[k].subjects.length) earlier = cues[k];
    // "Ana Ruiz voted against, the bank said in a statement, arguing that ...": a cue set off by commas is an
    // aside; the participle belongs to the main clause's subject.
    const mainEnd = sentenceSubj ? (sentenceSubj.appEnd >= 0 ? sentenceSubj.appEnd : sentenceSubj.end) : -1;
    // "..., the office said, adding that ...": "adding" always continues the cue just before it.
    const adds = CUE_WORDS.get(tokens[cue.verb].lower)?.lemma === 'add';
    const aside = !adds && !!earlier && !!sentenceSubj && !earlier.inverted && isComma(tokens[earlier.clauseStart - 1]) && isWordOut(tokens[mainEnd + 1]) && mainEnd + 1 < earlier.clauseStart - 1 &&
      !earlier.subjects.some((m) => m.start === sentenceSubj.start);
    subjects = earlier && !aside ? earlier.subjects : sentenceSubj ? jointForward(tokens, sentenceSubj) : [];
  }
  if (!subjects.length) return [];
  const type = typeOf(tokens, pieces);
  const text = textOf(ctx.body, tokens, pieces);
  if (!text) return [];
  const start = tokens[pieces[0].from].start;
  const end = tokens[pieces[pieces.length - 1].to - 1].end;
  const around = cueText(ctx.body, tokens, pieces, cue);
  const saidOn = resolveSaidOn(around, ctx.published);
  const otherTime = !saidOn && OTHER_TIME.test(around);
  const out: DraftStatement[] = [];
  const hint = genderHint(tokens, pieces);
  for (const subject of subjects) {
    const joint = isJointAnaphor(tokens, subject) ? ctx.resolver.jointAnaphor(tokens[subject.start].start, sentence.start, JOINT_REACH) : [];
    const referents = joint.length ? joint : subject.group
      ? [{ name: groupName(ctx.body, tokens, subject), kind: 'group' as const, role: null }]
      : ctx.resolver.resolve(subject.possessive ? withoutPossessive(tokens, subject.end) : tokens, subject, sentence.start, hint);
    // "Robin Tate said he had seen nothing": the pronoun opening the report is the speaker's.
    if (hint && subjects.length === 1 && referents.length === 1 && referents[0].kind === 'person' && referents[0].name && !PRONOUNS_SUBJECT.has(tokens[subject.end].lower)) {
      ctx.resolver.learnGender(referents[0].name, hint);
    }
    for (const referent of referents) {
      const mention = cue.relative && !cue.inherits ? cue.relative : mentionText(ctx.body, tokens, subject);
      if (!referent.name && type === 'indirect') {
        // Unnamed speakers are kept only for quotations; still remember them for "he said" later.
        remember(ctx.resolver.tracker, [referent], start);
        continue;
      }
      out.push({ referent, mention, type, text, cue: cue.label.toLowerCase(), said_on: saidOn, start, end, paragraph, otherTime });
    }
  }
  return out;
}

/** A time other than the reported occasion: "said in January", "said last year", "at the time", "earlier". */
const OTHER_TIME = /\b(?:last (?:week|month|year|season|spring|summer|autumn|fall|winter)|earlier|previously|at the time|recently|in the past|(?:days?|weeks?|months?|years?) ago|in (?:january|february|march|april|june|july|august|september|october|november|december|\d{4}))\b/i;

/** "The coach said she would ...": the pronoun opening reported speech usually is the speaker. */
/** How far back (in characters) "the companies" or "both ministers" reach for the speakers named together. */
const JOINT_REACH = 2500;
/** Plural heads that refer back to organisations or sides named together ("the companies", "the two governments"). */
const JOINT_PLURALS = new Set(['companies', 'firms', 'banks', 'carriers', 'airlines', 'groups', 'unions', 'clubs', 'sides', 'parties', 'insurers', 'lenders']);
/** Governments and countries are resolved as countries by the resolver ("the two governments" → the two countries). */
const COUNTRY_PLURALS = new Set(['governments', 'countries', 'nations', 'states']);

/** "Danish carrier Nordhavn Lines", "Singapore-based Meridian Feeder Services": the name without the description before it. */
function withoutDescription(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 1 && (/^[a-z]/.test(words[k]) || /-based$/i.test(words[k]) || NATIONALITY_ADJECTIVES[words[k].toLowerCase()])) k++;
  return words.slice(k).join(' ');
}

/** "Both", "both ministers", "the two leaders", "the companies": a phrase naming speakers named together before. */
function isJointAnaphor(tokens: Token[], m: Mention): boolean {
  const first = tokens[m.start].lower;
  const head = tokens[m.end];
  if (m.start === m.end) return first === 'both' && isWordOut(head);
  if (!isWordOut(head) || head.cap || !/s$/.test(head.lower) || COUNTRY_PLURALS.has(head.lower)) return false;
  for (let k = m.start; k < m.end; k++) if (!isWordOut(tokens[k]) || tokens[k].cap && k > m.start) return false;
  if (first === 'both') return m.end - m.start <= 2;
  if (first !== 'the') return false;
  if (/^(?:two|three|both)$/.test(tokens[m.start + 1].lower)) return m.end - m.start <= 3;
  return m.end === m.start + 1 && JOINT_PLURALS.has(head.lower);
}

/** A copy of the tokens in which the possessive at `at` reads as its plain noun ("company's" → "company", "its" → "it"). */
function withoutPossessive(tokens: Token[], at: number): Token[] {
  const t = tokens[at];
  const text = t.lower === 'its' ? t.text.slice(0, 2) : t.text.replace(/['’]s?$/, '');
  const copy = tokens.slice();
  copy[at] = { ...t, text, lower: text.toLowerCase(), end: t.start + text.length };
  return copy;
}

function genderHint(tokens: Token[], pieces: Piece[]): 'm' | 'f' | null {
  const p = pieces[0];
  for (let k = p.from; k < Math.min(p.to, p.from + 3); k++) {
    if (tokens[k].quote !== -1) return null;
    if (tokens[k].lower === 'she') return 'f';
    if (tokens[k].lower === 'he') return 'm';
  }
  return null;
}

/**
 * The words around the cue with the content removed: where "on Tuesday" tells when the words were said.
 * Limited to a window of tokens so that a huge sentence costs the same as a short one.
 */
function cueText(body: string, tokens: Token[], pieces: Piece[], cue: Cue): string {
  const from = Math.max(0, Math.min(cue.clauseStart, cue.verb) - CUE_WINDOW);
  const to = Math.min(tokens.length, cue.verbEnd + CUE_WINDOW);
  let s = '';
  let k = from;
  for (const p of pieces) {
    if (p.from > k && p.from <= to) s += body.slice(tokens[k].start, tokens[p.from - 1].end) + ' ';
    k = Math.max(k, p.to);
  }
  if (k < to) s += body.slice(tokens[k].start, tokens[to - 1].end);
  return s;
}

/** "She put it bluntly: "..."" / "Its message was short: "..."": a colon introducing a quote. */
function colonStatement(ctx: ArticleContext, sentence: Sentence, subject: Mention | null, paragraph: number): DraftStatement | null {
  const tokens = sentence.tokens;
  let colon = -1;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k].quote === -1 && tokens[k].text === ':' && tokens[k + 1].mark === 'open') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || colon > 25) return null;
  let speaker = subject;
  const first = tokens[0];
  // "Its message ... was short:" speaks for the owner; "Its chair, Harriet Blaine, put it bluntly:" for the person named.
  const namedAppositive = !!subject && subject.appStart >= 0 && tokens.slice(subject.appStart, subject.appEnd + 1).some((t) => isNameWord(t));
  if (first && /^(?:its|his|her|their)$/i.test(first.text) && !namedAppositive) speaker = { start: 0, end: 0, appStart: -1, appEnd: -1 };
  if (!speaker || speaker.end >= colon) return null;
  const piece = trimPiece(tokens, { from: colon + 1, to: tokens.length });
  if (!piece) return null;
  const [referent] = ctx.resolver.resolve(tokens, speaker, sentence.start);
  if (!referent) return null;
  // "One Copenhagen-based broker ... put it bluntly: “...”": a quotation from an unnamed person is kept, unnamed.
  if (!referent.name && !(typeOf(tokens, [piece]) === 'direct' && isUnnamedPerson(tokens, speaker))) return null;
  return {
    referent,
    mention: mentionText(ctx.body, tokens, speaker, false),
    type: typeOf(tokens, [piece]),
    text: textOf(ctx.body, tokens, [piece]),
    cue: ':',
    said_on: resolveSaidOn(ctx.body.slice(tokens[0].start, tokens[colon].end), ctx.published),
    start: tokens[piece.from].start,
    end: tokens[piece.to - 1].end,
    paragraph,
    otherTime: false,
  };
}

/** "a woman from Eritrea", "One Oslo-based trader": an indefinite phrase headed by a noun for a person. */
function isUnnamedPerson(tokens: Token[], m: Mention): boolean {
  if (!/^(?:a|an|one|another)$/.test(tokens[m.start].lower)) return false;
  for (let k = m.start + 1; k <= Math.min(m.end + 3, tokens.length - 1); k++) {
    const t = tokens[k];
    if (!t.word || t.quote !== -1) break;
    if (!t.cap && (PERSON_HEADS.has(t.lower) || AGENTIVE.test(t.lower))) return true;
  }
  return false;
}

/** "This was the warning from Jens Stoltenberg, ...": the previous sentence is the statement. */
function backrefStatement(ctx: ArticleContext, sentence: Sentence, previous: Sentence, paragraph: number): DraftStatement | null {
  const t = sentence.tokens;
  if (!/^(?:this|that|such)$/.test(t[0]?.lower ?? '') || !BE_FORMS.has(t[1]?.lower ?? '')) return null;
  let k = 2;
  if (/^(?:the|a|an)$/.test(t[k]?.lower ?? '')) k++;
  if (t[k] && !BACKREF_NOUNS.has(t[k].lower)) k++;
  if (!t[k] || !BACKREF_NOUNS.has(t[k].lower) || !/^(?:from|of|by)$/.test(t[k + 1]?.lower ?? '')) return null;
  const subject = phraseStartingAt(t, k + 2);
  if (!subject) return null;
  const [referent] = ctx.resolver.resolve(t, subject, sentence.start);
  if (!referent?.name) return null;
  const piece = trimPiece(previous.tokens, { from: 0, to: previous.tokens.length });
  if (!piece) return null;
  return {
    referent,
    mention: mentionText(ctx.body, t, subject),
    type: typeOf(previous.tokens, [piece]),
    text: textOf(ctx.body, previous.tokens, [piece]),
    cue: t[k].lower,
    said_on: null,
    start: previous.tokens[piece.from].start,
    end: previous.tokens[piece.to - 1].end,
    paragraph,
    otherTime: false,
  };
}

interface InterviewLine {
  speakerText: string;
  contentStart: number;
  /** continuation paragraphs belong to the answer before them */
  continuation: boolean;
}

const PAGE_LABEL_WORDS = new Set(['posted', 'updated', 'related', 'read', 'more', 'watch', 'photo', 'video', 'source', 'credit', 'update', 'note', 'listen', 'share', 'advertisement', 'also', 'see']);

const INTERVIEW_PREFIX = /^((?:[A-Z][\p{L}'’.-]*)(?: [A-Z][\p{L}'’.-]*){0,3}|Q|A):\s+\S/u;

/** Interview layout: two or more paragraphs that open with "Name:". The asker's lines are left out. */
function findInterview(body: string, paragraphs: Paragraph[]): Map<number, InterviewLine> {
  const lines = new Map<number, InterviewLine>();
  const questions = new Map<string, { total: number; asks: number }>();
  for (const p of paragraphs) {
    const text = body.slice(p.start, Math.min(p.end, p.start + 300));
    const m = INTERVIEW_PREFIX.exec(text);
    if (!m || m[1].split(' ').some((w) => STOP_CAPS.has(w.toLowerCase()))) continue;
    const name = m[1];
    lines.set(p.index, { speakerText: name, contentStart: p.start + m[0].length - 1, continuation: false });
    const stats = questions.get(name) ?? { total: 0, asks: 0 };
    stats.total++;
    if (body.slice(p.start, p.end).trimEnd().endsWith('?')) stats.asks++;
    questions.set(name, stats);
  }
  // "Posted:", "Updated:", "RELATED:", "Read more:": page furniture, not a speaker's label.
  for (const [index, line] of lines) {
    const name = line.speakerText;
    if (name === 'Q' || name === 'A') continue;
    const words = name.toLowerCase().split(' ');
    const plain = words.every((w) => isEnglishWord(w.replace(/['’]s$/, '')) && !isKnownFirstName(w));
    if (plain && (questions.get(name)!.total < 2 || words.some((w) => PAGE_LABEL_WORDS.has(w)))) lines.delete(index);
  }
  if (lines.size < 3) return new Map();
  const askers = new Set([...questions].filter(([name, s]) => name === 'Q' || s.asks / s.total > 0.5).map(([n]) => n));
  const result = new Map<number, InterviewLine>();
  const ordered = [...lines.keys()].sort((a, b) => a - b);
  for (let k = 0; k < ordered.length; k++) {
    const index = ordered[k];
    const line = lines.get(index)!;
    if (askers.has(line.speakerText)) {
      result.set(index, { ...line, speakerText: '' });
      continue;
    }
    result.set(index, line);
    // Unprefixed paragraphs between this answer and the next prefixed line continue the answer.
    const nextPrefixed = ordered[k + 1];
    if (nextPrefixed !== undefined) {
      for (let q = index + 1; q < nextPrefixed; q++) result.set(q, { speakerText: line.speakerText, contentStart: paragraphs[q].start, continuation: true });
    }
  }
  return result;
}

const INTERVIEW_WORDS = /\b(?:interview(?:ed)?|spoke|talked|met|conversation|sat down)\b/i;

/**
 * The day the interview was held, when the introduction says so ("Our editor spoke with her on
 * Thursday"): every answer of the transcript was given then.
 */
function interviewDay(ctx: ArticleContext, paragraphs: Paragraph[], firstLine: number): string | null {
  let day: string | null = null;
  for (const p of paragraphs) {
    if (p.index >= firstLine) break;
    for (const sentence of p.sentences) {
      const text = ctx.body.slice(sentence.start, sentence.end);
      if (!INTERVIEW_WORDS.test(text)) continue;
      day = resolveSaidOn(text, ctx.published) ?? day;
    }
  }
  return day;
}

function handleInterviewLine(p: Paragraph, line: InterviewLine, ctx: ArticleContext, drafts: DraftStatement[], saidOn: string | null) {
  if (!line.speakerText) return;
  const text = ctx.body.slice(line.contentStart, p.end).trim().replace(/^["“«]|["”»]$/g, '').replace(/[\s,.;:]+$/, '');
  if (!text) return;
  const previous = drafts[drafts.length - 1];
  if (line.continuation && previous && previous.paragraph === p.index - 1) {
    previous.text = `${previous.text}. ${text}`;
    previous.end = p.end;
    previous.paragraph = p.index;
    return;
  }
  const tokens = p.sentences[0]?.tokens ?? [];
  const nameTokens = tokens.filter((t) => t.end <= line.contentStart && t.word);
  if (!nameTokens.length) return;
  const mention: Mention = { start: 0, end: tokens.indexOf(nameTokens[nameTokens.length - 1]), appStart: -1, appEnd: -1 };
  // "CASTELL:" labels are upper-case surnames: the person the article introduced under that name.
  const upper = /^[\p{Lu}'’. -]+$/u.test(line.speakerText) && /\p{Lu}{2}/u.test(line.speakerText);
  const byLabel = upper ? ctx.resolver.personByLabel(line.speakerText.split(' ').at(-1)!, line.contentStart) : null;
  const referent = byLabel ?? ctx.resolver.resolve(tokens, mention, -1)[0];
  if (!referent?.name) return;
  drafts.push({
    referent, mention: line.speakerText, type: 'direct', text, cue: ':', said_on: saidOn,
    start: line.contentStart, end: p.end, paragraph: p.index, otherTime: false,
  });
}
