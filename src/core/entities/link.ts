import type { Entity, EntityMention, EntityType } from '../analysis.js';
import type { Span } from '../source/span.js';
import { isCutFrom, type Candidate } from './candidates.js';
import { FACILITY_ADJECTIVES, FACILITY_HEADS, sourceCut, toKey } from './keys.js';
import { lookupKey } from './registry.js';
import { REGISTRY_RECORDS, GROUP_HEADS, MEDIA_HEADS, ORG_HEADS, STOP_WORDS, TITLES, type RegistryRecord } from './registry-data.js';
import { droppedLetter, nearSkeleton, skeleton } from './skeleton.js';
import { readingsOf, type Word } from './words.js';
import { GIVEN_KEYS } from './propagate.js';
import { normalizeKey } from '../normalize/ar.js';

const STOPS = new Set(STOP_WORDS.map((w) => normalizeKey(w)));

/** Context of the linker: where a capital is a place rather than its government. */
export interface LinkContext {
  text: string;
  words: readonly Word[];
  /** Spans where place names are places (the dateline, bylines). */
  placeSpans: readonly Span[];
}

interface Group {
  key: string;
  type: EntityType;
  /** Registry record index, when known. */
  record: number;
  /** Normalised words of the fullest name (persons). */
  nameWords: string[];
  mentions: Candidate[];
  roles: string[];
  /** The key of the mention to name the entity by when its longest one ran on past the name (`مجلس النواب المواطنين`). */
  nameKey?: string;
}

const LOCATIVE = new Set(['في', 'الي', 'من', 'نحو', 'عبر', 'قرب', 'مدينه', 'مدن', 'العاصمه', 'داخل', 'خارج', 'حول', 'بين'].map((w) => normalizeKey(w)));

/**
 * A capital stands for its government (`نفت موسكو`, `تقول واشنطن`) unless the text uses it as a place: in the
 * dateline or a byline, after a preposition of place or `مدينة` (`في موسكو`, `إلى سيول`), or with a preposition
 * attached (`بموسكو`).
 */
function capitalIsPlace(ctx: LinkContext, c: Candidate): boolean {
  if (ctx.placeSpans.some((s) => c.start >= s.start && c.end <= s.end)) return true;
  const w = ctx.words[c.w0]!;
  if (c.start > w.start && /[بل]/.test(ctx.text.slice(w.start, c.start))) return true;
  const prev = c.w0 > 0 ? ctx.words[c.w0 - 1] : undefined;
  // بين الرباط وكيغالي: two capitals of different states side by side are the parties (agreements, talks).
  if (prev?.norm === BETWEEN && c.hit && otherCapitalAfter(ctx.words, c.w1, c.hit.index)) return false;
  // الرباط وسلا وفاس: a capital listed with a town that is no capital is a place too.
  if (townAfter(ctx.words, c.w1)) return true;
  // الرباط-طنجة: a route, the capital joined by a hyphen to another place.
  if (/^[-\u2013][\u0621-\u064a]/.test(ctx.text.slice(c.end, c.end + 2)) || /[\u0621-\u064a][-\u2013]$/.test(ctx.text.slice(Math.max(0, c.start - 2), c.start))) return true;
  // العاصمة البريطانية لندن: the capital named as the capital, with its state's adjective between.
  const before = c.w0 > 1 ? ctx.words[c.w0 - 2] : undefined;
  if (prev?.lexical && /^ال.+(?:ي|يه)$/.test(prev.norm) && before?.lexical && LOCATIVE.has(readingsOf(before).at(-1)!.rest)) return true;
  return !!prev && prev.lexical && LOCATIVE.has(readingsOf(prev).at(-1)!.rest) || (!!prev && LOCATIVE.has(prev.norm));
}

const BETWEEN = normalizeKey('بين');

/** True when the word at `k` is و + the capital of another state than record `record`. */
function otherCapitalAfter(words: readonly Word[], k: number, record: number): boolean {
  const next = words[k];
  if (!next?.lexical || !next.norm.startsWith('و')) return false;
  for (const r of readingsOf(next)) {
    if (r.cut === 0) continue;
    // A capital of two words (بيونغ يانغ) takes the word after it too.
    const hit = lookupKey(r.rest) ?? (words[k + 1]?.lexical ? lookupKey(`${r.rest} ${words[k + 1]!.norm}`) : null);
    if (hit?.kind === 'capital' && hit.index !== record) return true;
  }
  return false;
}

/** True when the word at `k` is و + a place of the registry that is no country and no capital (وسلا، وفاس). */
function townAfter(words: readonly Word[], k: number): boolean {
  const next = words[k];
  if (!next?.lexical || !next.norm.startsWith('و')) return false;
  for (const r of readingsOf(next)) {
    if (r.cut === 0) continue;
    const hit = lookupKey(r.rest);
    if (hit && !hit.ambiguous && hit.kind !== 'capital' && hit.kind !== 'demonym' && hit.record.type === 'location') return true;
  }
  return false;
}

