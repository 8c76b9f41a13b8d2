// Word tables of the time finder, written in the normalised form that `normalizeArabic` produces
// (bare alef, ه for ة, ي for ى, no harakat or tatweel, ASCII digits).

/** Weekdays to their ISO number (Monday 1 ... Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = Object.freeze({
  'الاثنين': 1,
  'الثلاثاء': 2,
  'الاربعاء': 3,
  'الخميس': 4,
  'الجمعه': 5,
  'السبت': 6,
  'الاحد': 7,
});

/**
 * Gregorian month names to their number: Egyptian/Gulf (يناير), Levantine/Iraqi (كانون الثاني),
 * Maghrebi (يوليوز، غشت، شتنبر، نونبر، دجنبر) and Algerian/Tunisian (جانفي، فيفري، جوان، جويلية، أوت).
 */
export const GREGORIAN_MONTHS: Readonly<Record<string, number>> = Object.freeze({
  'يناير': 1, 'كانون الثاني': 1, 'جانفي': 1,
  'فبراير': 2, 'شباط': 2, 'فيفري': 2,
  'مارس': 3, 'اذار': 3,
  'ابريل': 4, 'نيسان': 4, 'افريل': 4,
  'مايو': 5, 'ايار': 5, 'ماي': 5,
  'يونيو': 6, 'يونيه': 6, 'حزيران': 6, 'جوان': 6,
  'يوليو': 7, 'يوليه': 7, 'تموز': 7, 'يوليوز': 7, 'جويليه': 7,
  'اغسطس': 8, 'اب': 8, 'غشت': 8, 'اوت': 8,
  'سبتمبر': 9, 'ايلول': 9, 'شتنبر': 9,
  'اكتوبر': 10, 'تشرين الاول': 10,
  'نوفمبر': 11, 'تشرين الثاني': 11, 'نونبر': 11,
  'ديسمبر': 12, 'كانون الاول': 12, 'دجنبر': 12,
});

/**
 * Month names that are also common words, accepted alone only with a time context
 * (`مارس` "he practised", `اب` "father", `ماي`, `اوت`, `تموز`, `جوان` a given name, `شباط` a surname,
 * `نيسان` a carmaker).
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['مارس', 'اب', 'ماي', 'اوت', 'تموز', 'جوان', 'شباط', 'نيسان']);

/** Hijri month names (with their common spellings) to their number. */
export const HIJRI_MONTHS: Readonly<Record<string, number>> = Object.freeze({
  'محرم': 1,
  'صفر': 2,
  'ربيع الاول': 3,
  'ربيع الثاني': 4, 'ربيع الاخر': 4,
  'جمادي الاولي': 5, 'جمادي الاول': 5,
  'جمادي الاخره': 6, 'جمادي الثانيه': 6, 'جمادي الاخر': 6, 'جمادي الثاني': 6,
  'رجب': 7,
  'شعبان': 8,
  'رمضان': 9,
  'شوال': 10,
  'ذو القعده': 11, 'ذي القعده': 11,
  'ذو الحجه': 12, 'ذي الحجه': 12,
});

/** Cardinal number words (both genders, nominative and oblique) up to nineteen, and hundreds. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze(buildNumberWords());

function buildNumberWords(): Record<string, number> {
  const units: [string[], number][] = [
    [['واحد', 'واحده'], 1],
    [['اثنان', 'اثنين', 'اثنتان', 'اثنتين'], 2],
    [['ثلاث', 'ثلاثه'], 3],
    [['اربع', 'اربعه'], 4],
    [['خمس', 'خمسه'], 5],
    [['ست', 'سته'], 6],
    [['سبع', 'سبعه'], 7],
    [['ثماني', 'ثمانيه', 'ثمان'], 8],
    [['تسع', 'تسعه'], 9],
    [['عشر', 'عشره'], 10],
  ];
  const out: Record<string, number> = {};
  for (const [forms, n] of units) for (const f of forms) out[f] = n;
  out['احد عشر'] = 11;
  out['احدي عشره'] = 11;
  out['اثنا عشر'] = 12;
  out['اثني عشر'] = 12;
  out['اثنتا عشره'] = 12;
  out['اثنتي عشره'] = 12;
  for (const [forms, n] of units.slice(2, 9)) {
    for (const f of forms) {
      out[`${f} عشر`] = 10 + n;
      out[`${f} عشره`] = 10 + n;
    }
  }
  for (const [w, n] of [['مئه', 100], ['مائه', 100], ['مئتي', 200], ['مائتي', 200], ['الف', 1000]] as const) out[w] = n;
  return out;
}

/** Tens words (nominative and oblique). */
export const TENS_WORDS: Readonly<Record<string, number>> = Object.freeze({
  'عشرون': 20, 'عشرين': 20, 'ثلاثون': 30, 'ثلاثين': 30, 'اربعون': 40, 'اربعين': 40, 'خمسون': 50, 'خمسين': 50,
  'ستون': 60, 'ستين': 60, 'سبعون': 70, 'سبعين': 70, 'ثمانون': 80, 'ثمانين': 80, 'تسعون': 90, 'تسعين': 90,
});

