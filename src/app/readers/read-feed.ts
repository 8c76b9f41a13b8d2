import { DOMParser } from 'linkedom';
import { toDay } from './dates.js';
import { htmlToText } from './html-text.js';

/** A feed item: its link, title, date and the text the feed carries (full or a summary). */
export interface FeedItem {
  link: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  /** Text of the full content (`content:encoded`, Atom `<content>`), or of the summary when there is no content. */
  text: string;
  /** True when `text` is the full article, false when it is only a summary and the page must be fetched. */
  full: boolean;
}

/** A parsed feed, or why the input is not one. */
export type FeedResult = { ok: true; title: string | null; items: FeedItem[] } | { ok: false; reason: string };

/**
 * A feed item's content (`content:encoded`, Atom `<content>`) of at least this many characters is the article;
 * shorter, it is a teaser. A `description` alone counts as the article only from MIN_SUMMARY_CHARS on: many
 * feeds put one or two sentences there and the article on the page.
 */
export const MIN_CONTENT_CHARS = 150;
export const MIN_SUMMARY_CHARS = 600;

interface El {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<El>;
  getAttribute(n: string): string | null;
}

const local = (e: El): string => e.tagName.toLowerCase();
const kids = (e: El): El[] => Array.from(e.children);
const child = (e: El, ...names: string[]): El | undefined => kids(e).find((c) => names.includes(local(c)));
const textOf = (e: El | undefined): string | null => e?.textContent?.trim() || null;

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed. Item text comes from `content:encoded` or Atom `<content>`
 * when present (HTML turned into paragraphs), else from `description`/`summary`, marked as not full.
 */
export function readFeed(xml: string): FeedResult {
  const head = xml.slice(0, 2048).replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) return { ok: false, reason: 'not a feed: the file is not XML' };
  let root: El | null;
  try {
    const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
    root = doc.documentElement;
  } catch (e) {
    return { ok: false, reason: `not a feed: the XML cannot be parsed (${(e as Error).message})` };
  }
  if (!root) return { ok: false, reason: 'not a feed: the XML has no root element' };
  const name = local(root);
  if (name === 'feed') {
    const items = kids(root).filter((c) => local(c) === 'entry').map(atomEntry);
    return { ok: true, title: textOf(child(root, 'title')), items };
  }
  if (name === 'rss' || name === 'rdf:rdf') {
    const channel = child(root, 'channel');
    const holder = name === 'rss' ? channel : root;
    const items = holder ? kids(holder).filter((c) => local(c) === 'item').map(rssItem) : [];
    return { ok: true, title: channel ? textOf(child(channel, 'title')) : null, items };
  }
  return { ok: false, reason: `not a feed: the root element is <${root.tagName}>, not <rss> or <feed>` };
}

function itemText(content: string | null, summary: string | null): { text: string; full: boolean } {
  const c = content ? htmlToText(content) : '';
  if (c.length >= MIN_CONTENT_CHARS) return { text: c, full: true };
  const s = summary ? htmlToText(summary) : '';
  if (s.length >= MIN_SUMMARY_CHARS) return { text: s, full: true };
  return { text: c.length > s.length ? c : s, full: false };
}

function rssItem(item: El): FeedItem {
  const { text, full } = itemText(textOf(child(item, 'content:encoded')), textOf(child(item, 'description')));
  return {
    link: textOf(child(item, 'link')) ?? textOf(child(item, 'guid')),
    title: textOf(child(item, 'title')),
    published: toDay(textOf(child(item, 'pubdate', 'dc:date'))),
    author: textOf(child(item, 'dc:creator', 'author')),
    text,
    full,
  };
}

function atomEntry(entry: El): FeedItem {
  const links = kids(entry).filter((c) => local(c) === 'link');
  const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const author = child(entry, 'author');
  const { text, full } = itemText(textOf(child(entry, 'content')), textOf(child(entry, 'summary')));
  return {
    link: link?.getAttribute('href') ?? null,
    title: textOf(child(entry, 'title')),
    published: toDay(textOf(child(entry, 'published', 'updated'))),
    author: author ? textOf(child(author, 'name')) : null,
    text,
    full,
  };
}
