import { describe, expect, it } from 'vitest';
import { cliticReadings, sourceCut, stemOf, toKey } from './keys.js';
import { JOINT, NONE, NT, TAGS, WordCache, extractFeatures, gazetteerCodes, hashString, isBoundary, lexiconCode, mix } from './features.js';
import { ALLOWED, emissions, viterbi } from './perceptron.js';
import { createTagger, decodeBase64, tagWords } from './tagger.js';
import { NER_MODEL } from './model/ner-ar.js';
import { droppedLetter, edgesOf, nearSkeleton, skeleton, skeletonEdges } from './skeleton.js';
import { StringCache } from './string-cache.js';
import { normalizeKey } from '../normalize/ar.js';

const resources = { clusterOf: (s: string) => (s === 'روسيا' ? 3 : -1), coarseOf: [0, 0, 0, 1], isName: (s: string) => s === 'محمد' };

describe('keys', () => {
  it.each([
    ['أ.ف.ب', 'ا ف ب'],
    ['الأمم  المتّحدة', 'الامم المتحده'],
    ['بيونغ-يانغ', 'بيونغ يانغ'],
  ])('toKey(%s) = %s', (input, expected) => expect(toKey(input)).toBe(expected));

  it.each([
    ['وبالامم', ['وبالامم', 'بالامم', 'الامم']],
    ['للولايات', ['للولايات', 'لولايات', 'اللولايات', 'الولايات']],
    // ل + لبنان; ل + اللجنة (the article's lam merged with the noun's).
    ['للبنان', ['للبنان', 'لبنان', 'اللبنان', 'البنان']],
    ['للجنه', ['للجنه', 'لجنه', 'اللجنه', 'الجنه']],
    ['لكوريا', ['لكوريا', 'كوريا']],
    ['وزير', ['وزير', 'زير']],
    ['ومع', ['ومع']],
  ])('cliticReadings(%s)', (input, expected) => expect(cliticReadings(input).map((r) => r.rest)).toEqual(expected));

  it.each([
    ['وبالامم', 'امم'],
    ['لكوريا', 'كوريا'],
    ['وزير', 'وزير'],
    ['وروسيا', 'روسيا'],
  ])('stemOf(%s) = %s', (input, expected) => expect(stemOf(input)).toBe(expected));

  it.each([
    ['وَبِالأمم', 2, 4],
    ['لكوريا', 1, 1],
    ['روسيا', 0, 0],
  ])('sourceCut(%s, %i letters) = %i', (text, letters, expected) => expect(sourceCut(text, 0, letters)).toBe(expected));
});

describe('skeletons of transliterated names', () => {
  it.each([
    ['ميلر', 'ميللر', true],
    ['يونج', 'يونغ', true],
    ['زيلينسكي', 'زيلنسكي', true],
    ['بوتين', 'بوتان', false],
    ['ليلى', 'ليلي', true],
    // The first letters differ: another name, whatever the rest (شهيدي is not مهدي with a long vowel more).
    ['شهيدي', 'مهدي', false],
    ['ويليامز', 'يليامز', true],
  ])('%s ~ %s is %s', (a, b, expected) => expect(nearSkeleton(skeleton(a), skeleton(b))).toBe(expected));

  it.each([
    ['امسمرير', 'امسرير', true],
    ['تيزيرين', 'تيزرين', true],
    // Short names, a first or a last letter: other places.
    ['تازة', 'تاز', false],
    ['بومالن', 'بوملن', false],
    ['مراكشي', 'مراكش', false],
    ['سمرير', 'امسرير', false],
  ])('%s and %s: one letter dropped inside a place name is %s', (a, b, expected) => expect(droppedLetter(skeleton(a), skeleton(b))).toBe(expected));

  // The cheap edge test must never rule out a word whose skeleton matches: it gives the skeleton's own edges.
  it.each(['ميللر', 'جونسون', 'ئيس', 'سائق', 'مؤتمر', 'شيء', 'ابن', 'ابي', 'ابا', 'بن', 'ء', 'كوريا', 'حجج', 'trump'])(
    'skeletonEdges(%s) are the edges of its skeleton',
    (w) => expect(skeletonEdges(normalizeKey(w))).toBe(edgesOf(skeleton(w))),
  );
});

