// Claims: attributions of the same article whose contents say the same thing, grouped so that a report
// can show who asserts, who denies, who hedges. Grouping compares content words (normalised, clitics
// stripped to rough stems, entity names and the article's topic words aside) and the entities the
// contents mention; nothing is tied to one article's words.
import type { Claim, Quote } from '../analysis.js';
import type { AnalysisContext } from '../context.js';
import { ArticleStems } from './stems.js';

/** Two contents are one claim when they share this share of the smaller stem set (overlap coefficient). */
const MIN_OVERLAP = 0.4;
/** ... and at least this many content stems, so that two fragments sharing one word do not merge. */
const MIN_SHARED = 3;

/**
 * Groups attributions into claims.
 *
 * @param ctx The analysis context (text, entities).
 * @param quotes The attributions, in output order (claims point at them by index).
 * @returns Claims `c0..` in order of their first attribution; each has its clearest content as text
 *   (the longest direct quotation, else the shortest complete indirect content) and the quote indexes.
 * @example
 * // "جنود كوريون شماليون يقاتلون ... نيابة عن روسيا" said by Zelensky, Seoul, Dietz, Miller → one claim.
 */
export function groupClaims(ctx: AnalysisContext, quotes: Quote[]): Claim[] {
  if (quotes.length === 0) return [];
  const stemmer = new ArticleStems(ctx.text, ctx.tokens);
  const stems = quotes.map((q) => stemmer.span(q.content.start, q.content.end));
  // Topic words that most contents of the article share (the countries of a war report) say little about
  // which claim a content makes: with five contents or more, stems found in over half of them are dropped.
  if (quotes.length >= 5) {
    const df = new Uint32Array(stemmer.count);
    for (const ids of stems) for (const id of ids) df[id]!++;
    const most = quotes.length / 2;
    for (let i = 0; i < stems.length; i++) stems[i] = stems[i]!.filter((id) => df[id]! <= most);
  }
  const entityIds = entitiesInside(ctx, quotes, stems, stemmer);
  // Union-find over quotes. Two contents with no stem in common are never one claim (`similar`), so each quote meets
  // only the later quotes its stems' postings list, counting the stems it shares with each, not every later quote.
  const parent = quotes.map((_, i) => i);
  const postings = quotesByStem(stems, stemmer.count);
  const shared = new Int32Array(quotes.length);
  const met: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    for (const id of stems[i]!) {
      for (let x = postings.from[id]!; x < postings.from[id + 1]!; x++) {
        const j = postings.quotes[x]!;
        if (j > i && shared[j]!++ === 0) met.push(j);
      }
    }
    for (const j of met) {
      if (similar(shared[j]!, stems[i]!.length, stems[j]!.length, entityIds[i]!, entityIds[j]!)) parent[root(parent, j)] = root(parent, i);
      shared[j] = 0;
    }
    met.length = 0;
  }
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const r = root(parent, i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const claims: Claim[] = [];
  for (const members of [...groups.values()].sort((a, b) => a[0]! - b[0]!)) {
    const best = clearest(quotes, members);
    const q = quotes[best]!;
    const entities: string[] = [];
    for (const m of members) for (const e of entityIds[m]!) if (!entities.includes(e)) entities.push(e);
    claims.push({ id: `c${claims.length}`, text: oneLine(ctx.text.slice(q.content.start, q.content.end)), quotes: members, entities });
  }
  return claims;
}

/**
 * The entities mentioned inside each quote's content, in the order of the article's entities, and the
 * stems of their names taken out of the content's stems (entities are compared as entities, not as words).
 * Each mention is stemmed once; mentions are found by binary search over their starts.
 */