const KIND_TYPE: Record<string, EntityType> = { PERS: 'person', LOC: 'location', ORG: 'organization', GRP: 'group', MISC: 'other' };

/**
 * Words of a person mention as skeletons, `عبد` joined to the divine name after it, as it is often written (عبد العزيز
 * and عبدالعزيز are one name).
 */
const skeletons = (key: string) => {
  const ws = key.split(' ');
  const out: string[] = [];
  for (let k = 0; k < ws.length; k++) out.push(skeleton(ws[k] === 'عبد' && k + 1 < ws.length ? `عبد${ws[++k]!}` : ws[k]!));
  return out;
};

/** Skeletons of the links of a nasab (بن، ابن، بنت), which a name may be written with or without. */
const NASAB_SKELETONS = new Set(['بن', 'بنت'].map((w) => skeleton(normalizeKey(w))));
const withoutNasab = (ws: string[]) => ws.filter((w) => !NASAB_SKELETONS.has(w));

/**
 * True when `part` is a run of `whole` (word by word, spelling variants allowed), the links of a nasab aside (صالح
 * عبدالعزيز الراجحي is صالح بن عبدالعزيز الراجحي). A run that opens after a link and is itself a nasab, or does
 * not end the name, names a father, not the person (سلمان بن عبد العزيز and سلمان in محمد بن سلمان بن عبد العزيز,
 * محمد in مساعد بن محمد العيبان); the name after the last link may stand for the person (كيران for عبد الإله ابن
 * كيران, حيان for جابر بن حيان).
 */
function isRunOf(part: string[], whole: string[]): boolean {
  const link = (ws: readonly string[], i: number) => NASAB_SKELETONS.has(ws[i] ?? '');
  // Most names have no nasab: no position to skip, nothing to compare without the links.
  if (!whole.some((_, i) => link(whole, i)) && !part.some((_, k) => link(part, k))) return runOf(part, whole, NO_SKIP);
  const father = whole.map((_, i) => link(whole, i - 1) && (part.some((_, k) => link(part, k)) || i + part.length < whole.length));
  if (runOf(part, whole, father)) return true;
  const p = withoutNasab(part);
  if (p.length < 2) return false;
  const w = withoutNasab(whole);
  // Without the links, a father's name opens where a word after a link opens a nasab of its own.
  const fatherHere = whole.map((_, i) => link(whole, i - 1) && whole.slice(i + 1).some((x) => NASAB_SKELETONS.has(x))).filter((_, i) => !link(whole, i));
  return (p.length !== part.length || w.length !== whole.length) && runOf(p, w, fatherHere);
}

/**
 * True when `part` is `whole` without some of its middle names: the same first word and last word (the article aside:
 * عسيري for العسيري), the words between them in order (أحمد فايع عسيري for أحمد فايع أحمد آل طالع العسيري). No link
 * of a nasab may be left out (محمد عبد العزيز is not محمد بن سلمان بن عبد العزيز, whose father and grandfather those are).
 */
function isShortFormOf(part: string[], whole: string[]): boolean {
  if (whole.length <= part.length || !nearSkeleton(part[0]!, whole[0]!)) return false;
  const pl = part[part.length - 1]!;
  const wl = whole[whole.length - 1]!;
  if (!(nearSkeleton(pl, wl) || (wl.startsWith('ال') && nearSkeleton(pl, wl.slice(2))) || (pl.startsWith('ال') && nearSkeleton(pl.slice(2), wl)))) return false;
  let i = 1;
  for (let k = 1; k < part.length - 1; k++, i++) {
    while (i < whole.length - 1 && !nearSkeleton(part[k]!, whole[i]!)) if (NASAB_SKELETONS.has(whole[i++]!)) return false;
    if (i >= whole.length - 1) return false;
  }
  for (; i < whole.length - 1; i++) if (NASAB_SKELETONS.has(whole[i]!)) return false;
  return true;
}

const NO_SKIP: readonly boolean[] = [];

/** True when `part` is a run of `whole` that opens at no position `skip` marks. */
function runOf(part: string[], whole: string[], skip: readonly boolean[]): boolean {
  for (let s = 0; s + part.length <= whole.length; s++) {
    if (skip[s]) continue;
    let ok = true;
    for (let k = 0; k < part.length && ok; k++) ok = nearSkeleton(part[k]!, whole[s + k]!);
    if (ok) return true;
  }
  return false;
}

/**
 * Links candidates into entities: registry entities by record (names, aliases, capitals as governments,
 * demonyms), persons by full name, part of the name (surname) and spelling variants, other names by their
 * skeleton. Entity ids follow the order of first mention.
 */
