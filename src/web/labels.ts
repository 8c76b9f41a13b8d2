import type { EntityType, Stance } from '../core/index.js';

/** The stances as the UI names them (Arabic, the UI's language). */
export const STANCE_LABEL: Readonly<Record<Stance, string>> = Object.freeze({
  asserts: 'يؤكد',
  denies: 'ينفي',
  hedges: 'يتحفّظ',
  concern: 'يبدي قلقا',
});

/** Every stance, in the order filters and legends list them. */
export const STANCES: readonly Stance[] = Object.freeze(['asserts', 'denies', 'hedges', 'concern']);

/** Entity types as the UI names them. */
export const ENTITY_TYPE_LABEL: Readonly<Record<EntityType, string>> = Object.freeze({
  person: 'شخص',
  organization: 'منظمة',
  country: 'دولة',
  location: 'مكان',
  group: 'جماعة',
  other: 'أخرى',
});