describe('the string cache', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `كلمة${i}`);

  it('makes each key\'s value once, through the table growing past its first size', () => {
    let made = 0;
    const cache = new StringCache<{ w: string }>(10_000, (w) => (made++, { w }));
    const first = words.map((w) => cache.get(w));
    expect(words.every((w, i) => cache.get(w) === first[i] && first[i]!.w === w)).toBe(true);
    expect(made).toBe(words.length);
  });

  it('starts afresh when full, and makes the same value again', () => {
    const cache = new StringCache<{ w: string }>(100, (w) => ({ w }));
    const before = cache.get(words[0]!);
    for (const w of words.slice(1, 150)) cache.get(w);
    const after = cache.get(words[0]!);
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });

  it('gives the tagger one info object per word type', () => {
    const cache = new WordCache(resources);
    expect(cache.get('روسيا')).toBe(cache.get('روسيا'));
    expect(cache.get('روسيا')).toEqual(new WordCache(resources).get('روسيا'));
  });
});

describe('feature extraction', () => {
  it('hashes are deterministic, template-seeded 32-bit values', () => {
    expect(hashString('روسيا', 2)).toBe(hashString('روسيا', 2));
    expect(hashString('روسيا', 2)).not.toBe(hashString('روسيا', 3));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(hashString('x', 1)).toBeGreaterThanOrEqual(0);
  });

  // [n, pers, loc, org, begins] → code: 0 when rarer than 3; else 1 + (label·5 + share bucket)·2 + opens.
  it.each([
    [[2, 2, 0, 0, 2], 0],
    [[10, 0, 0, 0, 0], 1 + (0 * 5 + 4) * 2 + 0],
    [[40, 38, 1, 0, 39], 1 + (1 * 5 + 4) * 2 + 1],
    [[10, 0, 6, 0, 6], 1 + (2 * 5 + 2) * 2 + 1],
    [[10, 0, 0, 4, 1], 1 + (0 * 5 + 2) * 2 + 0],
    [[8, 2, 0, 6, 0], 1 + (3 * 5 + 3) * 2 + 0],
  ])('codes the corpus lexicon counts %j as %i', (counts, code) => {
    expect(lexiconCode(counts)).toBe(code);
  });

  it('gives every word the same number of features (word, affixes, clitics, shape, clusters, context, gazetteer)', () => {
    const words = ['قال', 'الرئيس', 'فلاديمير', 'بوتين', '.'].map(normalizeKey);
    const f = extractFeatures(words, new WordCache(resources));
    for (let i = 0; i < words.length; i++) expect(f.offsets[i + 1]! - f.offsets[i]!).toBe(29 + 8 + 8 + 5 + 5 + JOINT);
  });

  it('differs for a word only in its context features when its neighbours change', () => {
    const cache = new WordCache(resources);
    const a = extractFeatures(['في', 'روسيا'], cache);
    const b = extractFeatures(['الي', 'روسيا'], cache);
    const own = cache.get('روسيا').own;
    const fa = [...a.feats.subarray(a.offsets[1], a.offsets[2])];
    const fb = [...b.feats.subarray(b.offsets[1], b.offsets[2])];
    expect(fa.slice(0, own.length)).toEqual(fb.slice(0, own.length));
    expect(fa).not.toEqual(fb);
  });

  it.each([
    [['وروسيا', 'و', 'كوريا', 'الشماليه'], [1, 0, 1, 2]],
    [['في', 'الامم', 'المتحده'], [0, 5, 6]],
    [['مالي'], [7]],
    [['قال', 'انه'], [0, 0]],
  ])('gazetteer codes of %j', (words, expected) => expect([...gazetteerCodes(words)]).toEqual(expected));

  it('marks titles and names on word types', () => {
    const cache = new WordCache(resources);
    expect(cache.get(normalizeKey('الرئيس')).title).toBe(1);
    expect(cache.get(normalizeKey('والرئيس')).title).toBe(1);
    expect(cache.get('محمد').name).toBe(1);
    expect(NONE.own.length).toBe(0);
  });
});