export function linkCandidates(ctx: LinkContext, cands: readonly Candidate[], rolesOf: (c: Candidate) => readonly (string | null)[]): Entity[] {
  const groups = new Map<string, Group>();
  const groupOf = new Map<Candidate, Group>();
  const add = (key: string, c: Candidate, make: () => Omit<Group, 'key' | 'mentions' | 'roles'>) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, mentions: [], roles: [], ...make() };
      groups.set(key, g);
    }
    g.mentions.push(c);
    groupOf.set(c, g);
    return g;
  };

  // Persons: fullest names first, so that a surname finds its full name wherever it stands.
  // Names in a list of tags last: they join the text's names, never lead them.
  const persons = cands.filter((c) => c.kind === 'PERS' && !c.hit).sort((a, b) => Number(!!a.listed) - Number(!!b.listed) || b.w1 - b.w0 - (a.w1 - a.w0) || a.start - b.start);
  const people: Group[] = [];
  for (const c of persons) {
    const sk = skeletons(c.key);
    // A name blessed as a prophet's (محمد صلى الله عليه وسلم) is not the article's other محمد.
    if (c.apart) {
      add(`pa:${sk.join(' ')}`, c, () => ({ type: 'person', record: -1, nameWords: sk }));
      continue;
    }
    // Among the persons whose name holds this one, the one mentioned most recently before it (or first after).
    let best: Group | null = null;
    let bestDist = Infinity;
    for (const g of people) {
      if (!isRunOf(sk, g.nameWords)) continue;
      const dist = Math.min(...g.mentions.map((m) => (m.start <= c.start ? c.start - m.start : 1e9 + m.start - c.start)));
      if (dist < bestDist) {
        bestDist = dist;
        best = g;
      }
    }
    // The given name and the family name of a person named in full before (خالد الشمري for خالد عايد الشمري), when one
    // person only is so named.
    if (!best && sk.length >= 2 && !KUNYA.has(sk[0]!)) {
      const fuller = people.filter((g) => g.mentions.some((m) => m.start < c.start) && isShortFormOf(sk, g.nameWords));
      if (fuller.length === 1) best = fuller[0]!;
    }
    // A family name written without its article (السيد شرفي for زهير الشرفي), or with it where the full name has none:
    // one word, not a common given name, the last word of a fuller name mentioned before it.
    if (!best && sk.length === 1 && sk[0]!.length >= 3 && !GIVEN_KEYS.has(normalizeKey(c.key))) {
      for (const g of people) {
        const last = g.nameWords[g.nameWords.length - 1]!;
        // Or the other way round: written with the article (العويضة for خالد بن إبراهيم عويضة).
        const same = last.startsWith('ال') ? nearSkeleton(sk[0]!, last.slice(2)) : sk[0]!.startsWith('ال') && nearSkeleton(sk[0]!.slice(2), last);
        if (g.nameWords.length < 2 || !same) continue;
        if (!g.mentions.some((m) => m.start < c.start)) continue;
        best = g;
        break;
      }
    }
    if (best) {
      best.mentions.push(sk.length === 1 ? withParticle(ctx, c, best.nameWords) : c);
      groupOf.set(c, best);
    } else {
      const g = add(`p:${people.length}`, c, () => ({ type: 'person', record: -1, nameWords: sk }));
      people.push(g);
    }
  }

  for (const c of cands) {
    if (groupOf.has(c)) continue;
    if (c.hit) {
      const rec = c.hit.record;
      if (c.hit.kind === 'capital' && capitalIsPlace(ctx, c)) {
        add(`l:${c.key.split(' ').map(skeleton).join(' ')}`, c, () => ({ type: 'location', record: -1, nameWords: [] }));
      } else {
        add(`r:${c.hit.index}`, c, () => ({ type: rec.type, record: c.hit!.index, nameWords: [] }));
      }
      continue;
    }
    const type = KIND_TYPE[c.kind]!;
    add(c.body ? `B:${c.body}` : `${c.kind}:${c.key.split(' ').map(skeleton).join(' ')}`, c, () => ({ type, record: -1, nameWords: [] }));
  }

  for (const c of cands) {
    if (c.kind !== 'PERS') continue;
    const g = groupOf.get(c);
    for (const role of rolesOf(c)) if (role && g && !g.roles.includes(role)) g.roles.push(role);
  }

  mergeGroups(ctx, cands, groups, groupOf);

  const list = [...groups.values()].map((g) => ({ g, first: Math.min(...g.mentions.map((m) => m.start)) }));
  list.sort((a, b) => a.first - b.first);
  return list.map(({ g }, i) => toEntity(ctx.text, g, i));
}

/** Particles of family names (لا روزا، دي ميستورا، فان غال، آل منصور), as skeletons. */
const SURNAME_PARTICLES = new Set(['لا', 'لو', 'دي', 'دا', 'دو', 'ديل', 'دير', 'فان', 'فون', 'آل'].map((w) => skeleton(normalizeKey(w))));
/** Particles that are no Arabic word (not لا, لو, دا, آل), as written (not فإن, لدى, بديل) → skeleton. */
const FOREIGN_PARTICLE = new Map(['دي', 'ديل', 'دير', 'فان', 'فون'].map((w) => [w, skeleton(normalizeKey(w))] as const));

/**
 * A family name that its particle opens in the full name (سالفاتوري لا روزا) is named with it where the text gives it
 * (`وفقا للا روزا` → `لا روزا`, the preposition off): the particle alone is no word of the name's own, so the tagger
 * leaves it out, and `لا` is the negation elsewhere.
 */
