import type { Entity } from '../analysis.js';
import type { AnalysisContext } from '../context.js';
import type { Span } from '../source/span.js';
import { COMMAS, NOT_DEFINITE, SOVEREIGN_KEY, appositionPersons, coveredWords, personsBeforeTitle, bylineCandidates, filedFrom, givenNamePersons, namedBodyCandidates, quotedAliases, shareCandidates, isGenericBody, listedPersons, listedPlaces, outletCandidates, roadEnds, titledPersons, eventCandidates, groupCandidates, isStreet, sovereignCandidates, latinCandidates, placeCandidates, registryCandidates, ruleCandidates, stateBodyCandidates, stripProclitics, taggerCandidates, titleCandidates, type Candidate } from './candidates.js';
import { headAnaphora, linkCandidates, mergeSameNames } from './link.js';
import { sourceCut, toKey } from './keys.js';
import { lookupKey } from './registry.js';
import { GIVEN_KEYS, givenBeforeSurname, propagateNames } from './propagate.js';
import { AMIR, REGION_HEADS, roleAfter, roleBefore } from './roles.js';
import { corpusLabel, tagIndexes } from './tagger.js';
import { readingsOf, wordsOf, type Word } from './words.js';
import { ORDINALS, PLACE_HEADS, TITLES } from './registry-data.js';
import { normalizeKey } from '../normalize/ar.js';

const overlaps = (a: Candidate, b: Candidate) => a.w0 < b.w1 && b.w0 < a.w1;
/** `a` lies within `b`, by words (a proclitic that one of them took off does not count). */
const inside = (a: Candidate, b: Candidate) => a.w0 >= b.w0 && a.w1 <= b.w1;

/**
 * Finds the entities of the article and links their mentions: the statistical tagger proposes persons, places,
 * organisations and other names; the registry names countries (and their capitals and demonyms), international
 * organisations, agencies and places; rules add institution names opened by a head noun (`وزارة ...`) and
 * administrative places (`إقليم ...`); the linker joins full names, surnames, spelling variants, capitals standing
 * for governments and bare heads (`الوزارة`) into one entity each.
 *
 * @param ctx The text layer and structure of the article.
 * @returns Entities in order of first mention (`e0`, `e1`, ...), each with every mention span.
 */
