import type { SearchDocument } from '../types.js';

/** PostgreSQL's largest tsvector position: later words share it. */
const MAX_POSITION = 16383;
/** PostgreSQL keeps at most 256 positions per lexeme. */
const MAX_POSITIONS_PER_LEXEME = 256;
/** PostgreSQL refuses lexemes of 2 KiB or more (in UTF-8). */
const MAX_LEXEME_BYTES = 2046;
/** The weight of each clitic layer: the word as written ranks above its stripped forms. */
const LAYER_WEIGHTS = ['A', 'B', 'C', 'D'] as const;
/**
 * `ts_rank` weights for {D, C, B, A}: the ratio of the SQLite backend's bm25 column weights 1, 1.5, 2, 4
 * (layer 3 .. layer 0), scaled so that A is 1.
 */
export const RANK_WEIGHTS = '{0.25,0.375,0.5,1.0}';

/** Quotes a lexeme for a tsvector or tsquery literal: `'...'` with `'` doubled and `\` escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * Builds the tsvector literal of a search document. PostgreSQL has no Arabic stemmer that keeps offsets,
 * so the vector is made here, in the `simple` spirit (no stemming, no stop words), from the store's
 * normalised, clitic-stripped layers: word i of the article is position i+1, and all four forms of the
 * word sit at that position, weighted A (as written) to D (without و/ف, ب/ك/ل and ال). A phrase query
 * `'كوريا' <-> 'الشماليه'` therefore matches `وكوريا الشمالية` (layer 1 at position i, layer 0 at i+1).
 *
 * @example
 * toTsvectorLiteral({ layers: ['والرياض', 'الرياض', 'الرياض', 'رياض'] });
 * // "'الرياض':1B 'رياض':1D 'والرياض':1A"
 */
export function toTsvectorLiteral(doc: SearchDocument): string {
  const layers = doc.layers.map((l) => (l.length ? l.split(' ') : []));
  const words = layers[0]!.length;
  // lexeme -> position -> best (lowest) layer
  const entries = new Map<string, Map<number, number>>();
  for (let i = 0; i < words; i++) {
    const pos = Math.min(i + 1, MAX_POSITION);
    for (let layer = 0; layer < 4; layer++) {
      const lexeme = layers[layer]![i];
      if (!lexeme || Buffer.byteLength(lexeme) > MAX_LEXEME_BYTES) continue;
      let positions = entries.get(lexeme);
      if (!positions) entries.set(lexeme, (positions = new Map()));
      const had = positions.get(pos);
      if (had === undefined || layer < had) {
        if (had === undefined && positions.size >= MAX_POSITIONS_PER_LEXEME) continue;
        positions.set(pos, layer);
      }
    }
  }
  const parts: string[] = [];
  for (const lexeme of [...entries.keys()].sort()) {
    const positions = [...entries.get(lexeme)!].sort((a, b) => a[0] - b[0]);
    parts.push(`${quoteLexeme(lexeme)}:${positions.map(([p, l]) => `${p}${LAYER_WEIGHTS[l]}`).join(',')}`);
  }
  return parts.join(' ');
}

/**
 * Turns the store's parsed query (the FTS5 expression of `parseQuery`: `"word"`, `"two words"`,
 * `"pre" *`, ANDed) into a tsquery literal: words ANDed, phrases with `<->`, prefixes with `:*`.
 *
 * @example
 * toTsqueryLiteral('"كوريا" "الامم المتحده" "صار" *'); // "'كوريا' & ('الامم' <-> 'المتحده') & 'صار':*"
 */
export function toTsqueryLiteral(match: string): string | null {
  const parts: string[] = [];
  for (const m of match.matchAll(/"([^"]*)"( \*)?/g)) {
    const words = m[1]!.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    if (words.length > 1) parts.push(`(${words.map(quoteLexeme).join(' <-> ')})`);
    else parts.push(`${quoteLexeme(words[0]!)}${m[2] ? ':*' : ''}`);
  }
  return parts.length ? parts.join(' & ') : null;
}
