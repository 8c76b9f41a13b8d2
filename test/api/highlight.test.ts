import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleBlocks, renderArticleHtml, renderMarks, type Mark } from '../../src/web/highlight.js';
import { escapeHtml } from '../../src/web/escape.js';
import { FIXTURE_ARTICLES, fixtureAnalysis } from './fixtures.js';

/** Parses an HTML fragment (linkedom) for assertions on text and structure. */
function fragment(html: string) {
  return parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document.getElementById('root')!;
}

/** The text of every element with `attr=value`, joined in document order: a split mark reads as one. */
function textOf(root: ReturnType<typeof fragment>, selector: string): string {
  return [...root.querySelectorAll(selector)].map((e) => e.textContent).join('');
}

describe('renderMarks', () => {
  it.each<[string, string, Mark[], string]>([
    ['no marks', 'قال زيد', [], 'قال زيد'],
    ['one mark', 'قال زيد', [{ start: 4, end: 7, kind: 'speaker' }], 'قال <span class="speaker">زيد</span>'],
    ['text is escaped', '<b>&"\'</b>', [{ start: 3, end: 6, kind: 'cue' }], '&lt;b&gt;<span class="cue">&amp;&quot;&#39;</span>&lt;/b&gt;'],
    ['attributes are escaped', 'ab', [{ start: 0, end: 2, kind: 'content', attrs: { 'data-speaker': '"><script>' } }], '<span class="content" data-speaker="&quot;&gt;&lt;script&gt;">ab</span>'],
    ['nesting by range', 'abcdef', [{ start: 2, end: 4, kind: 'entity' }, { start: 0, end: 6, kind: 'content' }], '<span class="content">ab<span class="entity">cd</span>ef</span>'],
    ['same range: rank decides', 'ab', [{ start: 0, end: 2, kind: 'entity' }, { start: 0, end: 2, kind: 'speaker' }], '<span class="speaker"><span class="entity">ab</span></span>'],
    ['a crossing mark is split, the id on its first fragment only', 'abcdef', [{ start: 0, end: 4, kind: 'content', id: 'q-1' }, { start: 2, end: 6, kind: 'sentence', id: 's-1' }],
      '<span class="content" id="q-1">ab<span class="sentence" id="s-1">cd</span></span><span class="sentence">ef</span>'],
    ['a link inside a link is a span', 'abcd', [{ start: 0, end: 4, kind: 'entity', href: '/x' }, { start: 1, end: 3, kind: 'entity', href: '/y' }],
      '<a class="entity" href="/x">a<span class="entity">bc</span>d</a>'],
    ['surrogate pairs stay whole', 'a😀b', [{ start: 1, end: 3, kind: 'cue' }], 'a<span class="cue">😀</span>b'],
    ['marks outside the range are clipped', 'abcdef', [{ start: 0, end: 4, kind: 'cue' }], '<span class="cue">cd</span>'],
  ])('%s', (name, text, marks, expected) => {
    const out = name === 'marks outside the range are clipped' ? renderMarks(text, marks, 2, 4) : renderMarks(text, marks);
    expect(out).toBe(expected);
  });

  // Any text (surrogate pairs, bidi controls, HTML characters) and any marks: the text survives exactly, every
  // mark's fragments read as `text.slice(start, end)`, and ids are unique.
  it('keeps the text and every mark exact, for any input', () => {
    const char = fc.constantFrom('a', 'ب', ' ', '<', '>', '&', '"', "'", '\u200f', '\u0651', '😀', '\n');
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')),
        fc.array(fc.record({ a: fc.nat(), b: fc.nat(), kind: fc.constantFrom('content', 'cue', 'speaker', 'entity', 'sentence') as fc.Arbitrary<Mark['kind']> }), { maxLength: 8 }),
        (text, raw) => {
          // Marks on code-point boundaries (the pipeline never splits a surrogate pair).
          const bounds = [0];
          for (const ch of text) bounds.push(bounds[bounds.length - 1]! + ch.length);
          const at = (n: number) => bounds[n % bounds.length]!;
          const marks: Mark[] = raw.map((m, i) => {
            const [start, end] = [at(m.a), at(m.b)].sort((x, y) => x - y) as [number, number];
            return { start, end, kind: m.kind, id: `m${i}`, attrs: { 'data-m': String(i) } };
          });
          const root = fragment(renderMarks(text, marks));
          expect(root.textContent).toBe(text);
          marks.forEach((m, i) => {
            if (m.start < m.end) expect(textOf(root, `[data-m="${i}"]`)).toBe(text.slice(m.start, m.end));
            expect(root.querySelectorAll(`#m${i}`).length).toBe(m.start < m.end ? 1 : 0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('renderArticleHtml on the fixtures', () => {
  it.each(FIXTURE_ARTICLES.map((f) => [f.title, f] as const))('%s: each attribution part reads as its span', (_t, f) => {
    const a = fixtureAnalysis(f);
    const root = fragment(renderArticleHtml(f.text, a, { entityHref: (e) => `/entities/${encodeURIComponent(e.name)}` }));
    for (const q of a.quotes) {
      expect(textOf(root, `.content[data-q="${q.id}"]`)).toBe(f.text.slice(q.content.start, q.content.end));
      expect(textOf(root, `.cue[data-q="${q.id}"]`)).toBe(f.text.slice(q.cue!.start, q.cue!.end));
      expect(textOf(root, `.speaker[data-q="${q.id}"]`)).toBe(f.text.slice(q.speaker!.mention!.start, q.speaker!.mention!.end));
    }
    for (const e of a.entities) {
      const links = [...root.querySelectorAll(`a.entity[data-e="${e.id}"]`)];
      expect(links.map((l) => l.textContent)).toEqual(e.mentions.map((m) => m.raw));
      for (const l of links) expect(l.getAttribute('href')).toBe(`/entities/${encodeURIComponent(e.name)}`);
    }
    // Nothing of the article is dropped: the blocks hold every non-space character, in order.
    expect(root.textContent!.replace(/\s/g, '')).toBe(f.text.replace(/\s/g, ''));
    expect(escapeHtml(f.text)).not.toMatch(/<b>/);
  });

  it('sets embedded headlines and credits apart and keeps a dateline in its paragraph', () => {
    const text = 'الرباط - قال الوزير إن الأشغال انتهت.\nاقرأ أيضا: عنوان مقال آخر\nساهم في التقرير فلان.';
    const base = fixtureAnalysis({ ...FIXTURE_ARTICLES[0]!, text, entities: [], quotes: [], claims: [] });
    const a = {
      ...base,
      paragraphs: [{ start: 9, end: 37, index: 0 }],
      headlines: [{ start: 38, end: 63, raw: text.slice(38, 63) }],
      credits: { contributors: ['فلان'], agencies: [], spans: [{ start: 64, end: text.length }] },
    };
    const { blocks } = articleBlocks(text, a);
    expect(blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'الرباط - قال الوزير إن الأشغال انتهت.'],
      ['headline', 'اقرأ أيضا: عنوان مقال آخر'],
      ['credit', 'ساهم في التقرير فلان.'],
    ]);
    const root = fragment(renderArticleHtml(text, a));
    expect(root.querySelector('aside.headline')!.textContent).toBe('اقرأ أيضا: عنوان مقال آخر');
    expect(root.querySelector('aside.credit')!.textContent).toBe('ساهم في التقرير فلان.');
  });
});
