import { REGISTRY_FORMS, REGISTRY_RECORDS, type RegistryRecord } from './registry-data.js';
import { cliticReadings, toKey } from './keys.js';

export type { RegistryRecord } from './registry-data.js';

/** How a form names its registry entity. */
export type FormKind = 'name' | 'alias' | 'capital' | 'demonym';

const KINDS: readonly FormKind[] = ['name', 'alias', 'capital', 'demonym'];

/** A registry hit: the record, its index, and how the form names it. */
export interface RegistryHit {
  record: RegistryRecord;
  /** Index of the record in `REGISTRY_RECORDS`: a stable key within one build. */
  index: number;
  kind: FormKind;
  /** True when the form is also a common word (مالي = financial) and needs other evidence. */
  ambiguous: boolean;
}

const FORMS = new Map<string, readonly [number, number]>();
/** Longest form, in words, for each first word: bounds the phrase matcher. */
const LONGEST = new Map<string, number>();
for (const [key, rec, kind] of REGISTRY_FORMS) {
  FORMS.set(key, [rec, kind]);
  const words = key.split(' ');
  const first = words[0]!;
  if ((LONGEST.get(first) ?? 0) < words.length) LONGEST.set(first, words.length);
}

function hitOf(v: readonly [number, number]): RegistryHit {
  return { record: REGISTRY_RECORDS[v[0]]!, index: v[0], kind: KINDS[v[1] & 7]!, ambiguous: (v[1] & 8) !== 0 };
}

/**
 * Looks a name up in the registry: countries (names, capitals standing for their governments, demonyms in every
 * inflection), international organisations, news agencies and places. A leading conjunction or preposition is
 * tried off as well (`وروسيا`, `بالأمم المتحدة`).
 *
 * @param name A name as written (any spelling of alef, yaa, taa marbuta; harakat allowed).
 * @returns The hit, or null when the registry does not know the name.
 * @example lookupRegistry('بيونغ يانغ')?.record.name // 'كوريا الشمالية'
 * @example lookupRegistry('الأميركيين')?.record.nameEn // 'United States'
 */
export function lookupRegistry(name: string): RegistryHit | null {
  const key = toKey(name);
  if (!key) return null;
  const direct = FORMS.get(key);
  if (direct) return hitOf(direct);
  const sp = key.indexOf(' ');
  const first = sp < 0 ? key : key.slice(0, sp);
  const tail = sp < 0 ? '' : key.slice(sp);
  for (const r of cliticReadings(first).slice(1)) {
    const v = FORMS.get(r.rest + tail);
    if (v) return hitOf(v);
  }
  return null;
}

/** True when the registry holds some form starting with this (normalised) word. */
export function startsRegistryForm(word: string): number {
  return LONGEST.get(word) ?? 0;
}

/** Exact lookup of a matching key (no clitic readings). */
export function lookupKey(key: string): RegistryHit | null {
  const v = FORMS.get(key);
  return v ? hitOf(v) : null;
}

/** The record at an index of `REGISTRY_RECORDS`. */
export function registryRecord(index: number): RegistryRecord | undefined {
  return REGISTRY_RECORDS[index];
}
