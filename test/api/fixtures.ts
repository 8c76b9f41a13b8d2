// Articles written for these tests (Arabic news style; the people and bodies are invented), and analyses built
// for them by hand: the attribution and entity stages are other issues' work, and the UI must be tested against
// analyses whose every span is known. Spans are found with the `d` flag (match.indices), never indexOf.
import { analyze, type Analysis, type Entity, type EntityType, type Quote, type Span, type Stance } from '../../src/core/index.js';

/** An attribution as the fixture writes it: each part is a fragment of the text, found by occurrence. */
export interface QuoteSpec {
  speaker: string;
  /** The entity name the speaker resolves to. */
  entity: string;
  cue: string;
  content: string;
  stance: Stance;
  kind?: Quote['kind'];
  /** The claim (index into `claims`) the quote states. */
  claim: number;
  /** Which occurrence of the speaker fragment (0: first). */
  speakerAt?: number;
}

/** An entity as the fixture writes it. */
export interface EntitySpec {
  name: string;
  type: EntityType;
  aliases?: string[];
  roles?: string[];
  /** Fragments of the text that mention it (every occurrence of each). */
  mentions: string[];
}

/** One written article with what a perfect analysis would find. */
export interface FixtureArticle {
  title: string;
  source: string;
  published: string;
  text: string;
  entities: EntitySpec[];
  quotes: QuoteSpec[];
  /** Claim texts with the entities (names) they are about. */
  claims: Array<{ text: string; entities: string[] }>;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every span of `fragment` in `text`, from the regex `d` flag. */
export function spansOf(text: string, fragment: string): Span[] {
  return [...text.matchAll(new RegExp(escapeRe(fragment), 'dgu'))].map((m) => ({ start: m.indices![0]![0], end: m.indices![0]![1] }));
}

/** The `n`th span of `fragment` in `text`. @throws when the fragment is not there (a fixture typo). */
export function spanOf(text: string, fragment: string, n = 0): Span {
  const s = spansOf(text, fragment)[n];
  if (!s) throw new Error(`fixture: ${JSON.stringify(fragment)} (#${n}) is not in the text`);
  return s;
}

/** Spans sorted, without those inside another (`الحداد` inside `سمير الحداد` is one mention). */
function outermost(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((s, i) => !sorted.some((o, j) => j !== i && o.start <= s.start && s.end <= o.end && (o.end - o.start) > (s.end - s.start)));
}

/**
 * The analysis of a fixture article: the real pipeline's structure (paragraphs, sentences, headlines, credits),
 * with entities, quotes and claims from the fixture's hand annotation.
 */
export function fixtureAnalysis(f: FixtureArticle): Analysis {
  const base = analyze(f.text, { published: f.published, title: f.title });
  const entities: Entity[] = f.entities.map((e, i) => ({
    id: `e${i}`, name: e.name, type: e.type, aliases: e.aliases ?? [], roles: e.roles ?? [],
    mentions: outermost(e.mentions.flatMap((m) => spansOf(f.text, m))).map((s) => ({ ...s, raw: f.text.slice(s.start, s.end) })),
  }));
  const entityId = (name: string) => {
    const e = entities.find((x) => x.name === name);
    if (!e) throw new Error(`fixture: no entity ${name}`);
    return e.id;
  };
  const sentenceAt = (at: number) => Math.max(0, base.sentences.findIndex((s) => s.start <= at && at < s.end));
  const quotes: Quote[] = f.quotes
    .map((q) => ({ q, content: spanOf(f.text, q.content) }))
    .sort((a, b) => a.content.start - b.content.start)
    .map(({ q, content }, i) => {
      const cue = spanOf(f.text, q.cue);
      const mention = spanOf(f.text, q.speaker, q.speakerAt ?? 0);
      const type = f.entities.find((e) => e.name === q.entity)!.type;
      return {
        id: `q${i}`, kind: q.kind ?? 'indirect', content, cue,
        speaker: { name: q.entity, type: type === 'location' || type === 'other' ? 'unknown' : type, mention, entity: entityId(q.entity) },
        stance: q.stance, headline: false, sentence: sentenceAt(cue.start),
      };
    });
  const order = f.quotes.map((q) => spanOf(f.text, q.content).start);
  const claims = f.claims.map((c, ci) => ({
    id: `c${ci}`, text: c.text,
    quotes: f.quotes.flatMap((q, qi) => (q.claim === ci ? [quotes.findIndex((x) => x.content.start === order[qi])] : [])).sort((a, b) => a - b),
    entities: c.entities.map(entityId),
  }));
  return { ...base, entities, quotes, claims };
}

const MINISTER = { name: 'سمير الحداد', type: 'person' as const, aliases: ['الحداد'], roles: ['وزير المياه'], mentions: ['سمير الحداد', 'الحداد'] };
const WATCHDOG = { name: 'منظمة الشفافية المائية', type: 'organization' as const, aliases: ['المنظمة'], mentions: ['منظمة الشفافية المائية'] };
const MP = { name: 'ليلى بنعلي', type: 'person' as const, aliases: ['بنعلي'], roles: ['النائبة عن المعارضة'], mentions: ['ليلى بنعلي', 'بنعلي'] };
const PROJECT_CLAIM = 'مشروع الربط المائي بين الحوضين سيكتمل قبل نهاية العام';
const PRICE_CLAIM = 'أسعار مياه الشرب ارتفعت بسبب مشروع الربط المائي';

/** Three articles from three outlets about one project: a minister asserts, an MP denies, a watchdog is concerned. */
export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    title: 'الحداد: الربط المائي يكتمل قبل نهاية العام',
    source: 'صحيفة الصباح',
    published: '2024-03-02',
    text: [
      'الرباط - أكد وزير المياه سمير الحداد، السبت، أن مشروع الربط المائي بين الحوضين سيكتمل قبل نهاية العام الجاري.',
      'وقال الحداد في مؤتمر صحفي إن "الأشغال تسير وفق الجدول المحدد ولا تأخير فيها".',
      'من جهتها، أعربت منظمة الشفافية المائية عن قلقها من أن أسعار مياه الشرب ارتفعت بسبب المشروع.',
      'اقرأ أيضا: الحكومة تطلق برنامجا جديدا لتحلية مياه البحر',
      'وتبلغ كلفة المشروع نحو ستة مليارات درهم.',
    ].join('\n'),
    entities: [MINISTER, WATCHDOG],
    quotes: [
      { speaker: 'وزير المياه سمير الحداد', entity: 'سمير الحداد', cue: 'أكد', content: 'مشروع الربط المائي بين الحوضين سيكتمل قبل نهاية العام الجاري', stance: 'asserts', claim: 0 },
      { speaker: 'الحداد', speakerAt: 1, entity: 'سمير الحداد', cue: 'وقال', content: 'الأشغال تسير وفق الجدول المحدد ولا تأخير فيها', stance: 'asserts', kind: 'direct', claim: 0 },
      { speaker: 'منظمة الشفافية المائية', entity: 'منظمة الشفافية المائية', cue: 'أعربت', content: 'أسعار مياه الشرب ارتفعت بسبب المشروع', stance: 'concern', claim: 1 },
    ],
    claims: [
      { text: PROJECT_CLAIM, entities: ['سمير الحداد'] },
      { text: PRICE_CLAIM, entities: ['منظمة الشفافية المائية'] },
    ],
  },
  {
    title: 'المعارضة تشكك في موعد انتهاء الربط المائي',
    source: 'موقع الخبر اليوم',
    published: '2024-03-04',
    text: [
      'نفت النائبة عن المعارضة ليلى بنعلي، الإثنين، أن يكون مشروع الربط المائي بين الحوضين سيكتمل قبل نهاية العام كما يقول سمير الحداد.',
      'وأضافت بنعلي أن "نصف الأشغال لم يبدأ بعد".',
      'وكانت منظمة الشفافية المائية قد حذرت من أن أسعار مياه الشرب ارتفعت بسبب مشروع الربط المائي <b>في عدة مدن</b>.',
    ].join('\n'),
    entities: [MP, MINISTER, WATCHDOG],
    quotes: [
      { speaker: 'النائبة عن المعارضة ليلى بنعلي', entity: 'ليلى بنعلي', cue: 'نفت', content: 'يكون مشروع الربط المائي بين الحوضين سيكتمل قبل نهاية العام', stance: 'denies', claim: 0 },
      { speaker: 'بنعلي', speakerAt: 1, entity: 'ليلى بنعلي', cue: 'وأضافت', content: 'نصف الأشغال لم يبدأ بعد', stance: 'denies', kind: 'direct', claim: 0 },
      { speaker: 'منظمة الشفافية المائية', entity: 'منظمة الشفافية المائية', cue: 'حذرت', content: 'أسعار مياه الشرب ارتفعت بسبب مشروع الربط المائي <b>في عدة مدن</b>', stance: 'concern', claim: 1 },
    ],
    claims: [
      { text: 'مشروع الربط المائي بين الحوضين لن يكتمل قبل نهاية العام', entities: ['سمير الحداد'] },
      { text: PRICE_CLAIM, entities: ['منظمة الشفافية المائية'] },
    ],
  },
  {
    title: 'الوزير ينفي ارتفاع أسعار المياه',
    source: 'وكالة المغرب العربي',
    published: '2024-03-06',
    text: [
      'الدار البيضاء - نفى وزير المياه سمير الحداد، الأربعاء، أن تكون أسعار مياه الشرب ارتفعت بسبب مشروع الربط المائي.',
      'وقال الحداد إن مشروع الربط المائي بين الحوضين سيكتمل قبل نهاية العام رغم الانتقادات.',
    ].join('\n'),
    entities: [MINISTER],
    quotes: [
      { speaker: 'وزير المياه سمير الحداد', entity: 'سمير الحداد', cue: 'نفى', content: 'تكون أسعار مياه الشرب ارتفعت بسبب مشروع الربط المائي', stance: 'denies', claim: 1 },
      { speaker: 'الحداد', speakerAt: 1, entity: 'سمير الحداد', cue: 'وقال', content: 'مشروع الربط المائي بين الحوضين سيكتمل قبل نهاية العام رغم الانتقادات', stance: 'asserts', claim: 0 },
    ],
    claims: [
      { text: PROJECT_CLAIM, entities: ['سمير الحداد'] },
      { text: PRICE_CLAIM, entities: [] },
    ],
  },
];