function withParticle(ctx: LinkContext, c: Candidate, nameWords: readonly string[]): Candidate {
  const { text, words } = ctx;
  const prev = words[c.w0 - 1];
  const at = nameWords.indexOf(skeleton(c.key));
  if (!prev?.lexical || at < 0 || words[c.w0]!.start !== c.start || c.start - prev.end !== 1) return c;
  // The full name may have been written without its particle (لويس غال, then فان غال): a particle that is no Arabic
  // word still belongs to the family name it stands before.
  // Not after punctuation, where فان is فإن written without its hamza (وبحسب القضاء، فان دافيدسون دفع), nor before
  // a word with the article (فان الشريف).
  const own = at > 0 && SURNAME_PARTICLES.has(nameWords[at - 1]!) ? nameWords[at - 1]! : at === nameWords.length - 1 && !c.key.startsWith('ال') && words[c.w0 - 2]?.lexical ? FOREIGN_PARTICLE.get(text.slice(prev.start, prev.end)) : undefined;
  if (!own) return c;
  const raw = normalizeKey(text.slice(prev.start, prev.end));
  // With a proclitic first (للا روزا), else as written (فان غال: ف is the name's own).
  const particle = raw.length > 2 && 'وبلف'.includes(raw[0]!) && skeleton(raw.slice(1)) === own ? raw.slice(1) : raw;
  if (skeleton(particle) !== own) return c;
  const start = sourceCut(text, prev.start, raw.length - particle.length);
  return { ...c, start, w0: c.w0 - 1, key: `${particle} ${c.key}` };
}

/** The marks that set off an alias after a name, with the marks that may close each. */
const ALIAS_MARKS = new Map([['(', ')'], ['"', '"'], ['«', '»'], ['“', '”"']]);

/** Words that open a country's epithet (`بلاد الرافدين`، `أرض الكنانة`). */
const COUNTRY_EPITHET_HEADS = new Set(['بلاد', 'أرض', 'دولة', 'جمهورية', 'مملكة', 'إمارة'].map((w) => normalizeKey(w)));

/**
 * Joins groups that name one body: a name and the acronym or alias in parentheses right after it
 * (`المعهد العالمي للزراعة الاستوائية (CIAT)`); an institution with and without its head noun
 * (`حزب الأصالة والمعاصرة` / `الأصالة والمعاصرة`) or with a place or a parent body after it (`جامعة محمد الخامس
 * بالرباط`, `البعثة البرلمانية التابعة لمجلس الاتحاد الأوروبي`); a name cut to its leading words (`مؤسسة النقد`) or a
 * proper name to its last ones (`تايمز`), when no other name opens or ends alike; a kunya with the family name.
 */
