import type { ExtractedArticle } from './types';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Capitalised words that stand before a surname without being a first name. */
const NOT_FIRST_NAMES = new Set(
  `the a an and but mr mrs ms dr president minister secretary chancellor senator governor judge coach manager
  general chief mayor premier prime sir lord lady said says state foreign deputy ambassador spokesman
  spokeswoman professor prof rep sen gov lt col gen capt sgt officer detective inspector constable when while
  after before as if so on in at to for of with from by than that this his her their its`.split(/\s+/),
);

const fold = (s: string) => s.toLowerCase().replace(/’/g, "'").trim();

/**
 * One speaker is one row across articles: a person named only by surname in one article ("Blinken")
 * takes the full name another article gives ("Antony Blinken") when exactly one full name fits.
 * Returns new article objects; the inputs are not changed.
 */
export function mergeSpeakersAcrossArticles(articles: ExtractedArticle[]): ExtractedArticle[] {
  const fullNames = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const [name, s] of Object.entries(a.speakers)) {
      const parts = name.split(/\s+/);
      if (s.kind !== 'person' || parts.length < 2) continue;
      const last = fold(parts[parts.length - 1]);
      if (!fullNames.has(last)) fullNames.set(last, new Set());
      fullNames.get(last)!.add(name);
    }
  }
  const bodyNames = (surname: string, within: ExtractedArticle[] = articles) => {
    // Full names written in any article's text ("US Secretary of State Antony Blinken").
    const found = new Set<string>();
    const re = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+) ${escapeRegExp(surname)}(?![\\p{L}])`, 'gu');
    for (const a of within) {
      if (!a.body.includes(surname)) continue;
      for (const m of a.body.matchAll(re)) if (!NOT_FIRST_NAMES.has(m[1].toLowerCase())) found.add(`${m[1]} ${surname}`);
    }
    return found;
  };
  return articles.map((a) => {
    const rename = new Map<string, string>();
    for (const [name, s] of Object.entries(a.speakers)) {
      if (s.kind !== 'person' || name.includes(' ')) continue;
      // The article's own text comes first: another article's "Omar Lindqvist" is not this one's "Sofia Lindqvist".
      const own = bodyNames(name, [a]);
      if (own.size > 1) continue;
      const fromSpeakers = fullNames.get(fold(name));
      const candidates = own.size ? own : fromSpeakers?.size ? fromSpeakers : bodyNames(name);
      if (candidates && candidates.size === 1) rename.set(name, [...candidates][0]);
    }
    if (!rename.size) return a;
    const speakers: ExtractedArticle['speakers'] = {};
    for (const [name, s] of Object.entries(a.speakers)) {
      const target = rename.get(name) ?? name;
      const entry = (speakers[target] ??= { ...s, aliases: [...s.aliases] });
      if (target !== name && !entry.aliases.includes(name)) entry.aliases.push(name);
    }
    const statements = a.statements.map((st) => (st.speaker && rename.has(st.speaker) ? { ...st, speaker: rename.get(st.speaker)! } : st));
    return { ...a, speakers, statements };
  });
}
