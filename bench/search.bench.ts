// Search latency over the Saudi corpus: median and p99 of 100 varied queries, with and without filters.
// Uses ISNAD_BENCH_DB when it holds an ingested corpus, else ingests the corpus first (a few minutes).
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore, type SearchQuery } from '../src/store/index.js';

const CORPUS = resolve(import.meta.dirname, '../../shared/data/news/saudinewsnet/articles.jsonl.gz');

/** Words people search news for: names, places, topics; single words, pairs, phrases, prefixes, clitic forms. */
const QUERIES = [
  'السعودية', 'الرياض', 'وزير', 'الحوثي', 'اليمن', 'إيران', 'داعش', 'سوريا', 'مصر', 'النفط', 'أسعار النفط', 'الاتفاق النووي',
  '"الأمم المتحدة"', 'الهلال', 'النصر', 'كرة القدم', 'الأهلي', 'التعليم', 'وزارة الصحة', 'كورونا', 'الحج', 'رمضان', 'عيد الفطر',
  'الملك سلمان', 'ولي العهد', 'الإرهاب', 'تفجير', 'القطيف', 'مسجد', 'الكويت', 'تركيا', 'روسيا', 'أوباما', 'واشنطن', 'عدن',
  'صنعاء', 'تعز', 'التحالف', 'عاصفة الحزم', 'إعادة الأمل', 'البطالة', 'الإسكان', 'العقار', 'الأسهم', 'سوق الأسهم', 'تداول',
  'الميزانية', 'الاقتصاد', 'الاستثمار', 'الشركات', 'المرور', 'حادث', 'الأمطار', 'الطقس', 'الحرارة', 'المعلمين', 'الجامعة',
  'الطلاب', 'الابتعاث', 'المستشفى', 'الأطباء', 'المرضى', 'الصحة', 'فيروس', 'السجن', 'المحكمة', 'القضاء', 'الشرطة', 'المخدرات',
  'الحدود', 'جازان', 'نجران', 'الجيش', 'الطيران', 'لبنان', 'حزب الله', 'العراق', 'بغداد', 'فلسطين', 'غزة', 'إسرائيل', 'الأقصى',
  'ليبيا', 'تونس', 'المغرب', 'الجزائر', 'قطر', 'الإمارات', 'البحرين', 'عمان', 'الأردن', 'السودان', 'كوريا', 'الصين', 'اليابان',
  'وزار*', 'مجلس الشورى', 'هيئة الأمر بالمعروف', 'المرأة', 'قيادة المرأة', 'الانتخابات البلدية',
];

const FILTERS: Array<Omit<SearchQuery, 'text'>> = [
  { from: '2015-08-01' },
  { from: '2015-07-25', to: '2015-07-31' },
  { source: 'alriyadh' },
  { source: 'sabq', from: '2015-08-01' },
  { stance: 'denies' },
  { speaker: 'وزير الخارجية' },
  { entity: 'اليمن' },
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Runs the search benchmark and prints its figures. */
export async function run(): Promise<void> {
  let file = process.env.ISNAD_BENCH_DB;
  if (!file || !existsSync(file)) {
    if (!existsSync(CORPUS)) {
      console.log('search bench skipped: no ISNAD_BENCH_DB and no corpus');
      return;
    }
    file = resolve(process.env.ISNAD_BENCH_DB ?? 'bench-search.db');
    process.env.ISNAD_BENCH_DB = file;
    const { run: ingestRun } = await import('./ingest.bench.js');
    await ingestRun();
  }
  const store = openSqliteStore(file);
  const stats = await store.stats();
  console.log(`load average: ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
  console.log(`search over ${stats.latestArticles} articles (${file})`);
  // Warm the page cache once, as a running service would be.
  for (const q of QUERIES.slice(0, 10)) await store.search({ text: q });
  for (const [label, withFilters] of [['without filters', false], ['with filters', true]] as const) {
    const times: number[] = [];
    const cpu = process.cpuUsage();
    let results = 0;
    for (let i = 0; i < 100; i++) {
      const q: SearchQuery = { text: QUERIES[i % QUERIES.length]!, limit: 20, ...(withFilters ? FILTERS[i % FILTERS.length] : {}) };
      const t = performance.now();
      const hits = await store.search(q);
      times.push(performance.now() - t);
      results += hits.length;
    }
    const used = process.cpuUsage(cpu);
    times.sort((a, b) => a - b);
    // CPU time per query tells what the search costs when the machine is shared (wall time then includes waiting).
    console.log(`${label}: CPU ${((used.user + used.system) / 1000 / 100).toFixed(2)} ms per query on average`);
    console.log(`${label}: median ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms (100 queries, ${(results / 100).toFixed(1)} results each)`);
  }
  await store.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
