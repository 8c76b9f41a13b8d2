// Claims: attributions of the same article whose contents say the same thing, grouped so that a report
// can show who asserts, who denies, who hedges. Grouping compares content words (normalised, clitics
// stripped to rough stems, entity names and the article's topic words aside) and the entities the
// contents mention; nothing is tied to one article's words.
import type { Claim, Quote } from '../analysis.js';
import type { AnalysisContext } from '../context.js';
import { spanStems } from './stems.js';

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
  const stems = quotes.map((q) => spanStems(ctx.text, ctx.tokens, q.content.start, q.content.end));
  // Topic words that most contents of the article share (the countries of a war report) say little about
  // which claim a content makes: with five contents or more, stems found in over half of them are dropped.
  if (quotes.length >= 5) {
    const df = new Map<string, number>();
    for (const set of stems) for (const st of set) df.set(st, (df.get(st) ?? 0) + 1);
    for (const set of stems) for (const st of [...set]) if ((df.get(st) ?? 0) > quotes.length / 2) set.delete(st);
  }
  // Each mention is stemmed once; a quote's entities and the stems of their names come from the mentions
  // inside its content. Stems of entity names are compared as entities, not as words.
  const mentions = ctx.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id, stems: null as Set<string> | null })));
  // Mentions by start, to find those inside a content by binary search (an article has hundreds of mentions);
  // they are still taken in entity order, which the claims' entity lists keep.
  const byStart = mentions.map((_, k) => k).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const entityIds = quotes.map((q, i) => {
    const ids: string[] = [];
    const inside: number[] = [];
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mentions[byStart[mid]!]!.start < q.content.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byStart.length && mentions[byStart[k]!]!.start < q.content.end; k++) {
      if (mentions[byStart[k]!]!.end <= q.content.end) inside.push(byStart[k]!);
    }
    inside.sort((a, b) => a - b);
    for (const k of inside) {
      const m = mentions[k]!;
      if (!ids.includes(m.entity)) ids.push(m.entity);
      m.stems ??= spanStems(ctx.text, ctx.tokens, m.start, m.end);
      for (const st of m.stems) stems[i]!.delete(st);
    }
    return ids;
  });
  // Union-find over quotes; comparisons are pairwise, but within one article (tens of quotes).
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      if (similar(stems[i]!, stems[j]!, entityIds[i]!, entityIds[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  const claims: Claim[] = [];
  for (const members of [...groups.values()].sort((a, b) => a[0]! - b[0]!)) {
    const best = clearest(quotes, members);
    const q = quotes[best]!;
    const entities = [...new Set(members.flatMap((m) => entityIds[m]!))];
    claims.push({ id: `c${claims.length}`, text: ctx.text.slice(q.content.start, q.content.end).replace(/\s+/g, ' ').trim(), quotes: members, entities });
  }
  return claims;
}

/**
 * Two contents make one claim when they share enough content words, or share two entities and at least
 * one content word (جنود ... كوريا الشمالية ... روسيا): entities alone (كوريا الشمالية زودت روسيا
 * بالذخيرة vs جنود كوريون يقاتلون لروسيا) are the topic, not the claim.
 */
function similar(a: Set<string>, b: Set<string>, ea: string[], eb: string[]): boolean {
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  const sharedEntities = ea.filter((e) => eb.includes(e)).length;
  if (sharedEntities >= 2 && shared >= 1) return true;
  if (a.size === 0 || b.size === 0) return false;
  return shared >= MIN_SHARED && shared / Math.min(a.size, b.size) >= MIN_OVERLAP;
}

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