/** Ordinals (masculine and feminine, with the article) for days of the month and centuries. */
export const ORDINALS: Readonly<Record<string, number>> = Object.freeze(buildOrdinals());

function buildOrdinals(): Record<string, number> {
  const base: [string, string, number][] = [
    ['الاول', 'الاولي', 1], ['الثاني', 'الثانيه', 2], ['الثالث', 'الثالثه', 3], ['الرابع', 'الرابعه', 4], ['الخامس', 'الخامسه', 5],
    ['السادس', 'السادسه', 6], ['السابع', 'السابعه', 7], ['الثامن', 'الثامنه', 8], ['التاسع', 'التاسعه', 9], ['العاشر', 'العاشره', 10],
  ];
  const out: Record<string, number> = {};
  for (const [m, f, n] of base) {
    out[m] = n;
    out[f] = n;
  }
  out['الحادي عشر'] = 11;
  out['الحاديه عشره'] = 11;
  for (const [m, f, n] of base.slice(1, 9)) {
    out[`${m} عشر`] = 10 + n;
    out[`${f} عشره`] = 10 + n;
  }
  for (const [w, n] of [['العشرين', 20], ['الثلاثين', 30]] as const) {
    out[w] = n;
    out[`الحادي و${w}`] = n + 1;
    out[`الحاديه و${w}`] = n + 1;
    if (n === 20) {
      for (const [m, f, k] of base.slice(1, 9)) {
        out[`${m} و${w}`] = n + k;
        out[`${f} و${w}`] = n + k;
      }
    }
  }
  return out;
}

/** Clock hours as feminine ordinals (`الساعه الثامنه`). */
export const HOUR_WORDS: Readonly<Record<string, number>> = Object.freeze({
  'الواحده': 1, 'الثانيه': 2, 'الثالثه': 3, 'الرابعه': 4, 'الخامسه': 5, 'السادسه': 6, 'السابعه': 7, 'الثامنه': 8,
  'التاسعه': 9, 'العاشره': 10, 'الحاديه عشره': 11, 'الثانيه عشره': 12,
});

/** TIMEX3 duration unit letters. */
export type Unit = 'S' | 'MI' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE';

/** Time unit nouns (singular, accusative, plural) to their unit. */
export const UNIT_WORDS: Readonly<Record<string, Unit>> = Object.freeze({
  'ثانيه': 'S', 'ثوان': 'S', 'ثواني': 'S',
  'دقيقه': 'MI', 'دقائق': 'MI',
  'ساعه': 'H', 'ساعات': 'H',
  'يوم': 'D', 'يوما': 'D', 'ايام': 'D',
  'اسبوع': 'W', 'اسبوعا': 'W', 'اسابيع': 'W',
  'شهر': 'M', 'شهرا': 'M', 'اشهر': 'M', 'شهور': 'M',
  'عام': 'Y', 'عاما': 'Y', 'اعوام': 'Y', 'سنه': 'Y', 'سنوات': 'Y', 'سنين': 'Y',
  'عقد': 'DE', 'عقود': 'DE',
  'قرن': 'CE', 'قرون': 'CE',
  // Sports seasons count as years: `لمدة ثلاثة مواسم`.
  'مواسم': 'Y', 'موسما': 'Y',
});

/** Dual forms (`يومين` two days). */
export const DUAL_WORDS: Readonly<Record<string, Unit>> = Object.freeze({
  'ثانيتين': 'S', 'دقيقتين': 'MI', 'دقيقتان': 'MI', 'ساعتين': 'H', 'ساعتان': 'H', 'يومين': 'D', 'يومان': 'D',
  'اسبوعين': 'W', 'اسبوعان': 'W', 'شهرين': 'M', 'شهران': 'M', 'عامين': 'Y', 'عامان': 'Y', 'سنتين': 'Y', 'سنتان': 'Y',
  'عقدين': 'DE', 'عقدان': 'DE', 'قرنين': 'CE', 'قرنان': 'CE', 'موسمين': 'Y',
});

