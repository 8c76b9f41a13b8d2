import { FACILITY_ADJECTIVES, FACILITY_HEADS, cliticReadings, isVerbalNoun, sourceCut, toKey } from './keys.js';
import { lookupKey, startsRegistryForm, type RegistryHit } from './registry.js';
import { TAGS } from './features.js';
import { corpusLabel } from './tagger.js';
import { AFTER_NAME, EVENT_HEADS, GROUP_HEADS, GENERIC_BODIES, HONORIFICS, NAMES_WITH_WAW, SOVEREIGNS, TITLES, ORG_HEADS, ORG_LINKERS, PLACE_HEADS, STATE_BODIES, STOP_WORDS, WORK_NOUNS, MEDIA_HEADS, BODY_HEADS } from './registry-data.js';
import { readingIn, readingsOf, type Chunk, type Word } from './words.js';
import { normalizeKey } from '../normalize/ar.js';
import type { Byline, Dateline } from '../analysis.js';
import { GIVEN_NAMES } from '../article/data/names.js';

/** Entity classes before linking. */
export type Kind = 'PERS' | 'LOC' | 'ORG' | 'GRP' | 'MISC';

/** A mention found by the tagger, the registry or a rule, before linking. */
export interface Candidate {
  /** Source span, proclitics taken off. */
  start: number;
  end: number;
  /** Word range `[w0, w1)`. */
  w0: number;
  w1: number;
  kind: Kind;
  /** The registry entity, when the mention names one. */
  hit?: RegistryHit;
  /** How it was found. */
  by: 'tagger' | 'registry' | 'rule';
  /** Matching key of the mention (`toKey` of its text, proclitics off). */
  key: string;
  /** The name the mention stands for when it is not the mention's text (`جمعية "بيت الحكمة"` for `بيت الحكمة`). */
  name?: string;
  /** Set off by quotation marks or lines of its own: its ends are certain (a registry name inside is no head). */
  bounded?: boolean;
  /** A name blessed as a prophet's (`محمد صلى الله عليه وسلم`): linked only with the same name so blessed. */
  apart?: boolean;
  /** A tagger span in a list of tags, where names run together: it joins a name of the text it is part of. */
  listed?: boolean;
  /** A state's body, as its head and the state's registry index (`حكومة 12`): الحكومة العمانية is حكومة سلطنة عمان. */
  body?: string;
}

const keySet = (xs: readonly string[]) => new Set(xs.map((x) => normalizeKey(x)));
const ORG_HEAD_SET = keySet(ORG_HEADS);
const PLACE_HEAD_SET = keySet(PLACE_HEADS);
const WAW_NAMES = keySet(NAMES_WITH_WAW);
const STOPS = keySet(STOP_WORDS);
/** Particles that open with ال once normalised but carry no article (إلى → الي، إلا، الآن، إليه): never a name's adjective. */
export const NOT_DEFINITE = keySet(['إلى', 'الى', 'إلا', 'ألا', 'الآن', 'الان', 'إليه', 'إليها', 'إليهم', 'إليهما', 'إلينا']);
const LINKERS = keySet(ORG_LINKERS);
const EVENT_HEAD_SET = keySet(EVENT_HEADS);
const GROUP_HEAD_SET = keySet(GROUP_HEADS);
const STATE_BODY_SET = keySet(STATE_BODIES);
const WORK_SET = keySet(WORK_NOUNS);
const MEDIA_SET = keySet(MEDIA_HEADS);
const BODY_SET = keySet(BODY_HEADS);
const TITLE_SET = keySet([...TITLES, ...HONORIFICS]);
/** Prepositions a participle describing a body takes (المحسوبة على، المختصة في): the name ends before the participle. */
const PARTICIPLE_PREPOSITIONS = keySet(['على', 'في', 'عن', 'من', 'إلى']);
/** Verbal nouns that also name a movement (تنظيم القاعدة، تجمع المهنيين): a second body, not the first one's field. */
const MOVEMENT_NOUNS = keySet(['تنظيم', 'تجمع', 'تحالف', 'تيار', 'ائتلاف']);
/** Verbal nouns that continue a body's name after و (مكافحة، تطوير، تبادل، استثمار), normalised; not إفعال (أعضاء). */
const JOINED_MASDAR = /^(?:ت..ي.|ت.ا..|م.ا..ه|است...ا.)$/;
/** Participles that describe a body by what it is charged with or close to (المكلفة ب، المحسوبة على), both genders. */
const DESCRIBING_PARTICIPLES = keySet(['المكلف', 'المختص', 'المحسوب', 'المعني', 'المقرب', 'المسؤول', 'المرتبط', 'الملحق', 'المشرف', 'المعروف', 'المنبثق', 'المكون', 'التابع', 'القريب', 'الموالي', 'المدعوم', 'المتهم'].flatMap((w) => [w, w + 'ة', w + 'ين']));
const ROYAL_SET = keySet(['الملك', 'للملك', 'والملك']);
/** Common Arabic given names (the byline parser's list). */
const GIVEN_SET = keySet(GIVEN_NAMES);
const NAME_PARTICLE_SET = keySet(['ابن', 'بن', 'أبو', 'أبي']);
/** Words with ب that belong to names (هيئة الأمر بالمعروف، مؤسسة ... للمغاربة المقيمين بالخارج). */
const NAME_WITH_BI = keySet(['بالمعروف', 'بالخارج']);

/** Tagger spans as candidates (tag indexes per word of each chunk). */
export function taggerCandidates(text: string, words: readonly Word[], chunks: readonly Chunk[], tags: readonly Uint8Array[]): Candidate[] {
  const out: Candidate[] = [];
  chunks.forEach((c, ci) => {
    const t = tags[ci]!;
    let open = -1;
    let kind: Kind = 'PERS';
    const close = (i: number) => {
      if (open >= 0) out.push({ start: words[c.from + open]!.start, end: words[c.from + i - 1]!.end, w0: c.from + open, w1: c.from + i, kind, by: 'tagger', key: '' });
      open = -1;
    };
    for (let i = 0; i < t.length; i++) {
      const tag = TAGS[t[i]!]!;
      if (tag === 'O') close(i);
      else if (tag.startsWith('B-') || tag.slice(2) !== kind || open < 0) {
        close(i);
        open = i;
        kind = tag.slice(2) as Kind;
      }
    }
    close(t.length);
  });
  // A person span that opens with the head of a place (إقليم سيبيتوكي after حاكم) names the place: a title before
  // it made the tagger read a person.
  return completeNames(text, words, mergePersons(words, out)).map((c) =>
    c.kind === 'PERS' && c.w1 - c.w0 >= 2 && readingsOf(words[c.w0]!).some((r) => PLACE_HEAD_SET.has(r.rest)) ? { ...c, kind: 'LOC' as Kind } : c);
}

/** Given-name heads that take the word after them: عبد الإله، أبو بكر. */
const NAME_LINK_SET = keySet(['عبد', 'أبو', 'أبي', 'أم']);
/** The links of a nasab or a family name: the word after them belongs to the name (بن سلمان، آل سعود). */
const NASAB_LINKS = keySet(['بن', 'ابن', 'بنت', 'آل']);
/**
 * Particles inside foreign family names (لويس فان غال، دافيد دي خيا، ليوناردو دا فينشي), as written: not لا, also the
 * negation, nor فإن (then), which normalises to فان.
 */
const FOREIGN_PARTICLES = new Set(['فان', 'فون', 'دي', 'دا', 'دو', 'ديل', 'دير']);
/** Second halves of compound given names: عبد الإله، سعد الدين، عبد الرحمن. */
const NAME_TAIL_SET = keySet([
  'الله', 'الإله', 'الرحمن', 'الرحيم', 'الكريم', 'العزيز', 'الحق', 'اللطيف', 'المجيد', 'الحميد', 'الرزاق', 'القادر', 'الواحد', 'الغني',
  'السلام', 'الجليل', 'العالي', 'الدين', 'الهادي', 'المالك', 'الحكيم', 'الفتاح', 'الصمد', 'الوهاب', 'الرؤوف', 'الخالق', 'المنعم',
  'الغفور', 'الستار', 'العليم', 'الحليم', 'الجبار', 'الرزاق', 'المولى', 'النبي', 'الأمير',
]);
/**
 * Words that neither open nor close a person's name: particles and pronouns. Not على nor بأن: once normalised
 * they are the names علي (Ali) and بان (Ban Ki-moon); nor time words, which are names too (صباح، الماضي).
 */
const PARTICLES = keySet([...AFTER_NAME, 'فإن', 'وإن', 'وأن', 'ثم', 'أو', 'بل', 'وقد', 'فقد', 'لقد'].filter((w) => w !== 'على' && w !== 'بأن'));
/** Words after which `على` is the name علي (بن على، أبو على). */
const NAME_LINKS_BEFORE_ALI = keySet(['بن', 'ابن', 'أبو', 'أبي', 'عبد', 'محمد', 'أحمد']);
/** Adjectives shaped like a family name (ال...ي) that follow a name without being part of it. */
const NOT_NISBA = keySet([
  'الماضي', 'الحالي', 'الجاري', 'الآتي', 'التالي', 'الحقيقي', 'الرسمي', 'الشخصي', 'الأصلي', 'الذاتي', 'الفعلي', 'الدولي', 'الوطني', 'المحلي',
  'الإقليمي', 'العالمي', 'القاري',
]);

/**
 * A family name of the nisba shape (اليزمي، المطيري): definite, ending in ي, no demonym or title, and not a common
 * word by the unlabelled news (القيادي، السياسي، الإداري are outside names nine times in ten or more), unless it
 * follows a compound given name alone.
 */
function isNisba(norm: string, afterGivenName = false): boolean {
  if (!norm.startsWith('ال') || norm.length < 5 || !norm.endsWith('ي') || TITLE_SET.has(norm) || NOT_NISBA.has(norm) || STOPS.has(norm) || lookupKey(norm)) return false;
  // After a compound given name (سعد الدين، عبد الله) a family name is due: العثماني is the surname there, not "Ottoman".
  if (afterGivenName) return true;
  const seen = corpusLabel(norm);
  return !seen || seen.label === 'PERS' || (seen.label === 'O' && seen.bucket <= 2);
}

/**
 * Completes person spans the tagger cut short: a compound given name (`عبد` + `الإله`, then the person span after it,
 * `ابن كيران`), and a nisba family name right after the name (`سعد الدين` + `العثماني`). Only words one space apart,
 * and only words no other span holds, are taken in.
 */