export function findEntities(ctx: Omit<AnalysisContext, 'entities' | 'times'>): Entity[] {
  const { text } = ctx;
  const { words, chunks } = wordsOf(text, ctx.tokens, ctx.sentences);
  if (!words.length) return [];
  const tags = chunks.map((c) => tagIndexes(words.slice(c.from, c.to).map((w) => w.norm)));
  const tagged = taggerCandidates(text, words, chunks, tags);
  const seen = new Set(words.filter((w) => w.lexical).map((w) => w.norm));

  const placeSpans: Span[] = [];
  if (ctx.dateline) placeSpans.push(ctx.dateline);
  for (const b of ctx.bylines) placeSpans.push(b);

  // Registry matches; a form that is also a common word (مالي, بنا) needs the tagger or parentheses to agree: a tagger
  // name over no more words than the form (a longer one is another name: الاتحاد السوفيتي، الهلال الخصيب، دار الهلال),
  // or a longer one the form ends after ب, the place of an institution (كلية الآداب بالمحمدية).
  // Or the article names the same entity unambiguously elsewhere (الرجاء after الرجاء البيضاوي), unless the form is
  // a capital (ماليه is مالية, financial, in an article that names the Maldives).
  const allRegistry = registryCandidates(text, words);
  const named = new Set(allRegistry.filter((r) => !r.hit!.ambiguous).map((r) => r.hit!.index));
  // Or it is an item of a list beside a plain name of the same kind (والتجمع الوطني للأحرار، والاستقلال،).
  const plain = allRegistry.filter((r) => !r.hit!.ambiguous);
  // عمان in an article on Jordan that names no Oman plainly (سلطنة عمان، العماني، مسقط) is Amman, Jordan's capital: a place.
  const amman = allRegistry.filter((r) => r.hit!.ambiguous && r.hit!.record.country === 'OM' && r.hit!.record.type === 'country' && !named.has(r.hit!.index) &&
    allRegistry.some((j) => j.hit!.record.country === 'JO' && j.hit!.record.type === 'country'));
  const registry = allRegistry.filter(
    (r) => !amman.includes(r) && (!r.hit!.ambiguous || (named.has(r.hit!.index) && r.hit!.kind !== 'capital') || tagged.some((t) => taggerAgrees(text, words, t, r)) || inParentheses(words, r) || placeSpans.some((s) => r.start >= s.start && r.end <= s.end) || listedWithLike(words, r, plain) || clubInPlay(words, r)),
  );

  // A list of tags (سمات بيتوركا منصور البلوي مونتاري نايف هزازي) runs names together with nothing between them:
  // the tagger's spans there join the article's names only as parts of them, and never name them.
  const tagLists = ctx.boilerplate.filter((b) => b.kind === 'tags');
  for (const t of tagged) if (tagLists.some((b) => t.start >= b.start && t.end <= b.end)) t.listed = true;
  let cands: Candidate[] = [];
  for (const t of tagged) {
    const clash = registry.filter((r) => overlaps(r, t));
    if (clash.some((r) => inside(t, r))) continue; // the registry names it
    // A registry name at the head of a longer span (مجلس الأمن التابع للأمم المتحدة): the rest is a modifier.
    if (t.kind !== 'PERS' && clash.some((r) => r.w0 === t.w0 && r.hit!.kind !== 'demonym')) continue;
    if (clash.some((r) => !inside(r, t))) {
      // A partial overlap: a person span that took in a demonym or a title (الأوكراني فولوديمير) is cut after it.
      const r = clash[clash.length - 1]!;
      if (t.kind === 'PERS' && r.start <= t.start && r.w1 < t.w1) cands.push({ ...t, w0: r.w1, start: words[r.w1]!.start });
      continue;
    }
    // A person span that runs on into a place joined by و (سيدي سليمان وتارودانت وبيوكرى) or written with ب after the
    // name (فهد بجدة: the king's name of a street, then the town it is in) ends before it.
    const joinedPlace = t.kind === 'PERS' ? clash.find((r) => r.kind === 'LOC' && r.hit?.kind !== 'demonym' && r.w0 > t.w0 && (words[r.w0]!.norm.startsWith('و') || (words[r.w0]!.norm.startsWith('ب') && r.start > words[r.w0]!.start))) : undefined;
    if (joinedPlace) {
      const w1 = joinedPlace.w0;
      cands.push({ ...t, w1, end: words[w1 - 1]!.end, key: toKey(text.slice(t.start, words[w1 - 1]!.end)) });
      continue;
    }
    cands.push(t);
  }
  cands.push(...registry);
  for (const a of amman) {
    // (Unless a longer name holds it: عمان الغربية.)
    if (cands.some((c) => inside(a, c) && c.w1 - c.w0 > a.w1 - a.w0)) continue;
    cands = cands.filter((c) => !overlaps(a, c));
    cands.push({ start: a.start, end: a.end, w0: a.w0, w1: a.w1, kind: 'LOC', by: 'rule', key: a.key });
  }

  // Names by rule (institutions, bodies of a state, events, Latin names, quoted titles): they replace tagger spans
  // they contain or cut across, and yield to registry names and to spans that contain them.
  const surnames = new Set(cands.filter((c) => c.kind === 'PERS' && c.w1 - c.w0 >= 2).map((c) => words[c.w1 - 1]!.norm));
  const rules = [...ruleCandidates(text, words), ...stateBodyCandidates(text, words, registry), ...groupCandidates(text, words, surnames), ...eventCandidates(text, words), ...latinCandidates(text, words), ...titleCandidates(text, words), ...sovereignCandidates(text, words), ...shareCandidates(text, words)];
  // Names set off by quotation marks or lines come first: their ends are certain (شركة + a name on the next line).
  rules.sort((a, b) => Number(b.bounded ?? false) - Number(a.bounded ?? false) || b.w1 - b.w0 - (a.w1 - a.w0) || a.start - b.start);
  for (const r of rules) {
    // A tagger span that takes in a set-off name and its noun (مجلة Elle) yields to the name.
    if (cands.some((c) => (inside(r, c) && !(c.by === 'tagger' && ((c.w0 === r.w0 && c.w1 === r.w1) || r.bounded))) || (overlaps(r, c) && (c.bounded || (!inside(c, r) && (c.hit || c.by === 'rule')))))) continue;
    // A registry name at the head of the phrase (مجلس الأمن التابع للأمم المتحدة): the rest is a modifier.
    if (!r.bounded && registry.some((c) => c.w0 === r.w0 && c.w1 < r.w1 && c.hit!.kind !== 'demonym')) continue;
    // A person inside an institution's name is part of the name (جامعة محمد الخامس); a demonym stays its country's.
    cands = cands.filter((c) => !(overlaps(c, r) && !c.hit));
    cands.push(r);
  }
  // The outlet a source spoke to is the newspaper, whatever else its name is (`لـ«الرياض»`, a town's).
  for (const o of outletCandidates(text, words, allRegistry)) {
    cands = cands.filter((c) => !overlaps(c, o));
    cands.push(o);
  }
  for (const p of placeCandidates(text, words, cands)) {
    const street = isStreet(words, p);
    // A person the tagger runs on into a quarter or a street (الراجحي بحي الملك فهد) ends before it; the royal or sheikh
    // a street or a facility is named after, read on past its end (حي الملك فهد أمس: فهد أمس), is none.
    const runsIn = (c: Candidate) => street && c.by === 'tagger' && c.kind === 'PERS' && c.w0 < p.w0 && c.w1 > p.w0 && /^[وف]?ب/.test(words[p.w0]!.norm) && p.start > words[p.w0]!.start;
    const runsOut = (c: Candidate) => street && c.by === 'tagger' && c.kind === 'PERS' && c.w0 > p.w0 + 1 && c.w0 < p.w1 && c.w1 > p.w1 && NAMESAKE_TITLES.has(words[c.w0 - 1]!.norm);
    if (cands.some((c) => overlaps(p, c) && !inside(c, p) && !runsIn(c) && !runsOut(c))) continue;
    cands = cands.filter((c) => !runsOut(c)).map((c) => (runsIn(c) ? { ...c, w1: p.w0, end: words[p.w0 - 1]!.end, key: toKey(text.slice(c.start, words[p.w0 - 1]!.end)) } : c));
    // The same words taken for an organisation (ولاية كاليفورنيا: ولاية heads both) or by the tagger for a place yield to
    // the place: one mention, one entity.
    // A quarter or street taken for a person (بحي فواز), or named after one (شارع صبري أبو علم), is the place; so is
    // one the tagger takes for another name (شارع as a work's title). A place inside it (حي كريتر: كريتر) stays.
    cands = cands.filter((c) => !((c.kind === 'ORG' || (c.kind === 'LOC' && c.by === 'tagger')) && !c.hit && c.w0 === p.w0 && c.w1 === p.w1) && !(street && c.by === 'tagger' && c.kind !== 'LOC' && inside(c, p)));
    cands.push(p);
  }

  cands.push(...namedBodyCandidates(text, words, cands, 'LOC'));

  // The people bylines credit are persons, whatever else their words were taken for.
  for (const b of bylineCandidates(text, words, ctx.bylines)) {
    if (cands.some((c) => c.kind === 'PERS' && inside(b, c))) continue;
    cands = cands.filter((c) => !overlaps(c, b));
    cands.push(b);
  }

  // The place an agency's dateline files from (`سبق- فيفاء:`) is a place, whatever the registry and the tagger know of it.
  const filed = ctx.dateline?.agency ? filedFrom(text, words, ctx.dateline) : null;
  if (filed && !cands.some((c) => overlaps(c, filed))) cands.push(filed);

  cands.push(...quotedAliases(text, words, cands));
  cands.push(...listedPersons(text, words, cands));
  cands.push(...givenNamePersons(text, words, cands));
  cands.push(...listedPlaces(text, words, cands));
  cands.push(...roadEnds(text, words, cands));
  cands.push(...appositionPersons(text, words, cands));
  cands.push(...personsBeforeTitle(text, words, cands));
  const titled = titledPersons(text, words, cands);
  cands = cands.filter((c) => !(c.by === 'tagger' && titled.some((t) => overlaps(t, c))));
  cands.push(...titled);
  cands = cands.map((c) => (c.by === 'tagger' ? stripProclitics(text, words, c, seen) : c)).flatMap((c) => cutEulogy(text, words, c)).filter((c) => c.key.length > 1 && c.end > c.start && !isGenericBody(c));
  cands = cands.flatMap((c) => splitTaggerPerson(text, words, c)).map((c) => cleanTaggerSpan(text, words, c)).filter((c): c is Candidate => c !== null);
  cands = withCompoundGiven(text, words, cands);
  cands = nisbaSurnames(text, words, cands);
  cands.push(...propagateNames(text, words, cands));
  cands.push(...namedBodyCandidates(text, words, cands, 'PERS'));
  cands = givenBeforeSurname(text, words, cands);
  cands = cands.map((c) => withoutPlace(text, words, c, cands));
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  cands = cands.map((c, i) => withParent(text, words, c, cands[i + 1]));

  const linkCtx = { text, words, placeSpans };
  const entities = linkCandidates(linkCtx, cands, (c) => [roleBefore(text, words, c), roleAfter(text, words, c)]);
  joinSovereign(text, entities, cands);
  const covered = coveredWords(words.length, cands);
  headAnaphora(linkCtx, entities, (i) => covered[i] === 1);
  const merged = mergeSameNames(entities);
  // A bare head may come before the full name (a lead that says اللجنة first): ids follow first mentions again.
  merged.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  merged.forEach((e, i) => (e.id = `e${i}`));
  return merged;
}

