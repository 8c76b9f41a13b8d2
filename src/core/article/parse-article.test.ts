import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article.js';
import { parseByline } from './parse-byline.js';
import { parseCredits } from './parse-credits.js';
import { boilerplateKind } from './boilerplate.js';
import { isHeadlineLike } from './headline.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ar/', import.meta.url));
const SEED = fileURLToPath(new URL('../../../../shared/seed/article.txt', import.meta.url));
const read = (slug: string) => readFileSync(`${FIXTURES}${slug}/input.txt`, 'utf8');

describe('parseByline: byline shapes of real outlets', () => {
  it.each([
    ['أبها - فلان الفلاني', { people: ['فلان الفلاني'], agencies: [], places: ['أبها'] }],
    ['فلان الفلاني (الرياض)', { people: ['فلان الفلاني'], agencies: [], places: ['الرياض'] }],
    ['برلين: د ب أ', { people: [], agencies: ['د ب أ'], places: ['برلين'] }],
    ['«الصحيفة» من الرياض', { people: [], agencies: ['الصحيفة'], places: ['الرياض'] }],
    ['«الاقتصادية» من الرياض', { people: [], agencies: ['الاقتصادية'], places: ['الرياض'] }],
    ['الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس', { people: [], agencies: ['واس'], places: ['الرياض'] }],
    ['أبهــا 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس', { people: [], agencies: ['واس'], places: ['أبهــا'] }],
    ['عدن: محمد علي محسن - صنعاء: عرفات مدابش', { people: ['محمد علي محسن', 'عرفات مدابش'], agencies: [], places: ['عدن', 'صنعاء'] }],
    ['فلان الفلاني- سبق- القنفذة:', { people: ['فلان الفلاني'], agencies: ['سبق'], places: ['القنفذة'] }],
    ['الباحة ـ الوئام ـ فلان الفلاني:', { people: ['فلان الفلاني'], agencies: ['الوئام'], places: ['الباحة'] }],
    ['دبي - الرياض', { people: [], agencies: ['الرياض'], places: ['دبي'] }],
    ['الرياض - واس', { people: [], agencies: ['واس'], places: ['الرياض'] }],
    ['المدينة - جدة', { people: [], agencies: ['المدينة'], places: ['جدة'] }],
    ['مينيسوتا - رويترز', { people: [], agencies: ['رويترز'], places: ['مينيسوتا'] }],
    ['جاكرتا - أ. ف. ب.', { people: [], agencies: ['أ. ف. ب.'], places: ['جاكرتا'] }],
    ['و م ع', { people: [], agencies: ['و م ع'], places: [] }],
    ['واشنطن: فلان الفلاني وعلان العلاني', { people: ['فلان الفلاني', 'علان العلاني'], agencies: [], places: ['واشنطن'] }],
    ['خاص - سعيد', { people: ['سعيد'], agencies: [], places: [] }],
    ['متابعة عن شوف تي في', { people: [], agencies: ['شوف تي في'], places: [] }],
    ['أبوظبي : (د ب ا)', { people: [], agencies: ['د ب ا'], places: ['أبوظبي'] }],
    // The place, then the writer, with no separator.
    ['الحسيمة فلان الفلاني', { people: ['فلان الفلاني'], agencies: [], places: ['الحسيمة'] }],
    ['اليوم وكالات - عواصم', { people: [], agencies: ['اليوم', 'وكالات'], places: ['عواصم'] }],
    // A page's navigation links left before the name.
    ['Next Previous رغد عشميل – عين اليوم', { people: ['رغد عشميل'], agencies: ['عين اليوم'], places: [] }],
    // Sentences are not bylines.
    ['أعلنت وزارة الداخلية', null],
    ['قال الوزير في الرياض', null],
  ])('%s', (line, expected) => {
    const parts = parseByline(line);
    if (expected === null) expect(parts === null || (!parts.known && parts.people.length === 0)).toBe(true);
    else expect(parts && { people: parts.people, agencies: parts.agencies, places: parts.places }).toEqual(expected);
  });

  it.each([
    ['تصوير: فلان الفلاني', ['فلان الفلاني']],
    ['تصوير محمد العلي', ['محمد العلي']],
    ['أبها - فلان الفلاني تصوير - علان العلاني', ['علان العلاني']],
    ['تزنيت: فلان الفلاني/ عدسة عدلاني', ['عدلاني']],
  ])('photographer in %s', (line, photographers) => {
    expect(parseByline(line)?.photographers).toEqual(photographers);
  });
});

