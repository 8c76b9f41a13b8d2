import { describe, expect, it } from 'vitest';
import { checkGold } from '../../scripts/lib/gold.js';

const text = 'وقال الوزير محمد العلوي إن الموسم كان ناجحا.';
const gold = (over: Record<string, unknown> = {}) => ({
  id: 'a1', source: 'fixture', published: '2024-10-15',
  attributions: [{ kind: 'indirect', content: 'الموسم كان ناجحا', cue: 'وقال', speaker: 'الوزير محمد العلوي', speaker_name: 'محمد العلوي',
    speaker_aliases: [], speaker_type: 'person', stance: 'asserts', headline: false, ...over }],
  entities: [{ name: 'محمد العلوي', type: 'person', aliases: ['العلوي'] }],
});

describe('checkGold: a hand-annotated file against its text', () => {
  it('accepts a file whose strings are all in the text', () => {
    expect(checkGold(gold(), text)).toEqual([]);
  });
  it('names a content, cue or speaker the text does not hold, and a field of the wrong kind', () => {
    expect(checkGold(gold({ content: 'الموسم كان فاشلا' }), text)).toEqual(['attributions.0.content: not in the text: الموسم كان فاشلا']);
    expect(checkGold(gold({ stance: 'doubts' }), text)[0]).toMatch(/^attributions\.0\.stance/);
  });
});
