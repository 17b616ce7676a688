import { type DraftStatement, extractStatements } from './extract-statements';
import { CUE_WORDS } from './lexicon';
import { parseArticle } from './parse-article';
import { canonicalOrgName, EntityIndex, newTracker, similarSurnames, SpeakerResolver } from './resolve-speakers';
import { resolveRelativeDay } from './said-on';
import { type Paragraph, segmentBody } from './segment-text';
import type { ExtractedArticle, ExtractedSpeaker, ExtractedStatement } from './types';

export type {
  ArticleMeta, ExtractedArticle, ExtractedSpeaker, ExtractedStatement, SpeakerKind, StatementType,
} from './types';
export { parseArticle } from './parse-article';
export { mergeSpeakersAcrossArticles } from './merge-speakers';

/** Extracts every attributed statement of one pasted article. Never throws. */
export function extractArticle(raw: string, options: { fileName?: string } = {}): ExtractedArticle {
  const article = options.fileName ?? '';
  try {
    return extractOrThrow(typeof raw === 'string' ? raw : String(raw ?? ''), article);
  } catch {
    // Input that trips a rule still yields its header and body rather than an exception.
    try {
      const { meta, body } = parseArticle(String(raw ?? ''));
      return { article, meta, body, speakers: {}, statements: [] };
    } catch {
      return { article, meta: { title: null, published: null, published_text: null, url: null, outlet: null }, body: '', speakers: {}, statements: [] };
    }
  }
}

function extractOrThrow(raw: string, article: string): ExtractedArticle {
  const { meta, body } = parseArticle(raw);
  const paragraphs = segmentBody(body);
  const index = new EntityIndex(body, paragraphs);
  const resolver = new SpeakerResolver(body, index, newTracker());
  const drafts = extractStatements(paragraphs, { body, published: meta.published, resolver });
  dateByOccasion(drafts, occasionDay(paragraphs, meta.published));
  inheritSaidOn(drafts);
  const { speakers, statements } = finalise(drafts, index);
  return { article, meta, body, speakers, statements };
}

/**
 * A quote in the paragraph right after a dated statement by the same speaker was said then too
 * ("On Wednesday, Biden suggested ... / 'I think ...,' Biden said").
 */
function inheritSaidOn(drafts: DraftStatement[]) {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.said_on || d.otherTime || !d.referent.name) continue;
    for (let j = k - 1; j >= Math.max(0, k - 30); j--) {
      const prev = drafts[j];
      if (prev.paragraph < d.paragraph - 1) break;
      if (prev.referent.name === d.referent.name && prev.said_on) {
        d.said_on = prev.said_on;
        break;
      }
      if (prev.paragraph === d.paragraph - 1 && prev.referent.name !== d.referent.name) break;
    }
  }
}

/**
 * The day of the event the article reports, when its opening paragraphs name one ("won the final on
 * Saturday", "gave evidence at the crown court on Wednesday"): the reactions quoted after it were given then.
 */
/** Events at which people speak on the record: the match, the hearing, the meeting, the press conference. */
const OCCASION = /\b(?:match|game|final|race|championships?|tournament|win|hearing|court|trial|evidence|sentencing|meeting|session|conference|briefing|talks|summit|interview|debate|rally|launch|unveiled|announced|results|earnings|profit)\b/i;
/** How many opening paragraphs may name the occasion. */
const OCCASION_PARAGRAPHS = 3;

function occasionDay(paragraphs: Paragraph[], published: string | null): string | null {
  if (!published) return null;
  let seen = 0;
  for (const p of paragraphs) {
    // Short lines before the story (bylines, captions) do not count as opening paragraphs.
    if (seen >= OCCASION_PARAGRAPHS) break;
    let words = 0;
    for (const s of p.sentences) for (const t of s.tokens) if (t.word) words++;
    if (words < 12) continue;
    seen++;
    for (const sentence of p.sentences) {
      let text = '';
      for (const t of sentence.tokens) if (t.quote === -1) text += `${t.text} `;
      // Occasions are named by weekday ("on Saturday"); a month date up front is usually the dateline.
      const day = OCCASION.test(text) ? resolveRelativeDay(text, published) : null;
      if (day) return day;
    }
  }
  return null;
}

