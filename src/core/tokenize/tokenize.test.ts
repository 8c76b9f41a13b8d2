import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { firstTokenAfter } from './first-token.js';

/** Non-space tokens as `kind:text`. */
function show(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind !== 'space')
    .map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);
}

describe('tokenize: numbers', () => {
  it.each([
    ['3.5', ['number:3.5']],
    ['٣٫٥', ['number:٣٫٥']],
    ['1,000', ['number:1,000']],
    ['24/24', ['number:24/24']],
    ['27/07/2024', ['number:27/07/2024']],
    ['٢٧/٠٧/٢٠٢٤', ['number:٢٧/٠٧/٢٠٢٤']],
    ['2024-07-27', ['number:2024-07-27']],
    ['27-07-2024', ['number:27-07-2024']],
    ['14:30', ['number:14:30']],
    ['14:30:05', ['number:14:30:05']],
    ['2019-2020', ['number:2019', 'punct:-', 'number:2020']],
    ['عام 2022.', ['word:عام', 'number:2022', 'punct:.']],
    ['2022.وقال', ['number:2022', 'punct:.', 'word:وقال']],
    ['۱۲۳', ['number:۱۲۳']],
    ['50%', ['number:50', 'punct:%']],
    ['5+3', ['number:5', 'symbol:+', 'number:3']],
  ])('%s', (text, expected) => expect(show(text)).toEqual(expected));
});

describe('tokenize: links', () => {
  it.each([
    ['https://example.com/a?b=1.', ['url:https://example.com/a?b=1', 'punct:.']],
    ['(http://x.org/a_(b))', ['punct:(', 'url:http://x.org/a_(b)', 'punct:)']],
    ['www.hespress.com،', ['url:www.hespress.com', 'punct:،']],
    ['equipement.gov.ma', ['url:equipement.gov.ma']],
    ['AHDATH.INFO', ['url:AHDATH.INFO']],
    ['موقع aawsat.com/home/article/410826', ['word:موقع', 'url:aawsat.com/home/article/410826']],
    ['http://aawsat.com/home/article/بريطانيا-أربعة', ['url:http://aawsat.com/home/article/بريطانيا-أربعة']],
    ['info@site.gov.ma.', ['email:info@site.gov.ma', 'punct:.']],
    ['U.S.', ['word:U', 'punct:.', 'word:S', 'punct:.']],
    ['Node.js', ['word:Node', 'punct:.', 'word:js']],
  ])('%s', (text, expected) => expect(show(text)).toEqual(expected));
});

describe('tokenize: words, quotes, punctuation, symbols', () => {
  it.each([
    ['أَعلنَت الوزارةُ', ['word:أَعلنَت', 'word:الوزارةُ']],
    ['الـوزارة', ['word:الـوزارة']],
    ['ـــــ', ['punct:ـــــ']],
    ['می\u200cخواهم', ['word:می\u200cخواهم']],
    ["don't O’Brien", ["word:don't", 'word:O’Brien']],
    ['قال: «نعم».', ['word:قال', 'punct::', 'quote:«', 'word:نعم', 'quote:»', 'punct:.']],
    ['“قلقهم”', ['quote:“', 'word:قلقهم', 'quote:”']],
    ['„a‟ ‹b› ‘c’ "d\' ❝e❞', ['quote:„', 'word:a', 'quote:‟', 'quote:‹', 'word:b', 'quote:›', 'quote:‘', 'word:c', 'quote:’', 'quote:"', 'word:d', "quote:'", 'quote:❝', 'word:e', 'quote:❞']],
    ['لماذا؟! حقا...', ['word:لماذا', 'punct:؟!', 'word:حقا', 'punct:...']],
    ['انتهى…', ['word:انتهى', 'punct:…']],
    ['👩\u200d💻👍🏽🇲🇦😀', ['symbol:👩\u200d💻', 'symbol:👍🏽', 'symbol:🇲🇦', 'symbol:😀']],
    ['1️⃣', ['number:1️⃣']],
    ['Москва 東京', ['word:Москва', 'word:東京']],
  ])('%s', (text, expected) => expect(show(text)).toEqual(expected));
});

describe('tokenize: white space and fields', () => {
  it('keeps runs of white space whole, newline when they hold a line break', () => {
    const text = 'أ \u00a0ب\n \nج\u200f';
    expect(tokenize(text).map((t) => [t.kind, text.slice(t.start, t.end)])).toEqual([
      ['word', 'أ'],
      ['space', ' \u00a0'],
      ['word', 'ب'],
      ['newline', '\n \n'],
      ['word', 'ج'],
      ['space', '\u200f'],
    ]);
  });

  it.each([
    ['أَعلنَت', 'word', 'arabic', 'اعلنت'],
    ['Hello', 'word', 'latin', 'hello'],
    ['٣٫٥', 'number', null, '3.5'],
    ['\u00a0', 'space', null, ' '],
    ['Москва', 'word', 'other', 'москва'],
  ])('%s has kind %s, script %s, normal %s', (text, kind, script, normal) => {
    const [t] = tokenize(text);
    expect([t?.kind, t?.script, t?.normal]).toEqual([kind, script, normal]);
  });
});

describe('firstTokenAfter', () => {
  it('finds the first token that ends after an offset', () => {
    const tokens = tokenize('قال الوزير إن');
    expect(firstTokenAfter(tokens, 0)).toBe(0);
    expect(firstTokenAfter(tokens, 3)).toBe(1);
    expect(firstTokenAfter(tokens, 4)).toBe(2);
    expect(firstTokenAfter(tokens, 100)).toBe(tokens.length);
  });
});