describe('parseCredits: credit lines into contributors and agencies', () => {
  it.each([
    ['ساهم في إعداد هذا التقرير فلان الفلاني ومروان العلي من قناة ما بالإضافة إلى رويترز والأسوشيتد برس.', ['فلان الفلاني', 'مروان العلي'], ['رويترز', 'الأسوشيتد برس']],
    ['(إعداد فلان الفلاني للنشرة العربية - تحرير علان العلاني)', ['فلان الفلاني', 'علان العلاني'], []],
    ['المصدر: CNN', [], ['CNN']],
    ['تحرير: وليد سامي', ['وليد سامي'], []],
    ['ساهم في التغطية وكالة فرانس برس', [], ['وكالة فرانس برس']],
  ])('%s', (line, contributors, agencies) => {
    expect(parseCredits(line)).toEqual({ contributors, agencies });
  });
});

describe('boilerplateKind: lines set apart from the body', () => {
  it.each([
    ['// انتهى //', 'end-mark'],
    ['15:30 ت م', 'wire-stamp'],
    ['١٤:٢٠ ت م', 'wire-stamp'],
    ['رابط الخبر بصحيفة ما: عنوان الخبر', 'link'],
    ['اقرأ أيضا: عنوان خبر آخر', 'link'],
    ['...المزيد', 'link'],
    ['نص التغريدة pic.twitter.com/AbCdEf', 'embed'],
    ['— Some Name (@handle) March 3, 2024', 'embed'],
    ['الوسوم: السياسة، الاقتصاد', 'tags'],
    ['شارك الخبر على فيسبوك وتويتر', 'other'],
    ['تفاصيل أوفى لاحقا', 'other'],
    ['قال الوزير إن الاجتماع كان مثمرا.', null],
  ])('%s', (line, kind) => {
    expect(boilerplateKind(line)).toBe(kind);
  });
});

describe('isHeadlineLike: title-like lines', () => {
  it.each([
    ['سيول تقول إن القوات تقاتل الآن في الجبهة الشرقية', true],
    ['وزير الخارجية يصل إلى القاهرة في زيارة رسمية', true],
    ['وقال الوزير إن الاجتماع كان مثمرا جدا اليوم', false], // a body sentence opener
    ['وتراجع الفيلم من المركز الأول إلى الثالث هذا الأسبوع', false], // و glued to a verb
    ['قال الوزير إن الاجتماع كان مثمرا جدا اليوم.', false], // final full stop
    ['تصفية قيادات التمرد', false], // a three-word subhead
    ['1 - بانكوك تايلاند وجهة السياح الأولى في آسيا', false], // a list item
  ])('%s', (line, expected) => {
    expect(isHeadlineLike(line)).toBe(expected);
  });
});

