import { AGENCIES, PLACE_OR_OUTLET } from './data/agencies.js';
import { PLACES } from './data/places.js';

// Harakat, superscript alef, Quranic marks, tatweel, bidi and zero-width controls: invisible to matching.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g;
const ALEF = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ
const SPACES = /[\s\u00a0]+/g;
const DOTS = /[.·]/g;

/**
 * Folds a short string for lexicon lookup: drops marks and tatweel, unifies alef forms, alef maqsura
 * and taa marbuta, drops dots, collapses spaces and lower-cases Latin (`أ.ف.ب` → `ا ف ب`).
 * Only for short byline and credit segments; the article text itself is never changed.
 */
export function fold(s: string): string {
  return s
    .normalize('NFKC') // presentation forms (`ﻷ`, `ﻭ`) to letters
    .replace(MARKS, '')
    .replace(ALEF, '\u0627')
    .replace(/\u0649/g, '\u064a') // ى → ي
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(DOTS, ' ')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

/** Folds and also removes every space: `د ب أ`, `د.ب.أ` and `دبأ` meet. */
function squeeze(s: string): string {
  return fold(s).replace(/ /g, '');
}

const PLACE_SET = new Set(PLACES.map(fold));
const AGENCY_SET = new Set(AGENCIES.map(squeeze));
const AMBIGUOUS_SET = new Set(PLACE_OR_OUTLET.map(fold));

/** True when `s` names a place of the gazetteer (`أبهــا`, `الاحساء`, `مدينة جدة`). */
export function isPlace(s: string): boolean {
  const f = fold(s);
  // `مدينة جدة`, `محافظة عنيزة`, `منطقة عسير`: the generic head word adds nothing.
  return PLACE_SET.has(f) || PLACE_SET.has(f.replace(/^(?:مدينه|محافظه|منطقه|ولايه|عاصمه|مكتب) /, ''));
}

/** True when `s` names a news agency or outlet (`رويترز`, `أ.ف.ب`, `«الشرق الأوسط»`). */
export function isAgency(s: string): boolean {
  const q = squeeze(s.replace(/[«»"“”{}()[\]]/g, ''));
  // `مكتب الجزيرة`, `صحيفة الوطن`, `وكالة سبأ`: an office or a generic head word in front of an outlet.
  return AGENCY_SET.has(q) || AGENCY_SET.has(q.replace(/^(?:مكتب|صحيفه|جريده|وكاله|قناه|موقع|كلمه)/, ''));
}

/** True when `s` is both a city and an outlet (`الرياض`, `المدينة`): the caller decides by context. */
export function isPlaceOrOutlet(s: string): boolean {
  return AMBIGUOUS_SET.has(fold(s.replace(/[«»"“”]/g, '')));
}
