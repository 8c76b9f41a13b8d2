// `npx tsx scripts/build-registry.ts`: builds src/core/entities/registry-data.ts from data/entities/*.json and the
// Arabic and English names of i18n-iso-countries. The core cannot read files, so the registry ships as a module.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { toKey } from '../src/core/entities/keys.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
};
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const root = fileURLToPath(new URL('..', import.meta.url));
const read = <T>(f: string): T => JSON.parse(readFileSync(`${root}data/entities/${f}`, 'utf8')) as T;

interface CountryData { name?: string; en?: string; wd?: string; capital?: string[]; aliases?: string[]; demonyms?: string[]; plurals?: string[]; ambiguous?: string[]; kingdom?: boolean }
interface Entry { name: string; en?: string; wd?: string; type?: 'organization' | 'group' | 'location' | 'other'; country?: string; aliases: string[]; ambiguous?: boolean; ambiguousForms?: string[] }
interface Titles { titles: string[]; honorifics: string[]; heads: string[]; orgHeads: string[]; placeHeads: string[]; namesWithWaw: string[]; stopWords: string[]; ordinals: string[]; orgLinkers: string[]; eventHeads: string[]; groupHeads: string[]; stateBodies: string[]; workNouns: string[]; afterName: string[]; sovereigns: string[]; genericBodies: string[]; mediaHeads: string[]; bodyHeads: string[] }

/** Form kinds, as stored in the generated table (bit 8 marks a form that is also a common word). */
const KIND = { name: 0, alias: 1, capital: 2, demonym: 3 } as const;
const AMBIGUOUS = 8;

const records: { name: string; nameEn: string; type: string; wikidata?: string; country?: string; kingdom?: boolean }[] = [];
const forms = new Map<string, [number, number]>();
const add = (form: string, rec: number, kind: number) => {
  const k = toKey(form);
  if (!k) return;
  const had = forms.get(k);
  // The first owner keeps a form (countries come first: عمان is Oman's name before any city).
  if (!had || (had[1] & 7) > (kind & 7)) forms.set(k, [rec, kind]);
};

/** Demonym inflections: masculine/feminine, singular, dual, sound plurals, with and without the article. */
function inflect(stem: string): string[] {
  const words = toKey(stem).split(' ');
  const out: string[] = [];
  for (const suffix of ['', 'ه', 'ون', 'ين', 'ان', 'تان', 'تين']) {
    for (const art of ['', 'ال']) out.push(words.map((w) => art + w + suffix).join(' '));
  }
  return out;
}

