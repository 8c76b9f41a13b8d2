import { describe, expect, it } from 'vitest';
import { identifyLanguage } from './identify.js';

describe('identifyLanguage', () => {
  it.each([
    ['قال الوزير إن الاجتماع كان مثمرا', 'ar', []],
    ['أعلنت الحكومة عبر موقعها https://www.maroc.ma عن خطة جديدة للتعليم في المغرب', 'ar', []],
    ['The minister said the meeting was useful.', 'en', []],
    ['Reuters', 'en', []],
    ['Le ministre a dit que la réunion était utile pour le pays.', 'other', ['unsupported-language']],
    ['El ministro dijo que la reunión fue útil para los ciudadanos.', 'other', ['unsupported-language']],
    ['وزیر گفت که این نشست برای کشور مفید بود', 'other', ['unsupported-language']],
    ['Президент заявил о новых мерах', 'other', ['unsupported-language']],
    ['', 'other', ['empty-text']],
    [' \n\t\u00a0', 'other', ['empty-text']],
    ['2024 - 15 / 10', 'other', ['unsupported-language']],
  ])('%s -> %s', (text, language, codes) => {
    const r = identifyLanguage(text);
    expect(r.language).toBe(language);
    expect(r.diagnostics.map((d) => d.code)).toEqual(codes);
    for (const d of r.diagnostics) expect([d.severity, d.stage]).toEqual(['warning', 'language']);
  });

  it('names the likely language in the diagnostic', () => {
    expect(identifyLanguage('Le ministre a dit que la réunion était utile.').diagnostics[0]?.params).toEqual({ script: 'latin', guess: 'fr' });
  });
});