function mergeGroups(ctx: LinkContext, cands: readonly Candidate[], groups: Map<string, Group>, groupOf: Map<Candidate, Group>): void {
  const into = (from: Group, to: Group) => {
    if (from === to || !groups.has(from.key) || !groups.has(to.key)) return;
    for (const m of from.mentions) {
      to.mentions.push(m);
      groupOf.set(m, to);
    }
    for (const r of from.roles) if (!to.roles.includes(r)) to.roles.push(r);
    groups.delete(from.key);
  };
  const { words } = ctx;
  // Name (ALIAS), Name "ALIAS": the candidate right after the opening parenthesis or quotation mark, closed right
  // after it.
  for (const c of cands) {
    const open = words[c.w1];
    if (c.kind === 'PERS' || !open || open.lexical) continue;
    const close = ALIAS_MARKS.get(ctx.text.slice(open.start, open.end));
    if (!close) continue;
    const d = cands.find((x) => x.w0 === c.w1 + 1 && x.kind !== 'PERS' && close.includes(ctx.text.slice(words[x.w1]?.start ?? 0, words[x.w1]?.end ?? 0)));
    const gc = groupOf.get(c);
    const gd = d ? groupOf.get(d) : undefined;
    if (!gc || !gd || (gc.record >= 0 && gd.record >= 0)) continue;
    // A town and the country it is in (`الصخيرات (المغرب)`، `القاهرة (مصر)`) are two places; a country's epithet
    // and its name (`بلاد الرافدين (العراق)`) one.
    if (gc.type === 'location' && gd.type === 'country' && !COUNTRY_EPITHET_HEADS.has(c.key.split(' ')[0]!)) continue;
    // In quotation marks, an institution's or an event's short name cut from its own words (`... ومكافحة الفساد
    // "نزاهة"`) or a Latin acronym (`"SEC"`); anything else quoted after a name is another name.
    if (close !== ')' && !((gc.type === 'organization' || gc.type === 'other') && (/^[A-Z]{2,6}$/.test(ctx.text.slice(d!.start, d!.end)) || isCutFrom(d!.key, c.key)))) continue;
    if (gd.record >= 0) into(gc, gd);
    else into(gd, gc);
  }
  // With and without the head noun, with a place after the name, or cut to its leading words.
  // Names the registry does not know, and the longer names they may stand for (registry names too).
  const bodies = [...groups.values()].filter((g) => g.type === 'organization' || g.type === 'other' || g.type === 'group' || g.type === 'location');
  const named = bodies.filter((g) => g.record < 0);
  // Each group's longest mention, its words and their skeletons, once (the comparison below is pairwise).
  const longestWords = new Map(bodies.map((g) => [g, g.mentions.map((m) => m.key.split(' ')).sort((a, b) => b.length - a.length)[0] ?? []]));
  const longest = new Map(bodies.map((g) => [g, longestWords.get(g)!.map(skeleton)]));
  const startsWith = (whole: string[], part: string[]) => whole.length > part.length && part.every((w, k) => whole[k] === w);
  const endsWith = (whole: string[], part: string[]) => whole.length > part.length && part.every((w, k) => whole[whole.length - part.length + k] === w);
  for (const a of bodies) {
    // A proper name (no word with the article, its head noun aside: صحيفة نيويورك تايمز) may be called by its last words.
    const aWords = longestWords.get(a)!;
    const headed = HEAD_NOUNS.has(aWords[0] ?? '') ? 1 : 0;
    const proper = a.type === 'organization' && aWords.slice(headed).every((w) => !w.startsWith('ال'));
    for (const b of named) {
      if (a === b || !groups.has(a.key) || !groups.has(b.key)) continue;
      const wa = longest.get(a)!;
      const wb = longest.get(b)!;
      if (wb.length >= 2 && startsWith(wa, wb)) {
        // مؤسسة النقد for مؤسسة النقد العربي السعودي, اللجنة المنظمة for اللجنة المنظمة للبطولة: a name of two words or
        // more that opens one longer name of the same type, and one only (مكتب العمل beside two offices in two towns
        // is neither), is its short form; a place or parent body after the name (جامعة محمد الخامس بالرباط، البعثة
        // البرلمانية التابعة لـ...) is the institution's, whatever else opens alike.
        const placeAdded = (a.type === 'organization' || a.type === 'other') && /^(ب|في$|التابع)/.test(wa[wb.length]!);
        const only = () => a.type === b.type && a.type !== 'location' && bodies.every((c) => c === a || c === b || c.type !== b.type || !groups.has(c.key) || !startsWith(longest.get(c)!, wb));
        if (!placeAdded && !only()) continue;
        // The longer span may have run on past the name (مجلس النواب المواطنين، وزارة الصحة الدكتور): the body is one,
        // named by the short form then.
        if (!placeAdded && a.record < 0 && ranOn(longestWords.get(a)!.slice(wb.length), wb[0]!.startsWith('ال'))) a.nameKey ??= longestWords.get(b)!.join(' ');
        into(b, a);
        continue;
      }
      // مانشستر يونايتد / يونايتد، نيويورك تايمز / تايمز: a proper name's last words, shorter than the name without its
      // head (جامعة فيرجينيا / فيرجينيا is the state), when no other name ends alike.
      if (proper && b.type === 'organization' && wb.length < wa.length - headed && endsWith(wa, wb) &&
        bodies.every((c) => c === a || c === b || !groups.has(c.key) || c.type !== 'organization' || !endsWith(longest.get(c)!, wb))) {
        into(b, a);
        continue;
      }
      // One place the registry does not know, spelt with a letter more and a letter less (امسمرير / امسرير).
      if (a.type === 'location' && b.type === 'location' && a.record < 0 && wa.length === 1 && wb.length === 1 && wa[0]!.length > wb[0]!.length && droppedLetter(wa[0]!, wb[0]!)) {
        into(b, a);
        continue;
      }
      if (a.record >= 0 || a.type === 'location' || b.type === 'location' || a.type === 'group' || b.type === 'group') continue;
      // A ministry's portfolio alone is one word: `الداخلية` / `وزارة الداخلية`.
      const portfolio = wb.length === 1 && wa.length === 2 && wa[0] === MINISTRY_SKELETON;
      // One word names an institution alone when it is a name with the head (`منظمة اليونيسف` / `اليونيسف`، `موقع تويتر`).
      const oneWord = wb.length === 1 && HEAD_NOUNS.has(longestWords.get(a)![0]!) && longestWords.get(a)!.length === 2;
      const headDropped = (wb.length >= 2 || portfolio || oneWord) && wa.length === wb.length + 1 && wa.slice(1).join(' ') === wb.join(' ');
      // شركة تاف التركية / تاف: a company's or an outlet's name with its head and the demonym of its country, alone.
      const aw = longestWords.get(a)!;
      // (A proper name: شركة الملابس الأمريكية is no company called الملابس.)
      const demonymDropped = wa.length === wb.length + 2 && HEAD_NOUNS.has(aw[0]!) && lookupKey(aw.at(-1)!)?.kind === 'demonym' && wa.slice(1, -1).join(' ') === wb.join(' ') &&
        (wb.length >= 2 || !wb[0]!.startsWith('ال'));
      if (headDropped || demonymDropped) into(b, a);
    }
  }
  // A kunya with the family name (أبو حفص رفيقي) is the person named in full with it (محمد عبد الوهاب رفيقي), when
  // the family name is no nisba (البغدادي is shared by many) and one person only has it.
  const people = [...groups.values()].filter((g) => g.type === 'person' && g.nameWords.length >= 2);
  for (const a of people) {
    if (!KUNYA.has(a.nameWords[0]!) || a.nameWords.length !== 3) continue;
    const family = a.nameWords[2]!;
    if (family.startsWith('ال')) continue;
    const others = people.filter((b) => b !== a && groups.has(b.key) && !KUNYA.has(b.nameWords[0]!) && b.nameWords.at(-1) === family);
    if (others.length === 1) into(a, others[0]!);
  }
}