function completeNames(text: string, words: readonly Word[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // `على` written with alef maqsura after a family name is the preposition (`الزياني على أن`), not the name علي
  // (`زين العابدين بن على`).
  const preposition = (k: number) => text.slice(words[k]!.start, words[k]!.end) === 'على' && k > 0 && !NAME_LINKS_BEFORE_ALI.has(words[k - 1]!.norm);
  // Particles never open or close a name (`بدر السحيباني فإن`): the tagger's span is trimmed.
  const trim = (c: Candidate): Candidate | null => {
    let { w0, w1 } = c;
    while (w0 < w1 && PARTICLES.has(words[w0]!.norm)) w0++;
    while (w1 > w0 && (PARTICLES.has(words[w1 - 1]!.norm) || (w1 - 1 > w0 && preposition(w1 - 1)))) w1--;
    if (w0 === c.w0 && w1 === c.w1) return c;
    return w1 > w0 ? { ...c, w0, w1, start: words[w0]!.start, end: words[w1 - 1]!.end } : null;
  };
  const next = (k: number) => (k < words.length && words[k]!.lexical && words[k]!.start - words[k - 1]!.end === 1 ? words[k]! : undefined);
  const particle = (w: Word | undefined) => !!w && FOREIGN_PARTICLES.has(text.slice(w.start, w.end));
  const extend = (c: Candidate, w1: number): Candidate => ({ ...c, w1, end: words[w1 - 1]!.end });
  const afterTitleWord = (k: number) => k > 0 && words[k - 1]!.lexical && words[k - 1]!.norm.startsWith('ال') && !STOPS.has(words[k - 1]!.norm) && words[k]!.start - words[k - 1]!.end === 1;
  for (let i = 0; i < cands.length; i++) {
    let c = cands[i]!;
    if (c.kind === 'PERS') {
      const t = trim(c);
      if (!t) continue;
      c = t;
      const free = (k: number) => !cands[i + 1] || cands[i + 1]!.w0 > k;
      if (NAME_LINK_SET.has(words[c.w1 - 1]!.norm) && free(c.w1) && NAME_TAIL_SET.has(next(c.w1)?.norm ?? '')) c = extend(c, c.w1 + 1);
      // A name never ends on a link of its nasab (هذيل آل + شرمة, محمد بن + سلمان): the next word is the family or father.
      else if (c.w1 - c.w0 >= 2 && NASAB_LINKS.has(words[c.w1 - 1]!.norm) && free(c.w1) && next(c.w1) && !PARTICLES.has(words[c.w1]!.norm)) c = extend(c, c.w1 + 1);
      // A foreign name goes on over its particle (دافيد دي + خيا, لويس + فان غال): the family name after it.
      else if (c.w1 - c.w0 >= 2 && particle(words[c.w1 - 1]) && free(c.w1) && familyWord(next(c.w1))) c = extend(c, c.w1 + 1);
      else if (particle(next(c.w1)) && free(c.w1) && free(c.w1 + 1) && familyWord(next(c.w1 + 1))) c = extend(c, c.w1 + 2);
      // ستافان + دي ميستورا: a name never opens with its particle; the given name before it belongs to it, a word the
      // news does not know as common or one after a title's adjective (المبعوث الأممي ستافان), not قال دي ميستورا.
      if (particle(words[c.w0]) && c.w0 > 0 && words[c.w0]!.start - words[c.w0 - 1]!.end === 1 && familyWord(words[c.w0 - 1]) &&
        (i === 0 || cands[i - 1]!.w1 <= c.w0 - 1) && (corpusLabel(words[c.w0 - 1]!.norm)?.label !== 'O' || afterTitleWord(c.w0 - 1))) {
        const start = words[c.w0 - 1]!.start;
        c = { ...c, w0: c.w0 - 1, start, key: toKey(text.slice(start, c.end)) };
      }
      const after = cands[i + 1];
      // Not a second person joined by و (عبد الله ورابح صقر).
      const joinsAfter = after?.kind === 'PERS' && after.w0 === c.w1 && !!next(c.w1) && (!words[c.w1]!.norm.startsWith('و') || WAW_NAMES.has(words[c.w1]!.norm));
      if (after && joinsAfter && NAME_TAIL_SET.has(words[c.w1 - 1]!.norm)) {
        c = extend(c, after.w1);
        i++;
      }
      // A compound given name alone wants its family name, unless a king's name or an institution named after
      // someone comes before it (مركز الملك عبد العزيز التاريخي: the adjective is the centre's).
      const bare = c.w1 - c.w0 === 2 && NAME_TAIL_SET.has(words[c.w1 - 1]!.norm) &&
        ![1, 2].some((d) => c.w0 - d >= 0 && (ROYAL_SET.has(words[c.w0 - d]!.norm) || ORG_HEAD_SET.has(words[c.w0 - d]!.norm)));
      if (free(c.w1) && isNisba(next(c.w1)?.norm ?? '', bare)) c = extend(c, c.w1 + 1);
    }
    out.push(c);
  }
  return out;
}

/** A word that may be a foreign family name after a particle: a plain word, no article, stop word or particle. */
function familyWord(w: Word | undefined): boolean {
  return !!w && w.lexical && /^[\u0621-\u064a]{2,}$/.test(w.norm) && !w.norm.startsWith('ال') && !STOPS.has(w.norm) && !PARTICLES.has(w.norm);
}

/**
 * Joins a one-word person span to the person span just before it, with one space between (`كيم يونج` + `هيون`):
 * two people in a row are set apart by و or a comma. A title or honorific alone is not a name (`كولونيل` before `تشارلي ديتز`).
 */
function mergePersons(words: readonly Word[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.kind === 'PERS' && c.w1 - c.w0 === 1 && readingsOf(words[c.w0]!).some((r) => TITLE_SET.has(r.rest))) continue;
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'PERS' && c.kind === 'PERS' && c.w1 - c.w0 === 1 && prev.w1 === c.w0 && words[c.w0]!.start - words[prev.w1 - 1]!.end === 1) {
      out[out.length - 1] = { ...prev, end: c.end, w1: c.w1 };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** True when only spaces, dots or hyphens lie between two words: `أ.ف.ب`, `بيونغ يانغ`. */
function joined(text: string, a: Word, b: Word): boolean {
  return /^[\s.\-\u00a0]*$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 3;
}

/**
 * Registry matches: the longest registry form at each word, the first word read with and without its proclitics
 * (`بالأمم المتحدة` → `الأمم المتحدة`), across spaces, dots and hyphens.
 */
export function registryCandidates(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical) continue;
    let best: { n: number; hit: RegistryHit; cut: number; last: number; key: string } | null = null;
    // A bare domain is one word (AHDATH.INFO): read as the form with its dots.
    if (w.norm.charCodeAt(0) < 0x0600 && w.norm.includes('.')) {
      const key = toKey(w.norm);
      const hit = lookupKey(key);
      if (hit) best = { n: 1, hit, cut: 0, last: i, key };
    }
    for (const r of readingsOf(w)) {
      const longest = startsRegistryForm(r.rest);
      if (!longest) continue;
      let key = r.rest;
      let j = i;
      for (let n = 1; n <= longest; n++) {
        if (n > 1) {
          let k = j + 1;
          while (k < words.length && !words[k]!.lexical && words[k]!.norm === '.') k++;
          if (k >= words.length || !words[k]!.lexical || !joined(text, words[j]!, words[k]!) || (k > j + 1 && !joined(text, words[k - 1]!, words[k]!))) break;
          // أهل السنة و الجماعة، العدالة و التنمية: the conjunction written apart is the name's و.
          const apart = words[k]!.norm === 'و' && k + 1 < words.length && words[k + 1]!.lexical && joined(text, words[k]!, words[k + 1]!);
          j = apart ? k + 1 : k;
          key += (apart ? ' و' : ' ') + words[j]!.norm;
        }
        const hit = lookupKey(key);
        if (hit && (!best || n > best.n)) best = { n, hit, cut: r.cut, last: j, key };
      }
    }
    if (!best) continue;
    // A state's style before it names the state with it (an alias, no demonym): with its adjective (الجمهورية اليمنية،
    // السلطنة العمانية; the adjective agrees with the style: الدولة الإماراتي qualifies رئيس الدولة, not the state), or in
    // construct with its name (مملكة الأردن، جمهورية السودان، دولة فلسطين).
    const prev = out.length && out[out.length - 1]!.w1 === i ? null : words[i - 1];
    const country = best.hit.record.type === 'country' && best.cut === 0 && prev?.lexical && joined(text, prev, w);
    const styles = !country ? null : best.hit.kind === 'demonym' && w.norm.endsWith('يه') ? STATE_STYLES : best.hit.kind === 'name' || best.hit.kind === 'alias' ? STYLE_NOUNS : null;
    const style = styles ? readingsOf(prev!).find((x) => styles.has(x.rest)) : undefined;
    if (style) {
      const start = sourceCut(text, prev!.start, style.cut);
      out.push({ start, end: words[best.last]!.end, w0: i - 1, w1: best.last + 1, kind: 'LOC', hit: { ...best.hit, kind: 'alias' }, by: 'registry', key: toKey(text.slice(start, words[best.last]!.end)) });
      i = best.last;
      continue;
    }
    const start = sourceCut(text, w.start, best.cut);
    // The key is the form as read (`للأمم المتحدة` reads `الامم المتحده`), so it compares with the name.
    out.push({ start, end: words[best.last]!.end, w0: i, w1: best.last + 1, kind: kindOf(best.hit), hit: best.hit, by: 'registry', key: best.key });
    i = best.last;
  }
  return out;
}

/** A state's style before its adjective: الجمهورية اليمنية، السلطنة العمانية، المملكة الأردنية. */
const STATE_STYLES = keySet(['الجمهورية', 'السلطنة', 'المملكة', 'الإمارة', 'الدولة']);
/** A state's style in construct before its name: مملكة الأردن، جمهورية السودان، دولة الكويت، سلطنة عمان. */
const STYLE_NOUNS = keySet(['جمهورية', 'سلطنة', 'مملكة', 'إمارة', 'دولة']);

function kindOf(hit: RegistryHit): Kind {
  const t = hit.record.type;
  return t === 'organization' || t === 'group' ? 'ORG' : t === 'other' ? 'MISC' : 'LOC';
}

/** The word with its proclitics off, when they are clitics: `والنقل` → `النقل`. */
/** A place by the registry or, mostly, by the unlabelled news. */
function isPlace(norm: string): boolean {
  const hit = lookupKey(norm);
  if (hit) return hit.record.type === 'location' || hit.record.type === 'country';
  const seen = corpusLabel(norm);
  return seen?.label === 'LOC';
}

function bare(norm: string): string {
  const r = cliticReadings(norm);
  for (let k = r.length - 1; k > 0; k--) if (r[k]!.rest.startsWith('ال')) return r[k]!.rest;
  return norm;
}

/**
 * Institution names opened by a head noun and continued by definite words: `وزارة التجهيز والنقل واللوجستيك والماء`,
 * `المجلس الوطني لحقوق الإنسان`, `حزب العدالة والتنمية`. One indefinite word may sit in a construct chain when a
 * definite word follows it (`اتحاد صناعة السيارات`). Time words end the name (`مجلس النواب الثلاثاء`).
 */
export function ruleCandidates(text: string, words: readonly Word[]): Candidate[] {
  return headedNames(text, words, ORG_HEAD_SET, 'ORG', false);
}

/**
 * Named events opened by a head noun (`مؤتمر باريس 2015`, `كأس العرش`, `مهرجان موازين`, `إحصاء 2014`,
 * `المناظرة الوطنية الثانية للصحة`): as institution names, and a year or number may close them.
 */
export function eventCandidates(text: string, words: readonly Word[]): Candidate[] {
  return [...headedNames(text, words, EVENT_HEAD_SET, 'MISC', true), ...observanceDays(text, words), ...resolutions(text, words)];
}

/** True when the news mostly reads a word as no name (the corpus lexicon's `O`, share bucket 3 or more). */
function isCommonWord(norm: string): boolean {
  const seen = corpusLabel(norm);
  return seen?.label === 'O' && seen.bucket >= 3;
}

/**
 * True when a word as written, right after an indefinite head, makes a common phrase: a verb (يدعي، تتنبه، تقوده), a
 * noun with a pronoun (حديثه، إدارتها) or, after an event's head, a nisba adjective (انتخابية، فني). Not a noun with ت
 * (صندوق تنمية الموارد، لجنة تجار المواشي), nor an adjective after a body's head (بنك عربي).
 */
function commonAfterHead(raw: string, kind: Kind): boolean {
  // (A foreign name may end in يه: مستشفى شاريتيه.)
  if (/^[\u0621-\u064a]+[^ي](?:ه|ها|هم|هما)$/.test(raw) || /^ي[\u0621-\u064a]{3,}$/.test(raw) || /^(?:تت|تست)[\u0621-\u064a]{2,}$/.test(raw)) return true;
  return kind === 'MISC' && /^[\u0621-\u064a]+(?:ي|ية)$/.test(raw);
}

const RESOLUTION_HEADS = keySet(['قرار', 'القرار']);
const LEAGUE = normalizeKey('دوري');
/** Titles of offices a body may belong to (المكتب التنفيذي للأمين العام، المجلس الاستشاري للرئيس). */
const OFFICE_TITLES = keySet(['الأمين', 'الرئيس', 'الملك', 'الأمير', 'الوزير', 'المفوض', 'الإمام', 'الشيخ']);
/** Words between a resolution's head and its number: the body that passed it, its adjective, رقم. */
const RESOLUTION_WORDS = keySet(['الأممي', 'الدولي', 'مجلس', 'الأمن', 'الأمم', 'المتحدة', 'الجمعية', 'العامة', 'رقم']);

/**
 * Numbered resolutions (`القرار 2216`، `القرار الأممي 2216`، `قرار مجلس الأمن الدولي رقم (2216)`): the head, the words
 * of the body that passed it, the number. However it is written, one resolution is one name: `القرار` and its number.
 */
function resolutions(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const head = w.lexical ? readingsOf(w).find((r) => RESOLUTION_HEADS.has(r.rest)) : undefined;
    if (!head) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 6 && words[j]!.lexical && RESOLUTION_WORDS.has(words[j]!.norm) && joined(text, words[j - 1]!, words[j]!)) j++;
    const paren = words[j]?.norm === '(' ? j++ : -1;
    const number = words[j];
    if (!number || !/^\d{3,4}$/.test(number.norm) || text.slice(words[j - 1]!.end, number.start).trim() !== '') continue;
    const close = paren >= 0 && words[j + 1]?.norm === ')' ? j + 1 : j;
    const start = sourceCut(text, w.start, head.cut);
    const name = `القرار ${number.norm}`;
    out.push({ start, end: words[close]!.end, w0: i, w1: close + 1, kind: 'MISC', by: 'rule', key: toKey(name), name, bounded: true });
    i = close;
  }
  return out;
}

/** The day of an observance: اليوم العالمي or اليوم الوطني (world day, national day). */
const DAY_KEYS = keySet(['اليوم']);
const DAY_ADJECTIVES = keySet(['العالمي', 'الوطني', 'الدولي']);

/**
 * Days of observance named by what they mark (اليوم العالمي للمرأة، باليوم العالمي لمكافحة المخدرات، اليوم الوطني
 * السعودي): اليوم and its adjective, then a ل- word and the definite words after it, or a demonym (events, MISC).
 */
function observanceDays(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical || !readingIn(w, DAY_KEYS) || !DAY_ADJECTIVES.has(words[i + 1]!.norm) || !joined(text, w, words[i + 1]!)) continue;
    let j = i + 1;
    const nx = words[j + 1];
    const definite = (k: number) => k < words.length && words[k]!.lexical && words[k]!.norm.startsWith('ال') && !STOPS.has(words[k]!.norm) &&
      !NOT_DEFINITE.has(words[k]!.norm) && words[k]!.norm !== 'الموافق' && joined(text, words[k - 1]!, words[k]!);
    // للمرأة، or لمكافحة + المخدرات (not لبلاده, a pronoun's).
    if (nx && nx.lexical && joined(text, words[j]!, nx) && (/^لل/.test(nx.norm) || (/^ل/.test(nx.norm) && !STOPS.has(nx.norm) && definite(j + 2)))) {
      j++;
      // لمكافحة المخدرات، للتصلب اللويحي المتعدد: the definite words after the ل- noun (three at most).
      while (j - i < 4 && definite(j + 1)) j++;
    } else if (words[i + 1]!.norm === 'الوطني' && nx && nx.lexical && /^ال.+ي$/.test(nx.norm) && joined(text, words[j]!, nx)) j++;
    else continue;
    // لليوم العالمي: the name starts after the preposition, and reads اليوم.
    const reading = readingsOf(w).find((r) => r.rest === 'اليوم');
    const start = sourceCut(text, w.start, reading?.cut ?? 0);
    const raw = text.slice(start, words[j]!.end);
    const name = raw.startsWith('ليوم') ? 'ا' + raw : undefined;
    out.push({ start, end: words[j]!.end, w0: i, w1: j + 1, kind: 'MISC', by: 'rule', key: toKey(name ?? raw), ...(name ? { name } : {}) });
    i = j;
  }
  return out;
}

