import type { Fingerprint } from '../../store/index.js';
import { normalizedWords } from '../../store/index.js';
import { bandKeys, hashString, minhash } from './minhash.js';

/** Words per shingle: five-word runs survive light edits (a changed dateline, a dropped sentence). */
export const SHINGLE = 5;
/** Below this many distinct shingles a text is too short to call a near-duplicate (one-line briefs, empty pages). */
export const MIN_SHINGLES = 8;

/**
 * The near-duplicate fingerprint of an article text: MinHash over normalised five-word shingles, with
 * LSH band keys. Normalisation (`normalizeKey`) makes `أعلن` and `اعلن` one word, so copies that differ
 * only in hamza or harakat match.
 * @returns null for texts with fewer than MIN_SHINGLES shingles.
 */
export function fingerprint(text: string): Fingerprint | null {
  const words = normalizedWords(text);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(hashString(words.slice(i, i + SHINGLE).join(' ')));
  if (shingles.size < MIN_SHINGLES) return null;
  const signature = minhash(shingles);
  return { signature, bands: bandKeys(signature) };
}