/**
 * A longer span that ran on past the name it opens with (`مجلس النواب المواطنين`، `وزارة الصحة الدكتور`، `شركة الاتصالات
 * السعودية والواقع`، `وزارة الداخلية الأخير`): its extra words hold a conjunction, a title, a plural of persons or a
 * time word, or open with ل after a name that has its own head (`وزارة الإسكان للجميع`). Adjectives (`السعودي`،
 * `العام`) and what a description needs (`المرصد السوري لحقوق الإنسان`، `اللجنة المنظمة للبطولة`) are the name's.
 */
function ranOn(extra: readonly string[], definiteHead: boolean): boolean {
  return extra.some((w, k) => w.startsWith('و') || TITLE_KEYS.has(w) || STOPS.has(w) || RUN_ON_TIMES.has(w) || /(?:ين|ون)$/.test(w) || (k === 0 && w.startsWith('ل') && !definiteHead));
}

const TITLE_KEYS = new Set(TITLES.map((w) => normalizeKey(w)));
const RUN_ON_TIMES = new Set(['الأخير', 'الأخيرة', 'الحالي', 'الحالية', 'السابق', 'السابقة', 'المقبل', 'المقبلة'].map((w) => normalizeKey(w)));

/** Kunya heads (أبو حفص), as skeletons. */
const KUNYA = new Set(['أبو', 'أبي', 'أم'].map((w) => skeleton(normalizeKey(w))));

const MINISTRY_SKELETON = skeleton(normalizeKey('وزارة'));

function toEntity(text: string, g: Group, i: number): Entity {
  const mentions = [...g.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Map<string, string>();
  for (const m of mentions) {
    const k = m.key;
    if (!seen.has(k)) seen.set(k, displayForm(text, m.start, m.end));
  }
  // A name the text gives with its mention (جمعية "بيت الحكمة" for بيت الحكمة) is the fullest form.
  const given = mentions.find((m) => m.name)?.name;
  const rec = g.record >= 0 ? REGISTRY_RECORDS[g.record] : undefined;
  let name: string;
  if (rec) name = rec.name;
  else if (given) name = given;
  else if (g.nameKey && seen.has(g.nameKey)) name = seen.get(g.nameKey)!;
  else {
    // The fullest name: most words, then one without the preposition ل (للحكومة الأفغانية), then most mentions, then first.
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    const lam = (k: string) => Number(k.startsWith('لل'));
    const best = [...seen.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || lam(a) - lam(b) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]!;
    name = seen.get(best)!;
  }
  const nameKey = toKey(name);
  const aliases = [...seen].filter(([k]) => k !== nameKey).map(([, raw]) => raw);
  const out: Entity = {
    id: `e${i}`,
    name,
    type: g.type,
    aliases,
    roles: g.roles,
    mentions: dedupe(mentions.map((m): EntityMention => ({ start: m.start, end: m.end, raw: text.slice(m.start, m.end) }))),
  };
  if (rec?.wikidata) out.wikidata = rec.wikidata;
  if (rec) out.nameEn = rec.nameEn;
  return out;
}

/**
 * A mention as a name: its text, with the article restored where a preposition ل took it (للمديرية is ل +
 * المديرية, the mention starts at لمديرية: the name reads المديرية).
 */
function displayForm(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (start === 0 || text.charCodeAt(start - 1) !== 0x0644 || text.charCodeAt(start) !== 0x0644 || /\p{L}/u.test(text[start - 2] ?? '')) return raw;
  // Only before an institution's head noun (لمديرية): للبنان is ل + لبنان. (للجنة stays لجنة: ل + لجنة التنمية or
  // ل + اللجنة الخاصة, the spelling does not say which.)
  return HEAD_NOUNS.has(normalizeKey(raw.split(/\s/)[0]!).slice(1)) ? 'ا' + raw : raw;
}

function dedupe(ms: EntityMention[]): EntityMention[] {
  return ms.filter((m, i) => i === 0 || m.start !== ms[i - 1]!.start || m.end !== ms[i - 1]!.end);
}

/**
 * Forces of a state named with their state (الشرطة الإسبانية، الجيش الأفغاني): alone after it (وقالت الشرطة) they are
 * that force, as the government (an institution's head) already is.
 */
const FORCE_HEADS = new Set(['شرطة', 'جيش'].map((w) => normalizeKey(w)));

const HEAD_NOUNS = new Set([...ORG_HEADS, ...MEDIA_HEADS, ...GROUP_HEADS].map((h) => normalizeKey(h).replace(/^ال/, '')));

/** Adds the institution head an indefinite word is (proclitics off: `لشركة`, `صحيفة`), if it is one. */
function addHead(w: Word, heads: Set<string>): void {
  for (const r of readingsOf(w)) if (HEAD_NOUNS.has(r.rest)) heads.add(r.rest);
}

/** The index of the last word that starts at or before `offset` (words are in text order), or -1. */
function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  let out = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start <= offset) {
      out = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return out;
}