/** Royal titles an institution may be named with (مركز الملك فهد) and the links of a nasab (بن، آل، عبد). */
const ROYAL_IN_NAME = keySet(['الملك', 'الأمير', 'الأميرة', 'السلطان', 'الملكة', 'الشيخ']);
const NASAB = keySet(['بن', 'ابن', 'بنت', 'آل', 'عبد']);

/** The prepositions a verbal noun takes its object with (القبض على، الإفراج عن، الانتهاء من), normalised. */
const OBJECT_PREPOSITIONS = keySet(['على', 'عن', 'من']);

function headedNames(text: string, words: readonly Word[], heads: ReadonlySet<string>, kind: Kind, numbers: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical) continue;
    // The head as written or with its proclitics off (بمجلس → مجلس, والمجلس → المجلس).
    const head = readingIn(w, heads);
    if (!head) continue;
    // A head written with taa marbuta (دورة، حملة) is not the same word with the pronoun ه (دوره: his role).
    if (head.endsWith('ه') && text.charCodeAt(w.end - 1) === 0x0647) continue;
    let j = i;
    // A definite head takes adjectives only (المجلس الوطني); an indefinite head opens a construct chain whose first
    // noun may be indefinite (اتحاد صناعة السيارات, جامعة محمد الخامس, مؤتمر باريس).
    const definiteHead = head.startsWith('ال');
    // Whether the name has taken its complement with ل (لمكافحة المنشطات، للعلوم): a second one after it is the verb's
    // (الوكالة العالمية لمكافحة المنشطات للصحفيين: said to the journalists).
    let complemented = false;
    while (j + 1 < words.length && j - i < 7) {
      const nx = words[j + 1]!;
      if (!joined(text, words[j]!, nx)) break;
      if (numbers && /^\d{1,4}$/.test(nx.norm)) {
        j++;
        break;
      }
      if (!nx.lexical) break;
      const b = bare(nx.norm);
      // اللجنة الخاصة لاعتماد ...: الخاصة ends a phrase (القطاع الخاص) but is the name's adjective before its object.
      const special = j === i && (nx.norm === 'الخاصه' || nx.norm === 'الخاص') && !!words[j + 2] && (LINKERS.has(words[j + 2]!.norm) || /^لل/.test(words[j + 2]!.norm));
      if ((STOPS.has(nx.norm) || STOPS.has(b) || NOT_DEFINITE.has(nx.norm)) && !special) break;
      // دورة انتخابية، قمة عالمية، معرض فني; في معرض حديثه; مهرجان يصل: after an event's indefinite head, a common
      // adjective, a noun with a pronoun or a verb makes a common phrase, no name.
      // (Not a league: بطولة دوري عبداللطيف جميل.) So is a body's head with a verb or a pronoun (تحالف تقوده السعودية،
      // مجلس إدارتها), not with an adjective (بنك عربي).
      if ((kind === 'MISC' || kind === 'ORG') && j === i && !definiteHead && !nx.norm.startsWith('ال') && nx.norm !== LEAGUE && !lookupKey(nx.norm) &&
        isCommonWord(nx.norm) && commonAfterHead(text.slice(nx.start, nx.end).replace(/[\u064b-\u0652\u0640]/g, ''), kind)) break;
      // التابع(ة) لـ relates two bodies (مركز الديمومة التابع لمديرية الطرق): the name ends before it.
      if (/^التابع/.test(b)) break;
      // هنأ الوفد الملك سلمان: a title after a definite head opens a person's name, the head's object; a word with و
      // right after it is a second noun joined to it (الحركة والتنقل، الغرفة والفعاليات), no name.
      if (kind === 'ORG' && j === i && definiteHead && (TITLE_SET.has(nx.norm) || nx.norm.startsWith('وال'))) break;
      if (kind === 'ORG' && j > i) {
        // مجلس القضاء الإداري الشيخ الدكتور خالد: a title after the name opens its head's name.
        if (TITLE_SET.has(nx.norm)) break;
        // حركة مجتمع السلم المحسوبة على التيار، المحكمة العليا المختصة بشؤون الإرهاب: a participle with its
        // preposition describes the body, it does not name it.
        const next = words[j + 2];
        if (DESCRIBING_PARTICIPLES.has(nx.norm) && next?.lexical && joined(text, nx, next) && (PARTICIPLE_PREPOSITIONS.has(next.norm) || /^ب/.test(next.norm))) break;
        // الهيئة الوطنية لحماية النزاهة ومكافحة الفساد، وزارة الطاقة وتغير المناخ: a second verbal noun joined by و
        // and its definite complement continue the name.
        const comp = words[j + 2];
        // (Not إفعال, spelt as the plural أفعال: وأعضاء المجلس.)
        if (nx.norm.length > 3 && nx.norm.startsWith('و') && !nx.norm.startsWith('وال') && JOINED_MASDAR.test(nx.norm.slice(1)) && !ORG_HEAD_SET.has(nx.norm.slice(1)) && !MOVEMENT_NOUNS.has(nx.norm.slice(1)) &&
          comp?.lexical && joined(text, nx, comp) && bare(comp.norm).startsWith('ال') && !STOPS.has(bare(comp.norm))) {
          j += 2;
          continue;
        }
      }
      // After an adjective a definite verbal noun is the object of the verb before the name, not part of it (أعلنت
      // شركة المياه الوطنية الانتهاء من ...).
      // So is any definite noun with the preposition of its object after it (أعلنت مديرية الأمن العام القبض على ...).
      if (j > i && /^ال.*(?:ي|يه)$/.test(words[j]!.norm) && nx.norm.startsWith('ال') && !/(?:ي|يه)$/.test(nx.norm) &&
        (isVerbalNoun(nx.norm) || OBJECT_PREPOSITIONS.has(words[j + 2]?.norm ?? ''))) break;
      // A definite word continues the name; one with ب or ك is a place after it (جامعة محمد الخامس بالرباط) only when
      // it names a place (not حزب العدالة والتنمية بالمقعد).
      if (/^لل/.test(nx.norm) && complemented) break;
      // A definite head takes a complement with لل after an adjective only (المكتب الوطني للسكك الحديدية; not امتنان
      // المكتب للنساء: its gratitude to women).
      if (definiteHead && j === i && /^لل/.test(nx.norm)) break;
      if ((b.startsWith('ال') && (!/^[وف]?[بك]ال/.test(nx.norm) || isPlace(b) || NAME_WITH_BI.has(nx.norm))) || /^لل/.test(nx.norm)) {
        // A body or an office as the complement (للمجلس الأعلى للقبائل، للأمم المتحدة للاجئين، للأمين العام للأمم
        // المتحدة) may take its own.
        const def = 'ا' + nx.norm.slice(1);
        // باركت لجنة الإعلام الرياضي للصحفي فهد ...: a person's title with لل after a body's name is whom it addresses.
        if (kind === 'ORG' && j > i && /^لل/.test(nx.norm) && TITLE_SET.has(def) && !OFFICE_TITLES.has(def)) break;
        if (/^لل/.test(nx.norm) && !ORG_HEAD_SET.has(def) && !TITLE_SET.has(def) && !startsRegistryForm(def)) complemented = true;
        j++;
        continue;
      }
      // مركز الملك فهد الثقافي، مستشفى الأمير سلطان بن عبدالعزيز العسكري: the royal's name right after an indefinite
      // head is inside the institution's, then its adjectives (not نادي النصر الأمير ...: the club's president).
      if (kind === 'ORG' && j === i + 1 && !definiteHead && ROYAL_IN_NAME.has(bare(words[j]!.norm)) && /^[\u0621-\u064a]{2,}$/.test(nx.norm) &&
        !nx.norm.startsWith('ال') && !STOPS.has(nx.norm) && !PARTICLES.has(nx.norm)) {
        j++;
        while (j + 2 < words.length && NASAB.has(words[j + 1]!.norm) && joined(text, words[j]!, words[j + 1]!) && joined(text, words[j + 1]!, words[j + 2]!) &&
          words[j + 2]!.lexical && !STOPS.has(words[j + 2]!.norm)) j += 2;
        continue;
      }
      const after = words[j + 2];
      const defAfter = !!after && after.lexical && bare(after.norm).startsWith('ال') && !STOPS.has(bare(after.norm)) && joined(text, nx, after);
      // A construct noun and a definite word after `nx`: ملاحظي الانتخابات, حقوق النساء.
      const after2 = words[j + 3];
      const chainAfter = !!after && !!after2 && after.lexical && !STOPS.has(after.norm) && !after.norm.startsWith('و') && joined(text, nx, after) &&
        after2.lexical && bare(after2.norm).startsWith('ال') && !STOPS.has(bare(after2.norm)) && joined(text, after, after2);
      // المجلس الوطني لحقوق الإنسان: a linking noun with ل before a definite word continues the name, or before a
      // construct chain (اللجنة الخاصة لاعتماد ملاحظي الانتخابات).
      if (LINKERS.has(nx.norm) && (defAfter || chainAfter)) {
        j += defAfter ? 2 : 3;
        complemented ||= nx.norm.startsWith('ل');
        continue;
      }
      if (kind === 'ORG' && j > i) {
        // الجمعية المغربية للدفاع عن حقوق النساء: عن after a defence continues the name.
        if (nx.norm === 'عن' && /دفاع$/.test(bare(words[j]!.norm)) && (defAfter || chainAfter)) {
          j += defAfter ? 2 : 3;
          continue;
        }
        // أطباء بلا حدود، الجمعية البلجيكية للمحامين بلا حدود.
        if (nx.norm === 'بلا' && after?.norm === 'حدود' && joined(text, nx, after)) {
          j += 2;
          continue;
        }
        // كلية الآداب و العلوم الإنسانية: the conjunction written apart (not before a second body: و اللجنة الوطنية).
        if (nx.norm === 'و' && defAfter && !ORG_HEAD_SET.has(after!.norm)) {
          j += 2;
          continue;
        }
      }
      // مستشفى ابن رشد، جامعة ابن زهر: an indefinite head named after a person (not آبي, Abe: حكومة آبي).
      if (kind === 'ORG' && !definiteHead && j === i && NAME_PARTICLE_SET.has(nx.norm) && text.charCodeAt(nx.start) !== 0x0622 &&
        after?.lexical && joined(text, nx, after) && !STOPS.has(after.norm)) {
        j += 2;
        continue;
      }
      // The first word after an indefinite head: a construct noun before a definite word, or (events) a name.
      if (!definiteHead && j === i && (defAfter || (numbers && nx.norm[0] !== 'و'))) {
        j++;
        continue;
      }
      break;
    }
    if (j === i) continue;
    const start = sourceCut(text, w.start, readingsOf(w).find((r) => r.rest === head)?.cut ?? 0);
    out.push({ start, end: words[j]!.end, w0: i, w1: j + 1, kind, by: 'rule', key: toKey(text.slice(start, words[j]!.end)) });
  }
  return out;
}

/**
 * Groups named by a head noun and their place or people (`مافيا صقلية`، `بالمافيا الإيطالية`): an indefinite head
 * takes a place or a demonym, a definite one a demonym only (`المافيا المنظمة` is no name).
 */
export function groupCandidates(text: string, words: readonly Word[], surnames: ReadonlySet<string> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const head = w.lexical ? readingIn(w, GROUP_OR_FAMILY_HEADS) : undefined;
    if (!head) continue;
    const start = sourceCut(text, w.start, readingsOf(w).find((r) => r.rest === head)?.cut ?? 0);
    if (GANG_HEADS.has(head)) {
      // عصابة "كامورا": a gang's name in quotation marks.
      const q = quotedAt(text, words, i + 1);
      if (q) out.push({ start: words[q.w0]!.start, end: words[q.w1 - 1]!.end, w0: q.w0, w1: q.w1, kind: 'GRP', by: 'rule', bounded: true, key: toKey(text.slice(words[q.w0]!.start, words[q.w1 - 1]!.end)) });
      continue;
    }
    if (GROUP_HEAD_SET.has(head)) {
      // مافيا صقلية، المافيا الروسية: a mafia named by its place or its people.
      const nx = words[i + 1]!;
      if (!nx.lexical || !joined(text, w, nx)) continue;
      const hit = lookupKey(nx.norm);
      if (hit?.kind !== 'demonym' && (head.startsWith('ال') || !isPlace(nx.norm))) continue;
      out.push({ start, end: nx.end, w0: i, w1: i + 2, kind: 'GRP', by: 'rule', key: toKey(text.slice(start, nx.end)) });
      continue;
    }
    // عائلة لوكا، أسرة بوش، قبيلة بني هاجر: a family or a tribe named by its name; not the family of a person the
    // article names in full (عائلة فلان after فلان الفلاني), whose surname stays the person's mention.
    let j = i + 1;
    if (TRIBE_LINKS.has(words[j]!.norm) && words[j + 1]?.lexical && joined(text, words[j]!, words[j + 1]!)) j++;
    const nx = words[j]!;
    if (!nx.lexical || !joined(text, words[j - 1]!, nx) || !/^[\u0621-\u064a]{3,}$/.test(nx.norm) || STOPS.has(nx.norm) || surnames.has(nx.norm) || (j === i + 1 && !familyName(nx.norm))) continue;
    out.push({ start, end: nx.end, w0: i, w1: j + 1, kind: 'GRP', by: 'rule', key: toKey(text.slice(start, nx.end)) });
  }
  return out;
}

