// FIRST CUT (to be replaced by the text-layer work): a simple lossless tokeniser.
import type { Token, TokenKind } from './types.js';
import { normalizeKey } from '../normalize/ar.js';

const RE = /(\s+)|([\p{L}\p{M}]+)|(\p{N}+)|(["“”«»„‹›'‘’])|(.)/gsu;

/** Splits text into lossless tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind: TokenKind = m[1] ? (m[1].includes('\n') ? 'newline' : 'space') : m[2] ? 'word' : m[3] ? 'number' : m[4] ? 'quote' : 'punct';
    const script = kind === 'word' ? (/[\u0600-\u06ff]/.test(m[0]) ? 'arabic' : 'latin') : null;
    tokens.push({ start, end, kind, normal: normalizeKey(m[0]), script });
  }
  return tokens;
}