/**
 * Definite heads standing alone for an institution named before: `المجلس` after `المجلس الوطني لحقوق الإنسان`,
 * `الوزارة` after `وزارة التجهيز والنقل`, `للوزارة` (the preposition taken off). A head followed by a definite
 * word starts a new name instead (`المجلس الوطني`), so it is left alone. And `المملكة` alone for the one
 * kingdom the article names.
 *
 * @returns Extra candidates with the entity they join (index into `entities`).
 */
export function headAnaphora(ctx: LinkContext, entities: Entity[], covered: (w: number) => boolean): void {
  const byHead = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'organization' && e.type !== 'group') continue;
    // Its name's head, and the head of any mention that names it with one (حزب التجمع الوطني للأحرار for a party
    // whose registry name has none, حزب المصباح).
    // Or the noun right before a mention that names it without one (شركة Aramco Trading, صحيفة "الصباح").
    const heads = new Set<string>();
    const first = normalizeKey(e.name.slice(0, e.name.search(/\s|$/))).replace(/^ال/, '');
    if (HEAD_NOUNS.has(first) || FORCE_HEADS.has(first)) heads.add(first);
    for (const m of e.mentions) {
      const k = wordAt(ctx.words, m.start);
      if (k < 0) continue;
      // The mention's first word (its normal form when the mention starts with the word: most do).
      const w = ctx.words[k]!;
      const norm = w.start === m.start ? w.norm : normalizeKey(m.raw.slice(0, m.raw.search(/\s|$/)));
      const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
      if (HEAD_NOUNS.has(bare)) heads.add(bare);
      // The word before, past an opening quotation mark.
      let p = k - 1;
      if (p >= 0 && !ctx.words[p]!.lexical && ctx.words[p]!.end - ctx.words[p]!.start === 1 && '"«“'.includes(ctx.text[ctx.words[p]!.start]!)) p--;
      if (p >= 0 && ctx.words[p]!.lexical) addHead(ctx.words[p]!, heads);
    }
    for (const h of heads) byHead.set(h, [...(byHead.get(h) ?? []), e]);
  }
  const kingdoms = entities.filter((e) => e.type === 'country' && REGISTRY_RECORDS.some((r) => r.kingdom && r.name === e.name));
  // An article that names no kingdom but its places and institutions (الأحساء، الهيئة العامة للسياحة والتراث الوطني):
  // المملكة is the kingdom they belong to, made an entity on first use.
  let inferred: Entity | null | undefined = kingdoms.length ? null : undefined;
  const kingdomOfPlaces = (): Entity | null => {
    if (inferred !== undefined) return inferred;
    inferred = null;
    const votes = new Map<RegistryRecord, number>();
    for (const e of entities) {
      const code = e.type !== 'country' && e.type !== 'person' ? REGISTRY_BY_NAME().get(e.name)?.country : undefined;
      const kingdom = code ? KINGDOM_BY_CODE().get(code) : undefined;
      if (kingdom) votes.set(kingdom, (votes.get(kingdom) ?? 0) + e.mentions.length);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (best) {
      inferred = { id: '', name: best.name, type: 'country', aliases: [], roles: [], mentions: [], nameEn: best.nameEn, ...(best.wikidata ? { wikidata: best.wikidata } : {}) };
      entities.push(inferred);
    }
    return inferred;
  };
  const { words, text } = ctx;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.lexical || covered(i)) continue;
    const readings = readingsOf(w);
    const r = readings.find((x) => x.rest.startsWith('ال') && (HEAD_NOUNS.has(x.rest.slice(2)) || byHead.has(x.rest.slice(2)) || x.rest === 'المملكه'));
    if (!r) continue;
    const next = words[i + 1];
    // A definite word after the head starts a name (المجلس الوطني); after المملكة only an adjective of a country
    // does (المملكة الأردنية، المملكة المتحدة), not a number or a noun (جهات المملكة الإثني عشر).
    const nameAfter = (x: { rest: string }) => x.rest.startsWith('ال') && (r.rest !== 'المملكه' || x.rest.endsWith('يه') || x.rest === 'المتحده');
    if (next && next.lexical && !STOPS.has(next.norm) && readingsOf(next).some(nameAfter) && /^\s+$/.test(text.slice(w.end, next.start))) continue;
    const head = r.rest.slice(2);
    let target: Entity | undefined;
    // المملكة alone: the kingdom the article names most.
    if (r.rest === 'المملكه') target = [...kingdoms].sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? kingdomOfPlaces() ?? undefined;
    else {
      // The institution with this head mentioned last before the word.
      let bestStart = -1;
      for (const e of byHead.get(head) ?? []) {
        const before = e.mentions.filter((m) => m.end <= w.start).map((m) => m.start);
        const last = before.length ? Math.max(...before) : -1;
        if (last > bestStart) {
          bestStart = last;
          target = e;
        }
      }
      // Before any full mention (a lead that says اللجنة first): the one institution with this head, if one.
      const only = byHead.get(head);
      if (!target && only?.length === 1) target = only[0];
    }
    if (!target) continue;
    const start = sourceCut(text, w.start, r.cut);
    const raw = text.slice(start, w.end);
    target.mentions.push({ start, end: w.end, raw });
    target.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    if (!target.aliases.includes(raw) && toKey(raw) !== toKey(target.name)) target.aliases.push(raw);
  }
}