/** Definite plural and dual unit nouns, as in `خلال الايام الماضيه`, `العامين الماضيين`. */
export const DEFINITE_UNITS: Readonly<Record<string, [Unit, number | null]>> = Object.freeze({
  'الساعات': ['H', null], 'الدقائق': ['MI', null], 'الايام': ['D', null], 'الاسابيع': ['W', null], 'الاشهر': ['M', null],
  'الشهور': ['M', null], 'السنوات': ['Y', null], 'السنين': ['Y', null], 'الاعوام': ['Y', null], 'العقود': ['DE', null],
  'القرون': ['CE', null], 'الساعتين': ['H', 2], 'اليومين': ['D', 2], 'الاسبوعين': ['W', 2], 'الشهرين': ['M', 2],
  'العامين': ['Y', 2], 'السنتين': ['Y', 2], 'العقدين': ['DE', 2], 'ساعه': ['H', null], 'يوما': ['D', null],
  'شهرا': ['M', null], 'عاما': ['Y', null], 'سنه': ['Y', null], 'اسبوعا': ['W', null], 'ساعات': ['H', null],
  'ايام': ['D', null], 'اشهر': ['M', null], 'سنوات': ['Y', null], 'اعوام': ['Y', null],
});

/** Decade words (`الثمانينيات`, `الثمانينات`) to the decade's tens digit. */
export const DECADE_WORDS: Readonly<Record<string, number>> = Object.freeze(buildDecades());

function buildDecades(): Record<string, number> {
  const stems: [string, number][] = [['عشرين', 2], ['ثلاثين', 3], ['اربعين', 4], ['خمسين', 5], ['ستين', 6], ['سبعين', 7], ['ثمانين', 8], ['تسعين', 9]];
  const out: Record<string, number> = {};
  for (const [s, n] of stems) {
    out[`${s}يات`] = n;
    out[`${s}ات`] = n;
  }
  return out;
}

/** Seasons to their TIMEX3 code. */
export const SEASONS: Readonly<Record<string, string>> = Object.freeze({ 'صيف': 'SU', 'شتاء': 'WI', 'ربيع': 'SP', 'خريف': 'FA' });

/** Parts of the day to their TIMEX3 code, in their noun (`صباح الثلاثاء`) and adverb (`صباحا`) forms. */
export const DAY_PARTS: Readonly<Record<string, string>> = Object.freeze({
  'صباح': 'MO', 'صباحا': 'MO', 'فجر': 'MO', 'فجرا': 'MO', 'ظهر': 'MI', 'ظهرا': 'MI', 'ظهيره': 'MI',
  'عصر': 'AF', 'عصرا': 'AF', 'زوال': 'AF', 'مساء': 'EV', 'مساءا': 'EV', 'عشيه': 'EV', 'ليل': 'NI', 'ليلا': 'NI', 'ليله': 'NI',
  'منتصف ليل': 'NI', 'منتصف ليله': 'NI', 'منتصف الليل': 'NI',
});

/** Words that place a period after publication (`المقبل`) or before it (`الماضي`), or at it (`الجاري`). */
export const RELATIVE_WORDS: Readonly<Record<string, -1 | 0 | 1>> = Object.freeze({
  'الماضي': -1, 'الماضيه': -1, 'المنصرم': -1, 'المنصرمه': -1, 'الفائت': -1, 'الفائته': -1, 'السابق': -1, 'السابقه': -1, 'المنقضي': -1,
  'الجاري': 0, 'الجاريه': 0, 'الحالي': 0, 'الحاليه': 0,
  'المقبل': 1, 'المقبله': 1, 'القادم': 1, 'القادمه': 1,
});

/** Vague references to TIMEX3 PAST_REF / PRESENT_REF / FUTURE_REF. */
export const VAGUE_WORDS: Readonly<Record<string, string>> = Object.freeze({
  'مؤخرا': 'PAST_REF', 'سابقا': 'PAST_REF', 'قديما': 'PAST_REF', 'انفا': 'PAST_REF',
  'حاليا': 'PRESENT_REF', 'راهنا': 'PRESENT_REF', 'الان': 'PRESENT_REF', 'حتي الان': 'PRESENT_REF',
  'مستقبلا': 'FUTURE_REF', 'قريبا': 'FUTURE_REF', 'لاحقا': 'FUTURE_REF',
});
