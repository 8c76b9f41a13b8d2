import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupRegistry } from './registry.js';
import { REGISTRY_RECORDS } from './registry-data.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
const AR = countries.getNames('ar', { select: 'all' });
const DATA = JSON.parse(readFileSync(new URL('../../../data/entities/countries.json', import.meta.url), 'utf8')) as Record<string, { capital?: string[]; ambiguous?: string[] }>;

describe('registry lookups', () => {
  it.each(Object.entries(AR).flatMap(([code, names]) => names.map((n) => [n, code] as const)))('the Arabic country name %s resolves to %s', (name, code) => {
    const hit = lookupRegistry(name);
    expect(hit?.record.country).toBe(code);
    expect(hit?.record.type).toBe('country');
  });

  it.each(Object.entries(DATA).filter(([c]) => c !== '_about').flatMap(([code, d]) => (d.capital ?? []).map((c) => [c, code] as const)))('the capital %s stands for %s', (capital, code) => {
    const hit = lookupRegistry(capital);
    expect(hit?.record.country).toBe(code);
    expect(hit?.kind).toBe('capital');
  });

  it.each([
    ['الربيع العربي', 'Arab Spring', 'other'],
    ['القرآن الكريم', 'Quran', 'other'],
    ['عيد الفطر المبارك', 'Eid al-Fitr', 'other'],
    ['وكالة الصحافة الفرنسية', 'Agence France-Presse', 'organization'],
    ['الخطوط السعودية', 'Saudia', 'organization'],
    ['مدينة الملك عبد العزيز للعلوم والتقنية', 'King Abdulaziz City for Science and Technology', 'organization'],
    ['الحرس الثوري', 'Islamic Revolutionary Guard Corps', 'organization'],
    ['واتس آب', 'WhatsApp', 'organization'],
    ['الدفاع المدني', 'Civil Defence', 'organization'],
    ['جبهة البوليساريو', 'Polisario Front', 'group'],
    ['البوليساريو', 'Polisario Front', 'group'],
    ['جماعة الإخوان المسلمين', 'Muslim Brotherhood', 'group'],
    ['أهل السنة', 'Sunni Muslims', 'group'],
    ['بوكو حرام', 'Boko Haram', 'group'],
    ['الحشد الشعبي', 'Popular Mobilization Forces', 'group'],
  ])('%s names %s, of type %s', (form, en, type) => {
    const hit = lookupRegistry(form);
    expect(hit?.record.nameEn).toBe(en);
    expect(hit?.record.type).toBe(type);
  });

  it.each([
    ['أميركي', 'United States'],
    ['أمريكي', 'United States'],
    ['الأميركية', 'United States'],
    ['أميركيون', 'United States'],
    ['الأمريكيين', 'United States'],
    ['كوري شمالي', 'North Korea'],
    ['الكورية الشمالية', 'North Korea'],
    ['كوريين شماليين', 'North Korea'],
    ['الروس', 'Russia'],
    ['الفرنسية', 'France'],
    ['المغاربة', 'Morocco'],
  ])('the demonym %s names %s', (form, en) => {
    const hit = lookupRegistry(form);
    expect(hit?.record.nameEn).toBe(en);
    expect(hit?.kind).toBe('demonym');
  });

  it.each([
    ['كوريا الديمقراطية', 'كوريا الشمالية'],
    ['جمهورية كوريا الشعبية الديمقراطية', 'كوريا الشمالية'],
    ['بيونغ يانغ', 'كوريا الشمالية'],
    ['بيونج يانج', 'كوريا الشمالية'],
    ['وروسيا', 'روسيا'],
    ['لكوريا الجنوبية', 'كوريا الجنوبية'],
    ['بالأمم المتحدة', 'الأمم المتحدة'],
    ['للولايات المتحدة', 'الولايات المتحدة'],
    ['الناتو', 'حلف شمال الأطلسي'],
    ['حلف شمال الأطلسي', 'حلف شمال الأطلسي'],
    ['الاتحاد الأوروبي', 'الاتحاد الأوروبي'],
    ['الجامعة العربية', 'جامعة الدول العربية'],
    ['منظمة الصحة العالمية', 'منظمة الصحة العالمية'],
    ['رويترز', 'رويترز'],
    ['أسوشيتد برس', 'الأسوشيتد برس'],
    ['الأسوشيتد برس', 'الأسوشيتد برس'],
    ['أ ف ب', 'فرانس برس'],
    ['فرانس برس', 'فرانس برس'],
    ['واس', 'واس'],
    ['و م ع', 'وكالة المغرب العربي للأنباء'],
    ['د ب أ', 'د ب أ'],
    ['البنتاغون', 'البنتاغون'],
    ['وزارة الدفاع الأمريكية', 'البنتاغون'],
  ])('%s is %s', (form, name) => expect(lookupRegistry(form)?.record.name).toBe(name));

  it.each([
    ['العدالة والتنمية', 'Justice and Development Party (Morocco)'],
    ['لحزب الأصالة والمعاصرة', 'Authenticity and Modernity Party'],
    ['جهة كلميم واد نون', 'Guelmim-Oued Noun'],
    ['الرجاء البيضاوي', 'Raja CA'],
    ['OCP', 'OCP Group'],
    ['المديرية العامة للأمن الوطني', 'General Directorate for National Security'],
    ['المجلس الوطني لحقوق الإنسان', 'National Human Rights Council (Morocco)'],
  ])('the Moroccan name %s resolves to %s', (form, en) => expect(lookupRegistry(form)?.record.nameEn).toBe(en));

  it.each([
    ['باريس سان جرمان الفرنسي', 'Paris Saint-Germain F.C.'],
    ['لريال مدريد', 'Real Madrid CF'],
    ['الشياطين الحمر', 'Manchester United F.C.'],
    ['نادي برشلونة', 'FC Barcelona'],
  ])('the club %s resolves to %s', (form, en) => expect(lookupRegistry(form)?.record.nameEn).toBe(en));
  // برشلونة alone is the city; تشيلسي alone is also a district of London; الريال is the riyal.
  it.each([
    ['سبتة', 'Ceuta'],
    ['مليلية', 'Melilla'],
  ])('the enclave %s resolves to %s, a place of Spain', (form, en) => {
    expect(lookupRegistry(form)?.record).toMatchObject({ nameEn: en, type: 'location', country: 'ES' });
  });
  it('keeps a club\'s city and the riyal what they are', () => {
    expect(lookupRegistry('برشلونة')?.record.type).toBe('location');
    expect(lookupRegistry('تشيلسي')?.ambiguous).toBe(true);
    expect(lookupRegistry('الريال')).toBeNull();
  });

  it.each([['مالي'], ['ومع'], ['بنا'], ['الاستقلال'], ['الرجاء']])('%s is marked as a common word too', (form) => expect(lookupRegistry(form)?.ambiguous).toBe(true));

  it.each([['قال'], ['كيف'], ['الحكومة'], ['']])('%s is not in the registry', (form) => expect(lookupRegistry(form)).toBeNull());

  it('has Wikidata IDs for the main countries', () => {
    const byEn = new Map(REGISTRY_RECORDS.map((r) => [r.nameEn, r.wikidata]));
    expect(byEn.get('North Korea')).toBe('Q423');
    expect(byEn.get('United States')).toBe('Q30');
  });
});