const FAMILY_HEAD_SET = keySet(['عائلة', 'أسرة', 'عشيرة', 'قبيلة']);
const GANG_HEADS = keySet(['عصابة', 'عصابات']);
const GROUP_OR_FAMILY_HEADS = new Set([...GROUP_HEAD_SET, ...FAMILY_HEAD_SET, ...GANG_HEADS]);
/** Words that join a tribe's or a family's name to its head (قبيلة بني هاجر، عائلة آل سعود). */
const TRIBE_LINKS = keySet(['بني', 'آل', 'أولاد', 'البو', 'عبد', 'أبو']);

/**
 * A word that names a family after its head: one the news knows as a person's name (بوش، لوكا), one it does not know
 * at all, or a family name with the article it seldom reads as common (الأسد، الحربي); not an adjective (عائلة سعودية،
 * أسرة منتجة), a common noun (أسرة الفقيد) or a common given name.
 */
function familyName(norm: string): boolean {
  // عائلة عماد مغنية: a given name opens the name of the person whose family it is.
  if (GIVEN_SET.has(norm)) return false;
  const seen = corpusLabel(norm);
  // Not a noun with a pronoun (عائلة أساطيرها).
  if (!seen) return !/(?:[هة]|ها|هم|هما|هن)$/.test(norm);
  return seen.label === 'PERS' || (seen.label === 'O' && seen.bucket <= 2 && norm.startsWith('ال') && !/[هة]$/.test(norm));
}

/**
 * Bodies of a state named by its demonym: `الحكومة الرواندية`, `الشرطة الإيطالية`, `الجيش الروسي`, `البورصة المصرية`;
 * or by its name after an indefinite head: `حكومة قطر`, `بورصة قطر`. The demonym or name stays a mention of its
 * country too, and one body is one entity however its state is named (`حكومة سلطنة عمان`، `الحكومة العمانية`).
 */
export function stateBodyCandidates(text: string, words: readonly Word[], registry: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of registry) {
    const named = r.hit?.kind === 'name' || r.hit?.kind === 'alias';
    if ((r.hit?.kind !== 'demonym' && !(named && r.hit!.record.type === 'country')) || r.w0 === 0) continue;
    const w = words[r.w0 - 1]!;
    if (!w.lexical || !joined(text, w, words[r.w0]!) || r.start !== words[r.w0]!.start) continue;
    const head = readingIn(w, STATE_BODY_SET);
    // A definite head takes the demonym, not the name; but السعودية is both (الحكومة السعودية، القنصلية السعودية).
    if (!head || (named && head.startsWith('ال') && !(head.endsWith('ه') && r.key.endsWith('يه') && !r.key.includes(' ')))) continue;
    const start = sourceCut(text, w.start, cutOf(w.norm, head));
    const body = `${head.replace(/^ال/, '')} ${r.hit!.index}`;
    out.push({ start, end: r.end, w0: r.w0 - 1, w1: r.w1, kind: 'ORG', by: 'rule', key: toKey(text.slice(start, r.end)), body });
  }
  return out;
}

/** A word in Latin letters. */
const isLatinWord = (w: Word) => {
  const c = w.norm.charCodeAt(0);
  return w.lexical && c >= 97 && c <= 122;
};

/**
 * Runs of Latin words in Arabic text are names (brands, titles, outlets): `Elle`, `CNET`, `AHDATH.INFO`. All
 * capitals or a domain make an organisation; other runs are names of other kinds (`Mother’s Daughter`).
 */
export function latinCandidates(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  const isLatin = isLatinWord;
  for (let i = 0; i < words.length; i++) {
    if (!isLatin(words[i]!)) continue;
    let j = i;
    while (j + 1 < words.length && /^[\s.’'&-]{0,2}$/.test(text.slice(words[j]!.end, words[j + 1]!.start)) && (isLatin(words[j + 1]!) || (['.', '’', "'"].includes(words[j + 1]!.norm) && words[j + 2] && isLatin(words[j + 2]!)))) j++;
    while (j > i && !words[j]!.lexical) j--;
    const start = words[i]!.start;
    const end = words[j]!.end;
    const raw = text.slice(start, end);
    const w0 = i;
    i = j;
    // [email protected]: the placeholder a web page's email obfuscation leaves in copied text.
    if (/^email protected$/i.test(raw)) continue;
    // sms، cv، vip، apk: a short lower-case word alone is an English word or abbreviation, no name.
    if (/^[a-z]{1,4}$/.test(raw)) continue;
    const org = /^[A-Z0-9.&-]{2,}$/.test(raw.replace(/\s+/g, '')) || /\.[A-Za-z]{2,4}$/.test(raw);
    out.push({ start, end, w0, w1: j + 1, kind: org ? 'ORG' : 'MISC', by: 'rule', key: toKey(raw) });
  }
  return out;
}

/**
 * The people a byline credits, as persons whatever the tagger made of their words (a family name such as القمري
 * reads as a demonym out of context): a name right after بقلم or كتب, or a name that is the whole line and reads as
 * one (a line taken for a byline may be a headline: الضعف الجنسي).
 */
export function bylineCandidates(text: string, words: readonly Word[], bylines: readonly Byline[]): Candidate[] {
  const out: Candidate[] = [];
  for (const b of bylines) {
    if (b.role === 'outlet') continue;
    let from = b.start;
    for (const name of b.people) {
      const at = text.indexOf(name, from);
      if (at < 0 || at + name.length > b.end) continue;
      from = at + name.length;
      let w0 = 0;
      while (w0 < words.length && words[w0]!.start < at) w0++;
      let w1 = w0;
      while (w1 < words.length && words[w1]!.end <= from) w1++;
      while (w0 < w1 && TITLE_SET.has(words[w0]!.norm)) w0++;
      if (w1 === w0 || w1 - w0 > 4 || words.slice(w0, w1).some((w) => !w.lexical || !/^[\u0621-\u064a]+$/.test(w.norm))) continue;
      const marked = /(?:بقلم|كتب|كتبت|إعداد|اعداد)\s*[:：]?\s*$/.test(text.slice(b.start, at));
      // The whole line, or the name and the outlet it writes for (لجين الأحمدي – عين اليوم).
      let rest = text.slice(b.start, at) + text.slice(from, b.end);
      for (const agency of b.agencies) rest = rest.replace(agency, '');
      // (A page's navigation links may stand before it: Next Previous.)
      rest = rest.replace(/\b(?:next|previous|prev|home|share|print|tweet)\b/giu, '');
      const wholeLine = /^[\s\-–—:/]*$/.test(rest);
      if (!marked && !(wholeLine && readsAsName(words, w0, w1))) continue;
      out.push({ start: words[w0]!.start, end: words[w1 - 1]!.end, w0, w1, kind: 'PERS', by: 'rule', key: toKey(text.slice(words[w0]!.start, words[w1 - 1]!.end)) });
    }
  }
  return out;
}

/**
 * The words `[w0, w1)` of one to three Arabic or Latin words set off by quotation marks or brackets that open at word
 * `i`, or null.
 */
function quotedAt(text: string, words: readonly Word[], i: number): { w0: number; w1: number } | null {
  const open = words[i];
  if (!open || open.lexical || open.end - open.start !== 1 || !(OPEN_QUOTES + '(').includes(text[open.start]!)) return null;
  let j = i + 1;
  while (j < words.length && j - i <= 3 && words[j]!.lexical && /^(?:[\u0621-\u064a]{2,}|[a-z][a-z0-9&.-]*)$/i.test(words[j]!.norm)) j++;
  const close = words[j];
  if (j === i + 1 || !close || close.lexical || close.end - close.start !== 1 || !(text[open.start] === '(' ? ')' : CLOSE_QUOTES).includes(text[close.start]!)) return null;
  return { w0: i + 1, w1: j };
}

/** A word without its article, for comparing a short name with the full one (`نزاهة` in `لحماية النزاهة`). */
const bareWord = (key: string): string => key.replace(/^(?:[وفبلك]?ال|لل)(?=..)/, '');

/** True when every word of the key `short` is a word of the key `name`, articles aside (`نزاهة`, `... لحماية النزاهة`). */
export function isCutFrom(short: string, name: string): boolean {
  const own = new Set(name.split(' ').map(bareWord));
  return short.split(' ').every((w) => own.has(bareWord(w)));
}

/**
 * A short name in quotation marks or brackets right after an institution's or an event's name, cut from the name's own
 * words (`الهيئة الوطنية لحماية النزاهة ومكافحة الفساد "نزاهة"`), names it too, there and wherever the article sets it
 * off the same way (`المتحدث باسم "نزاهة"`); the linker joins it to the name. A Latin acronym (`"SEC"`) is found as a
 * Latin name and joined the same way.
 */
export function quotedAliases(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  const covered = coveredWords(words.length, cands);
  const kinds = new Map<string, Kind>();
  for (const c of cands) {
    if (c.kind !== 'ORG' && c.kind !== 'MISC') continue;
    const q = quotedAt(text, words, c.w1);
    if (!q || covered[q.w0]) continue;
    const alias = words.slice(q.w0, q.w1).map((w) => w.norm).join(' ');
    if (/^[\u0621-\u064a ]+$/.test(alias) && isCutFrom(alias, c.key)) kinds.set(alias, c.kind);
  }
  const out: Candidate[] = [];
  if (!kinds.size) return out;
  for (let i = 0; i < words.length; i++) {
    const q = quotedAt(text, words, i);
    if (!q || covered[q.w0] || covered[q.w1 - 1]) continue;
    const kind = kinds.get(words.slice(q.w0, q.w1).map((w) => w.norm).join(' '));
    if (!kind) continue;
    const start = words[q.w0]!.start;
    const end = words[q.w1 - 1]!.end;
    out.push({ start, end, w0: q.w0, w1: q.w1, kind, by: 'rule', bounded: true, key: toKey(text.slice(start, end)) });
  }
  return out;
}

/** What follows the outlet a source spoke to: the report (أن، إن ...), a colon or a comma. */
const TOLD_AFTER = keySet(['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'أنهم', 'إنهم', ':', '،', ',']);
const DATIVE = normalizeKey('ل');

/**
 * The outlet a source spoke to (`وأوضح قيادي ميداني لـ«عكاظ» أن`، `وقال لـ«الرياض»: إن`، `في تصريح لـ"عين اليوم"،`): a
 * name of one to three words in quotation marks after a separate `لـ`, followed by the report, a colon or a comma, is
 * an organisation, the newspaper, even where its name is a town's or a common word's (`«الرياض»`، `«المدينة»`، `«اليوم»`).
 * An organisation or a group the registry knows keeps its record (`لـ«داعش»`, and `لـ«عكاظ»`, whose name is also a
 * common word). `registry` holds every registry match, common words included.
 */
export function outletCandidates(text: string, words: readonly Word[], registry: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i - 1]!.norm !== DATIVE || !words[i - 1]!.lexical) continue;
    const q = quotedAt(text, words, i);
    // Not a phrase with a person's pronoun (`لـ"أشخاص أتابعهم"`، `لـ"متابعيني"`): a list's name, no outlet.
    if (!q || !TOLD_AFTER.has(words[q.w1 + 1]?.norm ?? '') || words.slice(q.w0, q.w1).some((w) => /...(?:ني|هم|ها|نا|كم)$/.test(w.norm))) continue;
    // The registry's record of the outlet, though its name is a common word (عكاظ، الوطن: ambiguous forms).
    const known = registry.find((c) => c.w0 === q.w0 && c.w1 === q.w1 && c.hit!.record.type !== 'location' && c.hit!.record.type !== 'country');
    if (known) {
      out.push(known);
      continue;
    }
    const start = words[q.w0]!.start;
    const end = words[q.w1 - 1]!.end;
    out.push({ start, end, w0: q.w0, w1: q.w1, kind: 'ORG', by: 'rule', bounded: true, key: toKey(text.slice(start, end)) });
  }
  return out;
}

const SHARE = normalizeKey('سهم');
/** Words of a market report that end a company's name after سهم: its moves, ranks and measures, normalised. */
const MARKET_WORDS = keySet([
  'ارتفع', 'ارتفعت', 'تراجع', 'تراجعت', 'انخفض', 'انخفضت', 'هبط', 'هبطت', 'صعد', 'صعدت', 'قفز', 'قفزت', 'نزل', 'نزلت',
  'خسر', 'خسرت', 'ربح', 'ربحت', 'أغلق', 'أغلقت', 'سجل', 'سجلت', 'تصدر', 'تصدرت', 'هوى', 'هوت', 'استقر', 'استقرت',
  'المركز', 'قائمة', 'أعلى', 'أدنى', 'أكبر', 'الأكثر', 'الأعلى', 'الأدنى', 'مستقرا', 'حاليا', 'أمس', 'اليوم', 'الأسهم',
  'أول', 'ثاني', 'ثالث', 'الأول', 'الثاني', 'الثالث',
]);

/**
 * A company named after the word for its share in a market report (`وهوى سهم أملاك للتمويل 8.5 في المئة`، `سهم داماك
 * العقارية ارتفع`، `سهم "الإنماء" بنسبة`): the name runs to a number, a preposition, a word with ب, a market verb or
 * rank; a number must follow within a few words (the report's figure). A name of one word the news knows as common
 * (`سهم واحد`، `سهم متداول`، `سهم الشركة`) is none; a head noun (`سهم شركة ...`) is left to the institutions' rule.
 */
export function shareCandidates(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical || !w.norm.endsWith(SHARE) || w.norm.length > 5 || readingIn(w, SHARE_SET) !== SHARE) continue;
    // 158.6 مليون سهم: a number of shares, not a company's.
    const before = words[i - 1];
    if (before && (/\d/.test(before.norm) || AMOUNTS.has(before.norm))) continue;
    const g = i + 1;
    let w0 = g;
    let j = g;
    const q = quotedAt(text, words, g);
    if (q) {
      w0 = q.w0;
      j = q.w1;
    } else {
      if (!joined(text, w, words[g]!) || readingIn(words[g]!, ORG_HEAD_SET)) continue;
      while (j < words.length && j - g < 4 && shareNameWord(text, words, j, j === g)) j++;
      if (j === g) continue;
      // A first word the news knows as common (أملاك، إعمار، صناعات) names a company only with a complement or an
      // adjective after it (أملاك للتمويل، إعمار العقارية).
      const seen = corpusLabel(words[g]!.norm);
      if (seen?.label === 'O' && seen.bucket >= 3 && (j === g + 1 || !/^(?:ال|لل|ل)/.test(words[g + 1]!.norm))) continue;
    }
    let figure = false;
    for (let k = j; k < Math.min(words.length, j + 8) && !figure; k++) figure = /\d/.test(words[k]!.norm);
    if (!figure) continue;
    const start = words[w0]!.start;
    const end = words[j - 1]!.end;
    // Its ends are certain: a registry name inside (البحر الأحمر لخدمات الإسكان) is no head.
    out.push({ start, end, w0, w1: j, kind: 'ORG', by: 'rule', bounded: true, key: toKey(text.slice(start, end)) });
    i = j;
  }
  return out;
}

