import { normalizeKey } from '../normalize/ar.js';

/**
 * The spelling skeleton of a transliterated word, so that variants of one foreign name compare equal: normalised
 * (alef, yaa, taa marbuta forms), hamza carriers dropped, ج and غ (both written for g) unified, doubled letters
 * collapsed.
 *
 * @example skeleton('ميللر') === skeleton('ميلر')
 * @example skeleton('يونج') === skeleton('يونغ')
 */
export function skeleton(word: string): string {
  const n = normalizeKey(word).replace(/[ءؤئ]/g, '').replace(/[جغ]/g, 'غ').replace(/ك/g, 'ك');
  let out = '';
  for (const ch of n) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** True when two skeletons are equal, or (both five letters or more) one letter apart: a dropped or changed letter. */
export function nearSkeleton(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  // One edit at most (Levenshtein distance ≤ 1) in one pass.
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
