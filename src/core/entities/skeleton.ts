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
  const hit = SKELETONS.get(word);
  if (hit !== undefined) return hit;
  if (SKELETONS.size >= 100_000) SKELETONS.clear();
  const sk = skeletonOf(word);
  SKELETONS.set(word, sk);
  return sk;
}

/** Words seen recently → their skeletons. */
const SKELETONS = new Map<string, string>();

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
 * True when two skeletons are equal, or one has a long vowel (ا و ي) more than the other after its first letter:
 * a dropped letter of a transliteration (زيلينسكي / زيلنسكي). A changed letter is a different name (بوتين / بوتان).
 */
export function nearSkeleton(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 4) return false;
  for (let i = 1; i < long.length; i++) {
    if (long[i] !== short[i]) return 'اوي'.includes(long[i]!) && long.slice(i + 1) === short.slice(i);
  }
  return false;
}