const SHARE_SET = new Set([SHARE]);
const AMOUNTS = keySet(['ألف', 'آلاف', 'مليون', 'ملايين', 'مليار', 'مليارات']);

function shareNameWord(text: string, words: readonly Word[], k: number, first: boolean): boolean {
  const x = words[k]!;
  if (!x.lexical || !/^[\u0621-\u064a]{2,}$/.test(x.norm) || !joined(text, words[k - 1]!, x)) return false;
  if (STOPS.has(x.norm) || PARTICLES.has(x.norm) || NOT_DEFINITE.has(x.norm) || MARKET_WORDS.has(x.norm) || TITLE_SET.has(x.norm) || x.norm === SHARE) return false;
  if (text.slice(x.start, x.end) === 'على') return false;
  // بنسبة، بواقع، وسهم: a measure, or the next item of the report.
  if (/^[بوف]/.test(x.norm) && !readingsOf(x).every((r) => r.cut === 0)) return false;
  // للتمويل، لخدمات الإسكان: a complement with ل continues the name, not its first word.
  if (x.norm.startsWith('ل') && first && !readingsOf(x).every((r) => r.cut === 0)) return false;
  return true;
}

/**
 * The place a dateline files the article from (`سبق- فيفاء:`، `تنغير - و م ع:`), known or not, when it is one to three
 * Arabic words: the line's form says it is a place.
 */
export function filedFrom(text: string, words: readonly Word[], dateline: Dateline): Candidate | null {
  const place = dateline.place;
  if (!place) return null;
  const at = text.lastIndexOf(place, dateline.end - place.length);
  if (at < dateline.start) return null;
  let w0 = 0;
  while (w0 < words.length && words[w0]!.start < at) w0++;
  let w1 = w0;
  while (w1 < words.length && words[w1]!.end <= at + place.length) w1++;
  if (w1 === w0 || w1 - w0 > 3 || words[w0]!.start !== at || words.slice(w0, w1).some((w) => !w.lexical || !/^[\u0621-\u064a]+$/.test(w.norm))) return null;
  return { start: at, end: words[w1 - 1]!.end, w0, w1, kind: 'LOC', by: 'rule', key: toKey(text.slice(at, words[w1 - 1]!.end)) };
}

/**
 * By the unlabelled news, one of the words is mostly a name (or the first is a common given name, or the last a
 * family name of the nisba shape), and none is mostly a place or an organisation.
 */
function readsAsName(words: readonly Word[], w0: number, w1: number): boolean {
  let person = w1 - w0 >= 2 && (isNisba(words[w1 - 1]!.norm) || GIVEN_SET.has(words[w0]!.norm));
  for (let k = w0; k < w1; k++) {
    const seen = corpusLabel(words[k]!.norm);
    if (seen?.label === 'PERS') person = true;
    else if (seen && seen.label !== 'O' && seen.bucket >= 2) return false;
  }
  return person;
}

/** The given names the list spells with a final ه (نوره، عبده), as written. */
const GIVEN_WITH_HA = new Set(GIVEN_NAMES.filter((n) => n.endsWith('ه')));
/** Given names of the list that are more often a verb, a preposition or a month (نوّه, he noted; خلف, behind). */
const NOT_GIVEN_HERE = keySet(['نوه', 'خلف', 'رمضان', 'فضل']);

/**
 * A common given name and a family name the news barely knows (`أميمة بلحبيب`، `خديجة المردي`، `حسناء الأشكر`): a person
 * the tagger, trained on other names, did not see. The family name decides, since many given names are also words
 * (أمل كبير, a great hope): a word the news does not know, knows as a name, or a nisba it seldom reads as common
 * (`الزهراوي`); not a word with a proclitic, a title, a particle, a place or another given name.
 */
export function givenNamePersons(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  const covered = coveredWords(words.length, cands);
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (covered[i] || covered[i + 1] || !w.lexical) continue;
    const given = GIVEN_SET.has(w.norm) ? w.norm : w.norm.startsWith('و') && GIVEN_SET.has(w.norm.slice(1)) && !WAW_NAMES.has(w.norm) ? w.norm.slice(1) : null;
    // Not a given name that is also a particle or a verb once normalised (على، منى → مني، آن → ان، نوه).
    if (!given || given.length < 3 || STOPS.has(given) || PARTICLES.has(given) || NOT_GIVEN_HERE.has(given) || /^(?:على|مني)$/.test(text.slice(w.end - given.length, w.end))) continue;
    // ناديه: نادي with the pronoun (his club), not نادية, which the list spells with ة.
    if (text[w.end - 1] === 'ه' && !GIVEN_WITH_HA.has(text.slice(w.end - given.length, w.end))) continue;
    const x = words[i + 1]!;
    if (!x.lexical || !joined(text, w, x) || !/^[\u0621-\u064a]{3,}$/.test(x.norm) || STOPS.has(x.norm) || PARTICLES.has(x.norm) || TITLE_SET.has(x.norm) || NOT_DEFINITE.has(x.norm) || GIVEN_SET.has(x.norm) || lookupKey(x.norm)) continue;
    // Not a noun with a pronoun (نفقتها، موهبتهن), a second word joined by و (كريم وسخي) nor one with tanween.
    if (/(?:ها|هم|هن|هما|كم|كما|نا)$/.test(x.norm) || (x.norm.startsWith('و') && !WAW_NAMES.has(x.norm)) || /[\u064b\u064c\u064d]/.test(text.slice(x.start, x.end))) continue;
    if (readingsOf(x).some((r) => r.cut > 0 && (r.rest.startsWith('ال') || GIVEN_SET.has(r.rest)))) continue;
    const seen = corpusLabel(x.norm);
    if (seen && seen.label !== 'PERS' && !(isNisba(x.norm) && seen.bucket <= 2)) continue;
    const start = sourceCut(text, w.start, w.norm.length - given.length);
    out.push({ start, end: x.end, w0: i, w1: i + 2, kind: 'PERS', by: 'rule', key: toKey(text.slice(start, x.end)) });
    i++;
  }
  return out;
}

/**
 * Persons coordinated with persons: in a list of two names or more joined by و or commas (`محمد أولحاج وعصام الراقي
 * وعبد الإله الحافيظي وهشام علوش`), an item the tagger left out that starts with و and a given name, and runs one to
 * three name words to the next و-item, comma or stop, is a person too.
 */
export function listedPersons(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  const covered = new Int32Array(words.length).fill(-1);
  const persons = cands.filter((c) => c.kind === 'PERS').sort((a, b) => a.w0 - b.w0);
  cands.forEach((c, k) => { for (let i = c.w0; i < c.w1; i++) covered[i] = k; });
  const isPerson = (i: number) => covered[i]! >= 0 && cands[covered[i]!]!.kind === 'PERS' && cands[covered[i]!]!.w0 === i;
  const out: Candidate[] = [];
  for (let p = 0; p < persons.length; p++) {
    // The list so far: this person and the one before it, joined by و or a comma.
    const c = persons[p]!;
    const prev = persons[p - 1];
    const inList = (prev && prev.w1 === c.w0 - (words[c.w0]!.norm.startsWith('و') ? 0 : 1)) || isPerson(listItemEnd(text, words, c.w1, covered));
    if (!inList) continue;
    let i = c.w1;
    while (i < words.length) {
      const w = words[i]!;
      if (covered[i]! >= 0 || !w.lexical || !w.norm.startsWith('و') || !joined(text, words[i - 1]!, w)) break;
      // وزير، ولي: a common word that starts with و is no conjunction and name.
      const whole = corpusLabel(w.norm);
      if (TITLE_SET.has(w.norm) || (whole && whole.label === 'O' && whole.bucket >= 3)) break;
      const given = w.norm.slice(1);
      // وولي العهد: a title after the conjunction.
      if (TITLE_SET.has(given) || TITLE_SET.has(`${given} ${words[i + 1]?.norm ?? ''}`)) break;
      const seen = corpusLabel(given);
      if (given.startsWith('ال') || given.length < 3 || STOPS.has(given) || !(NAME_LINK_SET.has(given) || GIVEN_SET.has(given) || !seen || seen.label === 'PERS')) break;
      const end = listItemEnd(text, words, i, covered);
      if (end - i < 2 || end - i > 4) break;
      // The item must end the list or lead to another person.
      const after = words[end];
      if (after && after.lexical && !isPerson(end) && !(after.norm.startsWith('و') && AFTER_NAME_SET_LIST.has(after.norm))) break;
      const start = sourceCut(text, w.start, 1);
      out.push({ start, end: words[end - 1]!.end, w0: i, w1: end, kind: 'PERS', by: 'rule', key: toKey(text.slice(start, words[end - 1]!.end)) });
      i = end;
      if (!isPerson(i)) break;
      i = cands[covered[i]!]!.w1;
    }
  }
  return out;
}

/**
 * Places coordinated with places: a one-word item of a list joined by و (`في ثادق والدائر والعيص وخيبر وأضم`) that
 * nothing names, between two places of the registry or a rule with a third before them, is a place too.
 * Coordination joins like with like; the registry knows the governorates, not every town between them. So does an item
 * set off by commas between two places (بأوروبا، وكندا، والولايات المتحدة) that the news does not know as a common word.
 */
export function listedPlaces(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  const at = new Int32Array(words.length).fill(-1);
  cands.forEach((c, k) => { for (let i = c.w0; i < c.w1; i++) at[i] = k; });
  const place = (c: Candidate | undefined) => !!c && c.kind === 'LOC' && c.hit?.kind !== 'demonym' && c.hit?.kind !== 'capital';
  // The list item that ends right before word `i` (a و-item or the list's first), and the one that starts right after.
  const before = (i: number) => (i > 0 && at[i - 1]! >= 0 ? cands[at[i - 1]!] : undefined);
  const after = (i: number) => (i + 1 < words.length && at[i + 1]! >= 0 && cands[at[i + 1]!]!.w0 === i + 1 && words[i + 1]!.norm.startsWith('و') ? cands[at[i + 1]!] : undefined);
  const out: Candidate[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (at[i]! >= 0 || !w.lexical || w.norm.length < 5 || !w.norm.startsWith('و') || !joined(text, words[i - 1]!, w)) continue;
    const rest = w.norm.slice(1);
    if (STOPS.has(rest) || PARTICLES.has(rest) || TITLE_SET.has(rest) || /^\d/.test(rest)) continue;
    // بأوروبا، وكندا، والولايات المتحدة: set off by commas between two places, a word the news does not know as common.
    if (COMMAS.has(words[i - 1]!.norm) && COMMAS.has(words[i + 1]?.norm ?? '') && place(before(i - 1)) && place(after(i + 1)) && /^[\u0621-\u064a]+$/.test(rest)) {
      if (!isCommonWord(rest)) {
        const start = sourceCut(text, w.start, 1);
        out.push({ start, end: w.end, w0: i, w1: i + 1, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, w.end)) });
        continue;
      }
    }
    const prev = before(i);
    if (!place(prev)) continue;
    // Between two places, and a third before them (في ثادق والدائر والعيص وخيبر): a list of places, not a place and
    // the word that follows it (الرياض وغيرها، جدة وأوضح).
    if (!place(after(i)) || !place(before(prev!.w0))) continue;
    const start = sourceCut(text, w.start, 1);
    out.push({ start, end: w.end, w0: i, w1: i + 1, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, w.end)) });
  }
  return out;
}

/** Words with و that end a list: وذلك، وهو، وهي. */
const AFTER_NAME_SET_LIST = keySet(['وذلك', 'وهو', 'وهي', 'وهم', 'وقد', 'وكان', 'وكانت']);

/** The end of a list item from word `i`: the next word with و, a comma or other punctuation, or a covered word. */
function listItemEnd(text: string, words: readonly Word[], i: number, covered: Int32Array): number {
  let j = i + 1;
  while (j < words.length && j - i < 4 && words[j]!.lexical && covered[j]! < 0 && !words[j]!.norm.startsWith('و') && !STOPS.has(words[j]!.norm) &&
    !PARTICLES.has(words[j]!.norm) && joined(text, words[j - 1]!, words[j]!)) j++;
  return j;
}

/**
 * Names after a title that the tagger left out (`والدكتورة أسماء المرابط`): after a definite title or honorific, a
 * common given name and one more name word, one space apart, then punctuation, a particle or a definite word (the
 * role that follows: الباحثة).
 */
