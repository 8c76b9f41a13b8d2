import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';
import { tokenize } from '../tokenize/tokenize.js';
import type { ArticleStructure } from '../context.js';

/** Splits `text` taken as one paragraph per line and returns the sentence texts. */
function sentences(text: string): string[] {
  const paragraphs: ArticleStructure['paragraphs'] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: at, end: at + line.length, index: paragraphs.length });
    at += line.length + 1;
  }
  const structure: ArticleStructure = { paragraphs, headlines: [], dateline: null, bylines: [], credits: null, boilerplate: [], diagnostics: [] };
  return splitSentences(text, tokenize(text), structure).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences: stops', () => {
  it.each([
    ['جاء الوزير. وقال كلاما.', ['جاء الوزير.', 'وقال كلاما.']],
    ['هل جاء؟ نعم! انتهى… ثم عاد', ['هل جاء؟', 'نعم!', 'انتهى…', 'ثم عاد']],
    ['حقا؟! ربما... لا', ['حقا؟!', 'ربما...', 'لا']],
    ['انتهى الاجتماع.وقال الوزير', ['انتهى الاجتماع.', 'وقال الوزير']],
    ['سطر أول\nسطر ثان', ['سطر أول', 'سطر ثان']],
  ])('%s', (text, expected) => expect(sentences(text)).toEqual(expected));
});

describe('splitSentences: no split', () => {
  it.each([
    ['بلغت النسبة 3.5 في المائة. ثم', ['بلغت النسبة 3.5 في المائة.', 'ثم']],
    ['بلغت ٣٫٥ بالمائة', ['بلغت ٣٫٥ بالمائة']],
    ['في 27.07.2024 وقع الاتفاق', ['في 27.07.2024 وقع الاتفاق']],
    ['قال د. محمد إن م. علي حضر', ['قال د. محمد إن م. علي حضر']],
    ['تأسست عام 1932 م. وكانت', ['تأسست عام 1932 م.', 'وكانت']],
    ['The U.S. Army and Mr. Smith met J. Doe.', ['The U.S. Army and Mr. Smith met J. Doe.']],
    ['e.g. this one', ['e.g. this one']],
    ['رواية جي. كيه. رولينغ الأخيرة', ['رواية جي. كيه. رولينغ الأخيرة']],
    ['راجع https://site.ma/a.html للمزيد. ثم', ['راجع https://site.ma/a.html للمزيد.', 'ثم']],
    ['راسلوا info@site.gov.ma أو equipement.gov.ma للمزيد', ['راسلوا info@site.gov.ma أو equipement.gov.ma للمزيد']],
    ['1. البند الأول', ['1. البند الأول']],
  ])('%s', (text, expected) => expect(sentences(text)).toEqual(expected));
});

describe('splitSentences: quotations', () => {
  it.each([
    // a quotation that spans a stop stays whole
    ['وقال: “نشعر بالقلق. وسنتابع”. ثم غادر.', ['وقال: “نشعر بالقلق. وسنتابع”.', 'ثم غادر.']],
    ['وقال: «هذا مهم. جدا» وأضاف. ثم', ['وقال: «هذا مهم. جدا» وأضاف.', 'ثم']],
    // a stop right before the closing mark ends the sentence after it
    ['قال: «انتهى الأمر.» ثم خرج.', ['قال: «انتهى الأمر.»', 'ثم خرج.']],
    // mirrored marks
    ['قال »نعم. بالتأكيد« ثم خرج.', ['قال »نعم. بالتأكيد« ثم خرج.']],
    // the seed's stray “. after a closed quotation joins the sentence before it
    ['وأضاف “إذا كان هذا صحيحا. وسيشير أيضا”. “. وتقول واشنطن', ['وأضاف “إذا كان هذا صحيحا. وسيشير أيضا”. “.', 'وتقول واشنطن']],
    // a quotation that never closes protects nothing
    ['قال “هذا كلام. ثم شيء آخر. والنهاية.', ['قال “هذا كلام.', 'ثم شيء آخر.', 'والنهاية.']],
    // a mark left open early does not pair with a stray closer at the end of the paragraph
    [
      'وأوضح لـ"الاقتصادية أن الأسعار زادت. وقال "هذا طبيعي". وأضاف "نعم". كاشفا أن العائلات كثيرة".',
      ['وأوضح لـ"الاقتصادية أن الأسعار زادت.', 'وقال "هذا طبيعي".', 'وأضاف "نعم".', 'كاشفا أن العائلات كثيرة".'],
    ],
  ])('%s', (text, expected) => expect(sentences(text)).toEqual(expected));

  it('does not keep an absurdly long quotation in one sentence', () => {
    const long = 'كلام طويل جدا. '.repeat(80);
    const got = sentences(`قال «${long}» ثم خرج.`);
    expect(got.length).toBeGreaterThan(40);
  });
});

describe('splitSentences: regions', () => {
  it('marks headline sentences and keeps sentences inside their regions', () => {
    const text = 'فقرة أولى. ثانية.\nعنوان مقال آخر\nفقرة ثالثة';
    const structure: ArticleStructure = {
      paragraphs: [
        { start: 0, end: 17, index: 0 },
        { start: 33, end: 43, index: 1 },
      ],
      headlines: [{ start: 18, end: 32, raw: 'عنوان مقال آخر' }],
      dateline: null, bylines: [], credits: null, boilerplate: [], diagnostics: [],
    };
    const got = splitSentences(text, tokenize(text), structure).map((s) => [text.slice(s.start, s.end), s.paragraph, s.headline]);
    expect(got).toEqual([
      ['فقرة أولى.', 0, false],
      ['ثانية.', 0, false],
      ['عنوان مقال آخر', -1, true],
      ['فقرة ثالثة', 1, false],
    ]);
  });
});