describe('parseArticle: datelines opening the body', () => {
  it.each([
    ['واشنطن - (رويترز) - قال مسؤول أمريكي إن المحادثات ستستأنف.', 'واشنطن - (رويترز) -', 'واشنطن', 'رويترز'],
    ['الرباط - أعلنت الوزارة عن برنامج جديد.', 'الرباط -', 'الرباط', null],
    ['الرياض - واس: أكد مجلس الوزراء أهمية المشروع.', 'الرياض - واس:', 'الرياض', 'واس'],
    ['القاهرة (رويترز) - قالت مصادر أمنية إن الهجوم وقع فجرا.', 'القاهرة (رويترز) -', 'القاهرة', 'رويترز'],
    ['فلان الفلاني- سبق- القنفذة: تسبب ماس كهربائي في حريق.', 'فلان الفلاني- سبق- القنفذة:', 'القنفذة', 'سبق'],
    ['الرباط 7 يونيو 2016/ومع/ تمكنت مصالح الأمن من توقيف المشتبه فيهم.', 'الرباط 7 يونيو 2016/ومع/', 'الرباط', 'ومع'],
    ['القاهرة, 2-3-2019 (أ ف ب) - أكد الرئيس أن الوضع مستقر.', 'القاهرة, 2-3-2019 (أ ف ب) -', 'القاهرة', 'أ ف ب'],
  ])('%s', (text, raw, place, agency) => {
    const s = parseArticle(text);
    expect(s.dateline).toMatchObject({ raw, place, agency });
    expect(text.slice(s.paragraphs[0]!.start, s.dateline!.end)).toBe('');
    expect(s.paragraphs[0]!.start).toBeGreaterThan(s.dateline!.end);
  });

  it.each([
    ['قال الوزير: "لن نتراجع عن القرار" في كلمة أمام البرلمان.'],
    ['أسهم برنامج "إحالتي" التابع لوزارة الصحة - بفضل الله - في خدمة المرضى.'],
    ['وفي مارس/آذار، استخدمت روسيا حق النقض في مجلس الأمن.'],
    ['أعلنت وزارة الداخلية - في بيان - أن الحادث وقع ليلا.'],
    // A word with a preposition glued to its article is no place beside an outlet.
    ['تحتفي المجموعة القصصية «شخص حزين يستطيع الضحك» للقاص: محمد علي، بالإنسان البسيط في المدينة.'],
  ])('no dateline in %s', (text) => {
    expect(parseArticle(text).dateline).toBeNull();
  });
});

describe('parseArticle: golden fixtures, checked by hand', () => {
  const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

  it('wire-dateline-credit: Reuters dateline and a Reuters Arabic credit line', () => {
    const text = read('wire-dateline-credit');
    const s = parseArticle(text);
    expect(s.dateline).toMatchObject({ raw: 'بيروت - (رويترز) -', place: 'بيروت', agency: 'رويترز' });
    expect(s.paragraphs).toHaveLength(6);
    expect(slice(text, s.paragraphs[0]!).startsWith('قال مسؤول')).toBe(true);
    expect(s.headlines).toEqual([]);
    expect(s.bylines).toEqual([]);
    expect(s.credits).toMatchObject({ contributors: ['سامر الحلبي', 'نادية الجمل'], agencies: [] });
    expect(s.boilerplate).toEqual([]);
  });

  it('related-headlines: two embedded headlines and a contributors credit', () => {
    const text = read('related-headlines');
    const s = parseArticle(text);
    expect(s.paragraphs).toHaveLength(7);
    expect(s.headlines.map((h) => h.raw)).toEqual([
      'الأمم المتحدة تحذر من مجاعة وشيكة في إقليم دارفور غرب السودان',
      'مصر والسعودية تبحثان سبل إحياء مسار التفاوض بين الجيش والدعم السريع',
    ]);
    expect(s.dateline).toBeNull();
    expect(s.credits).toMatchObject({ contributors: ['كريم منصور', 'هالة يوسف'], agencies: ['وكالة فرانس برس'] });
  });

  it('saudi-byline-photographer: writer and photographer above the body', () => {
    const s = parseArticle(read('saudi-byline-photographer'));
    expect(s.bylines.map((b) => ({ role: b.role, people: b.people, places: b.places, agencies: b.agencies }))).toEqual([
      { role: 'author', people: ['سعيد بن علي القحطاني'], places: ['أبها'], agencies: [] },
      { role: 'photographer', people: ['ماجد الشهري'], places: [], agencies: [] },
    ]);
    expect(s.paragraphs).toHaveLength(5);
    expect(s.dateline).toBeNull();
    expect(s.credits).toBeNull();
  });

  it('maghreb-communique: site name, wire byline and a place-only dateline', () => {
    const text = read('maghreb-communique');
    const s = parseArticle(text);
    expect(s.boilerplate.map((b) => [b.kind, b.raw])).toEqual([['site-name', 'MAGHREBPRESS.MA']]);
    expect(s.bylines.map((b) => [b.role, b.agencies])).toEqual([['outlet', ['و م ع']]]);
    expect(s.dateline).toMatchObject({ raw: 'الرباط -', place: 'الرباط', agency: null });
    expect(s.paragraphs).toHaveLength(6);
    expect(slice(text, s.paragraphs[0]!).startsWith('أعلنت وزارة')).toBe(true);
  });

  it('tags-share-tweet: tweet, read-also link, share line and tags set apart', () => {
    const s = parseArticle(read('tags-share-tweet'));
    expect(s.boilerplate.map((b) => b.kind)).toEqual(['embed', 'embed', 'link', 'other', 'tags']);
    expect(s.paragraphs).toHaveLength(5);
    expect(s.headlines).toEqual([]);
  });

  it('arabic-checklist: SPA byline with Hijri date in Arabic-Indic digits, end mark and stamp', () => {
    const s = parseArticle(read('arabic-checklist'));
    expect(s.bylines.map((b) => [b.role, b.places, b.agencies])).toEqual([['outlet', ['الرياض'], ['واس']]]);
    expect(s.boilerplate.map((b) => b.kind)).toEqual(['end-mark', 'wire-stamp']);
    expect(s.paragraphs).toHaveLength(5);
  });

  it.skipIf(!existsSync(SEED))('the seed: 13 body paragraphs, 3 embedded headlines and the credits', () => {
    const text = readFileSync(SEED, 'utf8');
    const lines = text.split('\n');
    const s = parseArticle(text);
    expect(s.paragraphs).toHaveLength(13);
    expect(s.headlines.map((h) => h.raw)).toEqual([lines[4], lines[8], lines[11]].map((l) => l?.trim()));
    expect(s.credits).toMatchObject({ contributors: ['ليز فريدن', 'مورجان فيليبس'], agencies: ['رويترز', 'الأسوشيتد برس'] });
    expect(s.dateline).toBeNull();
    expect(s.bylines).toEqual([]);
  });
});