export function titledPersons(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  // 1: a word of a name found before; 2: a tagger span of the family name alone (المطربة ليلى فلان, فلان read as an
  // organisation), which the title and the given name outweigh: the caller drops the tagger span.
  const covered = new Uint8Array(words.length);
  for (const c of cands) for (let i = c.w0; i < c.w1; i++) covered[i] = c.by === 'tagger' && c.w1 - c.w0 === 1 && covered[i] === 0 ? 2 : 1;
  const out: Candidate[] = [];
  const free = (k: number, family = false) => {
    const w = words[k];
    return !!w && w.lexical && (covered[k] === 0 || (family && covered[k] === 2)) && /^[\u0621-\u064a]{2,}$/.test(w.norm) && !STOPS.has(w.norm) && !PARTICLES.has(w.norm) &&
      !TITLE_SET.has(w.norm) && text.slice(words[k - 1]!.end, w.start) === ' ';
  };
  for (let i = 0; i + 2 < words.length; i++) {
    const t = words[i]!;
    // A given name next is rare: tested first. After a title it may come one adjective later (الكاتب المصري نجيب
    // محفوظ): `g` is the given name's index.
    let g = i + 1;
    if (!GIVEN_SET.has(words[g]!.norm)) {
      if (i + 3 >= words.length || !GIVEN_SET.has(words[i + 2]!.norm) || !isTitleAdjective(words[i + 1]!)) continue;
      g = i + 2;
    }
    // In quotation marks, a common given name and one name word are the whole quote (`" سهى بنعلي"`): a person.
    if (g === i + 1 && !t.lexical && t.end - t.start === 1 && OPEN_QUOTES.includes(text[t.start]!) && i + 3 < words.length) {
      const close = words[i + 3]!;
      const second = words[i + 2]!;
      // The second word is no common word by the corpus lexicon (عزة نفسي, هلال شوال), no preposition على (على يقين).
      const common = corpusLabel(second.norm);
      if (common?.label === 'O' && common.bucket === 4) continue;
      if (text.slice(words[i + 1]!.start, words[i + 1]!.end) === 'على' || (second.norm.startsWith('و') && !WAW_NAMES.has(second.norm))) continue;
      if (close.end - close.start === 1 && CLOSE_QUOTES.includes(text[close.start]!) && covered[i + 1] === 0 && covered[i + 2] === 0 &&
        second.lexical && /^[\u0621-\u064a]{3,}$/.test(second.norm) && (!second.norm.startsWith('ال') || isNisba(second.norm, true)) && !STOPS.has(second.norm) &&
        !PARTICLES.has(second.norm) && !PARTICLES.has(words[i + 1]!.norm) && !/^ال.+(?:ين|ون|ات)$/.test(second.norm) && text.slice(words[i + 1]!.end, second.start) === ' ') {
        const start = words[i + 1]!.start;
        out.push({ start, end: second.end, w0: i + 1, w1: i + 3, kind: 'PERS', by: 'rule', key: toKey(text.slice(start, second.end)) });
        i += 3;
      }
      continue;
    }
    if (!t.lexical || !readingsOf(t).some((r) => TITLE_SET.has(r.rest) && r.rest.startsWith('ال'))) continue;
    // Not a king's or prince's name, which names airports and hospitals (مطار الملك فهد الدولي).
    if (ROYAL_SET.has(t.norm) || ROYAL_SET.has(readingsOf(t).at(-1)!.rest) || /^(?:[وفبل]?ال)?(?:امير|اميره|سلطان)$/.test(t.norm)) continue;
    if (g + 1 >= words.length || !free(g) || !free(g + 1, true) || text.slice(words[g]!.start, words[g]!.end) === 'على') continue;
    // The second word is a family name: not a word with a proclitic (فهد بالباحة، فهد والتأكد) nor a plural (أسماء الفائزين).
    const second = words[g + 1]!.norm;
    // A nasab goes on (عالية بنت الحسين) and a quantifier is no name (علي كل حال).
    if (second === 'بن' || second === 'بنت' || second === 'ابن' || second === 'كل' || second === 'بعض') continue;
    if ((second.startsWith('و') && !WAW_NAMES.has(second)) || /^(?:[بكفل]ال|لل)/.test(second) || /^ال.+(?:ين|ون|ات)$/.test(second)) continue;
    const after = words[g + 2];
    // The name ends before a particle, a stop word, a definite word or an accusative adverb (نجاة اعتابو جوابا على سؤال).
    const adverb = !!after && after.norm.length >= 4 && after.norm.endsWith('ا') && !GIVEN_SET.has(after.norm);
    if (after && after.lexical && !PARTICLES.has(after.norm) && !STOPS.has(after.norm) && !after.norm.startsWith('ال') && !adverb) continue;
    const start = words[g]!.start;
    const end = words[g + 1]!.end;
    out.push({ start, end, w0: g, w1: g + 2, kind: 'PERS', by: 'rule', key: toKey(text.slice(start, end)) });
    i = g + 1;
  }
  return out;
}

/** The names of days and time words that follow a title between commas (`، اليوم الثلاثاء،`): no person. */
const TIME_WORDS = keySet(['اليوم', 'أمس', 'غدا', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'مساء', 'صباح', 'ليلة', 'الشهر', 'الأسبوع', 'العام', 'الماضي', 'المقبل', 'الحالي']);

/**
 * A name in apposition after a title, between commas (`قائد الشرطة الإقليمي، سالفاتوري لا روزا، قوله`,
 * `وقالت المديرة التنفيذية للمنظمة، كريستا شتوله، إن`): two or three words none of which the news corpus knows as a
 * common word (common given names aside), no time word, no word with a proclitic article or preposition, and a
 * title among the six words before the first comma. Foreign particles of names (`لا`، `دي`، `فان`) may stand inside.
 */
export function appositionPersons(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  const covered = coveredWords(words.length, cands);
  const out: Candidate[] = [];
  for (let c = 1; c + 3 < words.length; c++) {
    if (!COMMAS.has(words[c]!.norm)) continue;
    let titled = false;
    for (let k = c - 1; k >= Math.max(0, c - 6) && words[k]!.lexical; k--) if (readingsOf(words[k]!).some((r) => TITLE_SET.has(r.rest))) titled = true;
    if (!titled) continue;
    let e = c + 1;
    while (e < words.length && e - c <= 3 && words[e]!.lexical) e++;
    const n = e - c - 1;
    // Not a eulogy between commas (سمو الأمير، يحفظه الله،).
    if (n < 2 || n > 3 || !COMMAS.has(words[e]?.norm ?? '') || words[e - 1]!.norm === GOD_KEY) continue;
    let ok = true;
    for (let k = c + 1; k < e && ok; k++) {
      const w = words[k]!;
      const inner = k > c + 1 && k < e - 1 && NAME_PARTICLES_FOREIGN.has(w.norm);
      const common = corpusLabel(w.norm);
      ok = covered[k] === 0 && /^[\u0621-\u064a]{2,}$/.test(w.norm) && (inner || (
        appositionWord(w) && (GIVEN_SET.has(w.norm) || !(common?.label === 'O' && common.bucket >= 3))));
    }
    if (!ok) continue;
    const start = words[c + 1]!.start;
    const end = words[e - 1]!.end;
    out.push({ start, end, w0: c + 1, w1: e, kind: 'PERS', by: 'rule', key: toKey(text.slice(start, end)) });
    c = e - 1;
  }
  return out;
}
/**
 * A name before a title behind a comma (`وقال امحند العنصر، الأمين العام لحزب ...`، `ثمنت أميمة بلحبيب، بطلة ...`):
 * two words, or three after a common given name, not yet taken for a name; the first a common given name or a word
 * the news does not know as common, the others no time word, particle or word with a proclitic preposition; and
 * before them a word the news knows as common, a title or no word (so that no longer name is cut).
 */
export function personsBeforeTitle(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  const covered = coveredWords(words.length, cands);
  const out: Candidate[] = [];
  const nameWord = (k: number): boolean => {
    const w = words[k]!;
    return w.lexical && covered[k] === 0 && /^[\u0621-\u064a]{2,}$/.test(w.norm) && appositionWord(w) &&
      (k === 0 || text.slice(words[k - 1]!.end, w.start) === ' ' || !words[k - 1]!.lexical);
  };
  const knownCommon = (w: Word) => isCommonWord(w.norm);
  for (let c = 2; c + 1 < words.length; c++) {
    if (!COMMAS.has(words[c]!.norm) || !words[c + 1]!.lexical || !readingsOf(words[c + 1]!).some((r) => TITLE_SET.has(r.rest))) continue;
    let s = c - 2;
    if (!nameWord(s) || !nameWord(s + 1)) continue;
    if (s > 0 && GIVEN_SET.has(words[s - 1]!.norm) && nameWord(s - 1)) s--;
    const first = words[s]!;
    // Not the preposition على (normalised as the name علي), nor a eulogy (يحفظه الله،).
    if (text.slice(first.start, first.end) === 'على' || words[c - 1]!.norm === GOD_KEY) continue;
    if (!GIVEN_SET.has(first.norm) && (knownCommon(first) || first.norm.startsWith('ال') || /^[وف]/.test(first.norm))) continue;
    const prev = words[s - 1];
    if (prev?.lexical && !knownCommon(prev) && !readingsOf(prev).some((r) => TITLE_SET.has(r.rest))) continue;
    const start = first.start;
    const end = words[c - 1]!.end;
    out.push({ start, end, w0: s, w1: c, kind: 'PERS', by: 'rule', key: toKey(text.slice(start, end)) });
  }
  return out;
}

/**
 * A word that may be part of a name set off beside a title (apposition either way): no time word, stop word, particle
 * or title, and no preposition or article with a proclitic before it.
 */
function appositionWord(w: Word): boolean {
  return !TIME_WORDS.has(w.norm) && !STOPS.has(w.norm) && !PARTICLES.has(w.norm) && !TITLE_SET.has(w.norm) && !/^(?:[وفبلك]ال|لل|ب|ل)/.test(w.norm);
}

/** 1 for each word some candidate covers, else 0. */
export function coveredWords(n: number, cands: readonly Candidate[]): Uint8Array {
  const covered = new Uint8Array(n);
  for (const c of cands) for (let i = c.w0; i < c.w1; i++) covered[i] = 1;
  return covered;
}

/** The Arabic and Latin commas. */
export const COMMAS: ReadonlySet<string> = new Set(['،', ',']);
const GOD_KEY = normalizeKey('الله');
/** Particles inside foreign names: سالفاتوري لا روزا، لويس دي غوزمان، روبن فان بيرسي. */
const NAME_PARTICLES_FOREIGN = keySet(['لا', 'دي', 'دا', 'دو', 'فان', 'فون', 'ديل', 'دل', 'لو', 'لي']);

/**
 * A definite adjective that may stand between a title and a name: a demonym (المغربية، الأمريكي) or another
 * nisba (الدولي، الشعبية), one space after the title. Not a title itself.
 */
function isTitleAdjective(w: Word): boolean {
  const n = w.norm;
  return w.lexical && n.startsWith('ال') && n.length >= 5 && (n.endsWith('ي') || n.endsWith('يه')) && !TITLE_SET.has(n) && !STOPS.has(n);
}

/** Two-word keys (the head without its article) of phrases that name no institution: هيئة التدريس، حركة السير. */
const GENERIC_KEYS = new Set(GENERIC_BODIES.map((p) => genericKey(toKey(p))));

function genericKey(key: string): string {
  const [a = '', b = ''] = key.split(' ');
  return `${a.replace(/^ال/, '')} ${b}`;
}

/** An organisation or event mention whose first two words are a common phrase with its head (حركة السير، مؤتمر صحفي). */
export function isGenericBody(c: Candidate): boolean {
  return (c.kind === 'ORG' || c.kind === 'MISC') && !c.hit && GENERIC_KEYS.has(genericKey(c.key));
}

/** The monarch named without a name, as word keys; every such mention has the first phrase's key, so they link. */
const SOVEREIGN_KEYS = SOVEREIGNS.map((p) => p.split(' ').map((w) => normalizeKey(w)));
export const SOVEREIGN_KEY = toKey(SOVEREIGNS[0] ?? '');
const SOVEREIGN_SECOND = new Set(SOVEREIGN_KEYS.map((p) => p[1] ?? ''));

/**
 * The reigning monarch named by a phrase without a name (`جلالة الملك`، `لصاحب الجلالة`): one person per article,
 * whichever phrase names them. Not where a name follows (`جلالة الملك محمد السادس`: the name is the person and the
 * phrase its title).
 */
export function sovereignCandidates(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical) continue;
    // The phrases' second words are rare: tested before the first word's readings.
    if (!SOVEREIGN_SECOND.has(words[i + 1]?.norm ?? '')) continue;
    for (const r of readingsOf(w)) {
      const phrase = SOVEREIGN_KEYS.find((p) => p[0] === r.rest && p.every((k, d) => d === 0 || (words[i + d]?.lexical && words[i + d]!.norm === k)));
      if (!phrase) continue;
      const last = i + phrase.length - 1;
      const next = words[last + 1];
      if (next?.lexical && /^\s+$/.test(text.slice(words[last]!.end, next.start)) && corpusLabel(next.norm)?.label === 'PERS') break;
      out.push({ start: sourceCut(text, w.start, r.cut), end: words[last]!.end, w0: i, w1: last + 1, kind: 'PERS', by: 'rule', key: SOVEREIGN_KEY });
      i = last;
      break;
    }
  }
  return out;
}

const OPEN_QUOTES = '"«“';
const CLOSE_QUOTES = '"»”';

