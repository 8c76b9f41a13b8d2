import bidiModule, { type Bidi } from 'bidi-js';
import reshaper from 'arabic-persian-reshaper';

/** How Arabic is written to a terminal. */
export type BidiMode = 'logical' | 'visual';

const RLM = '\u200f'; // right-to-left mark
// bidi-js is CommonJS: under Node's ESM interop its factory is the module itself or its `default`.
const bidiFactory = ((bidiModule as unknown as { default?: () => Bidi }).default ?? bidiModule) as unknown as () => Bidi;
const bidi = bidiFactory();
const hasArabic = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/**
 * Prepares one line for a terminal.
 * `logical`: the text as stored, opened with an RLM so terminals that implement bidi (VTE, Konsole, iTerm2,
 * mlterm) lay an Arabic line out right to left. `visual`: for terminals without bidi, the line is shaped
 * (contextual letter forms) and reordered by the Unicode Bidirectional Algorithm, then right-aligned.
 */
export function toTerminalLine(line: string, mode: BidiMode, width = 0): string {
  if (!hasArabic.test(line)) return line;
  if (mode === 'logical') return RLM + line;
  const shaped: string = reshaper.ArabicShaper.convertArabic(line);
  const levels = bidi.getEmbeddingLevels(shaped, 'rtl');
  const flips = bidi.getReorderSegments(shaped, levels);
  const chars = [...shaped];
  // getReorderSegments works in code units; our shaped Arabic is all BMP, so code points = code units here.
  for (const [start, end] of flips as Array<[number, number]>) {
    const part = chars.slice(start, end + 1).reverse();
    chars.splice(start, end - start + 1, ...part);
  }
  const mirrored = chars.map((ch, i) => (levels.levels[i]! & 1 ? (bidi.getMirroredCharacter(ch) ?? ch) : ch)).join('');
  return width > mirrored.length ? ' '.repeat(width - [...mirrored].length) + mirrored : mirrored;
}
