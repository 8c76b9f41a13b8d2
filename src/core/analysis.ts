import type { Span } from './source/span.js';

/** The schema tag of the analysis JSON; bumped on any breaking change. */
export const ANALYSIS_SCHEMA = 'isnad/analysis@1' as const;

/** Languages the pipeline can tell apart. Only `ar` is analysed fully today. */
export type Language = 'ar' | 'en' | 'other';

/** A problem found in the content: never thrown, always reported beside the result (vfile messages). */
export interface Diagnostic {
  /** Stable code, e.g. `unbalanced-quote`, `unsupported-language`. */
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** The stage that reported it (`language`, `article`, `quotes`...). */
  stage: string;
  /** A readable message (English; locale tables may render others from `code` and `params`). */
  message: string;
  span?: Span;
  params?: Record<string, string | number>;
}

/** A body paragraph. */
export interface Paragraph extends Span {
  /** Index among body paragraphs. */
  index: number;
}

/** A sentence of the body or of an embedded headline. */
export interface Sentence extends Span {
  /** The body paragraph it belongs to, or -1 for a sentence of a headline. */
  paragraph: number;
  /** True when the sentence lies in an embedded related-article headline. */
  headline: boolean;
}

/** An embedded headline of another article, set between body paragraphs. */
export interface Headline extends Span {
  raw: string;
}

/** A dateline that opens the body: `واشنطن - (رويترز) -`, `الرباط - `. */
export interface Dateline extends Span {
  raw: string;
  place: string | null;
  agency: string | null;
}

/** A byline: who wrote or photographed the article, or where it was filed from. */
export interface Byline extends Span {
  raw: string;
  people: string[];
  agencies: string[];
  places: string[];
  /** What the line credits: the writer, the photographer, or an outlet. */
  role: 'author' | 'photographer' | 'outlet';
}

/** Who contributed to the article, from credit lines (`ساهم في إعداد هذا التقرير ...`). */
export interface Credits {
  contributors: string[];
  agencies: string[];
  /** The credit lines themselves. */
  spans: Span[];
}

/** Text set apart from the body without being dropped: tags, share links, wire stamps, tweets, site names. */
export interface Boilerplate extends Span {
  kind: 'site-name' | 'tags' | 'link' | 'wire-stamp' | 'embed' | 'end-mark' | 'other';
  raw: string;
}

/** Entity types of the analysis JSON. */
export type EntityType = 'person' | 'organization' | 'country' | 'location' | 'group' | 'other';

/** One mention of an entity in the text. */
export interface EntityMention extends Span {
  raw: string;
}

/** An entity of the article, with every mention (aliases included) linked to it. */
export interface Entity {
  /** Stable within the article: `e0`, `e1`, ... in order of first mention. */
  id: string;
  /** The canonical name: from the registry when known, else the fullest name in the article. */
  name: string;
  type: EntityType;
  /** Other names the article uses for the same entity. */
  aliases: string[];
  /** Roles and titles seen in the article (`المتحدث باسم وزارة الخارجية`). */
  roles: string[];
  mentions: EntityMention[];
  /** Registry identifier (`Q423` style Wikidata ID) when known. */
  wikidata?: string;
  /** English name when known. */
  nameEn?: string;
}

/** Attribution kinds, as GUIDELINE.md defines them. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** A source's attitude to what it is reported to say. */
export type Stance = 'asserts' | 'denies' | 'hedges' | 'concern';

/** Speaker types of the analysis JSON. */
export type SpeakerType = 'person' | 'organization' | 'country' | 'group' | 'anonymous' | 'unknown';

/** The source of an attribution. */
export interface Speaker {
  /** The fullest name of the source in the article (or the group description). */
  name: string;
  type: SpeakerType;
  /** The mention nearest the cue, or null when implied (a dropped pronoun). */
  mention: Span | null;
  /** The entity of the article this speaker resolves to, when there is one. */
  entity: string | null;
  /** Where an implied speaker was inferred from. */
  evidence?: Span[];
}

/** A time expression resolved against the publication date. */
export interface TimeExpression extends Span {
  raw: string;
  /** TIMEX3 type. */
  type: 'date' | 'time' | 'duration' | 'set';
  /** TIMEX3 value (`2024-10-15`, `2024-W42`, `P60D`, `PAST_REF`), or null when it cannot be resolved. */
  value: string | null;
}

/** An attribution: a source said, denied, warned... some content. */
export interface Quote {
  /** Stable within the article: `q0`, `q1`, ... in text order. */
  id: string;
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  speaker: Speaker | null;
  stance: Stance;
  headline: boolean;
  /** The sentence the cue (or the content) lies in. */
  sentence: number;
  /** Index into `times` of the time that dates this attribution, when one applies. */
  time?: number | null;
}

/** What several attributions in the article say, with who holds which stance. */
export interface Claim {
  id: string;
  /** A short text for the claim: its clearest content. */
  text: string;
  /** Indexes into `quotes`. */
  quotes: number[];
  /** Entities the claim is about (ids). */
  entities: string[];
  time?: number | null;
}

/** The whole analysis of one article: `isnad/analysis@1`. */
export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  /** The version of the pipeline that made it. */
  pipelineVersion: string;
  /** Length of the source text in UTF-16 code units. */
  length: number;
  language: Language;
  /** Publication date used to resolve relative times (YYYY-MM-DD), or null. */
  published: string | null;
  title: string | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  headlines: Headline[];
  dateline: Dateline | null;
  bylines: Byline[];
  credits: Credits | null;
  boilerplate: Boilerplate[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  times: TimeExpression[];
  diagnostics: Diagnostic[];
}
