// The shape of a hand-annotated gold file (GUIDELINE.md and score.mjs in ../shared/eval) and its check against the
// article's text, for `npm run check:gold`.
import { z } from 'zod';

const Attribution = z.object({
  kind: z.enum(['direct', 'indirect', 'mixed']),
  content: z.string().min(1),
  cue: z.string().min(1).nullable(),
  speaker: z.string().min(1).nullable(),
  speaker_name: z.string().min(1),
  speaker_aliases: z.array(z.string()),
  speaker_type: z.enum(['person', 'organization', 'country', 'group', 'anonymous']),
  stance: z.enum(['asserts', 'denies', 'hedges', 'concern']),
  headline: z.boolean(),
  optional: z.boolean().optional(),
});
const Gold = z.object({
  id: z.string().min(1),
  source: z.string().nullable().optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  attributions: z.array(Attribution),
  entities: z.array(z.object({ name: z.string().min(1), type: z.enum(['person', 'organization', 'country', 'location', 'group', 'other']), aliases: z.array(z.string()) })),
});

/** The errors of one gold file: schema errors, then strings that are not in the text. */
export function checkGold(json: unknown, text: string): string[] {
  const parsed = Gold.safeParse(json);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const errors: string[] = [];
  const must = (where: string, s: string | null) => { if (s !== null && !text.includes(s)) errors.push(`${where}: not in the text: ${s.slice(0, 60)}`); };
  parsed.data.attributions.forEach((a, i) => {
    must(`attributions.${i}.content`, a.content);
    must(`attributions.${i}.cue`, a.cue);
    must(`attributions.${i}.speaker`, a.speaker);
    a.speaker_aliases.forEach((s, k) => must(`attributions.${i}.speaker_aliases.${k}`, s));
  });
  // An entity's name may be its fullest form, which the text writes only with a proclitic (للنيابة العامة).
  parsed.data.entities.forEach((e, i) => e.aliases.forEach((s, k) => must(`entities.${i}.aliases.${k}`, s)));
  return errors;
}

