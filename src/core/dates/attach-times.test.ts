import { describe, expect, it } from 'vitest';
import type { Claim, Quote, Sentence, TimeExpression } from '../analysis.js';
import { normalizeArabic } from '../normalize/ar.js';
import { tokenize } from '../tokenize/tokenize.js';
import { attachTimes } from './attach-times.js';
import { findTimes } from './find-times.js';

/** One-sentence fixtures: the cue and the content are given as substrings of the text. */
function quoteIn(text: string, cue: string | null, content: string): Quote {
  const c = text.indexOf(content);
  const q = cue === null ? null : { start: text.indexOf(cue), end: text.indexOf(cue) + cue.length };
  return { id: 'q0', kind: 'indirect', content: { start: c, end: c + content.length }, cue: q, speaker: null, stance: 'asserts', headline: false, sentence: 0 };
}

function run(text: string, cue: string | null, content: string): { quote: number | null | undefined; claim: number | null | undefined; times: TimeExpression[] } {
  const times = findTimes({ text, norm: normalizeArabic(text), tokens: tokenize(text), language: 'ar' }, '2024-10-15');
  const sentences: Sentence[] = [{ start: 0, end: text.length, paragraph: 0, headline: false }];
  const claims: Claim[] = [{ id: 'c0', text: content, quotes: [0], entities: [] }];
  const r = attachTimes([quoteIn(text, cue, content)], claims, times, sentences);
  return { quote: r.quotes[0]!.time, claim: r.claims[0]!.time, times };
}

const rawOf = (r: ReturnType<typeof run>, i: number | null | undefined) => (i === null || i === undefined ? null : r.times[i]!.raw);

describe('attachTimes', () => {
  it.each([
    // [text, cue, content, time of the attribution, time of the claim]
    ['أعرب مسؤولون أميركيون، الثلاثاء، عن قلقهم إزاء التقارير', 'أعرب', 'قلقهم إزاء التقارير', 'الثلاثاء', 'الثلاثاء'],
    ['وقال الوزير أمس إن القمة ستعقد الخميس المقبل', 'قال', 'القمة ستعقد الخميس المقبل', 'أمس', 'الخميس المقبل'],
    ['وقال الوزير إن القمة ستعقد الخميس المقبل', 'قال', 'القمة ستعقد الخميس المقبل', null, 'الخميس المقبل'],
    ['وأكد مؤخرا ثم قال مساء أمس إن الوضع مستقر', 'قال', 'الوضع مستقر', 'مساء أمس', 'مساء أمس'],
    ['وقال لمدة ساعتين إن الوضع مستقر', 'قال', 'الوضع مستقر', null, null],
    ['واتهم الرئيس هذا الأسبوع كوريا الشمالية بنقل جنود', 'اتهم', 'هذا الأسبوع كوريا الشمالية بنقل جنود', 'هذا الأسبوع', 'هذا الأسبوع'],
  ])('%s', (text, cue, content, quoteTime, claimTime) => {
    const r = run(text, cue, content);
    expect(rawOf(r, r.quote)).toBe(quoteTime);
    expect(rawOf(r, r.claim)).toBe(claimTime);
  });

  it('does not change its inputs', () => {
    const text = 'قال الوزير الثلاثاء إن الوضع مستقر';
    const q = quoteIn(text, 'قال', 'الوضع مستقر');
    const times = findTimes({ text, norm: normalizeArabic(text), tokens: tokenize(text), language: 'ar' }, '2024-10-15');
    attachTimes([q], [], times, [{ start: 0, end: text.length, paragraph: 0, headline: false }]);
    expect(q.time).toBeUndefined();
  });
});