/**
 * An undated statement reported in the past tense was made at the article's dated occasion, unless the
 * words around its cue place it at another time ("said in January") or it is present-tense commentary
 * ("says", "argues") or attributed to a source ("according to").
 */
function dateByOccasion(drafts: DraftStatement[], day: string | null) {
  if (!day) return;
  for (const d of drafts) {
    if (d.said_on || d.otherTime || !d.cue || d.cue === 'according to') continue;
    if (d.cue !== ':' && CUE_WORDS.get(d.cue)?.form !== 'past') continue;
    d.said_on = day;
  }
}

const NICKNAME = / [“"‘'][^“”"‘’']{1,24}[”"’'] /;

/** Canonical names (misspellings folded into the commonest spelling), the speaker table, statements. */
function finalise(drafts: DraftStatement[], index: EntityIndex) {
  // 'Mike “Sully” Sullivan' is Mike Sullivan: a quoted nickname inside a person's name is not part of it.
  for (const d of drafts) {
    const name = d.referent.name;
    if (name && d.referent.kind === 'person' && NICKNAME.test(name)) d.referent = { ...d.referent, name: name.replace(NICKNAME, ' ') };
  }
  const canonical = new Map<string, string>();
  const names = [...new Set(drafts.map((d) => d.referent.name).filter((n): n is string => !!n))];
  const counts = new Map<string, number>();
  const persons = new Set<string>();
  for (const d of drafts) {
    if (!d.referent.name) continue;
    counts.set(d.referent.name, (counts.get(d.referent.name) ?? 0) + 1);
    if (d.referent.kind === 'person') persons.add(d.referent.name);
  }
  const count = (n: string) => counts.get(n) ?? 0;
  // Every pair of person names is compared: work out each name's parts once, not once per pair.
  const people = names
    .filter((n) => persons.has(n))
    .map((name) => {
      const words = name.split(' ');
      return {
        name,
        lower: name.toLowerCase(),
        surname: words.at(-1)!.toLowerCase(),
        words: words.length,
        firstNameGender: index.firstNameGender(name),
        titleGender: index.titleGender(name),
      };
    });
  for (const a of people) {
    for (const b of people) {
      if (a === b || canonical.has(b.name)) continue;
      // "Ms Rowe" is not "Harold Rowe": a surname titled for the other gender stays apart.
      if (a.firstNameGender && b.titleGender && a.firstNameGender !== b.titleGender) continue;
      const aLonger = a.words > b.words;
      if (
        (a.surname === b.surname && aLonger && a.lower.endsWith(b.lower)) ||
        (a.surname !== b.surname && similarSurnames(a.surname, b.surname) && (aLonger || count(a.name) > count(b.name)))
      ) {
        canonical.set(b.name, a.name);
      }
    }
  }
  const nameOf = (n: string | null) => {
    let name = n;
    for (let guard = 0; name && canonical.has(name) && guard < 5; guard++) name = canonical.get(name)!;
    return name;
  };

  const speakers: Record<string, ExtractedSpeaker> = {};
  const statements: ExtractedStatement[] = [];
  for (const d of drafts) {
    const written = nameOf(d.referent.name);
    const speaker = written && d.referent.kind === 'organization' ? canonicalOrgName(written) : written;
    if (speaker) {
      const entry = (speakers[speaker] ??= { aliases: [], role: index.roleOf(speaker), kind: d.referent.kind });
      for (const alias of [d.referent.name, d.mention]) {
        if (alias && alias !== speaker && !/^(?:he|she|it|they|who|which|his|her|its|their)$/i.test(alias) && !entry.aliases.includes(alias) && alias.length < 80) {
          entry.aliases.push(alias);
        }
      }
      if (!entry.role && d.referent.role) entry.role = d.referent.role;
    }
    statements.push({
      speaker, mention: d.mention, type: d.type, text: d.text, cue: d.cue, said_on: d.said_on, start: d.start, end: d.end,
    });
  }
  return { speakers, statements };
}
