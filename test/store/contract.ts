// The Store contract: every backend (SQLite now, PostgreSQL later) must pass this suite unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIPELINE_VERSION } from '../../src/core/index.js';
import { bandKeys } from '../../src/app/index.js';
import type { Store } from '../../src/store/index.js';
import { analysisOf, article } from './helpers.js';

const KOREA = 'قال وزير الخارجية إن وكوريا الشمالية لن تتراجع عن برنامجها، ولكوريا الجنوبية رأي آخر في المفاوضات.';
const RIYADH = 'أعلنت وزارة الصحة في الرياض اليوم عن حملة تطعيم جديدة تشمل جميع المناطق، وقالت إن الحملة تبدأ الأحد.';
const WIRE = 'أكد الأمين العام للأمم المتحدة أن المحادثات بين الأطراف اليمنية ستستأنف في جنيف الأسبوع المقبل بعد توقف دام شهرا كاملا بسبب الخلافات على جدول الأعمال والضمانات الأمنية المطلوبة.';

/**
 * Runs the contract suite against a backend.
 * @param makeStore Opens a fresh, empty store; the suite closes it after each test.
 */
export function storeContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores a raw article and reads it back exactly', async () => {
      const text = 'نص فيه رمز تعبيري 😀 وعلامات\u200f خفية.';
      const [out] = await store.putArticles([article(text, { url: 'https://x.test/a', title: 'عنوان', source: 'x', published: '2015-07-21' })]);
      expect(out).toEqual({ status: 'added', articleId: expect.any(Number), version: 1 });
      const a = await store.getArticle(out!.articleId);
      expect(a).toMatchObject({ text, url: 'https://x.test/a', title: 'عنوان', source: 'x', published: '2015-07-21', version: 1, latest: true, language: 'ar' });
    });

    it('does not store the same content twice, in one batch or across batches', async () => {
      const [a, b] = await store.putArticles([article(RIYADH, { url: 'u1' }), article(RIYADH, { url: 'u2' })]);
      expect(a!.status).toBe('added');
      expect(b).toEqual({ status: 'duplicate', articleId: a!.articleId });
      const [c] = await store.putArticles([article(RIYADH)]);
      expect(c).toEqual({ status: 'duplicate', articleId: a!.articleId });
      expect((await store.stats()).articles).toBe(1);
    });

    it('stores new text at a known URL as the next version', async () => {
      const [v1] = await store.putArticles([article(RIYADH, { url: 'https://x.test/a' })]);
      const [v2] = await store.putArticles([article(RIYADH + ' تحديث.', { url: 'https://x.test/a' })]);
      expect(v2).toMatchObject({ status: 'added', version: 2 });
      expect((await store.getArticle(v1!.articleId))!.latest).toBe(false);
      expect((await store.getArticle(v2!.articleId))!.latest).toBe(true);
      // Search only returns the latest version.
      const hits = await store.search({ text: 'تحديث' });
      expect(hits.map((h) => h.articleId)).toEqual([v2!.articleId]);
      expect((await store.search({ text: 'الرياض' })).map((h) => h.articleId)).toEqual([v2!.articleId]);
    });

    it('keeps ingest failures with their reasons, once per origin and reason', async () => {
      await store.recordIngestFailures([{ origin: 'a.jsonl:3', reason: 'empty text', url: 'u' }, { origin: 'b.bin', reason: 'binary file' }]);
      await store.recordIngestFailures([{ origin: 'a.jsonl:3', reason: 'empty text' }]);
      expect((await store.stats()).ingestFailures).toBe(2);
    });

    it('lists articles needing analysis, and saving an analysis is idempotent per version', async () => {
      const outs = await store.putArticles([article(KOREA), article(RIYADH), article(WIRE)]);
      const ids = outs.map((o) => o.articleId);
      const jobs = await store.listArticlesNeedingAnalysis(PIPELINE_VERSION);
      expect(jobs.map((j) => j.articleId)).toEqual(ids);
      const a0 = await store.getArticle(ids[0]!);
      const analysis = analysisOf(KOREA, { entities: [{ name: 'كوريا الشمالية', type: 'country', mentions: ['كوريا الشمالية'] }] });
      await store.saveAnalyses([{ articleId: a0!.id, contentHash: a0!.contentHash, analysis }]);
      await store.saveAnalyses([{ articleId: a0!.id, contentHash: a0!.contentHash, analysis }]);
      const a1 = await store.getArticle(ids[1]!);
      await store.saveAnalysisFailures([{ articleId: a1!.id, contentHash: a1!.contentHash, pipelineVersion: PIPELINE_VERSION, reason: 'boom' }]);
      expect((await store.listArticlesNeedingAnalysis(PIPELINE_VERSION)).map((j) => j.articleId)).toEqual([ids[2]]);
      expect((await store.listArticlesNeedingAnalysis('9.9.9', { afterId: ids[0]! })).map((j) => j.articleId)).toEqual(ids.slice(1));
      expect(await store.getAnalysis(a0!.id)).toEqual({ status: 'ok', articleId: a0!.id, pipelineVersion: PIPELINE_VERSION, analysis });
      expect(await store.getAnalysis(a1!.id, PIPELINE_VERSION)).toEqual({ status: 'failed', articleId: a1!.id, pipelineVersion: PIPELINE_VERSION, reason: 'boom' });
      expect(await store.getAnalysis(ids[2]!)).toBeNull();
      const stats = await store.stats();
      expect([stats.analysed, stats.analysisFailures]).toEqual([1, 1]);
      expect((await store.findEntities('كوريا الشمالية'))[0]).toMatchObject({ name: 'كوريا الشمالية', articles: 1, mentions: 1 });
    });

    it('refuses an analysis made from other content', async () => {
      const [o] = await store.putArticles([article(KOREA)]);
      await expect(store.saveAnalyses([{ articleId: o!.articleId, contentHash: 'f'.repeat(64), analysis: analysisOf(KOREA, {}) }])).rejects.toThrow(/other content/);
    });

    it.each([
      ['كوريا', [0]],
      ['وكوريا', [0]],
      ['الرياض', [1]],
      ['رياض', [1]],
      ['"كوريا الشمالية"', [0]],
      ['المفاوضات الرياض', []],
      ['حمل*', [1]],
      ['!!! ***', []],
    ])('search %s finds articles %j, clitics and normalisation included', async (query, expected) => {
      const outs = await store.putArticles([article(KOREA), article(RIYADH)]);
      const hits = await store.search({ text: query });
      expect(hits.map((h) => h.articleId).sort()).toEqual(expected.map((i) => outs[i]!.articleId));
    });

    it('returns snippets sliced from the original text with the matches marked', async () => {
      await store.putArticles([article(KOREA, { title: 'كوريا' })]);
      const [hit] = await store.search({ text: 'كوريا' });
      expect(hit!.snippet).toContain('[وكوريا]');
      expect(hit!.snippet).toContain('[ولكوريا]');
      for (const h of hit!.highlights) expect(['وكوريا', 'ولكوريا']).toContain(KOREA.slice(h.start, h.end));
      expect(hit!.score).toBeGreaterThan(0);
    });

    it('filters search by date, source, entity, speaker and stance', async () => {
      const outs = await store.putArticles([
        article(KOREA, { source: 'a', published: '2015-07-21' }),
        article(KOREA + ' وأضاف أن المفاوضات مستمرة.', { source: 'b', published: '2015-08-01' }),
      ]);
      const [x, y] = await Promise.all(outs.map((o) => store.getArticle(o.articleId)));
      await store.saveAnalyses([
        { articleId: x!.id, contentHash: x!.contentHash, analysis: analysisOf(x!.text, {
          entities: [{ name: 'وزير الخارجية', mentions: ['وزير الخارجية'] }],
          quotes: [{ speaker: 'وزير الخارجية', entity: 0, stance: 'asserts', content: 'وكوريا الشمالية لن تتراجع عن برنامجها' }],
        }) },
        { articleId: y!.id, contentHash: y!.contentHash, analysis: analysisOf(y!.text, {
          quotes: [{ speaker: 'وزير الخارجية', stance: 'denies', content: 'المفاوضات مستمرة' }],
        }) },
      ]);
      const ids = async (q: Parameters<Store['search']>[0]) => (await store.search(q)).map((h) => h.articleId).sort();
      expect(await ids({ text: 'كوريا' })).toEqual([x!.id, y!.id]);
      expect(await ids({ text: 'كوريا', from: '2015-07-25' })).toEqual([y!.id]);
      expect(await ids({ text: 'كوريا', to: '2015-07-25' })).toEqual([x!.id]);
      expect(await ids({ text: 'كوريا', source: 'a' })).toEqual([x!.id]);
      expect(await ids({ text: 'كوريا', entity: 'وزير الخارجيه' })).toEqual([x!.id]);
      expect(await ids({ text: 'كوريا', speaker: 'وزير الخارجية' })).toEqual([x!.id, y!.id]);
      expect(await ids({ text: 'كوريا', speaker: 'وزير الخارجية', stance: 'denies' })).toEqual([y!.id]);
      expect(await ids({ text: 'كوريا', entity: 'لا أحد' })).toEqual([]);
    });

    it('merges entities across articles by canonical name and aliases, with what they said', async () => {
      const t1 = 'قالت الأمم المتحدة إن الهدنة صامدة.';
      const t2 = 'أكدت المنظمة الدولية أن المساعدات وصلت.';
      const outs = await store.putArticles([article(t1), article(t2)]);
      const [a, b] = await Promise.all(outs.map((o) => store.getArticle(o.articleId)));
      await store.saveAnalyses([
        { articleId: a!.id, contentHash: a!.contentHash, analysis: analysisOf(t1, {
          entities: [{ name: 'الأمم المتحدة', type: 'organization', aliases: ['المنظمة الدولية'], mentions: ['الأمم المتحدة'] }],
          quotes: [{ speaker: 'الأمم المتحدة', entity: 0, stance: 'asserts', content: 'الهدنة صامدة' }],
        }) },
        { articleId: b!.id, contentHash: b!.contentHash, analysis: analysisOf(t2, {
          entities: [{ name: 'المنظمة الدولية', type: 'organization', mentions: ['المنظمة الدولية'] }],
          quotes: [{ speaker: 'المنظمة الدولية', entity: 0, stance: 'asserts', content: 'المساعدات وصلت' }],
        }) },
      ]);
      const [un] = await store.findEntities('الامم المتحده');
      expect(un).toMatchObject({ name: 'الأمم المتحدة', articles: 2, aliases: ['المنظمة الدولية'] });
      expect((await store.findEntities('المنظمة الدولية'))[0]!.id).toBe(un!.id);
      const said = await store.statementsOf(un!.id);
      expect(said.map((s) => s.content).sort()).toEqual(['المساعدات وصلت', 'الهدنة صامدة']);
    });

    it('does not merge two people through a one-word alias (a family name)', async () => {
      const t1 = 'قال عبدالملك الحوثي إن القتال مستمر.';
      const t2 = 'قال حمزة الحوثي إن الوفد غادر.';
      const outs = await store.putArticles([article(t1), article(t2)]);
      const [a, b] = await Promise.all(outs.map((o) => store.getArticle(o.articleId)));
      await store.saveAnalyses([
        { articleId: a!.id, contentHash: a!.contentHash, analysis: analysisOf(t1, { entities: [{ name: 'عبدالملك الحوثي', aliases: ['الحوثي'], mentions: ['عبدالملك الحوثي'] }] }) },
        { articleId: b!.id, contentHash: b!.contentHash, analysis: analysisOf(t2, { entities: [{ name: 'حمزة الحوثي', aliases: ['الحوثي'], mentions: ['حمزة الحوثي'] }] }) },
      ]);
      expect((await store.findEntities('عبدالملك الحوثي')).map((e) => e.articles)).toEqual([1]);
      expect((await store.findEntities('حمزة الحوثي')).map((e) => e.articles)).toEqual([1]);
    });

    it('finds near-duplicate candidates through LSH bands and keeps groups', async () => {
      const outs = await store.putArticles([article(WIRE), article(WIRE + ' (واس)'), article('خبر قصير جدا.')]);
      const [a, b] = outs.map((o) => o.articleId);
      const pending = await store.listUngroupedArticles(10);
      expect(pending.map((p) => p.articleId)).toEqual([a, b]); // the third is too short for a fingerprint
      const matches = await store.findBandMatches(a!, bandKeys(pending[0]!.signature));
      expect(matches.map((m) => m.articleId)).toEqual([b]);
      await store.setDuplicateGroups([{ articleId: a!, group: a! }, { articleId: b!, group: a! }]);
      expect(await store.duplicatesOf(b!)).toEqual([a, b]);
      expect(await store.listUngroupedArticles(10)).toEqual([]);
      expect((await store.stats()).duplicateGroups).toBe(1);
    });

    it('tracks claims: replaces groups, lists them by entity, shows a timeline with stances', async () => {
      const t1 = 'قال وزير الخارجية إن المفاوضات النووية مع إيران فشلت.';
      const t2 = 'نفى المتحدث أن المفاوضات النووية مع إيران فشلت.';
      const outs = await store.putArticles([article(t1, { published: '2015-07-21', source: 'a' }), article(t2, { published: '2015-07-22', source: 'b' })]);
      const [a, b] = await Promise.all(outs.map((o) => store.getArticle(o.articleId)));
      const claim = (text: string, speaker: string, stance: 'asserts' | 'denies') => analysisOf(text, {
        entities: [{ name: 'إيران', type: 'country', mentions: ['إيران'] }],
        quotes: [{ speaker, stance, content: 'المفاوضات النووية مع إيران فشلت' }],
        claims: [{ text: 'المفاوضات النووية مع إيران فشلت', quotes: [0], entities: [0] }],
      });
      await store.saveAnalyses([
        { articleId: a!.id, contentHash: a!.contentHash, analysis: claim(t1, 'وزير الخارجية', 'asserts') },
        { articleId: b!.id, contentHash: b!.contentHash, analysis: claim(t2, 'المتحدث', 'denies') },
      ]);
      const records = await store.listClaimRecords({ limit: 10 });
      expect(records).toHaveLength(2);
      expect(records[0]!.entities).toEqual(records[1]!.entities);
      await store.replaceTrackedClaims([records.map((r) => r.claimId)]);
      await store.replaceTrackedClaims([records.map((r) => r.claimId)]);
      const list = await store.listTrackedClaims({ entity: 'ايران' });
      expect(list).toEqual([expect.objectContaining({ articles: 2, sources: 2, outlets: 2, firstDate: '2015-07-21', lastDate: '2015-07-22' })]);
      expect(await store.listTrackedClaims({ entity: 'كوريا' })).toEqual([]);
      const tracked = await store.getTrackedClaim(list[0]!.id);
      expect(tracked!.timeline.map((t) => [t.date, t.speaker, t.stance, t.content])).toEqual([
        ['2015-07-21', 'وزير الخارجية', 'asserts', 'المفاوضات النووية مع إيران فشلت'],
        ['2015-07-22', 'المتحدث', 'denies', 'المفاوضات النووية مع إيران فشلت'],
      ]);
      expect(await store.getTrackedClaim(999999)).toBeNull();
    });

    it('counts copies of one wire story as one source in a tracked claim', async () => {
      const outs = await store.putArticles([article(WIRE, { source: 'a' }), article(WIRE + ' (واس)', { source: 'b' })]);
      const [a, b] = await Promise.all(outs.map((o) => store.getArticle(o.articleId)));
      await store.setDuplicateGroups([{ articleId: a!.id, group: a!.id }, { articleId: b!.id, group: a!.id }]);
      const an = (text: string) => analysisOf(text, { claims: [{ text: 'المحادثات بين الأطراف اليمنية ستستأنف في جنيف', quotes: [], entities: [] }] });
      await store.saveAnalyses([
        { articleId: a!.id, contentHash: a!.contentHash, analysis: an(a!.text) },
        { articleId: b!.id, contentHash: b!.contentHash, analysis: an(b!.text) },
      ]);
      const records = await store.listClaimRecords({ limit: 10 });
      await store.replaceTrackedClaims([records.map((r) => r.claimId)]);
      expect((await store.listTrackedClaims())[0]).toMatchObject({ articles: 2, sources: 1, outlets: 2 });
    });
  });
}
