// Rough Arabic stems for comparing contents: normalised words with clitics and inflectional endings
// stripped (والجنود → جنود, كوريين → كوري, يقاتلون → قاتل), function words dropped. Light stemming in
// the style of Larkey's light10: cheap, and good enough to see that two contents share their nouns and verbs.
import { normalizeKey } from '../normalize/ar.js';
import { firstTokenAfter } from '../tokenize/first-token.js';
import type { Token } from '../tokenize/types.js';

const STOP = new Set(
  `في من على الى عن مع ان او ثم قد لا لم لن ما هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت يكون تكون
   عند بين حيث كما بعد قبل حتى اذا لكن بل كل بعض اي غير منذ خلال عبر ضد نحو لدى لها له لهم به بها فيه فيها منه منها
   انه انها انهم وان فان اما ايضا جدا الان وقد فقد لقد`.split(/\s+/).filter(Boolean).map(normalizeKey),
);
const PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف'];
const SUFFIXES = ['هما', 'كما', 'ات', 'ون', 'ين', 'ان', 'يه', 'ها', 'هم', 'ه', 'ي', 'ا'];

/** The light stem of one normalised word. */
export function lightStem(word: string): string {
  let w = word;
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 3) { w = w.slice(p.length); break; }
  }
  // Imperfect prefixes of verbs (يقاتل، تقاتل) when the word is long enough to be a verb.
  const c = w.charCodeAt(0);
  if ((c === 0x064a || c === 0x062a || c === 0x0646) && w.length >= 5) w = w.slice(1);
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) { w = w.slice(0, -s.length); break; }
  }
  return w;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;
const DIGITS = /^\d+$/;

/** Adds the content stems of one normalised chunk of text to `out` (function words and digits dropped). */
function addStems(out: Set<string>, key: string): void {
  if (key.length < 3) return;
  for (const raw of PLAIN.test(key) ? [key] : key.split(NON_WORD)) {
    if (raw.length < 3 || STOP.has(raw) || DIGITS.test(raw)) continue;
    out.add(lightStem(raw));
  }
}
const PLAIN = /^[\p{L}\p{N}]+$/u;

/** The set of content stems of a text (function words and digits dropped). */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  addStems(out, normalizeKey(text));
  return out;
}

/**
 * The content stems of `text.slice(start, end)` read from its tokens (their normal forms): the same set as
 * `contentStems` of the slice, without normalising and splitting it again.
 *
 * @param tokens The article's tokens, sorted and contiguous.
 */
export function spanStems(text: string, tokens: readonly Token[], start: number, end: number): Set<string> {
  const out = new Set<string>();
  for (let i = firstTokenAfter(tokens, start); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= end) break;
    if (t.kind === 'space' || t.kind === 'newline' || t.kind === 'punct' || t.kind === 'quote') continue;
    // A token cut by the span's edge is normalised as cut.
    const key = t.start < start || t.end > end ? normalizeKey(text.slice(Math.max(t.start, start), Math.min(t.end, end))) : t.normal;
    addStems(out, key);
  }
  return out;
}
