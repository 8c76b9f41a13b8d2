import { SOVEREIGN_KEY, coveredWords, type Candidate } from './candidates.js';
import { sourceCut, toKey } from './keys.js';
import { edgesOf, skeleton, skeletonEdges } from './skeleton.js';
import { AFTER_NAME, HONORIFICS, MEDIA_HEADS, ORDINALS, TITLES } from './registry-data.js';
import { corpusLabel } from './tagger.js';
import { readingsOf, skeletonOfWord, type Word } from './words.js';
import { normalizeKey } from '../normalize/ar.js';
import { GIVEN_NAMES } from '../article/data/names.js';

const ORDINAL_SET = new Set(ORDINALS.map((w) => normalizeKey(w)));
const GOD = normalizeKey('الله');
const ABD = normalizeKey('عبد');
const AFTER_NAME_SET = new Set(AFTER_NAME.map((w) => normalizeKey(w)));
/** One-word titles and honorifics (`الفنانة`, `السيد`): a given name after one is named by apposition. Not a king's
 * or prince's title: `الملك فهد` names a king, or an airport, not the article's `فهد الأسمر`. */
const ROYAL = new Set(['الملك', 'الأمير', 'الأميرة', 'السلطان', 'العاهل'].map((w) => normalizeKey(w)));
const TITLE_WORDS = new Set([...TITLES, ...HONORIFICS].filter((t) => !/\s/.test(t)).map((w) => normalizeKey(w)).filter((w) => !ROYAL.has(w)));
/** Particles of foreign family names (لا روزا، دي ميستورا، فان خال، فون دير لاين), normalised. */
const SURNAME_PARTICLES = new Set(['لا', 'لو', 'دي', 'دو', 'دا', 'ديل', 'فان', 'فون', 'دير'].map((w) => normalizeKey(w)));
/** Common given names (the byline parser's list), normalised as words are. */
export const GIVEN_KEYS: ReadonlySet<string> = new Set(GIVEN_NAMES.map((w) => normalizeKey(w)));

/**
 * True when a title stands right before word `i`, or before one definite adjective before it (`الفنانة المقتدرة
 * عزيزة`): a given name there is named by apposition, whatever follows it.
 */
function afterTitle(words: readonly Word[], i: number): boolean {
  const a = words[i - 1];
  if (!a?.lexical) return false;
  if (TITLE_WORDS.has(a.norm)) return true;
  const b = words[i - 2];
  return a.norm.startsWith('ال') && !!b?.lexical && TITLE_WORDS.has(b.norm);
}

interface Pattern {
  words: string[];
  kind: Candidate['kind'];
  /** A given name alone: only where no other name word follows. */
  given: boolean;
  /** A ministry's portfolio alone (`الداخلية` for `وزارة الداخلية`): only after a preposition or particle. */
  portfolio?: boolean;
}

const MINISTRY = normalizeKey('وزارة');
/** Heads of a company's, an outlet's, a bank's or a party's name (`شركة`, `صحيفة`, `بنك`, `حزب`), whose name is its own
 * (not a university's, a union's or a fund's, often named after a town or a person: جامعة أكسفورد، صندوق روكفلر). */
const INSTITUTION_HEADS = new Set([...MEDIA_HEADS, 'بنك', 'حزب'].map((h) => normalizeKey(h)));

/**
 * One sense per article: a name found once is found wherever it recurs. Multi-word names recur whole
 * (`مجلس المستشارين`), persons also by surname (`العثماني` after `سعد الدين العثماني`, not an ordinal such as
 * `السادس`) and by a given name that no other person in the article shares, when punctuation or a particle follows it
 * (`وقال كريستوف،`, `وقالت عزيزة إن`). Occurrences already inside a mention are left alone.
 *
 * @returns The new candidates.
 */
