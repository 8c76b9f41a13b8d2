import { WAW_INITIAL_NAMES } from './data/names.js';
import { fold, isAgency } from './fold.js';
import { isPersonName } from './parse-byline.js';

/** Contributors and agencies named by one credit line. */
export interface CreditParts {
  contributors: string[];
  agencies: string[];
}

/**
 * A credit line: `ساهم في إعداد هذا التقرير ...`, `(إعداد فلان للنشرة العربية - تحرير فلان)`,
 * `تحرير: فلان`, `المصدر: رويترز`, or a lone `(رويترز)` closing the article. `d` flag: group 1 is
 * the list of names after the marker.
 */
const CREDIT = /^\(?\s*(?:(?:ساهم|شارك|أسهم|اسهم)(?:ت)?\s+(?:في|فى)\s+(?:ال)?(?:إعداد|اعداد|تغطية|كتابة|تحرير)\s+(?:هذا\s+|هذه\s+)?(?:التقرير|الخبر|المادة|المقال|التغطية|القصة)?|(?:إعداد|اعداد|تحرير|ترجمة|تغطية|مراجعة|المصدر|مصدر|نقلا\s+عن|نقلاً\s+عن|بمساهمة)(?=\s*[:\-–]|\s+\S))\s*[:\-–]?\s*(.*?)\s*\)?\s*[.]?$/du;

// Splits a list of names: `فلان وفلان`, `فلان، فلان`, `... بالإضافة إلى رويترز`, and the next marker
// of a Reuters credit (`إعداد فلان للنشرة العربية - تحرير فلان`).
const LIST_SEPARATOR = /\s*(?:،|,|؛|\s-\s|\s–\s|\s+بالإضافة\s+(?:إلى|الى)\s+|\s+إضافة\s+(?:إلى|الى)\s+|\s+فضلا\s+عن\s+|\s+وكذلك\s+)\s*|\s+(?=و[\u0621-\u064a]{3,})/u;
// A credit marker left at the start of a listed item: `تحرير فلان` after `- `.
const ITEM_MARKER = /^(?:إعداد|اعداد|تحرير|ترجمة|تغطية|مراجعة|شارك|ساهم)\s+(?:في\s+)?/u;
// `... للنشرة العربية`, `... من فوكس نيوز`: the desk or the outlet the person works for, not a name.
const AFFILIATION = /\s+(?:للنشرة\s+العربية|لنشرة\s+\S+|من\s+.+|في\s+.+)$/u;

/** True when the line is a credit line (cheap test first). */
export function isCreditLine(line: string): boolean {
  return line.length < 300 && CREDIT.test(line);
}

/**
 * Reads a credit line into contributors (people) and agencies (wire services, outlets).
 * @example parseCredits('ساهم في إعداد هذا التقرير فلان الفلاني ورويترز') // {contributors: ['فلان الفلاني'], agencies: ['رويترز']}
 */
export function parseCredits(line: string): CreditParts | null {
  const m = CREDIT.exec(line);
  if (m === null) return null;
  const list = m[1] ?? '';
  const out: CreditParts = { contributors: [], agencies: [] };
  if (list === '') return out;
  // Merge `و` back onto names that begin with it (`وليد`) before reading the items.
  const items: string[] = [];
  for (const piece of list.split(LIST_SEPARATOR)) {
    const t = piece.trim();
    if (t === '') continue;
    const first = t.split(' ')[0] ?? '';
    // `وكالة فرانس برس` keeps its و; `ومورجان فيليبس` loses the conjunction.
    if (t.startsWith('و') && !WAW_INITIAL_NAMES.has(first) && !isAgency(t) && !/^وكال/u.test(first)) items.push(t.slice(1));
    else items.push(t);
  }
  for (const item of items) {
    const name = item.replace(ITEM_MARKER, '').replace(/^["«“(]+|["»”).]+$/gu, '').trim();
    if (name === '') continue;
    if (isAgency(name)) {
      out.agencies.push(name);
      continue;
    }
    const person = name.replace(AFFILIATION, '');
    if (isPersonName(fold(person))) out.contributors.push(person);
    // `وكالة الأنباء الفلانية`, `صحيفة كذا`, `موقع كذا`: an unknown outlet is still an outlet.
    else if (/^(?:وكالة|صحيفة|جريدة|موقع|قناة|مجلة|إذاعة)\s/u.test(name) || /^[A-Za-z][\w .&-]*$/u.test(name)) out.agencies.push(name);
  }
  return out;
}
