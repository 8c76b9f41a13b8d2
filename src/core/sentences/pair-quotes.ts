import type { Token } from '../tokenize/types.js';
import { isSpaceCode } from '../source/span.js';

/** A matched pair of quotation marks: indexes of the opening and closing quote tokens. */
export interface QuotePair {
  open: number;
  close: number;
}

/**
 * The marks that may close a quotation opened by each mark. Arabic texts use « » and “ ” both ways
 * round (`»نعم«`, `”نعم“` when an editor mirrors them for right-to-left), and “ for both ends, so each
 * opener accepts its usual partner and its mirror.
 */
const CLOSERS: Readonly<Record<string, string>> = {
  '\u00ab': '\u00bb', // « → »
  '\u00bb': '\u00ab', // » → «
  '\u201c': '\u201d\u201c', // “ → ” “
  '\u201d': '\u201c\u201d', // ” → “ ”
  '\u201e': '\u201c\u201d', // „ → “ ”
  '\u201f': '\u201d', // ‟ → ”
  '"': '"',
  '\u2039': '\u203a', // ‹ → ›
  '\u203a': '\u2039', // › → ‹
  '\u2018': '\u2019\u2018', // ‘ → ’ ‘
  '\u2019': '\u2018\u2019', // ’ → ‘ ’
  '\u201a': '\u2018\u2019', // ‚ → ‘ ’
  '\u201b': '\u2019', // ‛ → ’
  "'": "'",
  '\u275d': '\u275e', // ❝ → ❞
  '\u275b': '\u275c', // ❛ → ❜
  '\u301d': '\u301e\u301f', // 〝 → 〞 〟
  '\uff02': '\uff02', // ＂
  '\uff07': '\uff07', // ＇
};

/** Space, or punctuation after which a mark opens (`قال: “`, `(«`): the mark cannot close there. */
function opensBefore(c: number): boolean {
  return isSpaceCode(c) || c === 0x3a || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x060c || c === 0x061b || c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** Space, or punctuation before which a mark closes (`”.`, `»،`): the mark cannot open there (a stray `“.`). */
function closesAfter(c: number): boolean {
  return (
    isSpaceCode(c) || c === 0x2e || c === 0x2c || c === 0x060c || c === 0x061b || c === 0x3a || c === 0x3b || c === 0x21 || c === 0x3f ||
    c === 0x061f || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2026
  );
}

const NONE: readonly QuotePair[] = Object.freeze([]);

/** How deep in the stack a closing mark may look for its opener (`«a “b» c`: the “ is left unmatched). */
const MAX_DEPTH = 3;

/**
 * Pairs the quotation marks among `tokens[from..to)`, the tokens of one region `[regionStart, regionEnd)`.
 *
 * Flanking decides what a mark can do, as in CommonMark: a mark with text right after it can open,
 * a mark with text right before it can close (`قال “نعم” ثم`). A closing mark pairs with the nearest
 * compatible opener; marks that find no partner stay unpaired and protect nothing, so a quotation that
 * never closes (or a stray `“.`) cannot swallow the rest of the paragraph.
 *
 * @returns The pairs, in order of their closing marks.
 */
export function pairQuotes(text: string, tokens: readonly Token[], from: number, to: number, regionStart: number, regionEnd: number): readonly QuotePair[] {
  let j = from;
  while (j < to && tokens[j]!.kind !== 'quote') j++;
  if (j === to) return NONE; // most regions quote nothing: no allocation
  const pairs: QuotePair[] = [];
  const stack: number[] = [];
  for (; j < to; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'quote') continue;
    const mark = text[t.start]!;
    const canClose = t.start > regionStart && !opensBefore(text.charCodeAt(t.start - 1));
    const canOpen = t.end < regionEnd && !closesAfter(text.charCodeAt(t.end));
    if (canClose) {
      let found = -1;
      for (let d = stack.length - 1; d >= 0 && d >= stack.length - MAX_DEPTH; d--) {
        const opener = text[tokens[stack[d]!]!.start]!;
        if (CLOSERS[opener]?.includes(mark)) {
          found = d;
          break;
        }
      }
      if (found >= 0) {
        pairs.push({ open: stack[found]!, close: j });
        stack.length = found;
        continue;
      }
    }
    if (canOpen && CLOSERS[mark] !== undefined) stack.push(j);
  }
  return dropImpossibleNesting(text, tokens, pairs);
}

/** Marks that never nest inside themselves: a `"` pair holding another `"` pair was paired wrongly. */
const NO_SELF_NESTING = '"\'\u201c\u201d\u2018\u2019\uff02\uff07';

/**
 * Drops pairs that hold a pair of the same mark: `"` cannot nest in `"`, nor “ in “ (writers switch to
 * ‘ ’ or « » inside). Such a pair comes from a mark left open earlier (`لـ"الاقتصادية` never closed)
 * meeting a stray closer at the end of the paragraph, and would glue the whole paragraph into one
 * sentence. « » may nest (`«... «الشرق الأوسط» ...»`).
 */
function dropImpossibleNesting(text: string, tokens: readonly Token[], pairs: QuotePair[]): readonly QuotePair[] {
  if (pairs.length < 2) return pairs;
  return pairs.filter((outer) => {
    const mark = text[tokens[outer.open]!.start]!;
    if (!NO_SELF_NESTING.includes(mark)) return true;
    return !pairs.some((inner) => inner !== outer && inner.open > outer.open && inner.close < outer.close && text[tokens[inner.open]!.start] === mark);
  });
}