/**
 * A demonym that ends a person's name is the person's nisba (أحمد المصري, not Egypt): it is no mention of its country
 * there, and alone it is the person when it stands where a name stands (وأضاف المصري أن). It stays its country's
 * after a definite noun it qualifies (المواطن المصري، للمنتخب المصري) and when indefinite (وزير بحريني: no article
 * tells a name from an adjective there).
 */
function nisbaSurnames(text: string, words: readonly Word[], cands: Candidate[]): Candidate[] {
  const persons = cands.filter((c) => c.kind === 'PERS' && c.w1 - c.w0 >= 2);
  if (!persons.length) return cands;
  const surnames = new Set<string>();
  const nested = new Set<Candidate>();
  for (const c of cands) {
    if (c.hit?.kind !== 'demonym' || !persons.some((p) => c.w1 === p.w1 && c.w0 > p.w0)) continue;
    nested.add(c);
    if (c.key.startsWith('ال')) surnames.add(c.key);
  }
  if (!nested.size) return cands;
  const out: Candidate[] = [];
  for (const c of cands) {
    if (nested.has(c)) continue;
    if (c.hit?.kind === 'demonym' && surnames.has(c.key) && !qualifies(text, words, c.w0)) {
      out.push({ start: c.start, end: c.end, w0: c.w0, w1: c.w1, kind: 'PERS', by: 'rule', key: c.key });
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * A body named by a definite head and its adjectives (البعثة البرلمانية، اللجنة الجهوية) describes more than it names:
 * the body it belongs to, named right after `التابع(ة) لـ`, completes its name (`البعثة البرلمانية التابعة لمجلس
 * الاتحاد الأوروبي`), which the entity takes while the mention keeps its own words and the parent its own mention.
 * A name of its own (مركز الديمومة التابع لمديرية الطرق) stays as it is.
 */
function withParent(text: string, words: readonly Word[], c: Candidate, next: Candidate | undefined): Candidate {
  if (c.kind !== 'ORG' || c.hit || c.name || !next || (next.kind !== 'ORG' && next.hit?.record.type !== 'country') || next.w0 !== c.w1 + 1 || !c.key.startsWith('ال')) return c;
  const link = words[c.w1];
  const parent = words[next.w0]!;
  if (!link?.lexical || !/^التابع(?:ه)?$/.test(link.norm) || !parent.norm.startsWith('ل') || next.start !== parent.start + 1) return c;
  if (!/^\s+$/.test(text.slice(words[c.w1 - 1]!.end, link.start)) || !/^\s+$/.test(text.slice(link.end, parent.start))) return c;
  return { ...c, name: text.slice(c.start, next.end) };
}

/** Whether the word before word `k` is a definite noun it may qualify as an adjective (الجانب المصري، للمنتخب المصري). */
function qualifies(text: string, words: readonly Word[], k: number): boolean {
  const prev = words[k - 1];
  if (!prev || !prev.lexical || /[^\s]/.test(text.slice(prev.end, words[k]!.start))) return false;
  return /^(?:[وفبك]?ال|[وف]?لل)/.test(prev.norm) && !NOT_DEFINITE.has(prev.norm);
}

/** Ordinals after a royal or papal name (محمد السادس، هنري الثامن): part of the name. */
const ORDINAL_KEYS = new Set(ORDINALS.map((w) => normalizeKey(w)));
/** Words before الله in formulas, not names (بتوفيق الله، بفضل الله، بإذن الله). */
const GOD_PHRASES = new Set(['توفيق', 'فضل', 'إذن', 'عون', 'حمد', 'مشيئة', 'رحمة', 'شاء', 'عباد', 'طيب', 'سبحان', 'بسم', 'قدر'].map((w) => normalizeKey(w)));
/** Adjectives of the institutions named after a royal (مطار الملك فهد الدولي، مستشفى الأمير سلطان العسكري). */
const INSTITUTION_ADJECTIVES = new Set(['الدولي', 'الدولية', 'الطبي', 'الطبية', 'التخصصي', 'الجامعي', 'العسكري', 'العسكرية', 'الثقافي', 'الاجتماعي',
  'الحضاري', 'التاريخي', 'الرياضي', 'الرياضية', 'المركزي', 'المركزية', 'العالمي', 'العالمية', 'الخيري', 'الخيرية', 'الأهلية', 'البحري', 'الجوية',
  'الصناعي', 'الصناعية', 'التقني', 'التقنية', 'الإسلامي', 'الإسلامية', 'العام', 'العامة'].map((w) => normalizeKey(w)));
/** Prepositions with a pronoun attached (لي، له، معه), normalised: never a person alone. */
const PRONOUN_PREPOSITIONS = new Set(['لي', 'له', 'لها', 'لهم', 'لهما', 'لنا', 'لك', 'لكم', 'بي', 'به', 'بها', 'بهم', 'عني', 'عنه', 'عنها', 'مني', 'منه', 'منها', 'معي', 'معه', 'معها'].map((w) => normalizeKey(w)));
/**
 * Royal titles before a name that institutions are named after (مركز الملك فهد، جامعة الأمير سلطان); not الشيخ, also
 * the title of scholars (الشيخ سلمان العودة).
 */
const ROYAL_TITLES = new Set(['الملك', 'الامير', 'السلطان', 'الاميره'].map((w) => normalizeKey(w)));
/** The titles of the royals and sheikhs that streets and facilities are named after (حي الملك فهد، جامع الشيخ صالح). */
const NAMESAKE_TITLES = new Set([...ROYAL_TITLES, normalizeKey('الشيخ')]);
/** Nouns of kinds of place (the place heads, and ريف، جبل، وادي): a tagger place of this one word alone is none. */
const GENERIC_PLACES = new Set([...PLACE_HEADS, 'ريف', 'جبل', 'وادي', 'ساحل', 'صحراء', 'سهل', 'هضبة'].map((w) => normalizeKey(w)));
/** Currencies and the magnitudes of amounts before them, normalised. */
const CURRENCIES = new Set(['ريال', 'دولار', 'يورو', 'درهم', 'دينار', 'جنيه', 'ليره', 'روبل', 'ين', 'روبيه', 'فرنك', 'استرليني'].map((w) => normalizeKey(w)));
const MAGNITUDES = new Set(['مليار', 'مليون', 'الف', 'الاف', 'ملايين', 'مليارات'].map((w) => normalizeKey(w)));

/** Words a tagger person span may take in after the name: complementisers and particles, as written. */
const PERSON_TAIL_STOPS = new Set(['بأن', 'أن', 'إن', 'في', 'عن', 'أو', 'لا', 'قد', 'ما', 'بأنه', 'بأنها', 'أنه', 'أنها', 'إنه', 'إنها', 'إلى', 'مع',
  'حتى', 'منذ', 'خلال', 'ضد', 'لدى', 'عند', 'سوى', 'بعد', 'قبل']);
/** Honorifics of address (معالي، سمو ...), which open a dignitary's title and name. */
const ADDRESS_HONORIFICS = new Set(['معالي', 'سمو', 'فخامة', 'سعادة', 'سماحة', 'فضيلة', 'جلالة'].map((w) => normalizeKey(w)));
/** `البالغ من العمر` (aged), which follows a name. */
const AGED = new Set(['البالغ', 'البالغة', 'البالغين', 'البالغان'].map((w) => normalizeKey(w)));
/** Kinship nouns between two names (حقاني نجل جلال الدين حقاني): each side is a person of its own. */
const KINSHIP = new Set(['نجل', 'نجلة', 'شقيق', 'شقيقة', 'زوجة', 'زوج', 'والد', 'والدة', 'أرملة', 'حفيد', 'حفيدة'].map((w) => normalizeKey(w)));
/** Adverbs of time a tagger person span may take in before the name (التقى أخيرا أحمد أويحيى), normalised. */
const PERSON_HEAD_STOPS = new Set(['أخيرا', 'مؤخرا', 'أمس', 'اليوم', 'أيضا', 'مجددا', 'سابقا', 'حاليا'].map((w) => normalizeKey(w)));
/** The heads of places written with ب after a name (الراجحي بحي الملك فهد، فهد بمدينة الرياض), normalised. */
const PLACE_HEADS_WITH_BA = new Set(PLACE_HEADS.map((w) => normalizeKey('ب' + w)));

/**
 * A tagger person span cut where it runs past the name: at a complementiser or particle inside it (منصور أن ولد),
 * before a place after ب (الراجحي بحي), and at a kinship noun between two names (حقاني نجل جلال الدين حقاني), whose
 * second name, of two words or more, is another person. An adverb of time before the name is no part of it.
 */
function splitTaggerPerson(text: string, words: readonly Word[], c: Candidate): Candidate[] {
  if (c.by !== 'tagger' || c.kind !== 'PERS' || c.w1 - c.w0 < 2) return [c];
  let w0 = c.w0;
  while (w0 < c.w1 - 1 && PERSON_HEAD_STOPS.has(words[w0]!.norm)) w0++;
  let w1 = c.w1;
  let rest: [number, number] | null = null;
  let cut = 0;
  for (let k = w0 + 1; k < w1; k++) {
    const w = words[k]!;
    if (PERSON_TAIL_STOPS.has(text.slice(w.start, w.end)) || PLACE_HEADS_WITH_BA.has(w.norm)) {
      w1 = k;
      break;
    }
    if (KINSHIP.has(w.norm)) {
      if (w1 - (k + 1) >= 2) rest = [k + 1, w1];
      w1 = k;
      break;
    }
    // إسماعيل وأحمد، راشد ونهى، زكريا ووليد سليمان: a common given name after و opens a second person (not وجدي، وهبي).
    if (w.norm.startsWith('و') && GIVEN_KEYS.has(w.norm.slice(1)) && !GIVEN_KEYS.has(w.norm)) {
      rest = [k, w1];
      cut = 1;
      w1 = k;
      break;
    }
  }
  if (w0 === c.w0 && w1 === c.w1) return [c];
  const part = (a: number, b: number, letters = 0): Candidate => {
    // (The span's own start where it keeps its first word: its proclitic is already off.)
    const start = a === c.w0 ? c.start : sourceCut(text, words[a]!.start, letters);
    const end = words[b - 1]!.end;
    return { ...c, w0: a, w1: b, start, end, key: toKey(text.slice(start, end)) };
  };
  const out = w1 > w0 ? [part(w0, w1)] : [];
  if (rest) out.push(part(rest[0], rest[1], cut));
  return out;
}

/**
 * Titles in the accusative of a state or a second object after a name (عيّن الملا أختر منصور زعيما جديدا، انتخب فلان
 * رئيسا): the title's indefinite form with the alif of the accusative, normalised (زعيما، رئيسا، وزيرا).
 */
const ACCUSATIVE_TITLES = new Set(TITLES.filter((t) => !t.includes(' ') && !t.includes('.')).map((t) => normalizeKey(t).replace(/^ال/, '')).filter((t) => t.length >= 3 && !t.endsWith('ه')).map((t) => t + 'ا'));

/** First parts of the given names compounded with الدين (نور الدين، عز الدين، سراج الدين), normalised. */
const DIN_FIRSTS = new Set(['نور', 'صلاح', 'عز', 'علاء', 'بهاء', 'شمس', 'خير', 'تقي', 'زين', 'سيف', 'نصر', 'محيي', 'محي', 'كمال', 'جمال', 'فخر', 'بدر',
  'شرف', 'عماد', 'نجم', 'ضياء', 'حسام', 'سعد', 'جلال', 'سراج', 'شهاب', 'قطب', 'ناصر', 'معين', 'برهان', 'غياث', 'تاج', 'نظام', 'ركن', 'مجد', 'حسن', 'محب', 'شجاع', 'فتح'].map((w) => normalizeKey(w)));
const DIN = normalizeKey('الدين');

/**
 * A person the tagger read without the first part of a given name compounded with الدين (`عز الدين ميداوي` read as
 * `الدين ميداوي`, `وسراج الدين حقاني` as `حقاني`) takes it in, its proclitic و or ف off, when no other name holds it.
 */
function withCompoundGiven(text: string, words: readonly Word[], cands: Candidate[]): Candidate[] {
  let covered: Uint8Array | null = null;
  return cands.map((c) => {
    if (c.kind !== 'PERS' || c.by !== 'tagger' || c.start !== words[c.w0]!.start) return c;
    // The word الدين opens the span (one word back) or stands right before it (two words back).
    const din = words[c.w0]!.norm === DIN ? c.w0 : c.w0 > 0 && words[c.w0 - 1]!.norm === DIN ? c.w0 - 1 : -1;
    const first = words[din - 1];
    if (din < 1 || !first?.lexical || text.slice(first.end, words[din]!.start) !== ' ' || (din < c.w0 && text.slice(words[din]!.end, words[c.w0]!.start) !== ' ')) return c;
    const cut = DIN_FIRSTS.has(first.norm) ? 0 : /^[وف]/.test(first.norm) && DIN_FIRSTS.has(first.norm.slice(1)) ? 1 : -1;
    if (cut < 0) return c;
    covered ??= coveredWords(words.length, cands);
    if (covered[din - 1] || (din < c.w0 && covered[din])) return c;
    const start = sourceCut(text, first.start, cut);
    return { ...c, w0: din - 1, start, key: toKey(text.slice(start, c.end)) };
  });
}

/** Words that open a name (ابن رشد، أم كلثوم، سيدي بنور، مولاي علي الشريف): never a noun the name is in construct with. */
const NAME_OPENERS = new Set(['ابن', 'بن', 'بنت', 'أبو', 'أبي', 'أم', 'آل', 'عبد', 'سيدي', 'مولاي', 'لالة', 'للا'].map((w) => normalizeKey(w)));

/** Particles of filiation that open a name (ابن كيران، أبو حفص، أبي حفص); not بن, which mostly joins a name's parts. */
const FILIATION = new Set(['ابن', 'أبو', 'أبي'].map((w) => normalizeKey(w)));

/** A noun without the article that the news knows as a common word (أوقاف، مستشفى، أسرة), no word that opens a name. */
function isCommonNoun(norm: string): boolean {
  if (norm.startsWith('ال') || norm.length < 3 || NAME_OPENERS.has(norm)) return false;
  const seen = corpusLabel(norm);
  return seen?.label === 'O' && seen.bucket === 4;
}

/**
 * A tagger span cleaned of what names nothing, null when nothing is left: a bare noun of a kind of place, an amount's
 * currency, and for persons a preposition with a pronoun, a formula with الله, حسن "good" before a common noun, a
 * royal's name with an institution's adjective, a common noun in construct before the given name (إدارة أوقاف), a
 * title after the name (ولي العهد), a trailing complementiser or particle, the particle of filiation before it put back
 * (ابن كيران); and for any name a trailing preposition written apart (`نواف خليل لـ«الشرق الأوسط»`: a single letter).
 */
function cleanTaggerSpan(text: string, words: readonly Word[], c: Candidate): Candidate | null {
  if (c.by !== 'tagger') return c;
  // ريف محافظة حمص، جبل الجليد: a bare noun of a kind of place names no place alone.
  if (c.kind === 'LOC' && c.w1 - c.w0 === 1 && GENERIC_PLACES.has(words[c.w0]!.norm)) return null;
  // 154 مليار ريال (40 مليار دولار): an amount's currency, which the tagger reads as a name before a bracket.
  if (c.w1 - c.w0 === 1 && CURRENCIES.has(words[c.w0]!.norm) && c.w0 > 0 && (/^\d/.test(words[c.w0 - 1]!.norm) || MAGNITUDES.has(words[c.w0 - 1]!.norm))) return null;
  if (c.kind === 'PERS') {
    const first = words[c.w0]!.norm;
    // قال لي: a preposition with a pronoun is no person; nor a formula (حفظه الله، الحمد لله).
    // (الحمد لله and ولله الحمد.)
    const praise = first === 'الحمد' && (words[c.w1]?.norm === 'لله' || /^[وف]?لله$/.test(words[c.w0 - 1]?.norm ?? ''));
    if ((c.w1 - c.w0 === 1 && (PRONOUN_PREPOSITIONS.has(first) || praise)) || (c.w1 - c.w0 === 2 && /^[وف]?لله$/.test(first) && words[c.w0 + 1]!.norm === 'الحمد')) return null;
    if (c.w1 - c.w0 === 2 && words[c.w0 + 1]!.norm === 'الله' && (/^[يت]?[\u0621-\u064a]{2,}(?:ه|ها|هم)$/.test(first) || GOD_PHRASES.has(first) || GOD_PHRASES.has(first.replace(/^[وفبل]+/, ''))) && !/^عبد/.test(first)) return null;
    // ولي عهده: a title with a pronoun.
    if (c.w1 - c.w0 === 2 && first === 'ولي' && /^عهد/.test(words[c.w0 + 1]!.norm)) return null;
    // دان معالي رئيس المجلس ...: an honorific of address opens a name, never closes one; the word before it is a verb.
    if (c.w1 - c.w0 === 2 && ADDRESS_HONORIFICS.has(words[c.w0 + 1]!.norm)) return null;
    if (c.w1 - c.w0 === 2) {
      const second = words[c.w0 + 1]!.norm;
      const common = corpusLabel(second);
      const adjective = INSTITUTION_ADJECTIVES.has(second) ||
        (second.startsWith('ال') && common?.label === 'O' && common.bucket >= 3 && !GIVEN_KEYS.has(second) && !ORDINAL_KEYS.has(second));
      // حسن الجوار، حسن النية: the adjective "good", not the name حسن.
      if (adjective && first === 'حسن') return null;
      // مركز الملك فهد الثقافي، مطار الملك خالد الدولي: a king's name inside an institution's name, with the
      // institution's adjective, names no person of the article.
      // So does one with the field it serves (مدينة الملك عبدالعزيز للعلوم والتقنية، مركز الملك سلمان للإغاثة).
      if ((adjective || second.startsWith('لل')) && ROYAL_TITLES.has(words[c.w0 - 1]?.norm ?? '')) return null;
    }
  }
  let w0 = c.w0;
  let w1 = c.w1;
  if (c.kind === 'PERS') {
    // قال لي عمر: the preposition before a common given name is no part of the name (لي باو دونغ keeps its لي).
    while (w0 < w1 - 1 && PRONOUN_PREPOSITIONS.has(words[w0]!.norm) && GIVEN_KEYS.has(words[w0 + 1]!.norm)) w0++;
    // إدارة أوقاف صالح الراجحي، مستشفى محمد بن خالد: a common noun in construct before a common given name is what is
    // named after the person, not the person's first name.
    if (w0 < w1 - 2 && GIVEN_KEYS.has(words[w0 + 1]!.norm) && !GIVEN_KEYS.has(words[w0]!.norm) && isCommonNoun(words[w0]!.norm)) w0++;
    // ابن كيران، أبو حفص: a particle of filiation right before the span opens the name the tagger read without it.
    if (w0 === c.w0 && w0 > 0 && FILIATION.has(words[w0 - 1]!.norm) && text.slice(words[w0 - 1]!.end, words[w0]!.start) === ' ') w0--;
    // محمد بن سلمان ولي ولي العهد: the title after the name (ولي العهد، ولي ولي العهد) is no part of it.
    while (w1 > w0 && /^[وف]?ولي$/.test(words[w1 - 1]!.norm) && (words[w1]?.norm === 'العهد' || words[w1]?.norm === 'ولي')) w1--;
    // سلمان بن عبد العزيز وولي عهده: the heir named by his title after the king is another person, not a name's part.
    for (let k = w0 + 1; k < w1 - 1; k++) {
      if (/^[وف]?ولي$/.test(words[k]!.norm) && /^(?:عهد|العهد$)/.test(words[k + 1]!.norm)) {
        w1 = k;
        break;
      }
    }
    // فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك: a title in construct with a place's head after the name is its role.
    if (w1 - w0 > 2 && words[w1 - 1]!.norm === AMIR && REGION_HEADS.has(words[w1]?.norm ?? '')) w1--;
    // A number ends a person's name (عبد الرحمن 0505442411: a phone number); so does a dash at its end, or one between
    // two names of two words or more (a list: ماجد مصطفى النافع - معن محمد الشبانات), not one inside a foreign name
    // (جان - جاك أنو).
    for (let k = w0 + 1; k < w1; k++) {
      const dash = !words[k]!.lexical && /^[-–—]$/.test(words[k]!.norm);
      if (/^\d/.test(words[k]!.norm) || (dash && (k === w1 - 1 || (k - w0 >= 2 && w1 - k - 1 >= 2)))) {
        w1 = k;
        break;
      }
    }
    // A word with the preposition and article (للعلوم، للشعب) is never part of a person's name; nor is a title in the
    // accusative after it (منصور زعيما).
    while (w1 > w0 + 1 && (words[w1 - 1]!.norm.startsWith('لل') || ACCUSATIVE_TITLES.has(words[w1 - 1]!.norm))) w1--;
    // عمر ياسر متولي البالغ من العمر: the age after the name is no part of it.
    for (let k = w0 + 1; k < w1; k++) {
      if (AGED.has(words[k]!.norm)) {
        w1 = k;
        break;
      }
    }
    if (w1 === w0) return null;
  }
  // A person's name ends neither with a complementiser nor a particle (حسين يوسف بأن، ليندسي لا; not the name بان).
  const trailing = (w: Word) => /^[\u0621-\u064a]$/.test(w.norm) || (c.kind === 'PERS' && PERSON_TAIL_STOPS.has(text.slice(w.start, w.end)));
  while (w1 > w0 && trailing(words[w1 - 1]!)) w1--;
  if (w1 === c.w1 && w0 === c.w0) return c;
  if (w1 === w0) return null;
  const start = words[w0]!.start;
  const end = words[w1 - 1]!.end;
  return { ...c, w0, w1, start, end, key: toKey(text.slice(start, end)) };
}

/**
 * A tagger person of three words or more whose first word the article names as a place on its own (قائد شرطة
 * لامو كريسبوس موتالي, with لامو a place elsewhere): the place is no part of the name, one sense per article.
 */
function withoutPlace(text: string, words: readonly Word[], c: Candidate, cands: readonly Candidate[]): Candidate {
  if (c.kind !== 'PERS' || c.by !== 'tagger' || c.w1 - c.w0 < 3) return c;
  const first = words[c.w0]!.norm;
  if (GIVEN_KEYS.has(first)) return c;
  if (!cands.some((p) => p.kind === 'LOC' && p.hit?.kind !== 'demonym' && p.w1 - p.w0 === 1 && words[p.w0]!.norm === first && p.start !== c.start)) return c;
  const start = words[c.w0 + 1]!.start;
  return { ...c, w0: c.w0 + 1, start, key: toKey(text.slice(start, c.end)) };
}

/** Words that open a eulogy after a name, before الله (صلى الله عليه وسلم، رضي الله عنه، رحمه الله). */
const EULOGY = new Set(['صلي', 'صلى', 'رضي', 'رحمه', 'رحمها', 'رحمهم', 'رحمهما'].map((w) => normalizeKey(w)));
const GOD = normalizeKey('الله');
const PRAY = normalizeKey('صلى');

/**
 * A name ends where a eulogy begins (`محمد صلى الله عليه وسلم`, `عمر بن الخطاب رضي الله عنه`): the tagger often
 * runs on into it. A span that opens with one (`رحمه الله`) names no one.
 */
function cutEulogy(text: string, words: readonly Word[], c: Candidate): Candidate[] {
  if (c.hit) return [c];
  for (let k = c.w0; k < c.w1; k++) {
    if (!EULOGY.has(words[k]!.norm) || words[k + 1]?.norm !== GOD) continue;
    let end = k;
    while (end > c.w0 && !words[end - 1]!.lexical) end--;
    if (end === c.w0) return [];
    const last = words[end - 1]!;
    const cut: Candidate = { ...c, w1: end, end: last.end, key: toKey(text.slice(c.start, last.end)) };
    // صلى الله عليه وسلم is said of prophets: a single name so blessed is not another person of that name.
    if (c.kind === 'PERS' && end === c.w0 + 1 && words[k]!.norm === PRAY) cut.apart = true;
    return [cut];
  }
  return [c];
}


/**
 * True when an ambiguous registry form is an item of a list beside a plain registry name of the same type: a comma
 * or the conjunction و between them (`والتجمع الوطني للأحرار، والاستقلال،`, `النيجر ومالي وتشاد`). Coordination
 * joins like with like, so the common word (`الاستقلال`, independence) is read as the name. Not a capital (a city
 * among countries is a place).
 */
function listedWithLike(words: readonly Word[], r: Candidate, plain: readonly Candidate[]): boolean {
  if (r.hit!.kind === 'capital') return false;
  const type = r.hit!.record.type;
  const like = (c: Candidate) => c.hit!.record.type === type && c.hit!.kind !== 'demonym' && c.hit!.kind !== 'capital';
  const hasWaw = (w: Word | undefined) => !!w && w.norm.length > 3 && w.norm.startsWith('و');
  const commaBefore = COMMAS.has(words[r.w0 - 1]?.norm ?? '');
  const prevEnd = commaBefore ? r.w0 - 1 : r.w0;
  if ((commaBefore || hasWaw(words[r.w0])) && plain.some((c) => c.w1 === prevEnd && like(c))) return true;
  const commaAfter = COMMAS.has(words[r.w1]?.norm ?? '');
  const nextStart = commaAfter ? r.w1 + 1 : r.w1;
  return plain.some((c) => c.w0 === nextStart && like(c) && (commaAfter || hasWaw(words[c.w0])));
}

/** Words of football around a club's name: its people, its matches, what it does on the pitch (normalised). */
const PLAY_WORDS = new Set(['مدرب', 'مدربا', 'مدربي', 'لاعب', 'لاعبا', 'لاعبو', 'لاعبي', 'نجم', 'نجوم', 'حارس', 'مهاجم', 'مدافع', 'جماهير',
  'جمهور', 'انصار', 'مباراه', 'لقاء', 'امام', 'ضد', 'فاز', 'خسر', 'تعادل', 'تغلب', 'هزم', 'واجه', 'يواجه', 'يلتقي', 'التقي', 'مواجهه', 'صفوف',
  'شباك', 'مرمي', 'فوز', 'خساره', 'تعادل', 'قمه', 'ديربي'].map((w) => normalizeKey(w)));

/**
 * True when the ambiguous form of a football club (`الهلال`، `النصر`: a crescent, a victory) follows a word of the
 * game within two words (`مدربا النصر`، `فاز الهلال على`، `أمام الأهلي`, their proclitics off), and no demonym after it
 * names a namesake (`الأهلي المصري`). A club is a record named also with فريق.
 */
function clubInPlay(words: readonly Word[], r: Candidate): boolean {
  if (r.hit!.record.type !== 'organization' || lookupKey(`فريق ${r.key}`)?.index !== r.hit!.index) return false;
  // الأهلي المصري، الهلال السوداني: a namesake of another country.
  const next = words[r.w1];
  if (next?.lexical && lookupKey(next.norm)?.kind === 'demonym') return false;
  for (let k = r.w0 - 1; k >= Math.max(0, r.w0 - 2); k--) {
    const w = words[k]!;
    if (!w.lexical) return false;
    if (readingsOf(w).some((x) => PLAY_WORDS.has(x.rest))) return true;
  }
  return false;
}

/**
 * True when a tagger name agrees with a registry form that is also a common word: it overlaps the form and spans no
 * more of its words, or it runs on before the form and the form ends it after the preposition ب (كلية الآداب بالمحمدية).
 */
function taggerAgrees(text: string, words: readonly Word[], t: Candidate, r: Candidate): boolean {
  if (!overlaps(t, r)) return false;
  if (t.w0 >= r.w0 && t.w1 <= r.w1) return true;
  const w = words[r.w0]!;
  return t.w0 < r.w0 && t.end === r.end && r.start > w.start && text.charCodeAt(w.start) === 0x0628;
}

/** True when the candidate stands alone in parentheses: a wire credit `(بنا)`. */
function inParentheses(words: readonly Word[], c: Candidate): boolean {
  return words[c.w0 - 1]?.norm === '(' && words[c.w1]?.norm === ')';
}

/** Roles that make a named person the monarch (`جلالة الملك محمد السادس`, `العاهل المغربي`). */
const MONARCH_ROLE = /^(?:جلاله الملك|(?:صاحب الجلاله|خادم الحرمين الشريفين|عاهل البلاد)(?: الملك)?|العاهل(?: \S+)?)$/;

/** `الملك` between a monarch's phrase and the name it styles (`خادم الحرمين الشريفين الملك سلمان`). */
const STYLED_KING = /^\s+(?:الملك|العاهل)\s+$/;

/**
 * The monarch named without a name (`صاحب الجلالة`) is the person the article names with a monarch's title, when it
 * names exactly one: their mentions are joined into that person's entity. The title is the phrase itself
 * (`جلالة الملك محمد السادس`) or the phrase and `الملك` (`خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز`).
 */
function joinSovereign(text: string, entities: Entity[], cands: readonly Candidate[]): void {
  const sovereigns = cands.filter((c) => c.key === SOVEREIGN_KEY);
  const sovereignStarts = new Set(sovereigns.map((c) => c.start));
  const k = entities.findIndex((e) => e.type === 'person' && e.mentions.every((m) => sovereignStarts.has(m.start)));
  if (k < 0) return;
  const styled = (e: Entity) => e.mentions.some((m) => sovereigns.some((s) => s.end < m.start && m.start - s.end < 12 && STYLED_KING.test(text.slice(s.end, m.start))));
  const kings = entities.filter((e, i) => i !== k && e.type === 'person' && (e.roles.some((r) => MONARCH_ROLE.test(toKey(r))) || styled(e)));
  if (kings.length !== 1) return;
  const sovereign = entities[k]!;
  const king = kings[0]!;
  king.mentions.push(...sovereign.mentions);
  king.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sovereign.mentions) if (!king.aliases.includes(m.raw)) king.aliases.push(m.raw);
  entities.splice(k, 1);
}