const ar = countries.getNames('ar', { select: 'all' });
const en = countries.getNames('en', { select: 'all' });
const data = read<Record<string, CountryData | string>>('countries.json');
const codes = [...new Set([...Object.keys(ar), ...Object.keys(data).filter((c) => c !== '_about')])].sort();
for (const code of codes) {
  const d = (typeof data[code] === 'object' ? data[code] : {}) as CountryData;
  const arNames = ar[code] ?? [];
  const name = d.name ?? arNames[0];
  if (!name) continue;
  // The shortest plain English name (United States, not United States of America; Russia, not Russian Federation).
  const plain = (en[code] ?? []).filter((n) => n.length > 3 && !/[,(.]/.test(n) && !n.startsWith('The ')).sort((a, b) => a.length - b.length);
  const enName = d.en ?? plain[0] ?? en[code]?.[0] ?? code;
  const rec = records.length;
  records.push({ name, nameEn: enName, type: 'country', ...(d.wd ? { wikidata: d.wd } : {}), country: code, ...(d.kingdom ? { kingdom: true } : {}) });
  const amb = new Set((d.ambiguous ?? []).map(toKey));
  const flag = (f: string) => (amb.has(toKey(f)) ? AMBIGUOUS : 0);
  add(name, rec, KIND.name | flag(name));
  for (const n of arNames) add(n, rec, KIND.alias | flag(n));
  for (const n of d.aliases ?? []) add(n, rec, KIND.alias | flag(n));
  for (const n of en[code] ?? []) if (n.length > 3 || /^[A-Z]{2,3}$/.test(n) === false) add(n, rec, KIND.alias);
  for (const c of d.capital ?? []) add(c, rec, KIND.capital | flag(c));
  // Demonyms: listed, or derived from a one-word name (فرنسا → فرنسي, السودان → سوداني) when the data has none.
  let stems = d.demonyms;
  if (stems === undefined && !name.includes(' ')) {
    const bare = toKey(name).replace(/^ال/, '').replace(/[اه]$/, '');
    if (bare.length >= 3 && !/[يو]$/.test(bare)) stems = [bare + 'ي'];
  }
  for (const s of stems ?? []) for (const f of inflect(s)) add(f, rec, KIND.demonym);
  for (const p of d.plurals ?? []) add(p, rec, KIND.demonym);
}

const sections: [string, string][] = [['organizations.json', 'organization'], ['media.json', 'organization'], ['places.json', 'location'], ['morocco.json', 'organization'], ['saudi.json', 'organization'], ['clubs.json', 'organization'], ['groups.json', 'group'], ['other.json', 'other']];
for (const [file, type] of sections) {
  for (const e of read<{ entries: Entry[] }>(file).entries) {
    const rec = records.length;
    records.push({ name: e.name, nameEn: e.en ?? e.name, type: e.type ?? type, ...(e.wd ? { wikidata: e.wd } : {}), ...(e.country ? { country: e.country } : {}) });
    const amb = e.ambiguous ? AMBIGUOUS : 0;
    add(e.name, rec, KIND.name | amb);
    const ambForms = new Set((e.ambiguousForms ?? []).map(toKey));
    for (const a of e.aliases) add(a, rec, KIND.alias | ((amb && toKey(a).split(' ').length === 1) || ambForms.has(toKey(a)) ? AMBIGUOUS : 0));
  }
}

const titles = read<Titles>('titles.json');
const out = `// GENERATED by scripts/build-registry.ts from data/entities/*.json and i18n-iso-countries: do not edit.

/** A canonical entity of the registry. */
export interface RegistryRecord {
  /** Canonical Arabic name. */
  name: string;
  /** English name. */
  nameEn: string;
  type: 'country' | 'organization' | 'location' | 'group' | 'other';
  /** Wikidata ID, when known. */
  wikidata?: string;
  /** ISO 3166-1 alpha-2 code of the country it is or belongs to. */
  country?: string;
  /** A monarchy that the bare word المملكة may stand for. */
  kingdom?: boolean;
}

/** The canonical entities. */
export const REGISTRY_RECORDS: readonly RegistryRecord[] = ${JSON.stringify(records)};

/** Matching key (\`toKey\`) → [record index, kind: 0 name, 1 alias, 2 capital, 3 demonym; +8 when also a common word]. */
export const REGISTRY_FORMS: readonly (readonly [string, number, number])[] = ${JSON.stringify([...forms].map(([k, [r, f]]) => [k, r, f]))};

/** Titles and roles that stand before a name. */
export const TITLES: readonly string[] = ${JSON.stringify(titles.titles)};

/** Address forms (السيد، الشيخ): kept out of names, not roles of office. */
export const HONORIFICS: readonly string[] = ${JSON.stringify(titles.honorifics)};

/** Nouns that open a role phrase continued by a genitive (وزير الخارجية، المتحدث باسم ...). */
export const ROLE_HEADS: readonly string[] = ${JSON.stringify(titles.heads)};

/** Nouns that open the name of an institution (وزارة التجهيز والنقل). */
export const ORG_HEADS: readonly string[] = ${JSON.stringify(titles.orgHeads)};

/** Nouns that open the name of an administrative place (إقليم تنغير). */
export const PLACE_HEADS: readonly string[] = ${JSON.stringify(titles.placeHeads)};

/** Given names that start with و, which is then not the conjunction. */
export const NAMES_WITH_WAW: readonly string[] = ${JSON.stringify(titles.namesWithWaw)};

/** Words that end a name phrase (days, time words, relatives). */
export const STOP_WORDS: readonly string[] = ${JSON.stringify(titles.stopWords)};

/** Words that end a royal or papal name (محمد السادس) and are not surnames. */
export const ORDINALS: readonly string[] = ${JSON.stringify(titles.ordinals)};

/** Nouns with ل that continue an institution name before a definite word (لحقوق الإنسان). */
export const ORG_LINKERS: readonly string[] = ${JSON.stringify(titles.orgLinkers)};

/** Nouns that open the name of an event (مؤتمر باريس 2015). */
export const EVENT_HEADS: readonly string[] = ${JSON.stringify(titles.eventHeads)};

/** Nouns that with a place or a people name a group (مافيا صقلية، المافيا الإيطالية). */
export const GROUP_HEADS: readonly string[] = ${JSON.stringify(titles.groupHeads)};

/** Nouns that with a demonym name a body of that state (الحكومة الرواندية). */
export const STATE_BODIES: readonly string[] = ${JSON.stringify(titles.stateBodies)};

/** Nouns before a quoted title of a work (بعنوان "..."). */
export const WORK_NOUNS: readonly string[] = ${JSON.stringify(titles.workNouns)};

/** Nouns before the quoted name of an outlet or company, which is the name alone (صحيفة "الصباح"). */
export const MEDIA_HEADS: readonly string[] = ${JSON.stringify(titles.mediaHeads)};

/** Nouns before the quoted name of an association or school, which keeps the noun (جمعية "بيت الحكمة"). */
export const BODY_HEADS: readonly string[] = ${JSON.stringify(titles.bodyHeads)};

/** Words that may follow a given name used alone (وقالت عزيزة إن ...). */
export const AFTER_NAME: readonly string[] = ${JSON.stringify(titles.afterName)};

/** Phrases that name the reigning monarch without a name (جلالة الملك، صاحب الجلالة). */
export const SOVEREIGNS: readonly string[] = ${JSON.stringify(titles.sovereigns)};

/** An institution head with a common noun that names no institution (هيئة التدريس، حركة السير). */
export const GENERIC_BODIES: readonly string[] = ${JSON.stringify(titles.genericBodies)};
`;
writeFileSync(`${root}src/core/entities/registry-data.ts`, out);
console.log(`registry: ${records.length} records, ${forms.size} forms`);
