import type { Analysis, Entity, Span, Stance } from '../core/index.js';
import { escapeHtml } from './escape.js';
import { STANCE_LABEL } from './labels.js';

/** What an inline mark stands for; the order of `RANK` decides nesting when two marks share a range. */
export type MarkKind = 'sentence' | 'content' | 'dateline' | 'aside' | 'speaker' | 'cue' | 'entity';

/** A range of the text drawn with one style. `attrs` values are raw (escaped when rendered). */
export interface Mark extends Span {
  kind: MarkKind;
  /** Extra classes. */
  classes?: string[];
  attrs?: Record<string, string>;
  /** Set on the first fragment only, when a mark is split to keep the HTML well nested. */
  id?: string;
  href?: string;
  /** The element to draw (`mark` for search hits); `span`, or `a` when there is an `href`, otherwise. */
  tag?: 'mark' | 'span';
}

/** A block of the article: a body paragraph, an embedded headline, a byline, a credit line or boilerplate. */
export interface Block extends Span {
  kind: 'paragraph' | 'headline' | 'byline' | 'credit' | 'boilerplate' | 'rest';
  /** A short label drawn by CSS (`data-label`), so that it is not part of the text. */
  label?: string;
}

/** Options of `renderArticleHtml`. */
export interface HighlightOptions {
  /** The link of an entity of the analysis (`/entities/42`), or null for no link. */
  entityHref?: (entity: Entity) => string | null;
  /** The text shown on hover for a quote's claim, when the quote belongs to one. Defaults to the analysis' own claims. */
  claimOf?: (quoteIndex: number) => { text: string; href?: string } | null;
}

// Outer marks first: a sentence holds a quote's content, which holds the speaker, cue and entity names.
const RANK: Record<MarkKind, number> = { sentence: 0, content: 1, dateline: 1, aside: 1, speaker: 2, cue: 2, entity: 3 };

/** Orders marks outermost first: by start, then longest, then rank. The same order holds in every segment. */
function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];
}

/**
 * Renders marks over `text.slice(from, to)` as well-nested HTML. The range is cut at every mark boundary; for each
 * piece the open marks (outermost first) are compared with the previous piece's and only the differing tail is
 * closed and reopened, so a mark that crosses the end of an enclosing one is split into fragments that carry the
 * same attributes (the first fragment alone keeps the `id`).
 *
 * Offsets are UTF-16 code units, half-open, sliced in JavaScript: `text.slice(m.start, m.end)` is the marked text.
 * @example renderMarks('قال زيد', [{ start: 4, end: 7, kind: 'speaker' }], 0, 7) // 'قال <span class="speaker">زيد</span>'
 */
export function renderMarks(text: string, marks: Mark[], from = 0, to = text.length, seenIds: Set<string> = new Set()): string {
  const inside = marks
    .map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }))
    .filter((m) => m.start < m.end)
    .sort(compareMarks);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  let stack: Mark[] = [];
  let out = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k]!;
    const b = points[k + 1]!;
    const active = inside.filter((m) => m.start <= a && m.end >= b);
    let same = 0;
    while (same < stack.length && same < active.length && stack[same] === active[same]) same++;
    for (let j = stack.length - 1; j >= same; j--) out += closeTag(stack[j]!, stack.slice(0, j));
    for (let j = same; j < active.length; j++) {
      const m = active[j]!;
      out += openTag(m, active.slice(0, j), m.id !== undefined && !seenIds.has(m.id));
      if (m.id !== undefined) seenIds.add(m.id);
    }
    stack = active;
    out += escapeHtml(text.slice(a, b));
  }
  for (let j = stack.length - 1; j >= 0; j--) out += closeTag(stack[j]!, stack.slice(0, j));
  return out;
}

/** A link inside a link is invalid HTML: an entity inside another link is drawn as a plain span. */
function tagOf(m: Mark, outer: Mark[]): 'a' | 'span' | 'mark' {
  return m.href !== undefined && !outer.some((o) => o.href !== undefined) ? 'a' : (m.tag ?? 'span');
}

function openTag(m: Mark, outer: Mark[], first: boolean): string {
  const tag = tagOf(m, outer);
  let s = `<${tag} class="${escapeHtml([m.kind, ...(m.classes ?? [])].join(' '))}"`;
  if (first && m.id) s += ` id="${escapeHtml(m.id)}"`;
  if (tag === 'a') s += ` href="${escapeHtml(m.href!)}"`;
  for (const [k, v] of Object.entries(m.attrs ?? {})) s += ` ${k}="${escapeHtml(v)}"`;
  return s + '>';
}

function closeTag(m: Mark, outer: Mark[]): string {
  return `</${tagOf(m, outer)}>`;
}

/**
 * The blocks of an article: paragraphs, embedded headlines, bylines, credit lines and boilerplate, in text order and
 * never overlapping (an item that overlaps a block already taken is left to be drawn inline). Text between blocks
 * that is not white space becomes a `rest` block, so nothing of the article is dropped.
 */
