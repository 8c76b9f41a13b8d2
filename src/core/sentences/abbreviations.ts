/**
 * Latin abbreviations that end with a full stop inside a sentence (`Mr. Smith`, `Gen. Milley`,
 * `Jan. 6`). Lower-cased; single letters (initials, `U.S.`) are handled apart, as are Arabic ones.
 */
export const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof st jr sr inc ltd co corp vs etc al gen sen rep gov lt col sgt capt maj adm cmdr pres ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave dept univ approx est fig vol pp no nos op ed eds rev hon'
  ).split(' '),
);

/**
 * Latin letter names written in Arabic, as in transliterated initials (`جي. كيه. رولينغ`, `بي.`):
 * followed by a full stop they abbreviate a name. Normalised forms.
 */
export const ARABIC_LETTER_NAMES: ReadonlySet<string> = new Set(
  'بي سي دي اي اف جي اتش اش كيه كي ام ان او كيو ار اس تي يو دبليو اكس واي زد'.split(' '),
);
