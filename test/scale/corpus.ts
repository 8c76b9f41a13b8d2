/**
 * Articles written for the scale tests and the bench: Arabic news in the usual wire style (dateline,
 * attributed statements with قال/أكد/نفى/حذر, a background paragraph), generated from templates with a
 * seeded generator, so that the same call always gives the same corpus. No real article is copied.
 */
import { mulberry32 } from '../../scripts/lib/prng.js';

export interface GeneratedArticle {
  text: string;
  title: string;
  source: string;
  url: string;
  published: string;
}

const CITIES = ['الرياض', 'القاهرة', 'عمان', 'بيروت', 'الرباط', 'تونس', 'الدوحة', 'الكويت', 'بغداد', 'الخرطوم', 'مسقط', 'الجزائر'];
const AGENCIES = ['(رويترز)', '(أ ف ب)', '(واس)', '(د ب أ)', ''];
const OUTLETS = ['الصباح', 'الوطن اليوم', 'الخبر', 'المساء', 'النهار الجديد', 'الشروق'];
const SPEAKERS = [
  'وزير الخارجية خالد المنصوري', 'المتحدث باسم الحكومة سامي العلي', 'رئيس الوزراء عادل الحسن', 'وزيرة الصحة ليلى الزين',
  'محافظ البنك المركزي يوسف القاسم', 'الأمين العام للجامعة العربية', 'وزير الطاقة ناصر الفهد', 'رئيس البرلمان مروان الخطيب',
  'المتحدثة باسم الأمم المتحدة هالة يونس', 'وزير المالية فيصل الراشد',
];
const TOPICS: Array<[string, string]> = [
  ['المفاوضات', 'ستستأنف الأسبوع المقبل بمشاركة جميع الأطراف'],
  ['أسعار النفط', 'ستبقى مستقرة حتى نهاية العام'],
  ['الاتفاق التجاري', 'سيوقع خلال القمة المقبلة'],
  ['مشروع الطاقة الشمسية', 'سيوفر آلاف فرص العمل للشباب'],
  ['خطة الإصلاح الاقتصادي', 'ستخفض العجز في الموازنة'],
  ['الحملة الصحية', 'ستشمل جميع المحافظات قبل الصيف'],
  ['المساعدات الإنسانية', 'وصلت إلى المناطق المتضررة من الفيضانات'],
  ['قرار رفع الفائدة', 'لن يؤثر على أسعار السلع الأساسية'],
];
const VERBS: Array<[string, string]> = [['قال', 'إن'], ['أكد', 'أن'], ['أوضح', 'أن'], ['أعلن', 'أن']];
const DENIALS = ['نفى', 'نفت مصادر رسمية'];
const WARNINGS = ['حذر', 'أعرب عن قلقه من'];


/**
 * Generates `count` distinct articles. Every article carries a serial number in its text (a report number),
 * so no two are identical; every tenth repeats the previous story under another outlet with a new
 * dateline and a credit line (a syndicated copy, for the near-duplicate grouping).
 */
export function generateArticles(count: number, seed = 7): GeneratedArticle[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: GeneratedArticle[] = [];
  let previous: { body: string; title: string } | null = null;
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const published = `2015-03-${String(day).padStart(2, '0')}`;
    const outlet = pick(OUTLETS);
    const city = pick(CITIES);
    const agency = pick(AGENCIES);
    const dateline = `${city} - ${agency ? agency + ' - ' : ''}`;
    if (previous && i % 10 === 9) {
      out.push({ text: `${dateline}${previous.body}\n\nمتابعات ${outlet}`, title: previous.title, source: outlet, url: `https://example.org/${i}`, published });
      previous = null;
      continue;
    }
    const speaker = pick(SPEAKERS);
    const other = pick(SPEAKERS.filter((s) => s !== speaker));
    const [topic, outcome] = pick(TOPICS);
    const [verb, particle] = pick(VERBS);
    const denial = pick(DENIALS);
    const warning = pick(WARNINGS);
    const figure = 10 + Math.floor(r() * 90);
    const body = [
      `${verb} ${speaker} يوم ${pick(['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس'])} ${particle} ${topic} ${outcome}، مشيرا إلى أن نسبة التقدم بلغت ${figure} في المئة.`,
      `وأضاف في مؤتمر صحفي: «نحن ملتزمون بتنفيذ ما اتفقنا عليه، ولن نتراجع عن ذلك».`,
      `في المقابل، ${denial} ${other} وجود أي خلاف حول ${topic}، وقال إن التنسيق مستمر بين الجهات المعنية.`,
      `${warning === 'حذر' ? `وحذر ${other} من` : `و${warning}`} تأخر التمويل، مؤكدا أن الأشهر المقبلة ستكون حاسمة.`,
      `ويأتي ذلك بعد اجتماع عقد في ${pick(CITIES)} الشهر الماضي بحضور ممثلين عن ${figure % 7 + 3} دول. (التقرير رقم ${i + 1})`,
    ].join('\n\n');
    const title = `${speaker.split(' ').slice(-2).join(' ')}: ${topic} ${outcome.split(' ').slice(0, 3).join(' ')}`;
    previous = { body, title };
    out.push({ text: `${dateline}${body}`, title, source: outlet, url: `https://example.org/${i}`, published });
  }
  return out;
}
