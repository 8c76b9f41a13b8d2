import { StringCache } from './string-cache.js';
import { normalizeKey } from '../normalize/ar.js';

/**
 * The spelling skeleton of a transliterated word, so that variants of one foreign name compare equal: normalised
 * (alef, yaa, taa marbuta forms), hamza carriers dropped, ج and غ (both written for g) unified, doubled letters
 * collapsed; ابن is بن and ابي/ابا are ابو.
 *
 * @example skeleton('ميللر') === skeleton('ميلر')
 * @example skeleton('يونج') === skeleton('يونغ')
 */
export function skeleton(word: string): string {
  return SKELETONS.get(word);
}

/** Words seen recently → their skeletons. */
const SKELETONS = new StringCache<string>(100_000, (w) => skeletonOf(w));

function skeletonOf(word: string): string {
  // ابن and بن (son of), ابو ابي ابا (father of, by case) are one word each in names: ابن كيران = بن كيران.
  const w = normalizeKey(word);
  if (w === 'ابن') return 'بن';
  if (w === 'ابي' || w === 'ابا') return 'ابو';
  const n = w.replace(/[ءؤئ]/g, '').replace(/[جغ]/g, 'غ');
  let out = '';
  for (const ch of n) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/**
 * The first and last letters of a word's skeleton packed in one number, without building the skeleton: a
 * cheap test that two words cannot have the same skeleton. `word` must be normalised (`normalizeKey`).
 *
 * @example skeletonEdges('ميللر') === skeletonEdges('ميلر')
 */
export function skeletonEdges(word: string): number {
  if (word === 'ابن' || word === 'ابي' || word === 'ابا') return edgesOf(skeletonOf(word));
  let i = 0;
  while (i < word.length && isHamzaCarrier(word.charCodeAt(i))) i++;
  let j = word.length - 1;
  while (j >= i && isHamzaCarrier(word.charCodeAt(j))) j--;
  if (j < i) return 0;
  return (gToGhain(word.charCodeAt(i)) << 16) | gToGhain(word.charCodeAt(j));
}

/** `skeletonEdges` of a skeleton itself. */
export function edgesOf(sk: string): number {
  return sk.length ? (sk.charCodeAt(0) << 16) | sk.charCodeAt(sk.length - 1) : 0;
}

/** ء ؤ ئ, which skeletons drop. */
function isHamzaCarrier(c: number): boolean {
  return c === 0x0621 || c === 0x0624 || c === 0x0626;
}

/** ج is written for g as غ is: skeletons have غ for both. */
function gToGhain(c: number): number {
  return c === 0x062c ? 0x063a : c;
}

/**
 * True when two skeletons are equal, or one has a long vowel (ا و ي) more than the other after its first letter:
 * a dropped letter of a transliteration (زيلينسكي / زيلنسكي), or a first letter more that a clitic reading took off.
 * A changed letter is a different name (بوتين / بوتان, شهيدي / مهدي).
 */
export function nearSkeleton(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 4) return false;
  // A name's own first letter taken for a proclitic or the article's alif (ويليامز → يليامز، اليونسي → ليونسي).
  if (long[0] !== short[0]) return 'وبلفكا'.includes(long[0]!) && long.slice(1) === short;
  for (let i = 1; i < long.length; i++) {
    if (long[i] !== short[i]) return 'اوي'.includes(long[i]!) && long.slice(i + 1) === short.slice(i);
  }
  return false;
}

/**
 * True when a place name's skeleton is another's with one letter dropped inside it, neither the first nor the last
 * (امسمرير / امسرير): the local names of small places, often Amazigh, are transliterated one way and another in
 * one report. Both must be long (the shorter six letters or more), since short names differ by one letter and
 * are two places (تازة / تازت is no case for it, the last letter).
 */
export function droppedLetter(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 6 || long[0] !== short[0] || long.at(-1) !== short.at(-1)) return false;
  let i = 1;
  while (long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