export function propagateNames(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  const covered = coveredWords(words.length, cands);
  const byFirst = new Map<string, Pattern[]>();
  const addPattern = (p: Pattern) => {
    const k = p.words[0]!;
    const list = byFirst.get(k) ?? [];
    if (!list.some((q) => q.words.join(' ') === p.words.join(' '))) list.push(p);
    byFirst.set(k, list);
  };
  // The full names each given name opens (a name mentioned twice in full is still one person).
  const fullNames = new Map<string, Set<string>>();
  const persons = cands.filter((c) => c.kind === 'PERS' && !c.hit);
  for (const c of persons) {
    const ws = c.key.split(' ');
    if (ws.length >= 2) {
      const g = skeleton(ws[0]!);
      const names = fullNames.get(g) ?? new Set<string>();
      names.add(ws.map(skeleton).join(' '));
      fullNames.set(g, names);
    }
  }
  for (const c of cands) {
    // The monarch's phrases were read where they name no one else (not before a name: جلالة الملك محمد السادس).
    if (c.hit || c.key === SOVEREIGN_KEY) continue;
    const ws = c.key.split(' ').map(skeleton);
    if (ws.length >= 2) addPattern({ words: ws, kind: c.kind, given: false });
    if (c.kind !== 'PERS' || ws.length < 2) continue;
    const last = c.key.split(' ').at(-1)!;
    // Not an ordinal (محمد السادس), nor الله (عبد الله written apart, a eulogy), nor a title that closes a family name
    // (آل الشيخ): no surname alone.
    // Nor the divine name after عبد (عبد الإله، عبد الرحيم): the family name is both words.
    const afterAbd = c.key.split(' ').at(-2) === ABD;
    if (last.length >= 3 && !afterAbd && !ORDINAL_SET.has(last) && last !== GOD && !TITLE_WORDS.has(last) && !ROYAL.has(last)) {
      addPattern({ words: [ws.at(-1)!], kind: 'PERS', given: false });
      // خالد بن إبراهيم عويضة, later العويضة: a family name written without its article recurs with it.
      // Not where either form is a word the news knows as common or a title (a tagger's span that ran on: أمير, الأمير).
      const definite = 'ال' + last;
      if (!last.startsWith('ال') && !GIVEN_KEYS.has(last) && !TITLE_WORDS.has(definite) && !ROYAL.has(definite) && corpusLabel(last)?.label !== 'O' && corpusLabel(definite)?.label !== 'O') {
        addPattern({ words: [skeleton(definite)], kind: 'PERS', given: false });
      }
    }
    // سالفاتوري لا روزا، ستافان دي ميستورا: a family name with its particle recurs with it (لا روزا، دي ميستورا).
    const particle = c.key.split(' ').at(-2)!;
    if (ws.length >= 3 && SURNAME_PARTICLES.has(particle)) addPattern({ words: ws.slice(-2), kind: 'PERS', given: false });
    if (ws[0]!.length >= 3 && fullNames.get(ws[0]!)?.size === 1) addPattern({ words: [ws[0]!], kind: 'PERS', given: true });
  }
  // A ministry is also named by its portfolio alone: `لا يثق في الداخلية` after `وزارة الداخلية`.
  for (const c of cands) {
    const ws = c.key.split(' ');
    if (c.kind === 'ORG' && ws.length === 2 && ws[0] === MINISTRY && ws[1]!.startsWith('ال') && ws[1]!.length >= 5) {
      addPattern({ words: [skeleton(ws[1]!)], kind: 'ORG', given: false, portfolio: true });
    }
  }
  // A company, a paper or a party named by a foreign word after its head is also named by the word alone
  // (`أليطاليا` after `شركة أليطاليا`): not a word the news knows as common, as a person's or as a place's.
  for (const c of cands) {
    const ws = c.key.split(' ');
    // (The article as written: أليطاليا's normal form opens with ال.)
    if (c.kind !== 'ORG' || c.hit || ws.length !== 2 || c.w1 - c.w0 !== 2 || !INSTITUTION_HEADS.has(ws[0]!) || ws[1]!.length < 4 || GIVEN_KEYS.has(ws[1]!) || !/^[\u0621-\u064a]+$/.test(ws[1]!)) continue;
    if (/^[وفبلك]?ال/.test(text.slice(words[c.w0 + 1]!.start, words[c.w0 + 1]!.end))) continue;
    const seen = corpusLabel(ws[1]!);
    if (seen && (((seen.label === 'O' || seen.label === 'PERS') && seen.bucket >= 3) || seen.label === 'LOC')) continue;
    addPattern({ words: [skeleton(ws[1]!)], kind: 'ORG', given: false });
  }
  const edges = new Set([...byFirst.keys()].map(edgesOf));
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical || covered[i]) continue;
    let found: { p: Pattern; cut: number; last: number } | null = null;
    for (const r of readingsOf(w)) {
      // Most words open no pattern: their skeleton's first and last letters already say so.
      if (!edges.has(skeletonEdges(r.rest))) continue;
      for (const p of byFirst.get(skeleton(r.rest)) ?? []) {
        let j = i;
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) {
          j++;
          ok = j < words.length && !covered[j] && words[j]!.lexical && skeletonOfWord(words[j]!) === p.words[k];
        }
        if (!ok) continue;
        // على written with alef maqsura is the preposition, not the name علي (given or family name: محمد علي).
        if (p.words.length === 1 && text.slice(w.start, w.end).replace(/[\u064b-\u0652]/g, '').endsWith('على')) continue;
        if (p.given) {
          // A given name alone: punctuation or a particle must follow it (وقالت عزيزة إن), not another name.
          // Or a title before a common given name (وروت الفنانة المقتدرة عزيزة لمشاهدي ...), unless a likely name
          // follows.
          const next = words[j + 1];
          if (next && next.lexical && /^\s+$/.test(text.slice(words[j]!.end, next.start)) && !AFTER_NAME_SET.has(next.norm)) {
            if (r.cut > 0 || !GIVEN_KEYS.has(w.norm) || !afterTitle(words, i) || corpusLabel(next.norm)?.label === 'PERS') continue;
          }
        }
        if (p.portfolio) {
          // The adjective of a noun before it is no ministry (`الشؤون الداخلية`, `سياستها الداخلية`): only after a
          // preposition or particle (`في الداخلية،`), or with ب/ل attached after a word that is not definite.
          const prev = words[i - 1];
          const afterParticle = prev !== undefined && prev.lexical && AFTER_NAME_SET.has(prev.norm);
          const attached = r.cut > 0 && (prev === undefined || !prev.lexical);
          const nextWord = words[j + 1];
          if (!(afterParticle || attached) || (nextWord?.lexical && nextWord.norm.startsWith('ال'))) continue;
        }
        if (!found || p.words.length > found.p.words.length) found = { p, cut: r.cut, last: j };
      }
    }
    if (!found) continue;
    // A proclitic is taken off only where the bare word is the name: وكريستوف → كريستوف.
    const start = sourceCut(text, w.start, found.cut);
    const end = words[found.last]!.end;
    out.push({ start, end, w0: i, w1: found.last + 1, kind: found.p.kind, by: 'rule', key: toKey(text.slice(start, end)) });
    for (let k = i; k <= found.last; k++) covered[k] = 1;
    i = found.last;
  }
  return out;
}