describe('decoding', () => {
  const idx = (t: string) => (TAGS as readonly string[]).indexOf(t);

  it.each([
    ['O', 'I-PERS', 0],
    ['B-PERS', 'I-PERS', 1],
    ['I-PERS', 'I-PERS', 1],
    ['B-LOC', 'I-PERS', 0],
    ['O', 'B-ORG', 1],
  ])('%s → %s allowed: %i', (prev, tag, expected) => expect(ALLOWED[idx(prev) * NT + idx(tag)]).toBe(expected));

  it('never opens a sentence with I-', () => expect(ALLOWED[NT * NT + idx('I-LOC')]).toBe(0));

  it.each([
    // Emission scores favour I-PERS on the first word, which the constraint forbids: B-PERS I-PERS wins.
    [[['I-PERS', 5], ['B-PERS', 4]], [['I-PERS', 5]], ['B-PERS', 'I-PERS']],
    [[['O', 1]], [['B-LOC', 2]], ['O', 'B-LOC']],
    [[['B-ORG', 3]], [['I-ORG', 1], ['O', 0.5]], ['B-ORG', 'I-ORG']],
  ] as [Array<[string, number]>, Array<[string, number]>, string[]][])('viterbi %j %j → %j', (w0, w1, expected) => {
    const em = new Float32Array(2 * NT);
    for (const [t, s] of w0) em[idx(t)] = s;
    for (const [t, s] of w1) em[NT + idx(t)] = s;
    const out = [...viterbi(em, new Float32Array((NT + 1) * NT), 2)].map((t) => TAGS[t]);
    expect(out).toEqual(expected);
  });

  it('the fast emission path equals the feature-by-feature one', () => {
    const tagger = createTagger(NER_MODEL);
    const words = 'واتهم الرئيس الأوكراني فولوديمير زيلينسكي كوريا الشمالية بنقل جنود إلى روسيا .'.split(' ').map(normalizeKey);
    const keys = new Uint32Array(decodeBase64(NER_MODEL.keys).buffer);
    const scales = new Float32Array(decodeBase64(NER_MODEL.scales).buffer);
    const q = new Int8Array(decodeBase64(NER_MODEL.weights).buffer);
    const weights = new Float32Array(q.length);
    const index = new Map<number, number>();
    keys.forEach((k, r) => {
      index.set(k, r);
      for (let t = 0; t < NT; t++) weights[r * NT + t] = q[r * NT + t]! * scales[r]!;
    });
    const ck = new Uint32Array(decodeBase64(NER_MODEL.clusterKeys).buffer);
    const ci = decodeBase64(NER_MODEL.clusterIds);
    const clusters = new Map<number, number>();
    ck.forEach((k, i) => clusters.set(k, ci[i]!));
    const names = new Set(new Uint32Array(decodeBase64(NER_MODEL.nameKeys).buffer));
    const cache = new WordCache({ clusterOf: (s) => clusters.get(hashString(s, 0x636c7573)) ?? -1, coarseOf: NER_MODEL.coarseOf, isName: (s) => names.has(hashString(s, 0x636c7573)) });
    const em = new Float32Array(words.length * NT);
    const model = { index, weights, trans: Float32Array.from(NER_MODEL.trans) };
    emissions(model, extractFeatures(words, cache), em);
    const slow = viterbi(em, model.trans, words.length);
    expect([...tagger(words)].filter((t, i) => t !== slow[i] && !(TAGS[slow[i]!] === 'B-PERS' && TAGS[t] === 'O'))).toEqual([]);
  });

  it.each([
    // Without the constraint the model runs each of these names into the quotation mark after it.
    'كما قال النائب سعيد « للشرق » إن الأزمة طويلة .',
    'ويقول ابو محمد « أعرفه منذ سنوات » .',
    'درس في جامعة « جورج تاون » في مدينة واشنطن .',
    'التقى محمد ، علي ، وخالد في ( الرباط ) .',
  ])('tags no quotation mark, bracket, comma or stop as part of a name: %s', (sentence) => {
    const words = sentence.split(' ').map(normalizeKey);
    const tags = tagWords(words);
    const punct = words.flatMap((w, i) => (/^[«»"“”(),،.:؛؟]$/.test(w) ? [tags[i]] : []));
    expect(punct.length).toBeGreaterThan(0);
    expect(punct.every((t) => t === 'O')).toBe(true);
  });

  it.each([
    ['«', true], ['"', true], [')', true], ['،', true], ['؟', true], ['.', true],
    // Any other token without a letter or a digit: ANERcorp never puts one inside a name.
    ["'", true], ["''", true], ['/', true], ['*', true], ['--', true], ['–', true],
    // The hyphen joins the words of some names (سي - ماكس); words, digits and dotted abbreviations are words.
    ['-', false], ['بوتين', false], ['2015', false], ['أ.ف.ب', false], ['CNN', false],
  ])('%s never sits inside a name: %s', (w, expected) => expect(isBoundary(normalizeKey(w))).toBe(expected));

  it.each([
    ['قال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة .', 'فلاديمير بوتين', 'PERS'],
    ['وصل وزير الخارجية إلى باريس أمس .', 'باريس', 'LOC'],
  ])('tags %s', (sentence, name, type) => {
    const words = sentence.split(' ').map(normalizeKey);
    const tags = tagWords(words);
    const first = words.indexOf(normalizeKey(name.split(' ')[0]!));
    expect(tags[first]).toBe(`B-${type}`);
  });
});