function entitiesInside(ctx: AnalysisContext, quotes: Quote[], stems: number[][], stemmer: ArticleStems): string[][] {
  let total = 0;
  for (const e of ctx.entities) total += e.mentions.length;
  // Every mention as a flat index in entity order, with its start, end and entity; `byStart` holds
  // start * 2^21 + flat index, so that a plain numeric sort orders them by start.
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const owner = new Int32Array(total);
  const byStart = new Float64Array(total);
  let k = 0;
  ctx.entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      starts[k] = m.start;
      ends[k] = m.end;
      owner[k] = ei;
      byStart[k] = m.start * FLAT + k;
      k++;
    }
  });
  byStart.sort();
  const nameStems: Array<number[] | undefined> = new Array<number[] | undefined>(total);
  return quotes.map((q, i) => {
    const ids: string[] = [];
    let lo = 0;
    let hi = total;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byStart[mid]! < q.content.start * FLAT) lo = mid + 1;
      else hi = mid;
    }
    const inside: number[] = [];
    for (let x = lo; x < total && byStart[x]! < q.content.end * FLAT; x++) {
      const flat = byStart[x]! % FLAT;
      if (ends[flat]! <= q.content.end) inside.push(flat);
    }
    if (inside.length === 0) return ids;
    inside.sort((a, b) => a - b);
    const names: number[] = [];
    for (const flat of inside) {
      const id = ctx.entities[owner[flat]!]!.id;
      if (!ids.includes(id)) ids.push(id);
      const own = (nameStems[flat] ??= stemmer.span(starts[flat]!, ends[flat]!));
      for (const st of own) names.push(st);
    }
    stems[i] = stems[i]!.filter((id) => !names.includes(id));
    return ids;
  });
}

/** The root of quote `i` in the union-find forest `parent`, with the path to it compressed. */
function root(parent: number[], i: number): number {
  return parent[i] === i ? i : (parent[i] = root(parent, parent[i]!));
}

/**
 * The quotes whose stems hold each stem id, ascending: the quotes of id `k` are `quotes[from[k] .. from[k + 1])`
 * (a counting sort of the stems by id).
 */
function quotesByStem(stems: number[][], count: number): { from: Int32Array; quotes: Int32Array } {
  const from = new Int32Array(count + 1);
  for (const ids of stems) for (const id of ids) from[id + 1]!++;
  for (let id = 0; id < count; id++) from[id + 1]! += from[id]!;
  const quotes = new Int32Array(from[count]!);
  const next = from.slice(0, count);
  for (let q = 0; q < stems.length; q++) for (const id of stems[q]!) quotes[next[id]!++] = q;
  return { from, quotes };
}

/** Positions are below 2^32 and mention counts below 2^21: start * FLAT + index stays an exact double. */
const FLAT = 2 ** 21;

/**
 * Two contents make one claim when they share enough content words, or share two entities and at least
 * one content word (جنود ... كوريا الشمالية ... روسيا): entities alone (كوريا الشمالية زودت روسيا
 * بالذخيرة vs جنود كوريون يقاتلون لروسيا) are the topic, not the claim.
 *
 * @param shared How many content stems the two share.
 * @param sizeA How many content stems the first has; `sizeB` the second.
 */
function similar(shared: number, sizeA: number, sizeB: number, ea: string[], eb: string[]): boolean {
  if (shared >= 1) {
    let sharedEntities = 0;
    for (const e of ea) if (eb.includes(e)) sharedEntities++;
    if (sharedEntities >= 2) return true;
  }
  if (sizeA === 0 || sizeB === 0) return false;
  return shared >= MIN_SHARED && shared / Math.min(sizeA, sizeB) >= MIN_OVERLAP;
}

/** The text on one line: runs of white space as one space, none at the ends (a copy only when needed). */
function oneLine(s: string): string {
  return messySpace(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/**
 * True when `s` may have white space other than single inner spaces: empty, a space at an end, two spaces in a row,
 * or white space that is no plain space. The ends are read off directly and the rest is one native regex scan, which
 * outruns a loop over the code units (and the regex `^\s|\s$|\s\s|[^\S ]`, which tried each alternative at
 * every position).
 */
function messySpace(s: string): boolean {
  return s.length === 0 || s.charCodeAt(0) === 0x20 || s.charCodeAt(s.length - 1) === 0x20 || MESSY_SPACE.test(s);
}
/** White space other than a plain space, or two spaces in a row. */
const MESSY_SPACE = /[^\S ]| {2}/;

/** The clearest content of a group: an indirect or direct content of middling length, asserted if possible. */
function clearest(quotes: Quote[], members: number[]): number {
  let best = members[0]!;
  let bestScore = -Infinity;
  for (const m of members) {
    const q = quotes[m]!;
    const len = q.content.end - q.content.start;
    // Prefer asserted contents of 40-160 code units: short enough to read, long enough to say something.
    const score = (q.stance === 'asserts' ? 50 : 0) - Math.abs(len - 100) / 4 + (q.kind === 'indirect' ? 5 : 0);
    if (score > bestScore) { bestScore = score; best = m; }
  }
  return best;
}
