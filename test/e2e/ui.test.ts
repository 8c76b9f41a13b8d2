// End-to-end: the real server on a loopback port, Debian's chromium driven by playwright-core. Articles written
// for the tests are added through the API; the board is filtered by an entity, a claim opened, its sentence
// followed into the article, and the highlighted spans compared with the stored offsets. Screenshots of the
// board and an article page (1280x800) go to artifacts/ for a look by eye.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import type { Analysis } from '../../src/core/index.js';
import { seedFixtures, type Seeded } from '../api/seed.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('the web UI in chromium', () => {
  let server: RunningServer;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let seeded: Seeded[];

  beforeAll(async () => {
    server = await startServer({ db: ':memory:', port: 0, token: null });
    const client = { request: (path: string, init?: RequestInit) => fetch(server.url + path, init) };
    seeded = await seedFixtures(client as never, server.store);
    profile = await mkdtemp(join(tmpdir(), 'isnad-e2e-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 800 },
      locale: 'ar',
    });
    page = context.pages()[0] ?? (await context.newPage());
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** Waits for the bundled font, so that screenshots show shaped Naskh and not a fallback. */
  async function settle(): Promise<void> {
    // Expressions as strings: they run in the page, and the test's TypeScript has no DOM library.
    await page.evaluate('document.fonts.ready.then(() => true)');
  }

  async function analysisOf(id: number): Promise<{ text: string; analysis: Analysis }> {
    const body = (await (await fetch(`${server.url}/api/articles/${id}`)).json()) as { article: { text: string }; analysis: Analysis };
    return { text: body.article.text, analysis: body.analysis };
  }

  it('board → filter by an entity → claim → sentence in the article, with the highlights on the stored spans', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });

    await page.goto(server.url + '/');
    await settle();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(`document.fonts.check('16px "Noto Naskh Arabic"', 'قال')`)).toBe(true);
    expect(await page.locator('tr.claim-row').count()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'board.png') });

    // Filter by an entity that speaks in one claim only.
    await page.fill('input[name=entity]', 'بنعلي');
    await Promise.all([page.waitForURL(/entity=/), page.click('form.filters button[type=submit]')]);
    const rows = page.locator('tr.claim-row');
    expect(await rows.count()).toBe(1);
    const claimText = (await rows.locator('td.text > a').textContent())!;
    expect(claimText).toBe('مشروع الربط المائي بين الحوضين سيكتمل قبل نهاية العام');
    const chips = await rows.locator('.chip').evaluateAll((els) => els.map((e) => [e.getAttribute('data-source'), e.getAttribute('data-stance')]));
    expect(chips.sort()).toEqual([['صحيفة الصباح', 'asserts'], ['موقع الخبر اليوم', 'denies'], ['وكالة المغرب العربي', 'asserts']].sort());

    // The claim page: a timeline; follow the MP's denial to its sentence.
    await Promise.all([page.waitForURL(/\/claims\/\d+$/), rows.locator('td.text > a').click()]);
    expect(await page.locator('h1.claim-title').textContent()).toBe(claimText);
    await settle();
    await page.screenshot({ path: join(ARTIFACTS, 'claim.png') });
    const events = page.locator('li.event');
    expect(await events.count()).toBe(5);
    const denial = events.filter({ hasText: 'ليلى بنعلي' }).first();
    await Promise.all([page.waitForURL(/\/articles\/\d+#s-\d+$/), denial.locator('a.goto').click()]);
    await settle();

    // The article: every attribution part, entity link and the targeted sentence read exactly as the stored spans.
    const id = Number(/\/articles\/(\d+)/.exec(page.url())![1]);
    expect(id).toBe(seeded[1]!.id);
    const { text, analysis } = await analysisOf(id);
    const joined = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent).join(''));
    for (const q of analysis.quotes) {
      expect(await joined(`.content[data-q="${q.id}"]`)).toBe(text.slice(q.content.start, q.content.end));
      expect(await joined(`.cue[data-q="${q.id}"]`)).toBe(text.slice(q.cue!.start, q.cue!.end));
      expect(await joined(`.speaker[data-q="${q.id}"]`)).toBe(text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end));
    }
    expect(analysis.quotes.length).toBe(3);
    for (const e of analysis.entities) {
      expect(await page.locator(`a.entity[data-e="${e.id}"]`).allTextContents()).toEqual(e.mentions.map((m) => m.raw));
    }
    const sentence = Number(/#s-(\d+)$/.exec(page.url())![1]);
    const s = analysis.sentences[sentence]!;
    expect(await joined(`.sentence.target`)).toBe(text.slice(s.start, s.end));
    expect(await joined(`.sentence.target .content`)).toContain('مشروع الربط المائي');

    // Hovering an attribution shows its speaker, stance and claim.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.locator(`.content[data-q="q0"]`).first().hover();
    const tip = page.locator('.tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toBe('المتحدث: ليلى بنعليالموقف: ينفيالادعاء: مشروع الربط المائي بين الحوضين لن يكتمل قبل نهاية العام');
    await page.screenshot({ path: join(ARTIFACTS, 'article.png') });

    // Entity links lead to the entity page, with what the entity said.
    await Promise.all([page.waitForURL(/\/entities\//), page.locator('a.entity', { hasText: 'سمير الحداد' }).first().click()]);
    expect(await page.locator('h1').textContent()).toBe('سمير الحداد');
    expect(await page.locator('ul.statements > li').count()).toBe(4);
    await settle();
    await page.screenshot({ path: join(ARTIFACTS, 'entity.png') });

    // Search highlights the matched words, cut from the text by offsets.
    await page.goto(`${server.url}/search?q=${encodeURIComponent('الاشغال')}`);
    const marks = await page.locator('.snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toBe('الأشغال');
    expect(errors).toEqual([]);
  });

  it('shows an article with <script> and HTML in it as text, on the article page and on the analyse page', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = [
      'قال المتحدث باسم الشركة إن <script>window.__pwned = 1; alert("xss")</script> "لا صحة لهذه الأنباء".',
      'وأضاف: <img src=x onerror="window.__pwned = 2"> <b>عريض</b> <a href="javascript:alert(1)">رابط</a>',
    ].join('\n');
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: hostile, title: '<i>عنوان</i><script>alert(2)</script>', source: 'اختبار', published: '2024-03-08' }),
    });
    expect(res.status).toBe(201);
    const { items } = (await res.json()) as { items: Array<{ articleId: number }> };
    await page.goto(`${server.url}/articles/${items[0]!.articleId}`);
    const article = page.locator('article.text');
    expect((await article.textContent())!.replace(/\s+/g, ' ')).toContain(hostile.replace(/\s+/g, ' '));
    expect(await page.locator('h1').textContent()).toBe('<i>عنوان</i><script>alert(2)</script>');
    expect(await article.locator('script, img, b, i, a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();

    // The analyse page: paste, submit, see the analysis at once, and nothing runs.
    await page.goto(`${server.url}/analyse`);
    await page.fill('form.analyse textarea', hostile);
    await Promise.all([page.waitForLoadState('load'), page.click('form.analyse button[type=submit]')]);
    expect(await page.locator('h2.result').count()).toBe(1);
    await settle();
    await page.screenshot({ path: join(ARTIFACTS, 'analyse.png'), fullPage: true });
    expect((await page.locator('article.text').textContent())!.replace(/\s+/g, ' ')).toContain('<script>window.__pwned = 1; alert("xss")</script>');
    expect(await page.locator('article.text script, article.text img').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('renders what the real pipeline finds on the bundled example exactly at its spans', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(join(import.meta.dirname, '..', '..', 'examples', 'ar', 'water-dispute.txt'), 'utf8');
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    const { items } = (await res.json()) as { items: Array<{ articleId: number }> };
    const id = items[0]!.articleId;
    const { analysis } = await analysisOf(id);
    await page.goto(`${server.url}/articles/${id}`);
    const joined = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent).join(''));
    expect(await page.locator('article.text').evaluate((e) => e.textContent!.replace(/\s/g, ''))).toBe(text.replace(/\s/g, ''));
    for (const q of analysis.quotes) {
      expect(await joined(`.content[data-q="${q.id}"]`)).toBe(text.slice(q.content.start, q.content.end));
      if (q.cue) expect(await joined(`.cue[data-q="${q.id}"]`)).toBe(text.slice(q.cue.start, q.cue.end));
      if (q.speaker?.mention) expect(await joined(`.speaker[data-q="${q.id}"]`)).toBe(text.slice(q.speaker.mention.start, q.speaker.mention.end));
    }
    for (const e of analysis.entities) {
      expect(await page.locator(`.entity[data-e="${e.id}"]`).allTextContents()).toEqual(e.mentions.map((m) => m.raw));
    }
    for (const h of analysis.headlines) expect(await page.locator('aside.headline').allTextContents()).toContain(text.slice(h.start, h.end));
    await settle();
    await page.screenshot({ path: join(ARTIFACTS, 'article-pipeline.png') });
  });
});
