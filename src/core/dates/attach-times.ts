import type { Claim, Quote, Sentence, TimeExpression } from '../analysis.js';
import type { Span } from '../source/span.js';

const VAGUE = /_REF$/;

const inside = (t: Span, s: Span) => t.start >= s.start && t.end <= s.end;
const distance = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/**
 * The time that dates a span of a sentence: the date or time expression of the sentence closest to `at`,
 * outside `exclude` (the quoted content dates the event, not the saying). Exact values win over vague
 * ones (`الثلاثاء` over `مؤخرا`).
 */
function nearestTime(times: TimeExpression[], sentence: Span, at: Span, exclude: Span | null): number | null {
  let best: number | null = null;
  let bestKey = Infinity;
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t.type !== 'date' && t.type !== 'time') continue;
    if (!inside(t, sentence) || (exclude && inside(t, exclude))) continue;
    const key = distance(t, at) + (t.value !== null && VAGUE.test(t.value) ? 100_000 : 0);
    if (key < bestKey) {
      bestKey = key;
      best = i;
    }
  }
  return best;
}

/**
 * Dates attributions and claims by the time expressions of their clause or sentence.
 *
 * An attribution takes the date or time nearest its cue in the cue's sentence, outside the quoted content:
 * `أعرب مسؤولون أميركيون، الثلاثاء، عن قلقهم` dates the officials' concern to that Tuesday. A claim takes
 * the time its content names (`... ستعقد الخميس`) when one does, else the time of its first dated attribution.
 * Durations and sets date nothing. Returns new arrays; inputs are not changed.
 *
 * @param quotes Attributions, with `sentence` indexes into `sentences`.
 * @param claims Claims, with `quotes` indexes into `quotes`.
 * @param times Time expressions of the article, in text order.
 * @param sentences Sentences of the article.
 * @returns Copies of `quotes` and `claims` with `time` set to an index into `times`, or null.
 */
export function attachTimes(quotes: Quote[], claims: Claim[], times: TimeExpression[], sentences: Sentence[]): { quotes: Quote[]; claims: Claim[] } {
  const dated = quotes.map((q) => {
    const sentence = sentences[q.sentence];
    const at = q.cue ?? q.content;
    // The cue's sentence (widened to the cue itself when a splitter cut it differently).
    const scope = sentence ? { start: Math.min(sentence.start, at.start), end: Math.max(sentence.end, at.end) } : null;
    // A time that opens an indirect content is an adverb of the cue: `واتهم زيلينسكي [هذا الأسبوع كوريا
    // الشمالية بنقل جنود]` dates the accusation, so the content then excludes it.
    const lead = q.kind === 'direct' ? undefined : times.find((t) => t.start >= q.content.start && t.start <= q.content.start + 1 && (t.type === 'date' || t.type === 'time'));
    const exclude = lead ? { start: lead.end, end: Math.max(lead.end, q.content.end) } : q.content;
    const time = scope ? nearestTime(times, scope, at, exclude) : null;
    return { ...q, time };
  });
  const datedClaims = claims.map((c) => {
    let time: number | null = null;
    // The event the claim reports: a time named inside a content, the earliest quote first.
    for (const qi of c.quotes) {
      const q = dated[qi];
      if (!q) continue;
      const inner = nearestTime(times, q.content, { start: q.content.start, end: q.content.start }, null);
      if (inner !== null) {
        time = inner;
        break;
      }
    }
    if (time === null) for (const qi of c.quotes) if ((time = dated[qi]?.time ?? null) !== null) break;
    return { ...c, time };
  });
  return { quotes: dated, claims: datedClaims };
}
