import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toDay } from './dates.js';
import { htmlToText } from './html-text.js';
import type { RawArticle } from './types.js';

/** Below this many characters, what Readability found is navigation or a stub, not an article. */
export const MIN_ARTICLE_CHARS = 80;

type Result = { ok: true; article: RawArticle } | { ok: false; reason: string };

const META_DATES = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.created"]',
  'meta[property="og:updated_time"]',
];

interface Doc {
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
}

function meta(doc: Doc, selectors: string[], attr = 'content'): string | null {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return null;
}

/** `datePublished` from JSON-LD blocks (`<script type="application/ld+json">`), at any depth. */
function jsonLdDate(doc: Doc): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const found = findKey(JSON.parse(scripts[i]!.textContent ?? ''), 'datePublished');
      if (found) return found;
    } catch {
      // a broken JSON-LD block says nothing about the date
    }
  }
  return null;
}

function findKey(v: unknown, key: string): string | null {
  if (Array.isArray(v)) {
    for (const x of v) {
      const f = findKey(x, key);
      if (f) return f;
    }
  } else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o[key] === 'string') return o[key];
    for (const x of Object.values(o)) {
      const f = findKey(x, key);
      if (f) return f;
    }
  }
  return null;
}

/**
 * Reads an article from an HTML page: the main text through Readability (on linkedom), the title and date
 * from metadata (`og:title`, `article:published_time`, JSON-LD `datePublished`, `<time datetime>`).
 * @param url The page URL when known (stored with the article, and a fallback source).
 * @returns The article, or `{ok: false, reason}` for a page with no article.
 */
export function readHtml(html: string, options: { url: string | null; origin: string; source: string | null }): Result {
  let parsed: ReturnType<Readability['parse']>;
  let doc: Doc;
  try {
    const { document } = parseHTML(html);
    doc = document as unknown as Doc;
    // Metadata first: Readability strips the document it reads.
    const title0 = meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
    const date0 = meta(doc, META_DATES) ?? jsonLdDate(doc) ?? meta(doc, ['time[datetime]'], 'datetime');
    const site = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
    const titleTag = doc.querySelector('title')?.textContent?.trim() || null;
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (!parsed || !parsed.content) return { ok: false, reason: 'no article found in the page' };
    const text = htmlToText(parsed.content);
    if (text.replace(/\s/g, '').length < MIN_ARTICLE_CHARS) return { ok: false, reason: `no article found in the page (only ${text.length} characters of text)` };
    let host: string | null = null;
    try {
      host = options.url ? new URL(options.url).hostname : null;
    } catch {
      host = null;
    }
    return {
      ok: true,
      article: {
        text,
        title: title0 ?? (parsed.title?.trim() || titleTag),
        url: options.url,
        published: toDay(parsed.publishedTime) ?? toDay(date0),
        source: options.source ?? (site || parsed.siteName || host),
        author: parsed.byline?.trim() || null,
        origin: options.origin,
      },
    };
  } catch (e) {
    return { ok: false, reason: `the page could not be parsed: ${(e as Error).message}` };
  }
}
