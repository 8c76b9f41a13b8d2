// NewsFANE Gold as the tagger learns it: its clitics joined back to their words, its 50 fine classes mapped to
// ANERcorp's four types, and ANERcorp's span convention for head nouns (scripts/train-ner.ts).
import { normalizeKey } from '../../src/core/normalize/ar.js';
import { cliticReadings } from '../../src/core/entities/keys.js';
import type { TaggedSentence } from './conll.js';

/**
 * NewsFANE's 50 fine classes to the four ANERcorp types. The table follows the majority agreement of each class
 * with the ANERcorp annotation of the same training sentences: nationality groups (العرب), the government as a
 * common noun (الحكومة) and buildings (مسجد) are not names there, so they map to O.
 */
export const FINE_TO_TYPE: Record<string, 'PERS' | 'LOC' | 'ORG' | 'MISC' | 'O'> = {
  Politician: 'PERS', Athlete: 'PERS', Artist: 'PERS', Other_PER: 'PERS', Religious_PER: 'PERS', Scientist: 'PERS',
  Businessperson: 'PERS', Lawyer: 'PERS', Engineer: 'PERS', Police: 'PERS',
  Nation: 'LOC', 'Population-Center': 'LOC', 'State-or-Province': 'LOC', 'GPE-Cluster': 'LOC', Continent: 'LOC',
  'Water-Body': 'LOC', 'County-or-District': 'LOC', 'Land-Region-Natural': 'LOC',
  'Non-Governmental': 'ORG', Sports: 'ORG', Media: 'ORG', Commercial: 'ORG', Educational: 'ORG', Plant: 'ORG',
  Religious_ORG: 'ORG', Entertainment: 'ORG',
  Book: 'MISC', Path: 'MISC', Air: 'MISC', Food: 'MISC', Drug: 'MISC', Shooting: 'MISC', Water: 'MISC',
  Group: 'O', Government: 'O', 'Building-Grounds': 'O', 'Medical-Science': 'O', Land: 'O', Movie: 'O', Software: 'O',
  'Subarea-Facility': 'O', Airport: 'O', Projectile: 'O', Hardware: 'O',
};


const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ي', 'ني']);

/**
 * NewsFANE writes clitics as tokens of their own (`و الصادرات`, `اعلن ه`); running text (and ANERcorp) keeps
 * them on the word. Joins them back, so that the tagger learns words as the pipeline sees them.
 */
export function rejoinClitics(s: TaggedSentence): TaggedSentence {
  const words: string[] = [];
  const tags: string[] = [];
  let pending = '';
  let pendingTag = 'O';
  for (let i = 0; i < s.words.length; i++) {
    let w = s.words[i]!;
    let t = s.tags[i]!;
    if (!pending && PROCLITICS.has(w) && (s.words[i + 1]?.length ?? 0) >= 2 && /^\p{L}/u.test(s.words[i + 1]!)) {
      pending = w;
      pendingTag = t;
      continue;
    }
    if (pending) {
      w = pending + w;
      if (pendingTag.startsWith('B-')) t = pendingTag;
      pending = '';
    }
    if (ENCLITICS.has(w) && words.length && /\p{L}$/u.test(words[words.length - 1]!)) {
      words[words.length - 1] += w;
      continue;
    }
    words.push(w);
    tags.push(t);
  }
  if (pending) { words.push(pending); tags.push(pendingTag); }
  return { words, tags };
}

/**
 * Head nouns that ANERcorp leaves outside the name they announce (`حركة حماس`, `نادي النصر`, `صحيفة الراية`, `مسجد
 * هوبان`: the name is the word after the head) while NewsFANE takes them in. Chosen on the development set, where
 * each stands before an organisation 3-15 times and opens one at most twice; `حزب`, `مجلس`, `منظمة`, `جامعة`, `الاتحاد`
 * open their names there and stay in, and so do the definite heads but `النادي` (`الوكالة الدولية للطاقة الذرية`).
 * Normalised.
 */
const OUTER_HEADS = new Set(['نادي', 'النادي', 'فريق', 'حركة', 'صحيفة', 'قناة', 'شركة', 'مسجد', 'مجلة', 'وكالة', 'جريدة'].map((w) => normalizeKey(w)));

/**
 * Whether a name of NewsFANE opens with a head noun ANERcorp leaves outside (`OUTER_HEADS`): `لحركة الجهاد` yes,
 * `حزب الله` no; a one-word name keeps its word.
 */
export function opensWithOuterHead(words: readonly string[]): boolean {
  return words.length >= 2 && isOuterHead(words[0]!);
}

/**
 * A head of `OUTER_HEADS`, with or without proclitics (`لحركة`; `وكالة` is the head itself, not و + كالة). With the
 * article only `النادي` is one: `الوكالة الدولية للطاقة الذرية` is the name itself.
 */
function isOuterHead(word: string): boolean {
  return cliticReadings(normalizeKey(word)).some((r) => OUTER_HEADS.has(r.rest));
}

/** How `mapTags` maps: classes overridden (`Class=TYPE`), and whether the heads of `OUTER_HEADS` leave the names. */
export interface MapOptions {
  overrides?: Readonly<Record<string, string>>;
  /** ANERcorp's convention for head nouns (`حركة حماس` → `حماس`); NewsFANE's own spans when false (the default). */
  outerHeads?: boolean;
}

/**
 * Maps a NewsFANE sentence's fine classes to BIO tags over PERS, LOC, ORG and MISC (`FINE_TO_TYPE`); with
 * `outerHeads`, leaves the head nouns of `OUTER_HEADS` outside the names they open, as ANERcorp does.
 *
 * @example mapTags({ words: ['حركة', 'حماس'], tags: ['B-Non-Governmental', 'I-Non-Governmental'] }, { outerHeads: true }).tags // ['O', 'B-ORG']
 */
export function mapTags(s: TaggedSentence, options: MapOptions = {}): TaggedSentence {
  const overrides = options.overrides ?? {};
  const tags = s.tags.map((t) => {
    if (t === 'O') return 'O';
    const fine = t.slice(2);
    const ty = (overrides[fine] ?? FINE_TO_TYPE[fine]) ?? 'O';
    return ty === 'O' ? 'O' : `${t.slice(0, 1)}-${ty}`;
  });
  // ANERcorp's span convention: the head noun stays outside the name (see OUTER_HEADS); a mosque's name after
  // `مسجد` is an organisation there (NewsFANE's building class maps to O otherwise).
  if (options.outerHeads) {
    for (let i = 0; i < s.tags.length; i++) {
      if (!s.tags[i]!.startsWith('B-')) continue;
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === 'I-' + s.tags[i]!.slice(2)) j++;
      if (!opensWithOuterHead(s.words.slice(i, j))) continue;
      const ty = s.tags[i] === 'B-Building-Grounds' && cliticReadings(normalizeKey(s.words[i]!)).some((r) => r.rest === 'مسجد') ? 'ORG' : tags[i]!.slice(2);
      tags[i] = 'O';
      if (ty) for (let k = i + 1; k < j; k++) tags[k] = `${k === i + 1 ? 'B' : 'I'}-${ty}`;
    }
  }
  // A mapped I- whose entity start mapped to O (or another type) opens the entity.
  for (let i = 0; i < tags.length; i++) {
    if (tags[i]!.startsWith('I-') && (i === 0 || tags[i - 1]!.slice(2) !== tags[i]!.slice(2))) tags[i] = 'B-' + tags[i]!.slice(2);
  }
  return { words: s.words, tags };
}

