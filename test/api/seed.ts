import type { Hono } from 'hono';
import { trackClaims } from '../../src/app/index.js';
import type { Store } from '../../src/store/index.js';
import { FIXTURE_ARTICLES, fixtureAnalysis, type FixtureArticle } from './fixtures.js';

/** A fixture article as stored: its id and the analysis saved for it. */
export interface Seeded {
  id: number;
  fixture: FixtureArticle;
}

/**
 * Adds the fixture articles through the API (as a client would), then replaces their analyses with the hand-made
 * ones and re-tracks claims, so that the board shows known claims whatever the pipeline's stages find today.
 */
export async function seedFixtures(app: Hono<never> | { request: Hono['request'] }, store: Store, headers: Record<string, string> = {}): Promise<Seeded[]> {
  const seeded: Seeded[] = [];
  for (const f of FIXTURE_ARTICLES) {
    const res = await app.request('/api/articles?wait=1', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ text: f.text, title: f.title, source: f.source, published: f.published }),
    });
    if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { items: Array<{ articleId: number }> };
    seeded.push({ id: body.items[0]!.articleId, fixture: f });
  }
  const records = [];
  for (const s of seeded) {
    const a = await store.getArticle(s.id);
    records.push({ articleId: s.id, contentHash: a!.contentHash, analysis: fixtureAnalysis(s.fixture) });
  }
  await store.saveAnalyses(records);
  await trackClaims(store);
  return seeded;
}