/** True when a line break lies in `text[from, to)` (the gap between two words: spaces only). */
function breakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** `جماعة` is a rural commune and a movement (`جماعة "بوكو حرام"`): it announces neither in quotation marks. */
const COMMUNE = normalizeKey('جماعة');

/**
 * Names set off after a noun that announces one, in quotation marks or on a line of their own (pages whose links
 * and bold titles lose their markup leave them so): titles of works, programmes and apps (`بعنوان "ميراث النساء"`,
 * `أغنية «الحب لعبة»`) are other names; outlets and companies (`صحيفة "الصباح"`) are organisations named by the
 * title alone, associations and schools (`جمعية "بيت الحكمة"`) organisations whose name keeps the noun; places
 * after a place noun (`منطقة "تيشكا"`) are places. One to six words (eight in quotation marks); the noun is
 * indefinite (its construct with the name), so `الشركة` at a line's end announces nothing.
 */
export function titleCandidates(text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical) continue;
    // The delimiter first (cheap): an opening quotation mark or a line break right after the noun.
    const open = words[i + 1]!;
    const quoted = open.end - open.start === 1 && OPEN_QUOTES.includes(text[open.start]!);
    const latin = open.lexical && isLatinWord(open);
    if (!quoted && !latin && !breakBetween(text, w.end, open.start)) continue;
    let kind: Kind | undefined;
    let keep = false;
    let cut = 0;
    for (const r of readingsOf(w)) {
      if (WORK_SET.has(r.rest)) kind = 'MISC';
      else if (MEDIA_SET.has(r.rest)) kind = 'ORG';
      else if (BODY_SET.has(r.rest)) {
        kind = 'ORG';
        keep = true;
      }
      else if (PLACE_HEAD_SET.has(r.rest) && r.rest !== COMMUNE) kind = 'LOC';
      else if (latin && EVENT_HEAD_SET.has(r.rest)) kind = 'MISC';
      else continue;
      cut = r.cut;
      break;
    }
    if (!kind) continue;
    let w0: number;
    let j: number;
    if (quoted) {
      // In quotation marks, on one line.
      w0 = j = i + 2;
      while (j < words.length && j - i < 10 && !/^["»”]$/.test(text.slice(words[j]!.start, words[j]!.end)) && !text.slice(words[j - 1]!.end, words[j]!.start).includes('\n')) j++;
      if (j >= words.length || j === w0 || j - i >= 10 || !/^["»”]$/.test(text.slice(words[j]!.start, words[j]!.end))) continue;
      if (text.slice(words[j - 1]!.end, words[j]!.start).includes('\n')) continue;
    } else if (latin) {
      // A name in Latin letters right after the noun (`مجلة Vogue`, `مؤتمر Web Summit`): the run of Latin words.
      if (kind === 'LOC') continue;
      w0 = j = i + 1;
      while (j + 1 < words.length && /^[\s.’'&-]{0,2}$/.test(text.slice(words[j]!.end, words[j + 1]!.start)) && isLatinWord(words[j + 1]!)) j++;
      j++;
    } else if (kind !== 'LOC') {
      // The noun ends its line and the name is the whole next line: words only, then a line break.
      w0 = j = i + 1;
      while (j < words.length && j - w0 < 7 && words[j]!.lexical && (j === w0 || !/\n/.test(text.slice(words[j - 1]!.end, words[j]!.start)))) j++;
      if (j >= words.length || j - w0 > 6 || !/^[ \t]*\n/.test(text.slice(words[j - 1]!.end, words[j]!.start))) continue;
    } else continue;
    const start = words[w0]!.start;
    const end = words[j - 1]!.end;
    const c: Candidate = { start, end, w0, w1: j, kind, by: 'rule', key: toKey(text.slice(start, end)), bounded: true };
    // The noun is part of the name unless the name opens with its own (مؤسسة "النادي الملكي ...").
    if (keep && !ORG_HEAD_SET.has(readingsOf(words[w0]!).at(-1)!.rest)) c.name = `${text.slice(sourceCut(text, w.start, cut), w.end)} ${text.slice(start, end)}`;
    out.push(c);
    i = j - 1;
  }
  return out;
}

/** How many letters of proclitics `norm` carries before `rest`. */
function cutOf(norm: string, rest: string): number {
  return norm.endsWith(rest) ? norm.length - rest.length : 0;
}

/** The longest of the candidates `keep` accepts that starts at each word (the first of equal ones), by first word. */
function longestByStart(cands: readonly Candidate[], keep: (c: Candidate) => boolean): Map<number, Candidate> {
  const out = new Map<number, Candidate>();
  for (const c of cands) if (keep(c) && (out.get(c.w0)?.w1 ?? 0) < c.w1) out.set(c.w0, c);
  return out;
}

/** Numbered roads: `الطريق الوطنية رقم 12`, `الطريق الجهوية رقم 704`, `الطريق السيار رقم 1`. */
const ROAD_HEAD = normalizeKey('الطريق');
const ROAD_NUMBER = normalizeKey('رقم');

/** Place names opened by a head noun before a known place: `إقليم تنغير`, `جهة العيون الساقية الحمراء`; numbered roads. */
export function placeCandidates(text: string, words: readonly Word[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 3 < words.length; i++) {
    const w = words[i]!;
    const r = readingsOf(w).find((x) => x.rest === ROAD_HEAD);
    if (!r) continue;
    // The head, one or two adjectives (الوطنية، الجهوية، السيار), رقم and a number, one space apart.
    let j = i + 1;
    while (j < i + 3 && words[j]!.lexical && words[j]!.norm.startsWith('ال') && joined(text, words[j - 1]!, words[j]!)) j++;
    if (j === i + 1 || words[j]?.norm !== ROAD_NUMBER || !/^\d{1,4}$/.test(words[j + 1]?.norm ?? '') || !joined(text, words[j - 1]!, words[j]!)) continue;
    const start = sourceCut(text, w.start, r.cut);
    out.push({ start, end: words[j + 1]!.end, w0: i, w1: j + 2, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, words[j + 1]!.end)) });
  }
  const byStart = longestByStart(found, (c) => c.kind === 'LOC');
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const rest = readingIn(w, PLACE_OR_SETTLEMENT_HEADS);
    if (!rest) continue;
    const next = byStart.get(i + 1);
    if (!joined(text, w, words[i + 1]!)) continue;
    const start = sourceCut(text, w.start, cutOf(w.norm, rest));
    if (!next) {
      // ميناء كاليه، مطار هيثرو، ملعب إبريل كول: a port, an airport or a stadium names its place after it, known or
      // not; so does a town or a village (بلدة سروج، قرية نعمي، مدينة غدامس).
      const end = FACILITY_HEADS.has(rest) && !royalAfter(words, i) ? facilityNameEnd(text, words, i + 1) : SETTLEMENT_HEADS.has(rest) ? settlementNameEnd(text, words, i + 1, rest) : -1;
      if (end > 0) out.push({ start, end: words[end - 1]!.end, w0: i, w1: end, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, words[end - 1]!.end)) });
      continue;
    }
    if (!PLACE_HEAD_SET.has(rest)) continue;
    // منطقة الشرق الأوسط، منطقة الخليج: a region beyond any one country is named whole without the head, which only
    // describes it (not منطقة الرياض, a province named after its city).
    if (rest === REGION_HEAD && next.hit && !next.hit.record.country && next.hit.record.type === 'location') continue;
    // مطار دبي الدولي، ميناء جدة الإسلامي: a facility's adjective closes its name.
    let w1 = next.w1;
    if (FACILITY_HEADS.has(rest) && words[w1]?.lexical && FACILITY_ADJECTIVES.has(words[w1]!.norm) && joined(text, words[w1 - 1]!, words[w1]!)) w1++;
    const end = words[w1 - 1]!.end;
    out.push({ start, end, w0: i, w1, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, end)) });
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const street = streetAt(text, words, i) ?? royalFacilityAt(text, words, i);
    if (street) out.push(street);
  }
  return out;
}

const REGION_HEAD = normalizeKey('منطقة');

/** Heads of a town or a village, whose name follows them whether the registry knows it or not. */
const SETTLEMENT_HEADS = keySet(['مدينة', 'بلدة', 'قرية', 'دوار']);
const PLACE_OR_SETTLEMENT_HEADS = new Set([...PLACE_HEAD_SET, ...SETTLEMENT_HEADS, ...FACILITY_HEADS]);
/** `دوار` is also dizziness (`دوار الحركة`): it heads a village's name only before a word without the article. */
const DOUAR = normalizeKey('دوار');

/**
 * The end (one past the last word) of a town's name that starts at word `g` after its head `head`, or -1: up to three
 * words of letters as a place's name runs (`placeNameEnd`), none a definite word the news knows as common (an
 * adjective: بلدة سروج التركية، مدينة الحكير الترفيهية), the first a word the news knows as a name or barely knows at
 * all. Not a word it knows as common, which after the head is an adjective (قرية نائية), a verb (مدينة تقع، مدينة
 * يلفها النخيل) or a namesake's title (مدينة الملك عبدالله: a city named after the king, an institution as often as a
 * place).
 */
function settlementNameEnd(text: string, words: readonly Word[], g: number, head: string): number {
  const first = words[g];
  if (!first?.lexical || !townWord(first.norm, head === DOUAR)) return -1;
  return nameRunEnd(text, words, g, 3);
}

/**
 * The end of a place's name from word `g` (`placeNameEnd`, up to `max` words), cut before a word that is not all
 * letters or a definite word the news knows as common or the registry as another name.
 */
function nameRunEnd(text: string, words: readonly Word[], g: number, max: number): number {
  let end = placeNameEnd(text, words, g, max, 4);
  for (let k = g + 1; k < end; k++) {
    const w = words[k]!;
    if (!/^[\u0621-\u064a]+$/.test(w.norm) || (w.norm.startsWith('ال') && (corpusLabel(w.norm)?.label === 'O' || lookupKey(w.norm)))) end = k;
  }
  return end;
}

/** True when a word may open a town's name (see `settlementNameEnd`); `noArticle` where no definite word may. */
function townWord(norm: string, noArticle: boolean): boolean {
  if (!/^[\u0621-\u064a]{2,}$/.test(norm) || TITLE_SET.has(norm)) return false;
  const seen = corpusLabel(norm);
  if (norm.startsWith('ال') ? noArticle || seen?.label === 'O' : seen && seen.bucket >= 4 && (seen.label === 'O' || seen.label === 'PERS')) return false;
  return !(norm.startsWith('ي') && seen?.label !== 'LOC');
}

/** Words between a road and `بين`: the road's link to its ends (`الرابطة بين`، `الذي يربط بين`). */
const ROAD_LINKS = keySet(['الرابط', 'الرابطة', 'الواصل', 'الواصلة', 'الممتد', 'الممتدة', 'الواقع', 'الواقعة', 'الذي', 'التي', 'يربط', 'تربط', 'يصل', 'تصل']);
const BETWEEN = normalizeKey('بين');
/** Words that follow a name, prepositions with them (`وأكدال على طول`). */
const ROAD_END_AFTER = keySet(AFTER_NAME);

/**
 * The two ends of a road (`الطريق الجهوية رقم 704 بين امسرير وأكدال`، `الطريق الرابطة بين ورزازات وقلعة مكونة`): after
 * the road, its adjectives, its number and its link word, `بين` and two names joined by و are places, known or not,
 * when the news does not know them as common words (not `بين القرية والبتيلة`: القرية is a word).
 */
export function roadEnds(text: string, words: readonly Word[], cands: readonly Candidate[]): Candidate[] {
  const byStart = longestByStart(cands, (c) => c.kind === 'LOC');
  const covered = coveredWords(words.length, cands);
  const out: Candidate[] = [];
  for (let i = 0; i + 3 < words.length; i++) {
    // (A reading whose rest is the head ends with it: most words are ruled out before their readings are read.)
    if (!words[i]!.norm.endsWith(ROAD_HEAD) || !readingsOf(words[i]!).some((x) => x.rest === ROAD_HEAD)) continue;
    let j = i + 1;
    for (let adjectives = 0; j < words.length && j - i < 8; j++) {
      const w = words[j]!;
      if (w.norm === BETWEEN) break;
      if (ROAD_LINKS.has(w.norm) || /^\d{1,4}$/.test(w.norm) || w.norm === ROAD_NUMBER || (COMMAS.has(w.norm) && ROAD_LINKS.has(words[j + 1]?.norm ?? ''))) continue;
      if (!w.lexical || !w.norm.startsWith('ال') || ++adjectives > 2) break;
    }
    if (words[j]?.norm !== BETWEEN) continue;
    // The first end: a place found already, or a town's name.
    let end = byStart.get(j + 1)?.w1 ?? -1;
    if (end < 0 && !covered[j + 1]) {
      end = settlementNameEnd(text, words, j + 1, '');
      // The first end stops at the second (`بين بوخارا وباجلونج`); a common noun in construct is none (`بين قرى المحضر`).
      for (let k = j + 2; k < end; k++) if (covered[k] || words[k]!.norm.startsWith('و')) end = k;
      if (end < 0 || (corpusLabel(words[j + 1]!.norm)?.label === 'O' && (end > j + 2 || words[end]?.norm.startsWith('ال')))) continue;
      const start = words[j + 1]!.start;
      out.push({ start, end: words[end - 1]!.end, w0: j + 1, w1: end, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, words[end - 1]!.end)) });
    }
    // A name of two places joined by a hyphen (`بومالن - دادس`) is one end.
    if (end > 0 && words[end]?.norm === '-' && words[end + 1]?.lexical && !words[end + 1]!.norm.startsWith('و')) end = byStart.get(end + 1)?.w1 ?? end + 2;
    // The second: one word after و, not a common definite word (`والمدينة`); an indefinite one is a name there even when
    // the news uses it as a word (`وأكدال`).
    const y = words[end];
    if (end < 0 || !y?.lexical || covered[end] || !y.norm.startsWith('و') || !joined(text, words[end - 1]!, y)) continue;
    const rest = y.norm.slice(1);
    if (rest.length < 3 || STOPS.has(rest) || PARTICLES.has(rest) || !(rest.startsWith('ال') ? townWord(rest, false) : /^[\u0621-\u064a]+$/.test(rest) && !TITLE_SET.has(rest))) continue;
    // It runs on as a town's name does; a common noun there heads a name of two words (`وقلعة مكونة`).
    // Not into a word with a conjunction (`ورخو فهل`).
    const z = words[end + 1];
    const runs = !!z?.lexical && !/^[وف]/.test(z.norm) && joined(text, y, z);
    let last = runs ? Math.max(end + 1, nameRunEnd(text, words, end + 1, 2)) : end + 1;
    if (runs && last === end + 1 && corpusLabel(rest)?.label === 'O' && /^[\u0621-\u064a]{3,}$/.test(z.norm) && !STOPS.has(z.norm) && !ROAD_END_AFTER.has(z.norm)) last++;
    const start = sourceCut(text, y.start, 1);
    out.push({ start, end: words[last - 1]!.end, w0: end, w1: last, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, words[last - 1]!.end)) });
  }
  return out;
}

