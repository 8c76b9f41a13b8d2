import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

/** The word's segments as `a+b+c` (the source text of each), or the word itself when it has none. */
function segmentsOf(word: string): string {
  const [t] = tokenize(word);
  return t?.segments ? t.segments.map((s) => word.slice(s.start, s.end)).join('+') : word;
}

describe('clitic segments', () => {
  it.each([
    // proclitics and the article
    ['وقال', 'و+قال'],
    ['والحكومة', 'و+ال+حكومة'],
    ['بالرباط', 'ب+ال+رباط'],
    ['وبالتالي', 'و+ب+ال+تالي'],
    ['للحكومة', 'ل+ل+حكومة'],
    ['وللمرة', 'و+ل+ل+مرة'],
    ['كالعادة', 'ك+ال+عادة'],
    ['الوزارة', 'ال+وزارة'],
    ['وسيقول', 'و+س+يقول'],
    ['ستكون', 'س+تكون'],
    ['وأضاف', 'و+أضاف'],
    ['لأن', 'ل+أن'],
    ['بأنه', 'ب+أن+ه'],
    ['لأنها', 'ل+أن+ها'],
    ['وهو', 'و+هو'],
    ['فلا', 'ف+لا'],
    ['ولبنان', 'و+لبنان'],
    ['بلبنان', 'ب+لبنان'],
    // harakat stay with their letter
    ['وَالحُكومة', 'وَ+ال+حُكومة'],
    ['الـوزارة', 'الـ+وزارة'],
    // enclitic pronouns
    ['منه', 'من+ه'],
    ['عليها', 'علي+ها'],
    ['إليهم', 'إلي+هم'],
    ['لديك', 'لدي+ك'],
    ['لي', 'ل+ي'],
    ['حكومته', 'حكومت+ه'],
    ['بلادنا', 'بلاد+نا'],
    ['بينهما', 'بين+هما'],
    ['ولكنه', 'و+لكن+ه'],
    ['وعليه', 'و+علي+ه'],
  ])('%s -> %s', (word, expected) => expect(segmentsOf(word)).toBe(expected));

  it.each([
    // words that merely begin with a clitic letter
    'وزير', 'وزارة', 'فرنسا', 'بلاغ', 'ليبيا', 'كوريا', 'لجنة', 'واشنطن', 'وكالة', 'ولاية', 'ولي', 'كبير', 'كان', 'بين', 'فيما',
    'سياسة', 'سنوات', 'ستة', 'سابق', 'بيان', 'برنامج', 'وجود',
    // the article that is not one
    'الذي', 'التي', 'الله', 'ألمانيا', 'إلى', 'الآن',
    // words that merely end with pronoun letters
    'حكومة', 'يمكن', 'محاكم', 'اتجاه', 'واجه', 'أحيانا', 'بيانا', 'ذلك', 'عربي', 'في', 'علي', 'مهما', 'كما',
  ])('%s stays whole', (word) => expect(segmentsOf(word)).toBe(word));

  it('gives roles, clitic kinds and normalised forms', () => {
    const [t] = tokenize('وبالحكومة');
    expect(t?.segments?.map((s) => [s.role, s.clitic ?? null, s.normal])).toEqual([
      ['proclitic', 'conjunction', 'و'],
      ['proclitic', 'preposition', 'ب'],
      ['proclitic', 'article', 'ال'],
      ['stem', null, 'حكومه'],
    ]);
  });
});