describe('parseArticle: a bare name above the body', () => {
  const body = '\nقال مسؤول في الوزارة إن الاجتماع انتهى دون اتفاق على موعد الجولة المقبلة.';
  it.each([
    ['فهد عامر الأحمدي', true], // a given name opens it
    ['د. فلان العلان', true], // a title opens it
    ['ليونيد بيرشيدسكي', true], // a nisba-like family name ends it
    ['قمة الرياض', false], // a short title
    ['أزمة الكهرباء', false],
  ])('%s is a byline: %s', (line, isByline) => {
    const s = parseArticle(line + body);
    expect(s.bylines.length === 1 && s.paragraphs.length === 1).toBe(isByline);
  });
});

describe('parseArticle: odd content', () => {
  it.each([
    ['', 'error'],
    ['   \n\n  ', 'error'],
    ['AHDATH.INFO\n// انتهى //', 'warning'],
  ])('%j gives no-body', (text, severity) => {
    const s = parseArticle(text);
    expect(s.paragraphs).toEqual([]);
    expect(s.diagnostics).toMatchObject([{ code: 'no-body', severity, stage: 'article' }]);
  });

  it('keeps every span a slice of the text', () => {
    const text = 'واشنطن - (رويترز) - قال مسؤول إن الاجتماع انتهى.\r\nعنوان خبر آخر عن موضوع مختلف تماما هنا\r\nوأضاف أن الجولة المقبلة ستعقد الشهر المقبل في جنيف.\r\n(رويترز)';
    const s = parseArticle(text);
    for (const p of [...s.paragraphs, ...s.headlines, ...s.boilerplate, ...s.bylines, ...(s.credits?.spans ?? [])]) {
      expect(text.slice(p.start, p.end).trim()).toBe(text.slice(p.start, p.end));
    }
    expect(s.headlines.map((h) => h.raw)).toEqual(['عنوان خبر آخر عن موضوع مختلف تماما هنا']);
    expect(s.credits?.agencies).toEqual(['رويترز']);
  });
});
