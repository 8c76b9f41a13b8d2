import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeKey, normalizeSlice } from './ar.js';

describe('normalizeArabic', () => {
  it.each([
    ['أَعلنَت', 'اعلنت'],
    ['إِلى آخر ٱلكتاب', 'الي اخر الكتاب'],
    ['مستشفى المدينة', 'مستشفي المدينه'],
    ['الـــوزارة', 'الوزاره'],
    ['٢٠٢٤ و۱۲ و٣٫٥ و٥٠٪', '2024 و12 و3.5 و50%'],
    ['\ufefb', 'لا'],
    ['a\u00a0b\u2009c', 'a b c'],
    ['\u200fقال\u200e \u2067x\u2069', 'قال x'],
    ['Hello ÉCOLE', 'hello école'],
    ['ک ی', 'ك ي'],
  ])('%s -> %s', (text, expected) => {
    expect(normalizeArabic(text).text).toBe(expected);
    expect(normalizeKey(text)).toBe(expected);
  });

  it('maps derived spans back to the source', () => {
    const text = 'قال: أَعلنَت الوزارة';
    const n = normalizeArabic(text);
    const at = n.text.indexOf('اعلنت');
    expect(text.slice(n.map.toSource({ start: at, end: at + 5 }).start, n.map.toSource({ start: at, end: at + 5 }).end)).toBe('أَعلنَت');
  });

  it('keeps lone surrogates and agrees with normalizeSlice', () => {
    const text = 'a\ud800b\udc00c😀';
    expect(normalizeArabic(text).text).toBe(text);
    expect(normalizeSlice(text, 1, 4)).toBe('\ud800b\udc00');
  });
});
