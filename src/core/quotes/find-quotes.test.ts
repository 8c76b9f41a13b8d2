import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { lookupCue } from './lexicon.js';

/** The attributions of a text as [cue, speaker (name or mention), content, stance, kind]. */
function attributions(text: string): Array<[string | null, string | null, string, string, string]> {
  const a = analyze(text);
  return a.quotes.map((q) => [
    q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    q.speaker ? (q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : q.speaker.name) : null,
    text.slice(q.content.start, q.content.end),
    q.stance,
    q.kind,
  ]);
}

describe('cue lexicon: every inflection, with و/ف and attached pronouns', () => {
  it.each([
    ['قال', 'قال', 'past'], ['وقالت', 'قال', 'past'], ['قالوا', 'قال', 'past'], ['تقول', 'قال', 'imperfect'], ['يقولون', 'قال', 'imperfect'],
    ['قائلا', 'قال', 'participle'], ['مضيفة', 'اضاف', 'participle'], ['وأضاف', 'اضاف', 'past'], ['فأكد', 'اكد', 'past'],
    ['مؤكدا', 'اكد', 'participle'], ['نفتا', 'نفي', 'past'], ['ينفيان', 'نفي', 'imperfect'], ['ووصفتها', 'وصف', 'past'],
    ['وتدعوهم', 'دعا', 'imperfect'], ['دعت', 'دعا', 'past'], ['تصريح', 'صرح', 'noun'], ['مستبعدة', 'استبعد', 'participle'],
    ['أعربوا', 'اعرب', 'past'], ['لافتا', 'لفت', 'participle'], ['مشيرة', 'اشار', 'participle'], ['يرون', 'راي', 'imperfect'],
  ])('%s → %s (%s)', (word, lemma, form) => {
    const m = lookupCue(analyze(word).quotes.length >= 0 ? word.normalize('NFC').replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي') : word);
    expect(m?.lemma).toBe(lemma);
    expect(m?.form).toBe(form);
  });

  it.each([['الحكومة'], ['بين'], ['ملاحظة'], ['مبلغ'], ['كتاب']])('%s is not a cue', (word) => {
    expect(lookupCue(word.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه'))).toBeNull();
  });
});

describe('indirect speech: both word orders, every complementiser', () => {
  it.each([
    ['قال الوزير إن الاجتماع كان مثمرا.', ['قال', 'الوزير', 'الاجتماع كان مثمرا', 'asserts', 'indirect']],
    ['وأكدت الوزارة أنها ستواصل دعم الفلاحين.', ['وأكدت', 'الوزارة', 'ستواصل دعم الفلاحين', 'asserts', 'indirect']],
    ['سيول تقول إن القوات تقاتل في الشرق.', ['تقول', 'سيول', 'القوات تقاتل في الشرق', 'asserts', 'indirect']],
    ['الرئيس أشار إلى أن الحوار مستمر.', ['أشار', 'الرئيس', 'الحوار مستمر', 'asserts', 'indirect']],
    ['وشدد المدير على أن الخدمة ستعود غدا.', ['وشدد', 'المدير', 'الخدمة ستعود غدا', 'asserts', 'indirect']],
    ['وأوضح الناطق الرسمي، خلال ندوة صحفية بالرباط، أن الأشغال انتهت.', ['وأوضح', 'الناطق الرسمي', 'الأشغال انتهت', 'asserts', 'indirect']],
    ['واعتبر الخبير بأن الأسعار سترتفع.', ['واعتبر', 'الخبير', 'الأسعار سترتفع', 'asserts', 'indirect']],
    ['تراجعت المبيعات، ولكن الخبراء يقولون إن الأسعار ستنخفض.', ['يقولون', 'الخبراء', 'الأسعار ستنخفض', 'asserts', 'indirect']],
    // A title phrase longer than the phrase limit keeps the name after its rank.
    ['وأفاد المتحدث باسم الدفاع المدني بمنطقة مكة المكرمة العقيد سعيد الغامدي أن الحريق أخمد.', ['وأفاد', 'المتحدث باسم الدفاع المدني بمنطقة مكة المكرمة العقيد سعيد الغامدي', 'الحريق أخمد', 'asserts', 'indirect']],
    // An accusative (tanween fath) after the subject is the object: أبلغ X ضباطًا أن ...
    ['أبلغ الرئيس الصيني شي جين بينغ ضباطًا أن على الجيش أن يتعلم.', ['أبلغ', 'الرئيس الصيني شي جين بينغ', 'على الجيش أن يتعلم', 'asserts', 'indirect']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
});

describe('direct quotations in every mark style, balanced or not', () => {
  it.each([
    ['وقال ميلر “إننا نتابع الوضع عن كثب”.', ['وقال', 'ميلر', 'إننا نتابع الوضع عن كثب', 'asserts', 'direct']],
    ['وقال الوزير: «سنبني مدارس جديدة في كل جهة».', ['وقال', 'الوزير', 'سنبني مدارس جديدة في كل جهة', 'asserts', 'direct']],
    ['وأضافت الممثلة "العمل في المسرح صعب لكنه ممتع".', ['وأضافت', 'الممثلة', 'العمل في المسرح صعب لكنه ممتع', 'asserts', 'direct']],
    ['وقال المدرب: “الفريق جاهز للمباراة المقبلة', ['وقال', 'المدرب', 'الفريق جاهز للمباراة المقبلة', 'asserts', 'direct']],
    // Spaces just inside the marks are not part of the quotation.
    ['وقال المدير: « الخدمة ستعود غدا ».', ['وقال', 'المدير', 'الخدمة ستعود غدا', 'asserts', 'direct']],
    // A literal إلى before the colon is no complement: the quotation is.
    ['وأضاف المدرب لدى وصوله إلى المطار: "التحدي كبير".', ['وأضاف', 'المدرب', 'التحدي كبير', 'asserts', 'direct']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });

  it('a cue inside a reported quotation does not report the whole quotation again', () => {
    const text = 'وخلص المجلس إلى أن " المجلس، بعد هذا التوضيح، يبدي أسفه من استمرار بعض المنابر في نشر أخبار مغلوطة".';
    const found = attributions(text);
    expect(found.map((a) => a[0])).toEqual(['وخلص']);
    expect(found[0]![2]).toBe('المجلس، بعد هذا التوضيح، يبدي أسفه من استمرار بعض المنابر في نشر أخبار مغلوطة');
  });
});

describe('mixed quotations and postposed or inserted cues', () => {
  it.each([
    ['وأكد الوزير أن الإصلاح "يسير في الطريق الصحيح" رغم الصعوبات.', ['وأكد', 'الوزير', 'الإصلاح "يسير في الطريق الصحيح" رغم الصعوبات', 'asserts', 'mixed']],
    ['«المغرب بلد آمن ومستقر»، يقول السفير الفرنسي.', ['يقول', 'السفير الفرنسي', 'المغرب بلد آمن ومستقر', 'asserts', 'direct']],
    ['"هذا المشروع سيمكننا ، تقول المهندسة ، من توفير الماء للقرى".', ['تقول', 'المهندسة', 'هذا المشروع سيمكننا ، تقول المهندسة ، من توفير الماء للقرى', 'asserts', 'direct']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
});

describe('continuation: وأضاف, participles and cue-less quotations take the last speaker', () => {
  it('an according word inside an earlier report\'s content governs no participle after it (بما وفق الله إليه عباده، مبينا)', () => {
    const q = analyze('وأضاف المدير أن المبادرة تشارك الأسر فرحتها بما وفق الله إليه عباده من طاعات، مبينا أن المبادرة تسعى لإبراز مظاهر الفرح.').quotes;
    expect(q.map((x) => x.speaker?.name)).toEqual(['المدير', 'المدير']);
  });

  it('reads the name علي after a rank in a long title, and an institution after a title and its adjective', () => {
    const q = analyze('وصرح المتحدث الإعلامي للدفاع المدني بمنطقة نجران المقدم علي الشهراني، أنه عند الساعة الرابعة باشر رجال الدفاع المدني بلاغا.').quotes;
    expect(q[0]?.speaker?.name.endsWith('المقدم علي الشهراني')).toBe(true);
    // The preposition على after a title is no name (وأكد الوزير على أهمية ...), nor the dative after a title a subject.
    expect(analyze('وأكد الوزير على أهمية السوق الأفريقية للشركات.').quotes[0]?.speaker?.name).toBe('الوزير');
    expect(analyze('وقال المتحدث الرسمي للصحفيين إن الاجتماع انتهى.').quotes[0]?.speaker?.name).toBe('المتحدث الرسمي');
  });

  it('takes no adverb with a pronoun for the subject (أكد خلالها)', () => {
    const q = analyze('وتلقى الرئيس برقية من نظيره، أكد خلالها ضرورة تكريس التشاور بين البلدين.').quotes;
    expect(q.some((x) => x.speaker?.name === 'خلالها')).toBe(false);
  });

  it('a statement that belongs to a person named after its ل is that person\'s, not its publisher\'s', () => {
    const q = analyze('وقال الوزير محمد العلوي إن الموسم ناجح. ونشر الحزب على حسابه تصريحات للسيد العلوي قال فيها إن الموسم المقبل أفضل.').quotes;
    expect(q.map((x) => x.speaker?.name)).toEqual(['محمد العلوي', 'محمد العلوي']);
  });
  it('وأضاف with no subject inherits the speaker, with no mention', () => {
    const text = 'وقال الوزير إن الميزانية سترتفع. وأضاف أن الحكومة ستوظف ألف أستاذ.';
    const a = analyze(text);
    expect(a.quotes).toHaveLength(2);
    expect(a.quotes[1]!.speaker?.name).toBe('الوزير');
    expect(a.quotes[1]!.speaker?.mention).toBeNull();
  });
  it('a participle takes the subject of its verb', () => {
    expect(attributions('أكد المدير أن النتائج جيدة، مضيفا أن الموسم المقبل سيكون أفضل.')).toContainEqual([
      'مضيفا', 'المدير', 'الموسم المقبل سيكون أفضل', 'asserts', 'indirect',
    ]);
  });
  it('a participle after a verb that is no cue takes the verb\'s subject, past an opener (من جانبها، بدوره)', () => {
    expect(attributions('ومن جانبها، علقت إدارة المستشفى على الحادث، معتبرة أن الأقسام لم تتأثر.')).toContainEqual([
      'معتبرة', 'إدارة المستشفى', 'الأقسام لم تتأثر', 'asserts', 'indirect',
    ]);
    expect(attributions('بدوره، تحدث المدرب عن المباراة، مؤكدا أن الفريق جاهز.')).toContainEqual([
      'مؤكدا', 'المدرب', 'الفريق جاهز', 'asserts', 'indirect',
    ]);
  });
  it('من جهته opens a sentence like من جانبه: the participle takes the verb\'s subject', () => {
    expect(attributions('ومن جهته، أشاد المدير بالمعرض، مضيفا أن الدخول سيكون مجانا طيلة أيامه.')).toContainEqual([
      'مضيفا', 'المدير', 'الدخول سيكون مجانا طيلة أيامه', 'asserts', 'indirect',
    ]);
  });
  it('an honorific right after a demand is its subject; an indefinite role after a name ends the name', () => {
    const a = analyze('وقال وزير الصحة خالد الفالح إن الخدمات تحسنت. وطالب معاليه المجتمع الدولي بالاضطلاع بمسؤولياته.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['خالد الفالح', 'خالد الفالح']);
    expect(analyze('وأكد الدكتور مدحت حماد استاذ الدراسات الإيرانية أهمية الدعم العربي.').quotes[0]?.speaker?.name).toBe('مدحت حماد');
  });
  it('an honorific (معاليه، سموه) stands for the dignitary named before', () => {
    const a = analyze('وقال وزير الصحة خالد الفالح إن الخدمات تحسنت. وأكد معاليه أن الوزارة ستواصل العمل.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['خالد الفالح', 'خالد الفالح']);
  });
  it('statements made to an outlet frame the verb that reports them', () => {
    expect(attributions('وقال الوزير، خلال تصريحات لـ«الشرق الأوسط»، إن الحكومة قامت بجولات تفقدية.')).toEqual([
      ['وقال', 'الوزير', 'الحكومة قامت بجولات تفقدية', 'asserts', 'indirect'],
    ]);
  });
  it('a quoted paragraph with no cue belongs to the last speaker', () => {
    const text = 'وقال الرئيس: “سنواصل العمل مع شركائنا في المنطقة”.\n“ولن نتراجع عن التزاماتنا تجاه المواطنين مهما كانت الظروف”.';
    const a = analyze(text);
    const last = a.quotes[a.quotes.length - 1]!;
    expect(last.cue).toBeNull();
    expect(last.speaker?.name).toBe('الرئيس');
  });
});

describe('according to, without a verb', () => {
  it.each([
    ['وبحسب مصادر مطلعة، فإن المفاوضات ستستأنف الأسبوع المقبل.', ['وبحسب', 'مصادر مطلعة', 'المفاوضات ستستأنف الأسبوع المقبل', 'asserts', 'indirect']],
    ['ارتفعت الأسعار بنسبة كبيرة، حسب بلاغ للمندوبية.', ['حسب', 'بلاغ للمندوبية', 'ارتفعت الأسعار بنسبة كبيرة', 'asserts', 'indirect']],
    ['ووفقا للشرطة، تم توقيف ثلاثة أشخاص.', ['ووفقا', 'للشرطة', 'تم توقيف ثلاثة أشخاص', 'asserts', 'indirect']],
    // A relative clause that describes the source is not the content.
    ['وبحسب صحيفة المساء التي تصدر في الرباط، فإن الوزير سيستقيل.', ['وبحسب', 'صحيفة المساء', 'الوزير سيستقيل', 'asserts', 'indirect']],
    // A short source in quotation marks, fronted or trailing.
    ['ووفقا لـ«رويترز» فإن الشركة ستغلق مصنعها.', ['ووفقا', 'رويترز', 'الشركة ستغلق مصنعها', 'asserts', 'indirect']],
    ['ارتفعت أسعار النفط أمس، بحسب «رويترز».', ['بحسب', 'رويترز', 'ارتفعت أسعار النفط أمس', 'asserts', 'indirect']],
    // Time words after a trailing source leave it at the end of the sentence.
    ['وقتل ثلاثة مدنيين في القصف، حسبما أكدت الشرطة أمس.', ['أكدت', 'الشرطة', 'قتل ثلاثة مدنيين في القصف', 'asserts', 'indirect']],
    // The verb after حسب ما may publish rather than say, or be جاء على لسان.
    ['وحسب ما نشرته صحيفة فرنسية فإن المفتشين التقوا بالعلماء.', ['وحسب', 'صحيفة فرنسية', 'المفتشين التقوا بالعلماء', 'asserts', 'indirect']],
    ['وحسب ما جاء على لسان رئيسة الجمعية، فإن القوانين لا تواكب الواقع.', ['وحسب', 'رئيسة الجمعية', 'القوانين لا تواكب الواقع', 'asserts', 'indirect']],
    // Words that describe a fronted source run to its resumptive فإن; so does a phrase after a complementiser.
    ['ووفقا لدراسة قام بها مركز الأبحاث السياحية في الرياض، فإن عدد السياح ارتفع.', ['ووفقا', 'دراسة قام', 'عدد السياح ارتفع', 'asserts', 'indirect']],
    ['وبحسب مصادر تحدثت لـ«الشرق الأوسط» فإن الاجتماع تأجل.', ['وبحسب', 'مصادر تحدثت', 'الاجتماع تأجل', 'asserts', 'indirect']],
    ['ويتوسع السوق حيث إنه وفقا لإحصائيات عالمية فإنه من المتوقع أن يتضاعف.', ['وفقا', 'إحصائيات عالمية', 'من المتوقع أن يتضاعف', 'asserts', 'indirect']],
    // كما + a past report with no complement of its own: "as X said", of the clause before it, or after a connective.
    ['وتوفي الملا عمر في أبريل في مستشفى بكراتشي، كما أعلنت الاستخبارات الأفغانية الأسبوع الماضي.', ['أعلنت', 'الاستخبارات الأفغانية', 'توفي الملا عمر في أبريل في مستشفى بكراتشي', 'asserts', 'indirect']],
    ['وارتفع عدد القتلى إلى عشرين شخصا، كما أفاد المرصد السوري لحقوق الإنسان.', ['أفاد', 'المرصد السوري لحقوق الإنسان', 'ارتفع عدد القتلى إلى عشرين شخصا', 'asserts', 'indirect']],
    ['وتراجعت الأسعار. علاوة على ذلك، كما أقر صندوق النقد الدولي، تحتاج التقديرات إلى التحديث.', ['أقر', 'صندوق النقد الدولي', 'تحتاج التقديرات إلى التحديث', 'asserts', 'indirect']],
    // A verb of stating with a noun of a proposition for its object (أكد ضرورة، مؤكدا حرص ... على).
    ['وأكد الوزير ضرورة تعزيز التعاون بين البلدين.', ['وأكد', 'الوزير', 'ضرورة تعزيز التعاون بين البلدين', 'asserts', 'indirect']],
    ['وأكد وزير الدفاع حرص الولايات المتحدة على تعزيز السلام في المنطقة.', ['وأكد', 'وزير الدفاع', 'حرص الولايات المتحدة على تعزيز السلام في المنطقة', 'asserts', 'indirect']],
    ['وطلب الطبيب متابعة دقيقة. وأكد ضرورة عدم إغفال أية إصابة بعيون الصغار.', ['وأكد', null, 'ضرورة عدم إغفال أية إصابة بعيون الصغار', 'asserts', 'indirect']],
    // A participle of manner after a comma describes the speaker, not the content: it closes the clause.
    ['وقال الوزير إن المشروع انتهى، مع الإشارة إلى أن التكلفة بلغت مليون ريال.', ['وقال', 'الوزير', 'المشروع انتهى', 'asserts', 'indirect']],
    ['وأوضح الوزير أن الأمر يأتي في سياق الدعم المتواصل للقضاء، سائلا المولى أن يوفق القضاة.', ['وأوضح', 'الوزير', 'الأمر يأتي في سياق الدعم المتواصل للقضاء', 'asserts', 'indirect']],
    ['وأكد المتحدث أن التهريب تراجع هذا العام، مرجعا ذلك إلى يقظة رجال الحدود.', ['وأكد', 'المتحدث', 'التهريب تراجع هذا العام', 'asserts', 'indirect']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
  it('كما قال X reports the clause between the commas, past its opener, and closes the clause of a report before it', () => {
    expect(attributions('واتهموا قيادة الحركة بالتكتم لسنتين، بينما توفي في أبريل في مستشفى بكراتشي، كما أعلنت الاستخبارات الأفغانية.')).toEqual([
      ['واتهموا', null, 'قيادة الحركة بالتكتم لسنتين، بينما توفي في أبريل في مستشفى بكراتشي', 'asserts', 'indirect'],
      ['أعلنت', 'الاستخبارات الأفغانية', 'توفي في أبريل في مستشفى بكراتشي', 'asserts', 'indirect'],
    ]);
    expect(attributions('وأضاف أن الاتفاق نهائي، كما قال الرئيس أمس.')).toEqual([['وأضاف', null, 'الاتفاق نهائي', 'asserts', 'indirect']]);
  });
  it('كما with a complementiser after the subject is "also": the verb reports its own clause', () => {
    expect(attributions('كما أكد الوزير أن المشروع سينطلق قريبا.')).toEqual([['أكد', 'الوزير', 'المشروع سينطلق قريبا', 'asserts', 'indirect']]);
  });
  it('a report after "، كما" and a named source or its complement ends the content before it', () => {
    const text = 'وأعلنت وزارة الصحة أنها ستفتح مراكز جديدة، كما كشفت وزارة التعليم أيضا عن عزمها بناء مدارس. وأكد المدير أن العمل بدأ، كما أشار إلى أن التكلفة كبيرة.';
    expect(attributions(text)).toEqual([
      ['وأعلنت', 'وزارة الصحة', 'ستفتح مراكز جديدة', 'asserts', 'indirect'],
      ['كشفت', 'وزارة التعليم', 'عزمها بناء مدارس', 'asserts', 'indirect'],
      ['وأكد', 'المدير', 'العمل بدأ', 'asserts', 'indirect'],
      ['أشار', 'المدير', 'التكلفة كبيرة', 'asserts', 'indirect'],
    ]);
    // "as was planned" is no report: the content runs on.
    expect(attributions('وأكد الوزير أن المشروع اكتمل في موعده، كما كان مقررا.')).toEqual([['وأكد', 'الوزير', 'المشروع اكتمل في موعده، كما كان مقررا', 'asserts', 'indirect']]);
  });
  it('an according-to source inside another report is no speaker of that report\'s participles', () => {
    const a = analyze('وشدد رئيس الوزراء خالد بحاح بحسب سكاي نيوز على أن الحوار يعني الالتزام بالقرار، قائلا إن مهمة المبعوث واضحة.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['سكاي نيوز', 'خالد بحاح', 'خالد بحاح']);
  });
  it('وفقا لما نقلته X right after a cue qualifies it: no attribution of its own, the cue keeps its subject', () => {
    const text = 'دان معالي رئيس مجلس النواب أحمد بن إبراهيم الملا التفجير الإرهابي. وقال وفقاً لما نقلته وكالة الأنباء البحرينية إن البحرين تقف صفا واحدا مع السعودية، مؤكداً أن أي اعتداء مرفوض.';
    const a = analyze(text);
    expect(a.quotes.map((q) => [q.cue && text.slice(q.cue.start, q.cue.end), q.speaker?.name])).toEqual([
      ['وقال', 'أحمد بن إبراهيم الملا'],
      ['مؤكداً', 'أحمد بن إبراهيم الملا'],
    ]);
  });
  it('the ل that وفقا takes is no part of the source', () => {
    expect(attributions('ووفقا لتقارير أمنية ليبية فإن المهاجرين عبروا الحدود.')).toEqual([
      ['ووفقا', 'تقارير أمنية ليبية', 'المهاجرين عبروا الحدود', 'asserts', 'indirect'],
    ]);
    // للمصادر: the name reads the article the preposition took; the mention stays as written.
    const a = analyze('ووفقا للمصادر العسكرية فإن القوات تقدمت نحو المدينة.');
    expect(a.quotes[0]?.speaker?.name).toBe('المصادر العسكرية');
  });
  it('a quoted name after an according-to word is its source, not a quotation of the verb after it', () => {
    const a = attributions('وبحسب «رويترز» سجلت العقود الآجلة ارتفاعا كبيرا.');
    expect(a.map((x) => x[2])).not.toContain('رويترز');
    expect(a).toContainEqual(['وبحسب', 'رويترز', 'سجلت العقود الآجلة ارتفاعا كبيرا', 'asserts', 'indirect']);
  });
  it('a quoted adjective of a country after بحسب names its news agency: no country is made the source', () => {
    expect(attributions('وبحسب "الفرنسية"، فقد لعبت موسكو دورا محوريا في الاتفاق.').map((x) => x[1])).not.toContain('الفرنسية');
  });
  it('an according-to phrase after a cue of its clause qualifies that cue', () => {
    const a = attributions('لكن المشاركين يعتبرون وفق ما جاء على لسان منسقة الكتاب في مقدمته أن المساواة ممكنة.');
    expect(a.map((x) => x[0])).not.toContain('وفق');
  });
  it('حسب in the sense of "in accordance with" is no source', () => {
    expect(attributions('وتم توزيع المساعدات حسب الحاجة في كل منطقة.')).toEqual([]);
  });
  it.each([
    ['ووفقا لنصوص القانون، يعاقب بالسجن كل من أنشأ جمعية غير مرخصة.'],
    ['وبحسب المادة 12 من القانون فإن العقوبة تصل إلى السجن.'],
    ['وتتم العملية طبقا للنظام الخاص بالمسابقات.'],
    ['وتم صرف التعويضات وفقا للقرار الصادر عن مجلس الوزراء.'],
    ['ورفضت الشابة البقاء في البيت وفق التقاليد المصرية التي تفرض ذلك.'],
    ['وتسير المدارس وفق منهجية وزارة التعليم في التقويم.'],
    ['ويتم العمل وفق خطة وزارة الصحة الجديدة.'],
  ])('a law or rule is followed, not quoted: %s', (text) => {
    expect(attributions(text)).toEqual([]);
  });
});

describe('denial, rejection and the negation trap', () => {
  it.each([
    ['رفضت روسيا هذه المزاعم.', ['رفضت', 'روسيا', 'هذه المزاعم', 'denies', 'indirect']],
    ['نفى المجلس تدخله في تنظيم المباراة.', ['نفى', 'المجلس', 'تدخله في تنظيم المباراة', 'denies', 'indirect']],
    ['ووصفت الوزارة هذه الأخبار بأنها "كاذبة".', ['ووصفت', 'الوزارة', 'كاذبة', 'denies', 'direct']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
  it('the pronoun after لكن or إلا أن takes up the subject of a negated cue; a connective is never a speaker', () => {
    const text = 'وقال الجيش إن القصف مستمر. ولم تذكر الوزارة عدد الضحايا، لكنها قالت إن الوضع مستقر.';
    expect(attributions(text)).toEqual([
      ['وقال', 'الجيش', 'القصف مستمر', 'asserts', 'indirect'],
      ['قالت', 'الوزارة', 'الوضع مستقر', 'asserts', 'indirect'],
    ]);
  });
  it('a common word without the article after a definite subject opens the object of a denial', () => {
    const text = 'أعلنت وزارة الصحة تسجيل حالتين جديدتين. ونفت الوزارة وجود أي إصابات في جدة. واستبعدت المصادر عقد الاجتماع في شهر أغسطس المقبل.';
    expect(attributions(text).slice(1)).toEqual([
      ['ونفت', 'الوزارة', 'وجود أي إصابات في جدة', 'denies', 'indirect'],
      ['واستبعدت', 'المصادر', 'عقد الاجتماع في شهر أغسطس المقبل', 'denies', 'indirect'],
    ]);
  });
  it('a promise takes its person and its ب- complement past a comma; a ب- phrase is no name in apposition', () => {
    expect(attributions('وأكدت الفنانة أن الحفل جاهز. وقد وعدت الفنانة المغربية جمهور موازين إيقاعات العالم ، بتقديم حفل متميز.')[1]).toEqual(
      ['وعدت', 'الفنانة المغربية', 'جمهور موازين إيقاعات العالم ، بتقديم حفل متميز', 'asserts', 'indirect'],
    );
  });
  it('a negated denial (لم ينفيا) is no denial', () => {
    expect(attributions('لكن البلدين لم ينفيا ذلك.').filter((a) => a[3] === 'denies')).toEqual([]);
  });
  it.each([
    ['ولم يستبعد المحلل أن ترتفع الأسعار في الخريف.', ['يستبعد', 'المحلل', 'ترتفع الأسعار في الخريف', 'hedges', 'indirect']],
    ['لكن الوزير لا يستبعد أن تتأجل الانتخابات.', ['يستبعد', 'الوزير', 'تتأجل الانتخابات', 'hedges', 'indirect']],
    ['واستبعد الوزير أن تتأجل الانتخابات.', ['واستبعد', 'الوزير', 'تتأجل الانتخابات', 'denies', 'indirect']],
  ])('not ruling out hedges, ruling out denies: %s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
  it('a denial\'s subject that names no source is still its subject when a complementiser follows it', () => {
    expect(attributions('وينفي المقاتلون أن يكونوا تلقوا أسلحة من الخارج.')).toContainEqual(['وينفي', 'المقاتلون', 'يكونوا تلقوا أسلحة من الخارج', 'denies', 'indirect']);
    // After a description the phrase before بأن is the object: يصف الصفقة بأنها.
    expect(attributions('وفي مقابلة، يصف الصفقة بأنها "انتصار شخصي".').map((a) => a[1])).not.toContain('الصفقة');
  });
});

describe('a body and its parent after التابعة', () => {
  it('the parent named after التابعة is part of the subject, and the content follows عن', () => {
    expect(attributions('أعلنت الأكاديمية الوطنية لعلوم الطيران التابعة للهيئة العامة عن استمرار القبول للطلاب.')).toEqual([
      ['أعلنت', 'الأكاديمية الوطنية لعلوم الطيران التابعة للهيئة العامة', 'استمرار القبول للطلاب', 'asserts', 'indirect'],
    ]);
  });
});

describe('what is spoken to or of is no subject', () => {
  it('a ل- word opening another person\'s name ends the subject of the verb a later report is joined to', () => {
    const a = analyze('وأكد البلوي أن الفريق جاهز. وتمنى البلوي لنايف هزازي التوفيق مع النصر وقال إن الموسم سيكون صعبا.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['البلوي', 'البلوي']);
  });
  it('a passive verb\'s ب- complement is no subject of the participle after it', () => {
    const a = analyze('وقال رئيس النادي منصور البلوي إن الموسم صعب. وأكد البلوي أن قراراته تعتبر صائبة ووصفت بالاحتراف ومؤكدا أن اللقب أطلقته الجماهير.');
    expect(a.quotes.at(-1)?.speaker?.name).toBe('منصور البلوي');
  });
});

describe('a report of "that" (أوضح ذلك، صرح بذلك)', () => {
  it('names the source of the sentence before it, unless a report has it already', () => {
    expect(attributions('وإنقاذ الطفل كان سريعا وحالته الصحية مستقرة. أوضح ذلك العميد عبدالله الغرير الناطق الإعلامي لحرس الحدود.')).toEqual([
      ['أوضح', 'العميد عبدالله الغرير الناطق الإعلامي لحرس الحدود', 'إنقاذ الطفل كان سريعا وحالته الصحية مستقرة', 'asserts', 'indirect'],
    ]);
    expect(attributions('وقال الوزير إن الاتفاق نهائي. أكد ذلك المتحدث باسم الحكومة.')).toEqual([['وقال', 'الوزير', 'الاتفاق نهائي', 'asserts', 'indirect']]);
  });
  it('opening a paragraph, names the source of the last sentence of the paragraph before', () => {
    const text = 'وبدأت البلدية تجهيز جميع مواقع الاحتفالات بعيد الفطر في العاصمة.\nأوضح ذلك المهندس إبراهيم الهويمل مدير الإدارة.';
    expect(attributions(text)).toEqual([
      ['أوضح', 'المهندس إبراهيم الهويمل مدير الإدارة', 'بدأت البلدية تجهيز جميع مواقع الاحتفالات بعيد الفطر في العاصمة', 'asserts', 'indirect'],
    ]);
  });
  it('makes its source the speaker of the reports that follow', () => {
    const a = analyze('أنهت إدارة الأوقاف تنفيذ برنامجها السنوي لدعم الجمعيات الخيرية. صرّح بذلك الأمين العام لإدارة الأوقاف عبدالسلام الراجحي. وأضاف أن البرنامج سيستمر.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['عبدالسلام الراجحي', 'عبدالسلام الراجحي']);
  });
});

describe('objects in the oblique plural', () => {
  it.each([
    // المواطنين is no subject after a call: the subject would read المواطنون.
    ['وقال الوزير إن الحكومة نجحت. ودعا المواطنين إلى التصويت بكثافة.', 'الوزير'],
    ['ودعا الوزير المواطنين إلى التصويت بكثافة.', 'الوزير'],
  ])('%s', (text, speaker) => {
    const a = analyze(text);
    expect(a.quotes.at(-1)?.speaker?.name).toBe(speaker);
  });
  it('a nominative plural after a demand is its subject', () => {
    expect(attributions('وطالب المحتجون بإسقاط القرار.')).toEqual([['وطالب', 'المحتجون', 'بإسقاط القرار', 'asserts', 'indirect']]);
  });
});

describe('coordinated subjects: one attribution per source', () => {
  it('موسكو وبيونغ يانغ نفتا gives two denials', () => {
    const a = attributions('رغم أن موسكو وبيونغ يانغ نفتا عمليات نقل الأسلحة.');
    expect(a.filter((x) => x[0] === 'نفتا').map((x) => x[3])).toEqual(['denies', 'denies']);
  });
  it('a singular verb before a coordinated subject gives one attribution per named source, not per adjective', () => {
    const a = analyze('وقالت الشرطة والصليب الأحمر إن الآلية انفجرت بعد مرورها فوق لغم.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['الشرطة', 'اللجنة الدولية للصليب الأحمر']);
    expect(attributions('وقالت مصادر مصرية وفرنسية إن الصفقة أبرمت.').map((x) => x[1])).toEqual(['مصادر مصرية وفرنسية']);
  });
});

describe('stance: hedges and concern', () => {
  it.each([
    ['وأضاف الخبير “إذا استمر الجفاف، فإن المحاصيل ستتراجع”.', 'hedges'],
    ['وقال المسؤول إنه من المحتمل أن تتأخر الأشغال.', 'hedges'],
    ['وقال الطبيب إن المرض قد ينتشر في الصيف.', 'hedges'],
    ['وقالت المنظمة “نشعر بالقلق إزاء تدهور الوضع الإنساني”.', 'concern'],
    ['أعرب مسؤولون أوروبيون عن قلقهم إزاء ارتفاع أسعار الطاقة.', 'concern'],
    ['وأبدت الجمعية تخوفها من أن تغلق المدرسة أبوابها.', 'concern'],
    ['وقال الوزير إن المشروع قد اكتمل.', 'asserts'],
    // A content that calls what it speaks of untrue denies it.
    ['وأكدت السلطات أن تلك الادعاءات لا أساس لها من الصحة.', 'denies'],
    ['وقال المتحدث إن الأخبار المتداولة عارية تماما من الصحة.', 'denies'],
    ['وأوضحت الوزارة أن هذه المعلومات غير صحيحة.', 'denies'],
  ])('%s → %s', (text, stance) => {
    expect(attributions(text).map((a) => a[3])).toContain(stance);
  });
});

describe('attitudes with content: أعرب عن قلقه، أمله، اعتقاده', () => {
  it.each([
    ['وأعرب الوزير عن أمله في أن يؤدي الاتفاق إلى تحسين العلاقات.', ['وأعرب', 'الوزير', 'يؤدي الاتفاق إلى تحسين العلاقات', 'asserts', 'indirect']],
    ['وأعربت النائبة عن يقينها بأن الإصلاح سيتم قبل نهاية السنة.', ['وأعربت', 'النائبة', 'الإصلاح سيتم قبل نهاية السنة', 'asserts', 'indirect']],
    ['وأعرب المدرب عن اعتقاده، بأن الفريق سيعود أقوى.', ['وأعرب', 'المدرب', 'الفريق سيعود أقوى', 'asserts', 'indirect']],
    ['وأعرب الوزير عن قلقه من أن تتدهور الأوضاع.', ['وأعرب', 'الوزير', 'تتدهور الأوضاع', 'concern', 'indirect']],
    // The attitude noun ends the subject of a verb without عن.
    ['ويبدي سكان الحي مخاوف من أن تصل الحرائق إلى المنازل.', ['ويبدي', 'سكان الحي', 'تصل الحرائق إلى المنازل', 'concern', 'indirect']],
    ['وفي كلمته، أعرب الرئيس عن أن «الرسالة واضحة للجميع».', ['أعرب', 'الرئيس', 'الرسالة واضحة للجميع', 'asserts', 'direct']],
    // An express verb whose subject a complementiser follows reports like قال.
    ['وأبدى رئيس البلدية أن المهرجان يشكل إضافة للمدينة.', ['وأبدى', 'رئيس البلدية', 'المهرجان يشكل إضافة للمدينة', 'asserts', 'indirect']],
    // A hope and the verbal noun it hopes for; hoping and wishing verbs with their clause.
    ['وعبرت البطلة عن سعادتها، معبرة عن أملها في بلوغ الأدوار النهائية.', ['معبرة', 'البطلة', 'بلوغ الأدوار النهائية', 'asserts', 'indirect']],
    ['ويأمل الفلاحون أن تتحسن الأمطار هذا العام.', ['ويأمل', 'الفلاحون', 'تتحسن الأمطار هذا العام', 'asserts', 'indirect']],
    // The subject of a verb that reports nothing ends before its ب- object.
    ['وأشاد المدرب بأداء اللاعبين، متمنياً أن تكون المباراة احتفالية.', ['متمنياً', 'المدرب', 'تكون المباراة احتفالية', 'asserts', 'indirect']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
  it('a wish for a thing (تمنى له التوفيق) and the noun أمل report nothing', () => {
    expect(attributions('وتمنى له التوفيق في مهامه الجديدة.')).toEqual([]);
    expect(attributions('لدي أمل أن ينجح المشروع.')).toEqual([]);
  });
  it('كما أن (also) and حيث إن (since) open a clause of their own, not the complement of a cue before them', () => {
    expect(attributions('وتعتبر سوق العطور اليوم من أكبر الأسواق في العالم، كما أنها تشهد نموا متزايدا.')).toEqual([]);
  });
  it('يبدو أن (it seems) with no subject reports nothing', () => {
    expect(attributions('ولكن يبدوا أن الرقم ارتبط بالوزير.')).toEqual([]);
  });
});

describe('the distance from cue to complement', () => {
  it.each([
    ['أعلنت وزارة الصحة، اليوم (الاثنين)، أن عدد الإصابات تراجع.', ['أعلنت', 'وزارة الصحة', 'عدد الإصابات تراجع', 'asserts', 'indirect']],
    ['وكان رئيس الشركة أعلن في أبريل (نيسان) أن شركته تريد العودة إلى السوق.', ['أعلن', 'رئيس الشركة', 'شركته تريد العودة إلى السوق', 'asserts', 'indirect']],
    // A semicolon where a comma belongs, after the speaker.
    ['وأكد الحربي؛ أن فرحة العيد تغيرت.', ['وأكد', 'الحربي', 'فرحة العيد تغيرت', 'asserts', 'indirect']],
    ['وأوضح سامي درار؛ مستشار مالي، أن السوق مرت بمرحلة ركود.', ['وأوضح', 'سامي درار', 'السوق مرت بمرحلة ركود', 'asserts', 'indirect']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
  it('a semicolon between two sentences still ends the search', () => {
    expect(attributions('وأكد الحربي حضوره؛ وقال آخرون إن الحفل تأجل.').map((a) => a[1])).not.toContain('الحربي');
  });
});

describe('speakers: quoted names, apposition, governing verbs, finders', () => {
  it.each([
    ['أعلن «اتحاد تنسيقيات الثورة» أن القصف استمر طوال الليل.', ['أعلن', 'اتحاد تنسيقيات الثورة', 'القصف استمر طوال الليل', 'asserts', 'indirect']],
    ['اكتشف باحثون أكثر من ألف تطبيق يجمع البيانات الشخصية.', ['اكتشف', 'باحثون', 'أكثر من ألف تطبيق يجمع البيانات الشخصية', 'asserts', 'indirect']],
    ['وقال النقيب السابق للجمعية، كريم الصالحي، إن الأجواء كانت جيدة.', ['وقال', 'النقيب السابق للجمعية، كريم الصالحي', 'الأجواء كانت جيدة', 'asserts', 'indirect']],
    // A time preposition (قبيل، بعيد) ends the subject.
    ['وذكر موقع صحيفة "دايلي مايل" قبيل المباراة الودية أن اللاعب غادر.', ['وذكر', 'موقع صحيفة "دايلي مايل"', 'اللاعب غادر', 'asserts', 'indirect']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
  it('a participle takes the subject of the verb that governs it, even when that verb reports nothing', () => {
    const a = analyze('أكد رئيس المجلس، إدريس العلوي، في ندوة صحفية، قائلا: «ليس هناك أي طعن في نتائج الاقتراع».');
    expect(a.quotes.map((q) => q.speaker?.name)).toContain('إدريس العلوي');
  });
  it.each([
    // The relative pronoun is the subject only when the verb agrees with it.
    ['ورد وزير المالية الذي قال إن الميزانية متوازنة.', 'وزير المالية'],
    ['وكانت الوزيرة التي قالت إن المشروع جاهز قد غادرت القاعة.', 'الوزيرة'],
    ['وانتقد النائب المشروع الذي قالت الوزيرة إنه غير جاهز.', 'الوزيرة'],
    ['وأشادت بالاتفاق الذي قالت منظمة العفو الدولية إنه خطوة مهمة.', 'منظمة العفو الدولية'],
  ])('relative clause: %s', (text, speaker) => {
    expect(analyze(text).quotes.map((q) => q.speaker?.name ?? '')).toEqual([expect.stringContaining(speaker)]);
  });
  it.each([
    // A role in apposition without a comma ends the name; so do the place names a title governs.
    ['وقال إسماعيل هنية القيادي في الحركة إن المفاوضات متوقفة.', 'إسماعيل هنية'],
    ['وقال جريج أبوت حاكم ولاية تكساس إن الحرس الوطني سيتسلح.', 'جريج أبوت'],
    ['وأكد سمير بلفقيه عضو المكتب السياسي أن الحزب مستعد.', 'سمير بلفقيه'],
    ['وقال حاكم ولاية تكساس جريج أبوت إن الحرس الوطني سيتسلح.', 'جريج أبوت'],
  ])('name of the speaker: %s', (text, speaker) => {
    expect(analyze(text).quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });
  it.each([
    // The outlet spoken to, named after a detached لـ, is neither the speaker's name nor the content.
    ['وقال مصدر أمني لـ«الصباح» إن الهجوم فشل.', ['وقال', 'مصدر أمني', 'الهجوم فشل', 'asserts', 'indirect']],
    ['وأكد سكان محليون لـ"الصباح" أن صواريخ سقطت على الحي.', ['وأكد', 'سكان محليون', 'صواريخ سقطت على الحي', 'asserts', 'indirect']],
    ['وقال الوزير لـ«الصباح»: «المشروع جاهز تماما».', ['وقال', 'الوزير', 'المشروع جاهز تماما', 'asserts', 'direct']],
  ])('dative outlet: %s', (text, expected) => {
    expect(attributions(text)).toEqual([expected]);
  });
  it('a single noun between an accusation verb and the ب of the charge is the accused, not the speaker', () => {
    const a = analyze('ونفى المتحدث باسم الحركة هذه الأنباء، واتهم الجيش بـ"تسييس" الملف الإنساني.');
    expect(a.quotes.map((q) => q.speaker?.name)).not.toContain('الجيش');
    // A subject of several words is kept (the object after it is not yet told apart).
    expect(attributions('واتهمت وزارة الداخلية المعارضة بالتحريض على العنف.')[0]?.[1]).toMatch(/^وزارة الداخلية/);
  });
  it('an accusative right after the verb is an adverb, never the subject: the speaker is the one before', () => {
    const a = analyze('وأوضح الباحثون في تقريرهم أن النتائج مشجعة، وتقر ضمنًا أن العينة صغيرة.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['الباحثون', 'الباحثون']);
    // The same adverbs written without tanween.
    expect(analyze('وقال الوزير ضاحكا إن الطريق طويل.').quotes.map((q) => q.speaker?.name)).toEqual(['الوزير']);
  });
  it('a participle after a sentence opened by a prepositional phrase takes the subject of the verb after it', () => {
    const a = analyze('في البداية أشاد سالم الحربي بما تم تقديمه من عروض، مشيرا إلى أن المهرجان ناجح.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['سالم الحربي']);
  });
  it('a participle after a sentence opened by a particle (وقد، كما) takes the subject of the verb after it', () => {
    expect(analyze('وقد وجه مدير عام الشؤون الصحية جميع المستشفيات بالاستعداد، مؤكدا أن الحالات مستقرة.').quotes.map((q) => q.speaker?.name)).toEqual(['مدير عام الشؤون الصحية']);
  });
  it('a participle takes no object of a subjectless verb for its speaker, unless a person is named in it', () => {
    const a = analyze('وقال الأمير خالد إن الموسم ناجح. كما ثمن رعاية سمو أمير المنطقة، مشيرا إلى أن الرعاية تدعم الفعاليات.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['خالد', 'خالد']);
  });
  it('a participle after an opener up to a comma (وعلى صعيد آخر،) takes the subject of the verb after it', () => {
    const a = analyze('وعلى صعيد آخر، عبر الخبير الأمريكي عن اندهاشه للإقبال، مشيرا إلى أن عدد اللوائح بلغ 1410.');
    expect(a.quotes.map((q) => q.speaker?.name)).toContain('الخبير الأمريكي');
  });
  it('a participle takes no object of the sentence verb for its speaker (وحققت نجاحا كاسحا، مؤكدة)', () => {
    const a = analyze('وغنت المطربة سعاد المراكشي في القاهرة. وحققت نجاحا كاسحا، مؤكدة أن مصر تظل هوليود الشرق.');
    expect(a.quotes.map((q) => q.speaker?.name)).not.toContain('نجاحا كاسحا');
  });
  it('a surname is extended backwards over given names, not over a verb before them', () => {
    const a = analyze('وفي قراءتها للمشهد، رسمت نبيلة منيب صورة قاتمة للواقع. وأكدت منيب أن الإصلاح ممكن.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['نبيلة منيب']);
  });
  it('a title\'s country and the title words before it are no part of the name (رئيس وزراء هولندا مارك روته)', () => {
    const a = analyze('وقال رئيس وزراء هولندا مارك روته إن الحكومة تسعى إلى تأييد واسع. وأضاف روته أن القرار نهائي.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['مارك روته', 'مارك روته']);
  });
  it('a cue-shaped word inside a person\'s name is a name, not a verb (روته)', () => {
    const a = analyze('وقال وزير الخارجية لوران فابيوس إن الزيارة مقررة. وقال مارك روته إن الحكومة مستعدة.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['لوران فابيوس', 'مارك روته']);
  });
  it('a ب- word right after a person\'s name ends the subject of a demand or a denial', () => {
    expect(attributions('ونفى أحمد داود أوغلو بشدة أن تكون بلاده دعمت التنظيم.')).toContainEqual(['ونفى', 'أحمد داود أوغلو', 'تكون بلاده دعمت التنظيم', 'denies', 'indirect']);
    expect(attributions('واتهم الوزير فلاديمير بوتين بتسميم المعارضين.').map((a) => a[1])).toContain('الوزير فلاديمير بوتين');
  });
  it('يقول إن with no subject at a sentence start is the last source\'s, unlike the impersonal يذكر أن', () => {
    const a = analyze('وقال اللاجئ عمرو فركاش إنه شارك في الثورة. يقول إنه علم بأن الجنود يبحثون عنه. يذكر أن المدينة محاصرة.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['عمرو فركاش', 'عمرو فركاش']);
  });
  it('a name the article knows, then a role in apposition without a comma: the speaker is the name', () => {
    const a = analyze('وقادت المحادثات روبيرتا جاكوبسون. من جانبها، أوضحت روبيرتا جاكوبسون مساعدة وزير الخارجية لشؤون أميركا اللاتينية، أن الوضع تحسن.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['روبيرتا جاكوبسون']);
    expect(analyze('وقال سليمان البطحي وكيل أمانة المنطقة إن الاستطلاع بدأ.').quotes.map((q) => q.speaker?.name)).toEqual(['سليمان البطحي']);
  });
  it('the topic of أما is the subject of the verb that takes ف, and of a participle after it', () => {
    const a = analyze('أما مدير المشروع، فرانك مرداك، فأبرز المساعدة التقنية للوكالة، معتبرا أن المشروع مهم للمغرب. أما وزير الخارجية فقال إن الاتفاق نهائي.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['فرانك مرداك', 'وزير الخارجية']);
  });
  it('آن with madda is a name, never the complementiser أن', () => {
    const a = analyze('من جهتها، ذكرت رئيسة وحدة الحكامة بالبنك الدولي، آن لوسي لوفيفر، بأن هذا القانون ثمرة إصلاحات.');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.speaker?.name).toBe('آن لوسي لوفيفر');
  });
  it('a title keeps the whole name of the organisation it heads, past its لل- words', () => {
    const a = analyze('من جهته، بيّن مدير عام الهيئة العامة للسياحة والتراث الوطني بمنطقة عسير أهمية المعرض، مشيراً إلى أن المعارض تساعد على تسويق المنتج.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['مدير عام الهيئة العامة للسياحة والتراث الوطني']);
  });
  it('the outlet spoken to ends the speaker and is never the content (لوكالة «رويترز»، لـ«الشرق الأوسط»)', () => {
    expect(attributions('وقال أحد الشهود لوكالة «رويترز» إن عدد القتلى كبير.')).toEqual([['وقال', 'أحد الشهود', 'عدد القتلى كبير', 'asserts', 'indirect']]);
    expect(analyze('وقال المصدر لوكالة الصحافة الفرنسية إن الوضع صعب.').quotes.map((q) => q.speaker?.name)).toEqual(['المصدر']);
    expect(analyze('وقال نواف خليل لـ«الشرق الأوسط» إن الوضع صعب.').quotes.map((q) => q.speaker?.name)).toEqual(['نواف خليل']);
    // The complement of a title is no dative: the director of the newspaper.
    expect(analyze('وقال المدير العام لصحيفة الرياض إن التوزيع ارتفع.').quotes.map((q) => q.speaker?.name)).toEqual(['المدير العام لصحيفة الرياض']);
  });
  it('a speaker phrase of a title, a comma and a name in apposition is named by the name', () => {
    const a = analyze('وقال المتحدث الرسمي باسم الحكومة اليمنية، راجح بادي، إن حجم الدمار لم يكن متوقعا.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['راجح بادي']);
  });
  it('a title whose complement runs long before the name in apposition takes a person the entities know', () => {
    const a = analyze('من جانبه، قال الكاتب العام للوزارة المنتدبة لدى رئيس الحكومة المكلفة بالشؤون العامة والحكامة، عزيز اجبيلو، إن القطاعات انخرطت في الإصلاح.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['عزيز اجبيلو']);
  });
  it('a past verb after the subject of كان that opens the sentence takes that subject', () => {
    const a = analyze('وصرح قائد الشرطة إن خمسة قتلوا. وكان مسؤول في الإدارة المحلية ذكر الاثنين أن الهجوم لم يسفر عن ضحايا.');
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['قائد الشرطة', 'مسؤول']);
    // Not when another clause stands between them.
    const b = analyze('وكان النادي قد عرض 60 مليون يورو على اللاعب، إلا أن رئيس الفريق قال: «لن نبيع لاعبينا».');
    expect(b.quotes.map((q) => q.speaker?.name)).not.toContain('النادي');
  });
  it('a relative pronoun that disagrees with the verb is its object, not its subject', () => {
    const a = analyze('وحدثتنا سهام المرابط عن الحادث الأليم بالمدينة، الذي قالت إنه كان مؤلما لها.');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.speaker?.name ?? '').not.toContain('الحادث');
  });
  it('a present-tense cue inside another report is that content\'s own verb', () => {
    const a = attributions('وأكد الوزير أن عدم تسجيل أي طعن في النتائج، يؤكد أن الاقتراع مر في جو سليم.');
    expect(a.map((x) => x[0])).toEqual(['وأكد']);
  });
  it('the first report of an article, with no subject, is the person its paragraph opened with; none when no one is named', () => {
    expect(attributions('فيما زار الوزير محمد العلوي مدينة فاس أمس؛ حيث التقى المسؤولين عن المشروع، أكد أن الأشغال ستكتمل قريبا.')[0]?.[1]).toBe('محمد العلوي');
    expect(attributions('استقبل رئيس الجماعة أحمد الصبار وفدا من المستثمرين. وأكد أن المدينة ترحب بكل المبادرات.')[0]?.[1]).toBe('أحمد الصبار');
    expect(attributions('وصل الوفد إلى المدينة أمس. وأكد أن الزيارة ناجحة.')[0]?.[1]).toBeNull();
    // The reporter a byline credits is no source of the story.
    expect(attributions('AHDATH INFO-سعاد المرابط\nبصراحتها المعهودة، قالت "الجمهور يحبني ويتبعني".')[0]?.[1]).toBeNull();
  });
});

describe('other outlets: reports the Saudi press writes', () => {
  it.each([
    // نقل عن X القول إن: the source after عن; the bare verbal noun with no source is the narrator's.
    ['ونقلت صحيفة "تايمز" عن وزير الهجرة جيمس بروكنشاير القول إن الحكومة ستستخدم القوة.', ['القول', 'وزير الهجرة جيمس بروكنشاير', 'الحكومة ستستخدم القوة', 'asserts', 'indirect']],
    // أفصح عن (disclosed), like كشف عن.
    ['وأفصح المدير عن خطة جديدة لتطوير المستشفى.', ['وأفصح', 'المدير', 'خطة جديدة لتطوير المستشفى', 'asserts', 'indirect']],
    // نوّه إلى أن (noted that).
    ['ونوه المتحدث إلى أن المهربين يبحثون عن الثغرات.', ['ونوه', 'المتحدث', 'المهربين يبحثون عن الثغرات', 'asserts', 'indirect']],
    // An institution and the body it belongs to, after ب, are one subject.
    ['أعلنت إدارة المتاحف بالهيئة العامة للسياحة والتراث الوطني عن استرداد 35 ألف قطعة أثرية.', ['أعلنت', 'إدارة المتاحف بالهيئة العامة للسياحة والتراث الوطني', 'استرداد 35 ألف قطعة أثرية', 'asserts', 'indirect']],
    // A participle after a credit line and dateline takes the subject of the story's first verb, a group of residents.
    ['عبد الرحمن الفيفي- سبق- فيفاء: يعاني أهالي جبال فيفاء جراء انقطاع الكهرباء منذ شهور، مشيرين إلى أن المحولات أصبحت تالفة.', ['مشيرين', 'أهالي جبال فيفاء', 'المحولات أصبحت تالفة', 'asserts', 'indirect']],
    // A promise made: the noun before the ب is its subject (the accused before the ب of a charge is not).
    ['تعهدت بريطانيا باتخاذ إجراءات صارمة ضد المخالفين.', ['تعهدت', 'بريطانيا', 'باتخاذ إجراءات صارمة ضد المخالفين', 'asserts', 'indirect']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toContainEqual(expected);
  });
  it('a name set in quotation marks between a cue and its clause is no content (مدير «المرصد السوري لحقوق الإنسان»، إن)', () => {
    expect(attributions('وقال رامي عبد الرحمن، مدير «المرصد السوري لحقوق الإنسان»، إن سوريا في مرحلة تقسيم غير معلن.').map((a) => a[2])).toEqual(['سوريا في مرحلة تقسيم غير معلن']);
    expect(attributions('وقال المتحدث “خالد بن إبراهيم عويضة” لـ “عين اليوم” إن المطار جاهز.').map((a) => a[2])).toEqual(['المطار جاهز']);
    // A short quotation a noun in construct names, before the complementiser: part of the subject.
    expect(attributions('وأوضح صبري الكثيري المشرف على مبادرة «نرسم بسمتهم» الرئيس التنفيذي للشركة، أن هدف المبادرة إدخال البهجة على الأطفال.').map((a) => a[2])).toEqual(['هدف المبادرة إدخال البهجة على الأطفال']);
    expect(attributions('وقال مصرف «مورغان ستانلي» أن فتح البنوك اليونانية دفعة معنوية للدولة.').map((a) => a[2])).toEqual(['فتح البنوك اليونانية دفعة معنوية للدولة']);
    // The quoted name belongs to the speaker's phrase; a person named before it stays the speaker.
    expect(analyze('قال سانغاي رينا مدير عام قنوات «فوكس إنترناشونال» في الشرق الأوسط إن الإقبال على التلفزيون يشهد ثورة.').quotes[0]?.speaker?.name).toBe('سانغاي رينا');
    expect(analyze('وأعلنت الشرطة توقيف المشتبه به. وقال تلفزيون «فوكس» (اليميني) إن المشتبه به كان كثير الاتصالات.').quotes.at(-1)?.speaker?.name).toBe('فوكس');
    // Not after a name: the quotation is what was said.
    expect(attributions('وقال ميلر “هذا غير مقبول” مؤكدا أن الأمر خطير.').map((a) => a[2])).toEqual(['هذا غير مقبول', 'الأمر خطير']);
  });
  it('the subject of a verb after سبق لـ ... أن is the phrase after the ل, and no last source for what follows', () => {
    expect(attributions('وسبق للوزير أن أكد أن المشروع سيكتمل.')[0]?.[1]).toBe('للوزير');
    const names = analyze('وقال الوزير محمد العلوي إن الموسم ناجح. وسبق لوسائل إعلام محلية أن ذكرت أن الوزير سيستقيل. وأضاف أن الفريق جاهز.').quotes.map((q) => q.speaker?.name);
    expect(names).toEqual(['محمد العلوي', 'وسائل إعلام محلية', 'محمد العلوي']);
  });
  it('a named antecedent of الذي inside a longer clause is the subject of the verb after it', () => {
    const [a] = analyze('يبدو أن القرار لم يحبط عزيمة المدرب الهولندي لويس فان غال الذي أكد من الولايات المتحدة أنه لم يفقد الأمل في ضمه.').quotes;
    expect(a?.speaker?.name).toBe('لويس فان غال');
  });
  it('a verbal noun right after a rejection is its object: the subject is that of the verb the rejection is joined to', () => {
    const text = 'وأضاف الأهالي أن شركة الكهرباء تجاهلت البلاغات ورفضت تغيير المحول بحجة أنه يبعد عن الطريق.';
    const denial = analyze(text).quotes.find((q) => q.stance === 'denies');
    expect(denial?.speaker?.name).toBe('شركة الكهرباء');
  });
  it('a title with its institution after ب, then the name before the outlet spoken to, is that person', () => {
    const [a] = analyze('وقال المدير العام لإدارة المتاحف بالهيئة الدكتور عوض الزهراني لـ"الوطن": الهيئة قدمت التسهيلات كافة.').quotes;
    expect(a?.speaker?.name).toBe('عوض الزهراني');
  });
  it('needs, circumstances and times are no source of an according-to phrase; the narrator\'s القول reports nothing', () => {
    expect(attributions('وتسعى المؤسسة لتوفير التدريب حسب احتياج سوق العمل.')).toEqual([]);
    expect(attributions('وضبطت الفرق 42 مخالفة تنفيذا لأنظمة تنظيم العمل وفقا لفترة زمنية حددتها وزارة العمل.')).toEqual([]);
    // ... nor the subject a participle after it takes.
    const [, noted] = analyze('وأوضح الدكتور راشد الزهراني أن المؤسسة تسعى لتوفير التدريب حسب احتياج سوق العمل، منوها إلى أن الفروع ستفتح قريبا.').quotes;
    expect(noted?.speaker?.name).toBe('راشد الزهراني');
    expect(attributions('ويمكن القول إن الموسم كان ناجحا.')).toEqual([]);
  });
});

describe('subjects and cues a bare lookup cannot see', () => {
  it.each([
    // A verb joined by و with no subject has the subject of the verb that governs its sentence, reporting or not.
    ['وأعرب الأمير سلطان بن فهد عن بالغ استنكاره للحادث، وقال: «هذه الفئة لا تمت للدين بصلة».', 'سلطان بن فهد'],
    // ... and that subject is the last source read: an honorific anaphor after it is the same person.
    ['وأعرب الأمير سلطان بن فهد عن استنكاره، وقال: «هذا عمل جبان». وأكد سموه أن الأمن مستتب.', 'سلطان بن فهد'],
    ['من جانبه، أشاد رئيس النادي هذيل آل شرمة بنجاح المعسكر، وقال: "اللاعبون كانوا منضبطين".', 'هذيل آل شرمة'],
    // The name a spokesman speaks for is part of the subject, even when it reads like a verbal noun.
    ['ونفى المتحدث باسم أنصار الله محمد عبد السلام هذه الأنباء.', 'محمد عبد السلام'],
    // The name after a title's complement and its country, not the person inside the complement.
    ['أكد سفير خادم الحرمين الشريفين في مصر أحمد قطان، أنه لا يمكن لأحد أن يعكر صفو العلاقات.', 'أحمد قطان'],
    // A definite verbal noun after an adjective is the governing verb's object, not the subject's end.
    ['وجدد عميد السلك الدبلوماسي العربي التأكيد على أن الحل سياسي، واعتبر أن استعادة عدن ممكنة.', 'عميد السلك الدبلوماسي العربي'],
    // A common given name and a family name with the article, in apposition after a title (the tagger missed it).
    ['قال الأمين العام للحزب، محند العنصر، مساء الأحد، إن البرنامج طموح. وأضاف العنصر أن الحزب مستعد.', 'محند العنصر'],
    // A bare definite head names the last source with that head, not the last institution mentioned with it.
    ['وذكرت جامعة برمنغهام أمس أنه تبين لباحثين في أحد المعامل بجامعة أوكسفورد أن تاريخه قديم. وأضافت الجامعة أن هناك احتمالا كبيرا.', 'جامعة برمنغهام'],
    // A governor's title after the name is a role, which names the person when met again; so does an honorific with
    // no source before it; a common given name keeps its initial ف.
    ['رعى صاحب السمو الملكي الأمير فيصل بن مشعل بن سعود بن عبدالعزيز أمير منطقة القصيم الحفل. وأكد سمو أمير منطقة القصيم أن المنطقة تشهد تطورا.', 'فيصل بن مشعل بن سعود بن عبدالعزيز'],
    ['رفع الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك أصدق مشاعر العزاء. وبين سموه أن العدالة ستطال الجناة.', 'فهد بن سلطان بن عبدالعزيز'],
    ['من جهته، قال فالح العيساوي عضو مجلس المحافظة إن القوات دخلت الجامعة.', 'فالح العيساوي'],
    // A role met again names the person it was first given with.
    ['وأشار مدير مرور منطقة الرياض العميد الدكتور محمد بن شباب البقمي إلى أن الحملة مستمرة. وبين مدير مرور الرياض أن المخالفات تطبق عليها لائحة الجزاءات.', 'محمد بن شباب البقمي'],
    // The role or kinship after a name ends it (أحد, one of; عم, uncle).
    ['وأوضح إدريس أبوشوشة عم الشهيد أن ابن أخيه من مواليد المحافظة.', 'إدريس أبوشوشة'],
    ['وأبلغ عمار جمال عبدالشكور أحد الجيولوجيين في وحدة الأحافير أن الاكتشاف عثر عليه في أكتوبر.', 'عمار جمال عبدالشكور'],
    // A demonym that ends a person's name is the person's family name when it stands alone.
    ['قال الدكتور أحمد المصري، أستاذ الاقتصاد، إن الأسعار سترتفع. وأضاف المصري أن الحكومة مطالبة بالتدخل.', 'أحمد المصري'],
    ['وقالت الباحثة رها بحريني إن المنظمة تتابع الحالة. وبينت بحريني أن المنظمة تطلق النداء الثاني.', 'رها بحريني'],
  ])('%s', (text, speaker) => {
    const a = analyze(text);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(a.quotes.map(() => speaker));
  });
  it('زاد without its complement right after it reports nothing (وزاد الطين بلة: made it worse)', () => {
    expect(attributions('وزاد الطين بلة عندما قال الرئيس إنه لن يتراجع.').map((a) => a[0])).toEqual(['قال']);
  });
  it('an according-to phrase joined by و after a comma opens a clause of its own', () => {
    expect(attributions('وتقول إشاعة إن المدينة قررت تخصيص حافلات للنساء، وحسب مصادر عليمة فإن الإشاعة عارية من الصحة.')).toEqual([
      ['وتقول', 'إشاعة', 'المدينة قررت تخصيص حافلات للنساء', 'asserts', 'indirect'],
      ['وحسب', 'مصادر عليمة', 'الإشاعة عارية من الصحة', 'denies', 'indirect'],
    ]);
  });
  it('a verbal noun right after an announcing verb is its object, and the subject is implied', () => {
    expect(attributions('وقال الجيش النيجيري إن العملية نجحت. وأعلن تحرير 59 رهينة في عملية أخرى.')[1]).toEqual(
      ['وأعلن', 'الجيش النيجيري', 'تحرير 59 رهينة في عملية أخرى', 'asserts', 'indirect']);
  });
  it.each([
    // One of a group is that member, not the person the group belongs to.
    ['وقال أحد مستشاري الرئيس الروسي فلاديمير بوتين إن الزيارة مهمة.', 'أحد مستشاري الرئيس الروسي فلاديمير بوتين'],
    // A study a newspaper reported still speaks for itself.
    ['وخلصت الدراسة التي نشرتها صحيفة الديلي ميل أمس إلى أن ثلثي المتزوجين يعانون من التعاسة.', 'الدراسة'],
  ])('%s', (text, speaker) => {
    expect(analyze(text).quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });
  it.each([
    // بيّن (explained) at the head of a clause, before a complementiser that opens a clause.
    ['وبيّن أن الميليشيا تقوم بقصف المنازل.', ['وبيّن', null, 'الميليشيا تقوم بقصف المنازل', 'asserts', 'indirect']],
    ['وبين المدير أنه سيزور المدينة غدا.', ['وبين', 'المدير', 'سيزور المدينة غدا', 'asserts', 'indirect']],
    ['وبين وكيل الوزارة، محمد العلي، أن المشروع اكتمل.', ['وبين', 'وكيل الوزارة، محمد العلي', 'المشروع اكتمل', 'asserts', 'indirect']],
    ['وبينت الوزارة أن العمل سيبدأ الشهر المقبل.', ['وبينت', 'الوزارة', 'العمل سيبدأ الشهر المقبل', 'asserts', 'indirect']],
    // A quantifier opens a group subject; a quoted outlet after لـ comes before the subject; kinship ends a name.
    ['وقال عدد من المزارعين إن الأسعار منخفضة.', ['وقال', 'عدد من المزارعين', 'الأسعار منخفضة', 'asserts', 'indirect']],
    ['ويرى بعض الخبراء أن الأسعار سترتفع.', ['ويرى', 'بعض الخبراء', 'الأسعار سترتفع', 'asserts', 'indirect']],
    ['وقال لـ«الاقتصادية» صالح العواجي إن المصلحة اتبعت وسائل جديدة.', ['وقال', 'صالح العواجي', 'المصلحة اتبعت وسائل جديدة', 'asserts', 'indirect']],
    // An organisation's name ends before the verbal noun its verb announces.
    ['أعلنت شركة المياه الوطنية الانتهاء من تنفيذ توسعة المحطة.', ['أعلنت', 'شركة المياه الوطنية', 'الانتهاء من تنفيذ توسعة المحطة', 'asserts', 'indirect']],
    // زاد (added) with its complement right after it.
    ['وزاد: «الحكومة ستتدخل».', ['وزاد', null, 'الحكومة ستتدخل', 'asserts', 'direct']],
    // A topic phrase before the verb is no subject: the implied speaker is the last one.
    ['وفيما يتعلق باختصاصات المركز، أوضح أنه يعالج كل الإحصاءات.', ['أوضح', null, 'يعالج كل الإحصاءات', 'asserts', 'indirect']],
    // A relative clause on a statement has the subject of the verb that issued it; a short quoted name is a subject.
    ['وأصدرت وزارة الخارجية بيانا قالت فيه إن الوفد سيصل غدا.', ['قالت', 'وزارة الخارجية', 'الوفد سيصل غدا', 'asserts', 'indirect']],
    ['وأشارت الأسبوعية الفرنسية "ليكسبريس"، أنه من المنتظر أن يصل عدد الأئمة إلى مئة.', ['وأشارت', 'الأسبوعية الفرنسية "ليكسبريس"', 'من المنتظر أن يصل عدد الأئمة إلى مئة', 'asserts', 'indirect']],
    // The subject before كان ... قد.
    ['مواقع إعلامية كانت قد أشارت إلى أن الفكرة تروج بين المسؤولين.', ['أشارت', 'مواقع إعلامية', 'الفكرة تروج بين المسؤولين', 'asserts', 'indirect']],
    // After عدم the verb is a verbal noun; after a colon the complementiser opens the content.
    ['وقال المصدر الذي فضل عدم ذكر اسمه: إن المفاوضات متوقفة.', ['وقال', 'المصدر', 'المفاوضات متوقفة', 'asserts', 'indirect']],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toEqual([expected]);
  });
  it.each([
    // The preposition بين before أن and a verb, or after the noun it governs.
    ['وخيره القاضي بين أن يدفع الغرامة وبين أن يسجن.'],
    ['وتحدث عن الفرق بين الحكومة والمعارضة أن وجدت.'],
    ['وبين الحكومة والمعارضة أن تتفقا على موعد.'],
    ['وطلب عدم ذكر اسمه في التقرير.'],
    // The elative أبرز (most prominent) and the noun وداع (farewell) are no cues.
    ['وكان أبرز ما قيل في رثائه: كان يفرح لنجاح الجميع.'],
    ['وكتب في رسالة وداع ما يلي.'],
    // A threat is its ب- or أن complement: threatening a thing says nothing.
    ['وهي صفقة تهدد قطاعي الغاز والنفط في البلدين.'],
  ])('%s', (text) => {
    expect(attributions(text)).toEqual([]);
  });
});

describe('not attributions', () => {
  it.each([
    ['يذكر أن اللجنة عقدت اجتماعها الأول أمس.'],
    ['ويأتي هذا القرار بعد أسبوع من الزيارة.'],
    ['المسؤولون ينتبهون لهذه التقارير.'],
    ['وأكد أبو طالب حضوره في الاجتماع المقبل للجنة.'],
    ['وعبر القطار الحدود عبر النفق الجديد.'],
    ['وتم توزيع النشرات التي تعلنها الوزارة بصفة مستمرة.'],
    ['وتضيف الحدائق والمتاجر المزخرفة إلى جمال المدينة.'],
    // The object is a pronoun (the film was announced before): no content follows, whatever adverbs come after it.
    ['وعن الفيلم، كانت أعلنت عنه في وقت السابق.'],
    // The narrator in the first person.
    ['وأقول إن الأمل ما زال قائما رغم كل شيء.'],
    ['وندعو الله أن يتغمد الفقيد بواسع رحمته.'],
    ['ونؤكد أن المدرسة ستظل مفتوحة للجميع.'],
  ])('%s', (text) => {
    expect(attributions(text)).toEqual([]);
  });
});

// The golden test: every attribution of the seed's gold file, with its speaker and stance.
const SHARED = fileURLToPath(new URL('../../../../shared/eval/gold/', import.meta.url));
const hasShared = existsSync(`${SHARED}seed.json`);
describe.skipIf(!hasShared)('seed article (../shared/eval/gold/seed.json)', () => {
  const norm = (s: string) => s.normalize('NFKC').replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه')
    .replace(/[\p{P}\p{S}]/gu, ' ').split(/\s+/).filter(Boolean);
  const dice = (a: string[], b: string[]) => {
    const m = new Map<string, number>();
    for (const t of a) m.set(t, (m.get(t) ?? 0) + 1);
    let c = 0;
    for (const t of b) { const k = m.get(t) ?? 0; if (k > 0) { c++; m.set(t, k - 1); } }
    return (2 * c) / (a.length + b.length);
  };
  const text = hasShared ? readFileSync(`${SHARED}seed.txt`, 'utf8') : '';
  const gold = hasShared ? (JSON.parse(readFileSync(`${SHARED}seed.json`, 'utf8')) as { attributions: Array<{ content: string; speaker: string | null; speaker_name: string; speaker_aliases: string[]; stance: string }> }).attributions : [];
  const quotes = hasShared ? analyze(text).quotes : [];
  it.each(gold.map((g, i) => [i, g.content.slice(0, 40), g] as const))('gold %i «%s»', (_i, _c, g) => {
    const forms = [g.speaker_name, g.speaker, ...g.speaker_aliases].filter((f): f is string => !!f).map((f) => norm(f));
    const speakerRight = (q: (typeof quotes)[number]) => {
      const cands = [q.speaker?.name ?? '', q.speaker?.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : ''].map(norm);
      return forms.some((f) => cands.some((c) => f.every((t) => c.includes(t))));
    };
    // Best overlap first; among equal overlaps (one content, two sources) the one with this speaker.
    const scored = quotes.map((q) => ({ q, d: dice(norm(text.slice(q.content.start, q.content.end)), norm(g.content)) }))
      .sort((a, b) => b.d - a.d || Number(speakerRight(b.q)) - Number(speakerRight(a.q)));
    const match = scored[0] && scored[0].d >= 0.5 ? scored[0].q : undefined;
    expect(match, 'found').toBeDefined();
    expect(speakerRight(match!), `speaker ${match!.speaker?.name}`).toBe(true);
    expect(match!.stance).toBe(g.stance);
  });
});