export function articleBlocks(text: string, a: Analysis): { blocks: Block[]; inline: Block[] } {
  const candidates: Block[] = [
    ...a.headlines.map((h) => ({ start: h.start, end: h.end, kind: 'headline' as const, label: 'عنوان مضمّن' })),
    ...a.bylines.map((b) => ({ start: b.start, end: b.end, kind: 'byline' as const, label: 'توقيع' })),
    ...(a.credits?.spans ?? []).map((c) => ({ start: c.start, end: c.end, kind: 'credit' as const, label: 'إسهام' })),
    ...a.boilerplate.map((b) => ({ start: b.start, end: b.end, kind: 'boilerplate' as const, label: b.kind })),
    ...a.paragraphs.map((p) => ({ start: p.start, end: p.end, kind: 'paragraph' as const })),
  ].filter((b) => b.start < b.end && b.end <= text.length);
  // Set-apart items first, so that a credit line the paragraph splitter also counted as a paragraph stays set apart.
  const taken: Block[] = [];
  const inline: Block[] = [];
  for (const c of candidates) {
    if (taken.some((t) => t.start < c.end && c.start < t.end)) inline.push(c);
    else taken.push(c);
  }
  taken.sort((x, y) => x.start - y.start);
  const blocks: Block[] = [];
  let at = 0;
  for (const next of [...taken, { start: text.length, end: text.length, kind: 'rest' as const }]) {
    const b = { ...next };
    const gap = text.slice(at, b.start);
    if (b.start > at && gap.trim() !== '') {
      // Text on the same line as a paragraph belongs to it: a dateline the paragraph splitter left out
      // (`القاهرة - (رويترز) - نفت الوزارة...`) stays at the head of its paragraph, not on a line of its own.
      const prev = blocks[blocks.length - 1];
      if (!gap.includes('\n') && b.kind === 'paragraph') b.start = at;
      else if (!gap.includes('\n') && prev?.kind === 'paragraph' && prev.end === at) prev.end = b.start;
      else blocks.push({ start: at, end: b.start, kind: 'rest' });
    }
    if (b.end > b.start) blocks.push(b);
    at = Math.max(at, b.end);
  }
  return { blocks, inline: inline.filter((i) => i.kind !== 'paragraph') };
}

/** The marks of an analysis: sentences, attributions (content, cue, speaker), entity mentions, dateline and inline asides. */
export function analysisMarks(a: Analysis, options: HighlightOptions = {}, inline: Block[] = []): Mark[] {
  const marks: Mark[] = [];
  a.sentences.forEach((s, i) => marks.push({ start: s.start, end: s.end, kind: 'sentence', id: `s-${i}`, attrs: { 'data-s': String(i) } }));
  const claimOf = options.claimOf ?? ((qi: number) => {
    const c = a.claims.find((cl) => cl.quotes.includes(qi));
    return c ? { text: c.text } : null;
  });
  a.quotes.forEach((q, qi) => {
    const speaker = q.speaker ? q.speaker.name + (q.speaker.mention ? '' : ' (ضمني)') : 'غير معروف';
    const claim = claimOf(qi);
    const common = { 'data-q': q.id };
    marks.push({
      start: q.content.start, end: q.content.end, kind: 'content', id: `q-${q.id}`,
      classes: [`stance-${q.stance}`, `kind-${q.kind}`],
      attrs: { ...common, 'data-speaker': speaker, 'data-stance': STANCE_LABEL[q.stance as Stance], ...(claim ? { 'data-claim': claim.text } : {}), tabindex: '0' },
    });
    if (q.cue) marks.push({ start: q.cue.start, end: q.cue.end, kind: 'cue', attrs: common });
    if (q.speaker?.mention) marks.push({ start: q.speaker.mention.start, end: q.speaker.mention.end, kind: 'speaker', attrs: common });
  });
  for (const e of a.entities) {
    const href = options.entityHref?.(e) ?? null;
    for (const m of e.mentions) {
      marks.push({ start: m.start, end: m.end, kind: 'entity', classes: [`type-${e.type}`], attrs: { 'data-e': e.id, title: e.name }, ...(href ? { href } : {}) });
    }
  }
  if (a.dateline) marks.push({ start: a.dateline.start, end: a.dateline.end, kind: 'dateline' });
  for (const b of inline) marks.push({ start: b.start, end: b.end, kind: 'aside', classes: [b.kind] });
  return marks;
}

/**
 * The article as HTML: one element per block, with attributions, entities and sentences marked inside.
 * Every piece of the text is escaped; the offsets of the analysis are sliced in JavaScript, never elsewhere.
 */
export function renderArticleHtml(text: string, a: Analysis, options: HighlightOptions = {}): string {
  const { blocks, inline } = articleBlocks(text, a);
  const marks = analysisMarks(a, options, inline);
  const seenIds = new Set<string>();
  return blocks
    .map((b) => {
      const tag = b.kind === 'paragraph' || b.kind === 'rest' ? 'p' : 'aside';
      const label = b.label ? ` data-label="${escapeHtml(b.label)}"` : '';
      return `<${tag} class="blk ${b.kind}"${label}>${renderMarks(text, marks, b.start, b.end, seenIds)}</${tag}>`;
    })
    .join('\n');
}
