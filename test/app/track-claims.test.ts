import { describe, expect, it } from 'vitest';
import { claimSignature, trackClaims } from '../../src/app/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { analysisOf, article } from '../store/helpers.js';

describe('claims across articles', () => {
  // `فشلت` loses its ف as if it were a conjunction: wrong as morphology, harmless for matching, since
  // every claim goes through the same stripping.
  it.each([
    ['قال الوزير إن المفاوضات النووية فشلت', ['وزير', 'مفاوضات', 'نوويه', 'شلت']],
    ['وأكد أن المفاوضات النووية قد فشلت', ['مفاوضات', 'نوويه', 'شلت']],
    ['نيويورك تايمز', ['نيويورك', 'تايمز']],
  ])('the signature of %s keeps the content words %j', (text, expected) => {
    expect([...claimSignature(text, [])].sort()).toEqual([...expected].sort());
  });

  it('groups claims that say the same thing, keeps others apart, and ignores names taken for claims', async () => {
    const store = openSqliteStore(':memory:');
    const claims = [
      ['قال الوزير إن المفاوضات النووية مع إيران فشلت تماما.', 'المفاوضات النووية مع إيران فشلت تماما', 'a', '2015-07-21'],
      ['أكد المتحدث أن المفاوضات النووية مع إيران قد فشلت تماما.', 'المفاوضات النووية مع إيران قد فشلت تماما', 'b', '2015-07-22'],
      ['قالت الشركة إن أرباحها ارتفعت في الربع الثاني.', 'أرباحها ارتفعت في الربع الثاني', 'c', '2015-07-22'],
      ['ذكرت الشرق الأوسط أن الخبر صحيح.', 'الشرق الأوسط', 'd', '2015-07-23'],
      ['نقلت الشرق الأوسط عن مصادر أن الخبر صحيح.', 'الشرق الأوسط', 'e', '2015-07-23'],
    ] as const;
    const outs = await store.putArticles(claims.map(([text, , source, published]) => article(text, { source, published })));
    for (let i = 0; i < claims.length; i++) {
      const a = (await store.getArticle(outs[i]!.articleId))!;
      await store.saveAnalyses([{ articleId: a.id, contentHash: a.contentHash, analysis: analysisOf(a.text, { claims: [{ text: claims[i]![1], quotes: [], entities: [] }] }) }]);
    }
    const result = await trackClaims(store);
    expect(result).toEqual({ claims: 5, trackedClaims: 4, acrossArticles: 1, acrossSources: 1 });
    const [top] = await store.listTrackedClaims();
    expect(top).toMatchObject({ articles: 2, sources: 2, outlets: 2, firstDate: '2015-07-21', lastDate: '2015-07-22' });
    await store.close();
  });
});