/** Registry records by canonical name (places and institutions carry the code of their country), built on first use. */
let byName: Map<string, RegistryRecord> | undefined;
const REGISTRY_BY_NAME = (): Map<string, RegistryRecord> => (byName ??= new Map(REGISTRY_RECORDS.filter((r) => r.type !== 'country').map((r) => [r.name, r])));
/** The monarchies by country code. */
let kingdomByCode: Map<string, RegistryRecord> | undefined;
const KINGDOM_BY_CODE = (): Map<string, RegistryRecord> => (kingdomByCode ??= new Map(REGISTRY_RECORDS.filter((r) => r.kingdom && r.country).map((r) => [r.country!, r])));

/**
 * Entities of one type whose canonical names are the same are one entity: a registry name and the same name found by
 * a rule (`"الشباب"` → حركة الشباب, and حركة الشباب), or a name after `للـ` whose mention lost the article's alif
 * (`لمديرية العامة` → المديرية العامة) beside its plain mentions. Persons named by one word stay apart (two people may
 * share a given name); a place is the same with or without the head مدينة، بلدة، قرية، ولاية. Mentions,
 * aliases and roles are pooled in the first; the order of first mentions is kept.
 */
export function mergeSameNames(entities: Entity[]): Entity[] {
  const byName = new Map<string, Entity>();
  const out: Entity[] = [];
  for (const e of entities) {
    const key = `${e.type}|${e.type === 'location' ? placeKey(e.name) : toKey(e.name)}`;
    const first = e.type === 'person' && !e.name.includes(' ') ? undefined : byName.get(key);
    if (!first) {
      byName.set(key, e);
      out.push(e);
      continue;
    }
    // A mention inside a longer one of the same entity (فاس in مدينة فاس) is the same mention.
    const pooled = dedupe([...first.mentions, ...e.mentions].sort((a, b) => a.start - b.start || b.end - a.end));
    first.mentions = pooled.filter((m) => !pooled.some((o) => o !== m && o.start <= m.start && m.end <= o.end));
    const nameKey = toKey(first.name);
    for (const a of [...e.aliases, ...e.mentions.map((m) => m.raw)]) {
      if (toKey(a) !== nameKey && !first.aliases.includes(a)) first.aliases.push(a);
    }
    for (const r of e.roles) if (!first.roles.includes(r)) first.roles.push(r);
    // A place named with and without its head (مدينة لوس أنجلوس، لوس أنجلوس): the registry's name, else the bare one.
    if ((e.wikidata && !first.wikidata) || (!first.wikidata && e.name.length < first.name.length)) {
      if (!first.aliases.includes(first.name)) first.aliases.push(first.name);
      first.name = e.name;
      first.aliases = first.aliases.filter((a) => toKey(a) !== toKey(e.name));
    }
    if (!first.wikidata && e.wikidata) first.wikidata = e.wikidata;
    if (!first.nameEn && e.nameEn) first.nameEn = e.nameEn;
  }
  return out;
}

/**
 * Heads a place is named with or without (مدينة فاس is فاس, ولاية تكساس is تكساس, محافظة الأفلاج is الأفلاج: a
 * governorate bears its seat's name and the news names both as one). Not the heads of a larger unit named after its
 * city (جهة طنجة، إقليم تنغير، منطقة الرياض), nor a port, an airport or a street.
 */
const ADMIN_HEADS = new Set(['مدينة', 'بلدة', 'قرية', 'ولاية', 'محافظة'].map((h) => normalizeKey(h)));

/**
 * A place's key without its head (`ADMIN_HEADS`): مدينة لوس أنجلوس and لوس أنجلوس share one; so do a facility's name
 * with and without its adjective (مطار الملك خالد الدولي، مطار الملك خالد).
 */
function placeKey(name: string): string {
  const key = toKey(name);
  const space = key.indexOf(' ');
  if (space < 0) return key;
  const head = key.slice(0, space);
  if (ADMIN_HEADS.has(head)) return key.slice(space + 1);
  const last = key.lastIndexOf(' ');
  return FACILITY_HEADS.has(head) && last > space && FACILITY_ADJECTIVES.has(key.slice(last + 1)) ? key.slice(0, last) : key;
}
