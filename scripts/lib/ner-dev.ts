// A development set for the NewsFANE-trained tagger that is not a test split: the ANERcorp training sentences
// whose text is not among the NewsFANE training sentences (the committed model never saw them).
import { normalizeKey } from '../../src/core/normalize/ar.js';
import { readConll, type TaggedSentence } from './conll.js';

const flat = (s: TaggedSentence) => s.words.map((w) => normalizeKey(w)).join('').replace(/\s+/g, '');

/** ANERcorp train sentences absent from NewsFANE train. */
export function anercorpDev(shared: string): TaggedSentence[] {
  const seen = new Set(readConll(`${shared}/data/ner/newsfane/train.txt`).map(flat));
  return readConll(`${shared}/data/ner/anercorp/train.txt`).filter((s) => !seen.has(flat(s)));
}