const LOCAL_BODY_HEADS = keySet(['شرطة', 'بلدية', 'أمانة', 'إمارة', 'مرور', 'صحة', 'تعليم', 'سوق']);
const GOVERNMENT_HEADS = keySet(['حكومة']);
const MARKET = normalizeKey('سوق');
const INDEX_WORDS = keySet(['مؤشر', 'المؤشر', 'ومؤشر']);
const FINANCIAL = /^(?:المالي|للاوراق|للأوراق)$/;
const EMIRATE = normalizeKey('إمارة');
const PROVINCE_HEADS = keySet(['منطقة', 'محافظة']);

/**
 * A body named by the place it serves or the person who leads it, the place or the person keeping its own mention.
 * After a place (`by` = LOC): the police, the municipality, the mayoralty (Saudi `أمانة`), the governorate's
 * administration (`إمارة منطقة`), the traffic, health and education departments (`شرطة دبي`، `بلدية جدة`، `أمانة منطقة
 * الرياض`، `إمارة منطقة مكة المكرمة`، `مرور الرياض`، `صحة جدة`، `تعليم نجران`) and the stock exchange (`مؤشر سوق
 * دبي`); `إمارة` before a city is the emirate itself, a place. After a person (`by` = PERS): a government (`حكومة
 * نتنياهو`).
 */
export function namedBodyCandidates(text: string, words: readonly Word[], cands: readonly Candidate[], by: 'LOC' | 'PERS'): Candidate[] {
  const heads = by === 'LOC' ? LOCAL_BODY_HEADS : GOVERNMENT_HEADS;
  const named = longestByStart(cands, (c) => c.kind === by && c.hit?.kind !== 'demonym');
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical || !named.has(i + 1)) continue;
    const head = readingIn(w, heads);
    if (!head || !joined(text, w, words[i + 1]!) || (head === EMIRATE && !PROVINCE_HEADS.has(words[i + 1]!.norm))) continue;
    if (cands.some((c) => c.w0 <= i && c.w1 > i)) continue;
    const name = named.get(i + 1)!;
    // سوق دبي: a market is the exchange as an index's (مؤشر سوق دبي، المؤشر العام لسوق أبوظبي) or a financial one's
    // (سوق مسقط للأوراق المالية، سوق دبي المالي); otherwise a marketplace (سوق عكاظ).
    if (head === MARKET && !(INDEX_WORDS.has(words[i - 1]?.norm ?? '') || INDEX_WORDS.has(words[i - 2]?.norm ?? '') || FINANCIAL.test(words[name.w1]?.norm ?? ''))) continue;
    const start = sourceCut(text, w.start, cutOf(w.norm, head));
    out.push({ start, end: name.end, w0: i, w1: name.w1, kind: 'ORG', by: 'rule', key: toKey(text.slice(start, name.end)) });
  }
  return out;
}

/**
 * The end (one past the last word) of a port's or an airport's name that starts at word `g`, or -1: one or two words
 * the news does not know as common (هيثرو، حمد، شارلوا; not مطار دولي، ميناء المدينة), then the facility's adjective.
 */
function facilityNameEnd(text: string, words: readonly Word[], g: number): number {
  let j = g;
  while (j < words.length && j - g < 2) {
    const x = words[j]!;
    // Not a word in the accusative (ميناءً منقوشًا: a carved harbour) nor a place after ب (بالسويس).
    if (!x.lexical || !joined(text, words[j - 1]!, x) || !/^[\u0621-\u064a]{3,}$/.test(x.norm) || STOPS.has(x.norm) || PARTICLES.has(x.norm) || FACILITY_ADJECTIVES.has(x.norm) ||
      /\u064b/.test(text.slice(words[j - 1]!.start, x.end)) || readingsOf(x).some((r) => r.cut > 0 && (r.rest.startsWith('ال') || lookupKey(r.rest)))) break;
    const seen = corpusLabel(x.norm);
    if (seen?.label === 'O' && !lookupKey(x.norm)) break;
    j++;
  }
  if (j === g) return -1;
  if (words[j]?.lexical && FACILITY_ADJECTIVES.has(words[j]!.norm) && joined(text, words[j - 1]!, words[j]!)) j++;
  return j;
}

/** Heads of the places named after a royal or a sheikh (مطار الملك خالد الدولي، جامع الشيخ صالح الراجحي). */
const ROYAL_FACILITY_HEADS = keySet(['مطار', 'ميناء', 'جامع', 'مسجد', 'ملعب', 'استاد', 'ستاد']);
/** True when the word after a head is the title of a royal or a sheikh a place is named after (مطار الملك). */
function royalAfter(words: readonly Word[], i: number): boolean {
  const t = words[i + 1];
  return !!t?.lexical && ROYAL_IN_NAME.has(t.norm);
}

/**
 * A facility named after a royal or a sheikh (`مطار الملك عبدالعزيز الدولي`، `مطار الأمير محمد بن عبدالعزيز`، `جامع
 * الشيخ صالح الراجحي`): the head, the title and the name (its adjective is a definite word of it).
 */
function royalFacilityAt(text: string, words: readonly Word[], i: number): Candidate | null {
  const w = words[i]!;
  if (!w.lexical) return null;
  const r = readingsOf(w).find((x) => ROYAL_FACILITY_HEADS.has(x.rest));
  if (!r || !royalAfter(words, i) || !joined(text, w, words[i + 1]!) || words[i + 2]?.norm.startsWith('ال')) return null;
  // A royal's name with its nasab (الأمير محمد بن عبد العزيز) and the facility's adjective: six words at most.
  let w1 = placeNameEnd(text, words, i + 2, 6);
  if (w1 < 0) return null;
  // The adjective closes the name (مطار الملك عبدالعزيز الدولي عبدالحميد ...: a name after it is a person's).
  for (let k = i + 3; k < w1; k++) {
    if (FACILITY_ADJECTIVES.has(words[k]!.norm)) {
      w1 = k + 1;
      break;
    }
  }
  const start = sourceCut(text, w.start, r.cut);
  return { start, end: words[w1 - 1]!.end, w0: i, w1, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, words[w1 - 1]!.end)) };
}


/**
 * Heads of the places of a town: a quarter, a street (حي الملك فهد، شارع محمد الخامس، حارة الخزان); not a square or a
 * field, which are also arenas (ساحة المعركة، ميدان التكنولوجيا).
 */
const STREET_HEAD_SET = keySet(['حي', 'شارع', 'حارة']);
/** The street head a word reads as, proclitics off (حي has two letters, too few for the clitic readings: بحي، وبحي). */
function streetHead(w: Word): { cut: number; rest: string } | undefined {
  if (!w.lexical) return undefined;
  return readingsOf(w).find((x) => STREET_HEAD_SET.has(x.rest)) ?? (/^[وف]?[بل]?حي$/.test(w.norm) ? { cut: w.norm.length - 2, rest: 'حي' } : undefined);
}

/**
 * True when the candidate is a quarter or a street (its first word a street head), or a facility named after a royal
 * (مطار الملك خالد): a place whose name may hold a person's.
 */
export function isStreet(words: readonly Word[], c: Candidate): boolean {
  return c.kind === 'LOC' && (!!streetHead(words[c.w0]!) || (readingsOf(words[c.w0]!).some((x) => ROYAL_FACILITY_HEADS.has(x.rest)) && royalAfter(words, c.w0)));
}

/** Words after a street's name that describe it or the time (المجاور، المتقاطع، الساعة). */
const STREET_ENDS = keySet(['الساعة', 'المجاور', 'المجاورة', 'المتقاطع', 'المتقاطعة', 'الواقع', 'الواقعة', 'المؤدي', 'المؤدية', 'القريب', 'القريبة',
  'شرق', 'غرب', 'شمال', 'جنوب', 'وسط', 'شرقي', 'غربي', 'شمالي', 'جنوبي']);

/**
 * A quarter or street named after its head (`بحي فواز`، `حي العمارية بجدة`، `حارة الخزان`): the head and up to
 * four words of a name, a definite word or one the news does not know as common first (not كائن حي يعيش, a living
 * being), up to a preposition, a place after ب (`بمدينة نجران`), a comma or a common word.
 */
function streetAt(text: string, words: readonly Word[], i: number): Candidate | null {
  const r = streetHead(words[i]!);
  if (!r) return null;
  const j = placeNameEnd(text, words, i + 1);
  if (j < 0) return null;
  const start = sourceCut(text, words[i]!.start, r.cut);
  return { start, end: words[j - 1]!.end, w0: i, w1: j, kind: 'LOC', by: 'rule', key: toKey(text.slice(start, words[j - 1]!.end)) };
}

/**
 * The end (one past the last word) of the name of a place that starts at word `g` after its head (a street's, a
 * facility's), or -1: up to `max` words of a name, each a definite word or one the news does not know as common first,
 * up to a preposition, a place after ب (`بمدينة نجران`), a comma or a common word; a name link at the end (`أبو`)
 * takes the word after it. A first word is common from the `firstCommon` bucket of its corpus label on (4: only the
 * words the news almost never names).
 */
function placeNameEnd(text: string, words: readonly Word[], g: number, max = 4, firstCommon = 3): number {
  const nameWord = (k: number, first: boolean): boolean => {
    const x = words[k];
    if (!x?.lexical || !joined(text, words[k - 1]!, x) || STOPS.has(x.norm) || PARTICLES.has(x.norm) || NOT_DEFINITE.has(x.norm) || STREET_ENDS.has(x.norm)) return false;
    if (x.norm.startsWith('ال')) return true;
    // يحتضنون: a verb.
    if (/^[يت].{2,}(?:ون|ان)$/.test(x.norm)) return false;
    // بمدينة نجران، بجدة، بحي الدقي: a place or another street after ب ends the name; so does any word the news knows
    // as common.
    if (streetHead(x) || readingsOf(x).some((y) => y.cut > 0 && (y.rest.startsWith('ال') || PLACE_HEAD_SET.has(y.rest) || lookupKey(y.rest)))) return false;
    const seen = corpusLabel(x.norm);
    return !(seen?.label === 'O' && seen.bucket >= (first ? firstCommon : 4));
  };
  let j = g;
  if (!nameWord(j, true)) return -1;
  while (j < words.length && j - g < max && nameWord(j, j === g)) j++;
  // شارع صبري أبو علم: a name link takes the word after it, whatever it is.
  if (NAME_LINK_SET.has(words[j - 1]!.norm) && words[j]?.lexical && joined(text, words[j - 1]!, words[j]!) && !STOPS.has(words[j]!.norm)) j++;
  return j;
}

/**
 * Takes proclitics off the first word of a tagger or rule mention when they are clitics: always before the
 * article (`بالرباط` → `الرباط`), and otherwise when the bare form is seen elsewhere in the article
 * (`وزيلينسكي` when `زيلينسكي` occurs) or the word opens with the conjunction و before a name of three letters or
 * more that is not itself a name with و (`وليد`).
 */
export function stripProclitics(text: string, words: readonly Word[], c: Candidate, seen: ReadonlySet<string>): Candidate {
  const w = words[c.w0]!;
  if (c.start !== w.start) return c;
  // فالح العيساوي: a common given name is whole, whatever proclitic and article it seems to open with.
  if (c.kind === 'PERS' && GIVEN_SET.has(w.norm)) return { ...c, key: toKey(text.slice(c.start, c.end)) };
  const readings = readingsOf(w);
  let cut = 0;
  for (let k = readings.length - 1; k > 0; k--) {
    const r = readings[k]!;
    // لنايف هزازي: the preposition ل before a common given name (the whole word is none) is taken off too.
    if (r.rest.startsWith('ال') || seen.has(r.rest) || (c.kind !== 'PERS' && ORG_HEAD_SET.has(r.rest)) || (c.kind === 'PERS' && r.cut === 1 && w.norm[0] === 'ل' && GIVEN_SET.has(r.rest))) {
      cut = r.cut;
      break;
    }
  }
  if (cut === 0 && c.kind === 'PERS' && readings.length > 1 && w.norm[0] === 'و' && w.norm.length >= 4 && !WAW_NAMES.has(w.norm)) cut = 1;
  if (cut === 0) return { ...c, key: toKey(text.slice(c.start, c.end)) };
  const start = sourceCut(text, w.start, cut);
  return { ...c, start, key: toKey(text.slice(start, c.end)) };
}