/**
 * A person the article names by family name alone (`وقالت السيدة الركراكي`, `وأوضح التازي`) is named in full where a
 * common given name stands before the same word (`نادية الركراكي`, `جراح التجميل الشهير حسن التازي`), which the tagger
 * may have missed or cut to the family name: one sense per article. Only family names that no full name of the
 * article ends with (then the full name already says who it is), of three letters or more, not titles or ordinals.
 *
 * @returns The candidates with each such full name in place of the family name it takes in.
 */
export function givenBeforeSurname(text: string, words: readonly Word[], cands: Candidate[]): Candidate[] {
  const alone = cands.filter((c) => c.kind === 'PERS' && !c.hit && c.w1 - c.w0 === 1 && c.key.length >= 3 && !TITLE_WORDS.has(c.key) && !ORDINAL_SET.has(c.key) && !GIVEN_KEYS.has(c.key));
  if (!alone.length) return cands;
  const lasts = new Set<string>();
  for (const c of cands) if (c.kind === 'PERS' && c.w1 - c.w0 >= 2) lasts.add(skeleton(c.key.slice(c.key.lastIndexOf(' ') + 1)));
  const surnames = new Set<string>();
  for (const c of alone) {
    const s = skeleton(c.key);
    if (!lasts.has(s)) surnames.add(s);
  }
  if (!surnames.size) return cands;
  const edges = new Set([...surnames].map(edgesOf));
  // The candidate over each word, by index (-1: none).
  const at = new Int32Array(words.length).fill(-1);
  cands.forEach((c, k) => { for (let i = c.w0; i < c.w1; i++) at[i] = k; });
  const replaced = new Set<Candidate>();
  const added: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const n = words[i + 1]!;
    // Most words open no family name: their skeleton's first and last letters already say so.
    if (!w.lexical || !n.lexical || at[i]! >= 0 || !edges.has(skeletonEdges(n.norm)) || !surnames.has(skeletonOfWord(n)) || !/^\s+$/.test(text.slice(w.end, n.start))) continue;
    const surname = at[i + 1]! >= 0 ? cands[at[i + 1]!] : undefined;
    if (surname && !(surname.kind === 'PERS' && surname.w0 === i + 1 && surname.w1 === i + 2 && !surname.hit)) continue;
    // The given name, with a conjunction or preposition taken off where the bare word is one (ونادية → نادية).
    // Not a particle spelt like a short name (أن read as آن).
    const r = readingsOf(w).find((x) => GIVEN_KEYS.has(x.rest) && x.rest.length >= 3 && !AFTER_NAME_SET.has(x.rest));
    if (!r || text.slice(w.start, w.end).endsWith('على')) continue;
    const start = sourceCut(text, w.start, r.cut);
    if (surname) replaced.add(surname);
    added.push({ start, end: n.end, w0: i, w1: i + 2, kind: 'PERS', by: 'rule', key: toKey(text.slice(start, n.end)) });
    i++;
  }
  return added.length ? [...cands.filter((c) => !replaced.has(c)), ...added] : cands;
}
