/** Frequent English function words (and `said`, the newswire verb): enough to tell English from other Latin-script text. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the of and to in is was that for on with as by at from it be are were has have had this which ' +
    'but not an or its their they he she his her will would been said says who after about more than'
  ).split(' '),
);

/**
 * Function words of other Latin-script languages, each with the languages it votes for. Words shared
 * with English (`a`, `in`, `on`) are left out so they do not outvote it.
 */
export const OTHER_LATIN_FUNCTION_WORDS: ReadonlyMap<string, readonly string[]> = buildVotes({
  fr: 'le la les des du une est et dans pour que qui sur pas au aux avec ce cette sont été par il elle ont',
  es: 'el los las del una es en por que con para su se al lo como más pero sus fue',
  de: 'der die das und ist nicht mit sich auf für den dem ein eine zu von dass wird auch',
  it: 'il di che non per una sono della con gli del le nel alla anche è',
  pt: 'os das dos uma não para com por mais mas foi ao pelo pela seu sua',
  tr: 've bir bu da de için ile olarak daha çok gibi',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada',
});

function buildVotes(lists: Record<string, string>): Map<string, string[]> {
  const votes = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(lists)) {
    for (const w of list.split(' ')) {
      const langs = votes.get(w);
      if (langs) langs.push(lang);
      else votes.set(w, [lang]);
    }
  }
  return votes;
}
