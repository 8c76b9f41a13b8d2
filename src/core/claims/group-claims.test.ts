import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { tokenize } from '../tokenize/tokenize.js';
import { ArticleStems, contentStems, lightStem } from './stems.js';

/** The stems of a span as text, through one article's stemmer. */
const spanStems = (text: string, start: number, end: number, stemmer = new ArticleStems(text, tokenize(text))) =>
  stemmer.span(start, end).map((id) => stemmer.stem(id));

describe('light stems strip clitics and endings', () => {
  it.each([
    ['والجنود', 'جنود'],
    ['بالقلق', 'قلق'],
    ['الكوريين', 'كوري'],
    ['يقاتلون', 'قاتل'],
    ['للعمليات', 'عملي'],
  ])('%s → %s', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });
  it('drops function words and digits', () => {
    expect([...contentStems('قال إن 12 جنديا في الجبهة')].sort()).toEqual(['جبه', 'جندي', 'قال'].sort());
  });
  it('reads a span from its tokens as contentStems reads its text', () => {
    const text = 'وأكد المتحدث، يوم الثلاثاء، أن «القواتَ الكوريةَ الشمالية» تقاتل في كورسك منذ أسابيع.';
    const start = text.indexOf('أن');
    expect([...spanStems(text, start, text.length)].sort()).toEqual([...contentStems(text.slice(start))].sort());
    // A span cut inside a word stems the part inside it.
    expect([...spanStems(text, text.indexOf('لمتحدث'), text.indexOf('،'))]).toEqual(['لمتحدث']);
  });
  it('gives a stem one id in every span of the article, a token read twice the same stems, each id once', () => {
    const text = 'قالت الوزارة إن القوات الكورية تقاتل، وأكد الجيش أن القوات الكورية تنسحب.';
    const stemmer = new ArticleStems(text, tokenize(text));
    const first = stemmer.span(text.indexOf('القوات'), text.indexOf('،'));
    const second = stemmer.span(text.lastIndexOf('القوات'), text.length);
    expect(first.filter((id) => second.includes(id)).map((id) => stemmer.stem(id)).sort()).toEqual(['قوات', 'كور']);
    expect(stemmer.span(text.indexOf('القوات'), text.indexOf('،'))).toEqual(first);
    expect(new Set(stemmer.span(0, text.length)).size).toBe(stemmer.span(0, text.length).length);
    expect(spanStems(text, 0, text.length, stemmer).sort()).toEqual([...contentStems(text)].sort());
  });
  it('keeps numbers glued to a letter (و120، بـ23) out of the stems, as tokens split them', () => {
    const text = 'حصلت على و120 صاروخا وبـ23 قذيفة';
    expect([...spanStems(text, 0, text.length)].sort()).toEqual([...contentStems('حصلت على صاروخا قذيفة')].sort());
  });
});

describe('claims group attributions that say the same thing', () => {
  it('an assertion and a denial of one content form one claim', () => {
    const text = 'قال الجيش إن القوات الكورية الشمالية تقاتل في أوكرانيا إلى جانب روسيا.\n' +
      'ونفت روسيا أن القوات الكورية الشمالية تقاتل في أوكرانيا.\n' +
      'وقال وزير الزراعة إن موسم الحصاد كان جيدا هذا العام.';
    const a = analyze(text);
    const stances = a.claims.map((c) => c.quotes.map((i) => a.quotes[i]!.stance).sort());
    expect(stances).toContainEqual(['asserts', 'denies']);
    expect(a.claims.find((c) => c.quotes.length === 1)?.text).toContain('موسم الحصاد');
  });
  it('unrelated contents stay apart', () => {
    const a = analyze('قال الوزير إن الميزانية سترتفع. وقال المدرب إن الفريق جاهز للمباراة.');
    expect(a.claims).toHaveLength(2);
    expect(a.claims.map((c) => c.id)).toEqual(['c0', 'c1']);
  });
});
