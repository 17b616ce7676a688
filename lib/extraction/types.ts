export type StatementType = 'direct' | 'partial' | 'indirect';
export type SpeakerKind = 'person' | 'organization' | 'country' | 'group';

export interface ArticleMeta {
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** the raw date text as written */
  published_text: string | null;
  url: string | null;
  outlet: string | null;
}

export interface ExtractedSpeaker {
  aliases: string[];
  role: string | null;
  kind: SpeakerKind;
}

export interface ExtractedStatement {
  /** canonical full name, key into speakers */
  speaker: string | null;
  /** as written in the sentence: "he", "the German chancellor" */
  mention: string | null;
  type: StatementType;
  text: string;
  /** the speech verb or construction: "said", "told", "according to", ":" */
  cue: string | null;
  /** YYYY-MM-DD or null */
  said_on: string | null;
  /** character offsets in `body`; body.slice(start, end) covers the quoted or reported text */
  start: number;
  end: number;
}

export interface ExtractedArticle {
  /** file name, '' if none */
  article: string;
  meta: ArticleMeta;
  /** cleaned article body (header lines and debris removed); offsets refer to this */
  body: string;
  speakers: Record<string, ExtractedSpeaker>;
  /** reading order */
  statements: ExtractedStatement[];
}
