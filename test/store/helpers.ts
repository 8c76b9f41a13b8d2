import { ANALYSIS_SCHEMA, PIPELINE_VERSION, type Analysis, type Quote } from '../../src/core/index.js';
import { prepareArticle } from '../../src/app/index.js';
import type { NewArticle } from '../../src/store/index.js';

/** A new article as ingest would prepare it. */
export function article(text: string, meta: Partial<Omit<NewArticle, 'text'>> = {}): NewArticle {
  const base = prepareArticle({
    text, title: meta.title ?? null, url: meta.url ?? null, published: meta.published ?? null, source: meta.source ?? null,
    author: meta.author ?? null, origin: meta.origin ?? 'test',
  });
  return { ...base, ...meta, text, contentHash: base.contentHash };
}

/** Finds the span of `needle` in `text` (test data only: the core never uses indexOf). */
export function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { start, end: start + needle.length };
}

/** An analysis built by hand, for stages that are not there yet: entities, quotes and claims. */
export function analysisOf(text: string, parts: {
  entities?: Array<{ name: string; type?: Analysis['entities'][number]['type']; aliases?: string[]; mentions: string[] }>;
  quotes?: Array<{ speaker: string; entity?: number; stance: Quote['stance']; content: string }>;
  claims?: Array<{ text: string; quotes: number[]; entities: number[] }>;
  version?: string;
}): Analysis {
  return {
    schema: ANALYSIS_SCHEMA, pipelineVersion: parts.version ?? PIPELINE_VERSION, length: text.length, language: 'ar',
    published: null, title: null, paragraphs: [{ start: 0, end: text.length, index: 0 }], sentences: [], headlines: [],
    dateline: null, bylines: [], credits: null, boilerplate: [],
    entities: (parts.entities ?? []).map((e, i) => ({
      id: `e${i}`, name: e.name, type: e.type ?? 'person', aliases: e.aliases ?? [], roles: [],
      mentions: e.mentions.map((m) => ({ ...at(text, m), raw: m })),
    })),
    quotes: (parts.quotes ?? []).map((q, i) => ({
      id: `q${i}`, kind: 'indirect', content: at(text, q.content), cue: null,
      speaker: { name: q.speaker, type: 'person', mention: null, entity: q.entity === undefined ? null : `e${q.entity}` },
      stance: q.stance, headline: false, sentence: 0,
    })),
    claims: (parts.claims ?? []).map((c, i) => ({ id: `c${i}`, text: c.text, quotes: c.quotes, entities: c.entities.map((e) => `e${e}`) })),
    times: [], diagnostics: [],
  };
}
