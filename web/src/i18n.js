// Interface strings in Arabic (default) and English, and dates as each reads them.
import { dateStart, placeable } from './chart.js';

// A number with its counted noun as Arabic says it: the plural after 3 to 10
// («5 وثائق»), the singular otherwise («297 وثيقة», «1 وثيقة»).
const countedAr = (n, plural, singular) => `${n} ${n % 100 >= 3 && n % 100 <= 10 ? plural : singular}`;

const strings = {
  ar: {
    appName: 'مرصد',
    tagline: 'من فعل ماذا بمن، ومتى — تحليل الأخبار العربية في متصفحك',
    tabs: 'العروض',
    // The story box (web/src/story.js): the corpus, its most mentioned actors, its most active relations, its sharpest turn.
    storySample: (n, from, to, names) => `المدونة النموذجية: ${countedAr(n, 'مقالات عربية', 'مقالًا عربيًا')}${from ? `، من ${from} إلى ${to}` : ''}. أكثر الفاعلين ذكرًا: ${names}.`,
    ownStory: (n, from, to, names) => `مدونتك: ${countedAr(n, 'وثائق', 'وثيقة')}${from ? `، من ${from} إلى ${to}` : ''}. أكثر الفاعلين ذكرًا: ${names}.`,
    mixedStory: (n, from, to, names) => `ملفاتك مع المدونة النموذجية: ${countedAr(n, 'وثائق', 'وثيقة')}${from ? `، من ${from} إلى ${to}` : ''}. أكثر الفاعلين ذكرًا: ${names}.`,
    publishedStory: (n, from, to, names) => `هذه المدونة: ${countedAr(n, 'وثائق', 'وثيقة')}${from ? `، من ${from} إلى ${to}` : ''}. أكثر الفاعلين ذكرًا: ${names}.`,
    storyActive: (list, weak) => `أنشط العلاقات: ${list}${weak ? '، بالأحداث الضعيفة (لا حدث مؤكدًا في المدونة)' : ''}.`,
    storyPair: (a, b, n) => `${a} ← ${b} (الأحداث: ${n})`,
    storyNoTurn: 'لا نقطة تحول مسندة: لا تتغير أيٌّ من أنشط علاقاتها تغيرًا واضحًا على حدثين في كل جانب على الأقل، ولو حُسبت الأحداث الضعيفة.',
    storyNoEvents: 'لم يُعثر في المدونة على أحداث بين فاعلين، ولو ضعيفة: لا علاقات فيها ولا نقاط تحول.',
    storyWhere: 'كل نقطة هنا مسندة بجملة يمكنك قراءتها، ولا يُرفع أي نص: التحليل كله يجري في متصفحك. من أين تبدأ:',
    storyTurn: (a, b, period, direction) => `${a} ← ${b}: منعطف ${period} نحو ${direction === 'conflictual' ? 'النزاع' : 'التعاون'}`,
    storyTurnSupport: (before, after, tentative, weak) => `${tentative ? 'مبدئي، ' : ''}الأحداث قبله ${before} وبعده ${after}${weak ? '، مع الأحداث الضعيفة' : ''}`,
    storyRelation: (a, b, n) => `${a} ← ${b}: العلاقة وأحداثها (${n})`,
    storyCompare: (b) => `قارن أكثر الدول والمنظمات ذكرًا تجاه ${b}`,
    storyTimeline: (a) => `كل ما يخص ${a} على الخط الزمني`,
    pickPair: 'اختر مصدرًا وهدفًا لعرض العلاقة بينهما.',
    weekOf: 'أسبوع',
    timeline: 'الخط الزمني', relation: 'العلاقات', actors: 'الفاعلون', network: 'الشبكة', reader: 'القارئ', search: 'البحث',
    corpus: 'المدونة', documents: 'الوثائق', problems: 'مشكلات في الملفات',
    loading: 'جارٍ تحميل المحلل…', analyzing: 'جارٍ التحليل…',
    analyzingFile: (f, i, n) => `جارٍ تحليل ${f} (${i}/${n})`,
    analyzingParallel: (done, total, w) => `جارٍ التحليل بالتوازي (العمّال: ${w}): ${done} من ${total} ميغابايت`,
    ready: (n) => `حُلّلت ${n} وثائق في متصفحك`,
    publishedReady: (total, loaded, shown, matching) => `مدونة منشورة من ${total} وثيقة؛ يعرض هذا المنظور ${loaded} منها${matching > shown ? ` (${shown} من ${matching} أجزاء تطابقه، الأحدث أو الأكثر ذكرًا للفاعل: ضيّق الفترة أو البحث لترى غيرها)` : ''}`,
    failed: 'تعذر تشغيل المحلل',
    undated: 'غير مؤرخة', words: (n) => `${n} كلمة`, sentences: (n) => `${n} جملة`,
    language: 'English', languageLabel: 'تبديل لغة الواجهة',
    addFiles: 'أضف ملفات (.txt .jsonl .json .csv) أو قاعدة فاعلين (.json)',
    dropHere: 'أو أفلت الملفات هنا',
    remove: 'احذف', removeDoc: (t) => `احذف الوثيقة ${t}`,
    startOver: 'ابدأ من جديد', loadSeeds: 'حمّل المدونة النموذجية',
    sampleQuestion: (n) => `تضيف ${n === 1 ? 'ملفًا' : n === 2 ? 'ملفين' : `${n} ${n <= 10 ? 'ملفات' : 'ملفًا'}`} والمدونة النموذجية محمّلة: أتبقيها مع ملفاتك أم تضع ملفاتك مكانها؟`,
    sampleHint: 'إن أبقيتها حُلّلت مع ملفاتك ودخلت في القصة وفي الحزمة التي تنزّلها؛ وإن وضعت ملفاتك مكانها أمكنك تحميلها ثانيةً من لوحة «المدونة».',
    keepSample: 'أبقِها مع ملفاتي', replaceSample: 'ضع ملفاتي مكانها', cancel: 'إلغاء',
    emptyCorpus: 'المدونة فارغة: أضف ملفات أو حمّل المدونة النموذجية.',
    kbAdded: (f, n) => `${f}: أضيف ${n} فاعلًا إلى قاعدة المعرفة`,
    fileAdded: (f, n) => `${f}: ${n} وثيقة`,
    copyLink: 'انسخ الرابط', linkCopied: 'نُسخ الرابط', embed: 'تضمين', embedTitle: 'انسخ شيفرة التضمين', copy: 'انسخ', openInMarsad: 'افتحه في مرصد',
    exportLabel: 'تصدير', exportEventsCsv: 'الأحداث CSV', exportEventsJson: 'الأحداث JSON', exportActorsCsv: 'الفاعلون CSV', exportActorsJson: 'الفاعلون JSON', exportSvg: 'الرسم SVG', exportPng: 'الرسم PNG',
    downloadBundle: 'نزّل هذه المدونة حزمةً تعمل دون اتصال',
    bundleUnavailable: 'إنشاء الحزمة غير متاح من نسخة تعمل دون اتصال؛ استعمل الموقع.',
    bundleReady: 'نُزّلت الحزمة: فك ضغطها وافتح index.html',
    noChart: 'لا رسم في هذا العرض',
    badParam: (k) => `تجاهلنا قيمة غير صالحة في الرابط: ${k}`,
    tooLarge: (name, size, room) =>
      `${name} (${size} ميغابايت) أكبر مما يتسع له المحلل الآن (${room} ميغابايت): لم يُقرأ، وبقي ما حُمّل قبله. قسّمه، أو حلّله بالأداة المحلية (scripts/analyze).`,
    otherCorpus: (sample) => `يشير هذا الرابط إلى مدونة ليست هنا: صُنع على ملفات صاحبه، والرابط لا ينقل الملفات. المعروض ${sample ? 'هو المدونة النموذجية' : 'هو المدونة المحمّلة في هذه الصفحة'}. لمشاركة مدونتك أرسل حزمتها التي تعمل دون اتصال (لوحة «المدونة»: «نزّل هذه المدونة حزمةً تعمل دون اتصال»)، لا الرابط.`,
    corpusIds: (a, b) => `مدونة الرابط ${a}؛ المدونة هنا ${b}`,
    linkCopiedOwn: 'نُسخ الرابط. لا يفتح هذا العرض إلا حيث تُحمَّل هذه المدونة نفسها؛ لمشاركة المدونة أرسل حزمتها التي تعمل دون اتصال (لوحة «المدونة»).',
    unknownDoc: 'الوثيقة المطلوبة في الرابط غير موجودة في هذه المدونة.',
    unknownActor: (id) => `«${id}» ليس فاعلًا في هذه المدونة`,
    error_invalid_argument: 'طلب غير صالح لهذا العرض',
    error_not_found: 'غير موجود في هذه المدونة',
    error_resource_exhausted: 'الملف أكبر مما تتسع له ذاكرة هذه الصفحة',
    open: 'افتح', close: 'أغلق', all: 'الكل',
    actor: 'الفاعل', family: 'نوع الحدث', outlet: 'المصدر', document: 'الوثيقة', from: 'من', to: 'إلى',
    zoomIn: 'تكبير', zoomOut: 'تصغير', panBack: 'إلى الأقدم', panForward: 'إلى الأحدث', resetZoom: 'كل المدة',
    howToRead: 'كيف تقرأ هذا المخطط؟',
    timelineHelp: 'كل نقطة حدث: فوق الخط تعاون، تحته نزاع (مقياس غولدشتاين). الخطوط الأفقية أحداث من وثائق غير مؤرخة ممتدة على نافذتها الزمنية. اضغط حدثًا لقراءة جملته. العجلة أو + و− للتكبير، السحب أو السهمان ← و→ للتنقل؛ وبلوحة المفاتيح ينتقل السهمان ↓ و↑ بين الأحداث ويفتح Enter الحدث.',
    cooperative: 'تعاوني', conflictual: 'نزاعي', neutral: 'محايد',
    goldstein: 'غولدشتاين', meanGoldstein: 'متوسط غولدشتاين',
    axisGoldstein: 'غولدشتاين (−10 نزاع … +10 تعاون)', axisDate: 'التاريخ', axisMonth: 'الشهر', axisYear: 'السنة',
    articles: (n) => `${n} مقالًا`, noFilter: 'كل الأحداث المبلغ عنها', periodShown: 'الفترة',
    chartSource: (n, range) => `المصدر: مرصد · ${n} مقالًا${range ? ` · ${range}` : ''}`,
    legendCooperative: 'متوسط الفترة، تعاوني', legendConflictual: 'متوسط الفترة، نزاعي', legendRange: 'من أدنى حدث إلى أعلاه',
    legendApproximate: 'باهت: تاريخ تقريبي (نافذة وثيقة غير مؤرخة)', filtersShown: 'المعروض',
    goldsteinScale: 'مقياس غولدشتاين يضع كل حدث بين −10 (أشد النزاع: قتال وعنف جماعي) و+10 (أوثق التعاون: مساعدة ودعم)؛ والصفر محايد، كالتصريح.',
    edgeTitle: (co, ev) => `ظهرا معًا ${co} مرة · ${ev} حدثًا بينهما`,
    events: (n) => `${n} حدثًا`, eventCount: 'عدد الأحداث',
    unplaced: (n) => `${n} منها بتاريخ لا يمكن وضعه على المحور`,
    outsidePeriod: (n) => `${n} خارج الفترة المعروضة`, wholePeriod: 'اعرض الفترة كلها',
    approximate: 'تاريخ تقريبي', window: 'نافذة زمنية',
    reportDate: 'تاريخ الخبر', reportDateHelp: 'لا يذكر النص يوما لهذا الحدث: التاريخ تاريخ نشر الخبر، وقد يكون الحدث قبله',
    beforeReportDate: 'قبل تاريخ الخبر', beforeReportDateHelp: 'يروي النص الحدث سابقا للخبر («كان … قد»، «مؤخرا») ولا يذكر يومه: وقع قبل تاريخ نشر الخبر',
    windowBasis: 'الأساس', dateWindow: 'نافذة التاريخ المستنتجة',
    source: 'المصدر', target: 'الهدف', compare: 'قارن عدة مصادر تجاه الهدف',
    stanceTitle: (a, b) => `موقف ${a} تجاه ${b} عبر الزمن`,
    byMonth: 'شهريًا', byYear: 'سنويًا', periodLabel: 'الفترة',
    turningPoint: 'نقطة تحول',
    turnExplain: (p, dir, before, after) => `ابتداءً من ${ltr(p)} صار الموقف ${dir === 'conflictual' ? 'نزاعيًا' : 'تعاونيًا'}: متوسط غولدشتاين ${before} قبلها و${after} بعدها.`,
    evidenceBefore: 'الشواهد قبلها', evidenceAfter: 'الشواهد بعدها',
    evidence: 'الشواهد', undatedEvents: 'أحداث من وثائق غير مؤرخة',
    framingWords: 'كلمات التأطير', framingTone: (l, d) => `مُضفية للشرعية ${l} · نازعة للشرعية ${d}`,
    framing: 'التأطير: الأسماء التي يستعملها كل مصدر للهدف', names: 'الأسماء',
    noEvents: 'لم يُعثر في هذه المدونة على أحداث بين هذين الفاعلين.',
    noEventsShown: 'لم يُعثر في هذه المدونة على أحداث مؤكدة بين هذين الفاعلين؛ اعرض الأحداث الضعيفة لترى ما دونها.',
    sparse: (n) => `${n} أحداث فقط: أقل من أن يُرسم منها اتجاه؛ اقرأ الشواهد نفسها.`,
    tentative: (b, a) => `نقطة تحول مبدئية: ${b} أحداث قبلها و${a} بعدها فقط.`,
    firmTurn: (b, a) => `على ${b} أحداث قبلها و${a} بعدها.`,
    shownLegend: 'الأحداث المعروضة', showWeak: 'الأحداث الضعيفة أيضًا (ثقة أدنى)', showHistory: 'الإشارات إلى التاريخ أيضًا',
    weakEvent: 'ضعيف', historicalEvent: 'تاريخي', confidence: 'الثقة',
    meanCount: (m, n) => `المتوسط ${m} · ${n} حدث`, barCount: (n) => `${n} حدث`, monthExample: 'مثل 2015-07',
    type: 'النوع', mentions: 'الإشارات', mentionsOverTime: 'الإشارات عبر الزمن',
    sparkAxes: (max) => `عمود لكل شهر، والزمن من اليسار إلى اليمين؛ أعلاها ${max} إشارة`,
    types: { person: 'شخص', organization: 'منظمة', country: 'دولة', place: 'مكان', armed_group: 'جماعة مسلحة', media: 'وسيلة إعلام', event_name: 'حدث', group: 'فئة من الناس' },
    roles: 'الأدوار المؤرخة', variants: 'الصيغ المعروفة', namesSeen: 'الأسماء التي وردت', quotes: 'الأقوال', relations: 'أهم العلاقات',
    notInKb: 'ليس في قاعدة المعرفة', allMentions: 'كل الإشارات', outIn: (o, i) => `صادرة ${o} · واردة ${i}`,
    showAll: 'أظهر كل الفاعلين', onlyMentioned: 'المذكورون فقط', filterActors: 'صفِّ الفاعلين',
    pickActor: 'اختر فاعلًا لعرض ملفه.',
    // Pickers (web/src/picker.js) and the reader's corrections of actors (views/actors.js, corrections.js).
    typeToSearch: 'اكتب للبحث…',
    pickerMore: (n) => `و${n} غيرها: اكتب لتضييق القائمة`,
    pickerNone: 'لا فاعل بهذا الاسم',
    pickerFound: (n) => `النتائج: ${n}`,
    removeChoice: (name) => `أزل ${name}`,
    compareSources: 'المصادر المقارنة (حتى 8)',
    affiliatedNote: (who, names) => `يشمل هذا المرشّح أحداث من يتبعون ${who} أو يعملون باسمه: ${names}.`,
    soloNote: (who) => `تُعرض أحداث ${who} نفسه فقط، دون من يتبعونه أو يعملون باسمه.`,
    soloLabel: (who) => `أحداث ${who} نفسه فقط`,
    andMore: (n) => `و${n} غيرهم`,
    correctActor: 'صحّح هذا الفاعل',
    correctHint: 'يُحفظ التصحيح ملفَّ فاعلين يُعاد به تحليل المدونة كلها، ويدخل في الحزمة التي تنزّلها، ويمكنك تنزيله وحده.',
    nameAr: 'الاسم بالعربية', nameEn: 'الاسم بالإنجليزية', rename: 'غيّر الاسم',
    actorType: 'النوع', retype: 'غيّر النوع',
    sameAs: 'هو نفسه الفاعل…', merge: 'ادمجه فيه',
    hideActor: 'أخفِ هذا الفاعل', showActor: 'أظهره ثانيةً',
    hideHint: 'ليس فاعلًا؟ يخرج من القوائم والرسوم والعدّ، ومعه الأحداث التي هو طرف فيها.',
    hiddenNow: 'هذا الفاعل مخفي: لا يظهر في القوائم والرسوم، ولا تُعدّ أحداثه.',
    hiddenMark: 'مخفي',
    hiddenActors: (n) => `الفاعلون المخفيون (${n})`,
    moreActors: (n, all) => `أظهر ${n} آخرين (من ${all})`,
    moreEvents: (n, all) => `أظهر ${n} حدثا آخر (من ${all})`,
    moreDocuments: (n, all) => `أظهر ${n} وثيقة أخرى (من ${all})`,
    corrections: 'تصحيحاتك',
    noCorrections: 'لم تصحّح أي فاعل بعد: افتح ملف فاعل واستعمل «صحّح هذا الفاعل».',
    correctionsHint: 'أضف الملف المنزَّل إلى الصفحة لاحقًا (مع ملفاتك) لتعود تصحيحاتك، أو مرّره إلى أداة التحليل في سطر الأوامر (\u2066scripts/analyze --kb\u2069).',
    downloadCorrections: 'نزّل التصحيحات (ملف فاعلين JSON)',
    undo: 'تراجع',
    correctionRename: (who, name) => `${who}: الاسم «${name}»`,
    correctionType: (who, type) => `${who}: النوع ${type}`,
    correctionHide: (who) => `${who}: مخفي`,
    correctionShow: (who) => `${who}: ظاهر ثانيةً`,
    correctionMerge: (a, b) => `${a} هو ${b}`,
    correctionsProblem: (n) => `تعذّر تطبيق ${n === 1 ? 'تصحيح واحد' : `${n} من التصحيحات`}: انظر التفاصيل.`,
    correctionsAdopted: (n) => `طُبّقت تصحيحاتك (${n}) وأعيد تحليل المدونة بها.`,
    networkHelp: 'الدوائر فاعلون (حجمها بعدد الإشارات)، والخطوط ظهورهم معًا وأحداثهم (سماكتها بالوزن، ولونها بمتوسط غولدشتاين). اضغط فاعلًا لفتح ملفه؛ وبلوحة المفاتيح ينتقل السهمان ↓ و↑ بين الفاعلين.',
    nodes: (n, e) => `${n} فاعلًا · ${e} صلة`,
    linksShown: (n, each) => `المرسوم ${n} منها: أقوى ${each} صلات لكل فاعل`,
    searchLabel: 'ابحث في المدونة (يراعي السوابق واللواحق)', searchButton: 'ابحث',
    hits: (n) => `${n} نتيجة`, normalized: 'بعد التطبيع',
    pick: 'اختر وثيقة لقراءتها.', legend: 'المفتاح',
    kinds: { person: 'أشخاص', organization: 'منظمات', country: 'دول', place: 'أماكن', armed_group: 'جماعات مسلحة', media: 'إعلام', event_name: 'أحداث', group: 'فئات من الناس', time: 'تواريخ', trigger: 'أفعال الأحداث', quote: 'أقوال', hit: 'نتائج البحث', selected: 'المقطع المرتبط' },
    linkSelection: 'رابط إلى النص المحدد', selectFirst: 'حدّد نصًا في الوثيقة أولًا.',
    eventsInDoc: 'الأحداث في الوثيقة', metadata: 'البيانات الوصفية', author: 'الكاتب', section: 'القسم', url: 'الرابط', id: 'المعرّف', date: 'التاريخ',
    readSentence: 'اقرأ الجملة', inDoc: 'في', skip: 'تخطَّ إلى المحتوى',
    roleAt: (place) => `لدى ${place}`,
    toCorpus: 'ملفاتك',
    linkInBundle: 'هذه الصفحة حزمة تعمل دون اتصال: رابطها يشير إلى ملف على هذا الجهاز ولا يفتح عند غيرك. للمشاركة أرسل الحزمة نفسها (ملف zip الذي نزّلته أو المجلد الذي فككته منه)؛ من يفتحها يرى المدونة نفسها.',
    notes: 'للعلم', technicalDetail: 'التفاصيل التقنية', atLine: (n) => `السطر ${n}`,
    fileLoaded: (f, n) => `${isolate(f)}: حُمّلت ${n} وثيقة`,
    fileNothing: (f) => `${isolate(f)}: لم تُحمَّل أي وثيقة`,
    fileMerged: (n) => `دُمجت ${n} مكررة`,
    fileProblems: (n) => `${n} مشكلة (انظر لوحة «المدونة»)`,
    filesLoaded: (files, n) => `${files} ملفًا: حُمّلت ${n} وثيقة`,
    filesWithProblems: (n) => `${n} منها فيها مشكلات (انظر لوحة «المدونة»)`,
    problem_duplicate: (id) => `نصها مطابق لنص الوثيقة «${isolate(id)}»، فدُمجت فيها؛ لم يضع شيء.`,
    problem_idReused: (id, renamed) => `المعرّف «${isolate(id)}» لوثيقة أخرى، فسُمّيت هذه «${isolate(renamed)}».`,
    problem_archiveSkipped: 'في الأرشيف ملفات من أنواع أخرى (صور وغيرها) تُركت.',
    problem_utf16: 'لم يُقرأ: ليس نصًّا بترميز UTF-8 (يبدو نصًّا محفوظًا بترميز UTF-16، أو ملفًا ثنائيًا). احفظه بترميز UTF-8.',
    problem_pdf: 'لم يُقرأ: هذا مستند PDF لا نص؛ صدّر نصه أولًا (.txt).',
    problem_binary: 'لم يُقرأ: هذا ملف ثنائي (صورة أو برنامج أو أرشيف…)، لا نص.',
    problem_badBytes: 'بعض البايتات ليست نصًّا سليمًا بترميز UTF-8، فاستُبدلت بالعلامة � وقُرئ الباقي.',
    problem_empty: 'لم يُقرأ: الملف فارغ.',
    problem_ambiguousDate: (d) => `التاريخ «${isolate(d)}» يحتمل قراءتين (أيهما اليوم وأيهما الشهر)، فأُبقيت الوثيقة بلا تاريخ.`,
    problem_badDate: (d) => `التاريخ «${isolate(d)}» ليس بصيغة يقرؤها المحلل (مثل ${ltr('2019-04-21')} أو ${ltr('2019-04')} أو 2019)، فأُبقيت الوثيقة بلا تاريخ.`,
    problem_noText: 'سجل بلا نص، فتُرك.',
    problem_nearEmpty: (n) => `وثيقة شبه فارغة (${n} كلمات): قُرئت، وقلّما يُستخرج منها شيء.`,
    problem_truncated: 'يبدو الملف مقطوعًا قبل نهايته؛ قُرئ ما قبل القطع.',
    problem_noTextColumn: 'لم يُقرأ: ليس في الجدول عمود اسمه «text» في صف العناوين.',
    problem_csvRow: 'صف عدد خاناته غير عدد العناوين، فتُرك.',
    problem_csvQuote: 'علامة تنصيص فُتحت هنا ولم تُغلق، فلم يُقرأ باقي الملف.',
    problem_csvOdd: 'خلل في الجدول، قُرئ على أقرب وجه.',
    problem_fieldDropped: 'حقل من غير النوع المتوقع أُهمل، وأُبقيت الوثيقة.',
    problem_archiveTooLarge: 'لم يُقرأ: الأرشيف بعد فكه أكبر مما تستطيع هذه الصفحة تحليله الآن.',
    problem_zipBomb: 'لم يُقرأ: الأرشيف يتضخم عند فكه أكثر من 100 ضعف حجمه، كما تفعل «قنابل الضغط»، فأُوقف.',
    problem_badArchive: 'لم يُقرأ: الأرشيف تالف أو ليس أرشيف zip.',
    problem_archiveEmpty: 'لم يُقرأ شيء: ليس في الأرشيف ملفات مدونة (.jsonl .json .csv .txt) ولا حزمة مرصد.',
    problem_helperFailed: 'تعذر تحليل جزء من الملف (تعطل أحد عمّال الصفحة)؛ قُرئ الباقي.',
    problem_badJson: 'سجل ليس بصيغة JSON سليمة، فتُرك.',
    problem_other: 'مشكلة في هذا الملف؛ تبيّنها التفاصيل التقنية.',
  },
  en: {
    appName: 'Marsad',
    tagline: 'Who did what to whom, and when — Arabic news analyzed in your browser',
    tabs: 'Views',
    storySample: (n, from, to, names) => `The sample corpus: ${n} Arabic articles${from ? `, ${from} to ${to}` : ''}. Most mentioned: ${names}.`,
    ownStory: (n, from, to, names) => `Your corpus: ${n} documents${from ? `, ${from} to ${to}` : ''}. Most mentioned: ${names}.`,
    mixedStory: (n, from, to, names) => `Your files with the sample corpus: ${n} documents${from ? `, ${from} to ${to}` : ''}. Most mentioned: ${names}.`,
    publishedStory: (n, from, to, names) => `This corpus: ${n} documents${from ? `, ${from} to ${to}` : ''}. Most mentioned: ${names}.`,
    storyActive: (list, weak) => `Most active relations: ${list}${weak ? ', counting the weak events (the corpus has no sure one)' : ''}.`,
    storyPair: (a, b, n) => `${a} → ${b} (${n} ${n === 1 ? 'event' : 'events'})`,
    storyNoTurn: 'No supported turning point: none of its most active relations changes clearly with at least two events on each side, even counting the weak events.',
    storyNoEvents: 'No events between actors were found in this corpus, even weak ones: no relations, no turning points.',
    storyWhere: 'Every point here is backed by a sentence you can read, and nothing is uploaded: the whole analysis runs in your browser. Where to start:',
    storyTurn: (a, b, period, direction) => `${a} → ${b}: the ${period} turn toward ${direction === 'conflictual' ? 'conflict' : 'cooperation'}`,
    storyTurnSupport: (before, after, tentative, weak) => `${tentative ? 'tentative, ' : ''}${before} events before, ${after} after${weak ? ', with the weak events' : ''}`,
    storyRelation: (a, b, n) => `${a} → ${b}: the relation and its ${n === 1 ? 'event' : `${n} events`}`,
    storyCompare: (b) => `Compare the most mentioned states and organizations toward ${b}`,
    storyTimeline: (a) => `Everything about ${a} on the timeline`,
    pickPair: 'Pick a source and a target to see the relation between them.',
    weekOf: 'week of',
    timeline: 'Timeline', relation: 'Relations', actors: 'Actors', network: 'Network', reader: 'Reader', search: 'Search',
    corpus: 'Corpus', documents: 'Documents', problems: 'Problems in the files',
    loading: 'Loading the analyzer…', analyzing: 'Analyzing…',
    analyzingFile: (f, i, n) => `Analyzing ${f} (${i}/${n})`,
    analyzingParallel: (done, total, w) => `Analyzing in parallel (${w} workers): ${done} of ${total} MB`,
    ready: (n) => `${n} documents analyzed in your browser`,
    publishedReady: (total, loaded, shown, matching) => `Published corpus of ${total} documents; this view shows ${loaded} of them${matching > shown ? ` (${shown} of the ${matching} chunks that match it, the latest or those that mention the actor most: narrow the period or the search to see the others)` : ''}`,
    failed: 'The analyzer could not start',
    undated: 'undated', words: (n) => `${n} words`, sentences: (n) => `${n} sentences`,
    language: 'العربية', languageLabel: 'Switch the interface language',
    addFiles: 'Add files (.txt .jsonl .json .csv) or an actors file (.json)',
    dropHere: 'or drop files here',
    remove: 'Remove', removeDoc: (t) => `Remove the document ${t}`,
    startOver: 'Start over', loadSeeds: 'Load the sample corpus',
    sampleQuestion: (n) => `You are adding ${n === 1 ? 'a file' : `${n} files`} while the sample corpus is loaded: keep the sample alongside your files, or replace it with them?`,
    sampleHint: 'Kept, it is analyzed with your files and is part of the story and of the bundle you download; replaced, you can load it again from the Corpus panel.',
    keepSample: 'Keep the sample alongside', replaceSample: 'Replace it with my files', cancel: 'Cancel',
    emptyCorpus: 'The corpus is empty: add files or load the sample corpus.',
    kbAdded: (f, n) => `${f}: ${n} actors added to the knowledge base`,
    fileAdded: (f, n) => `${f}: ${n} documents`,
    copyLink: 'Copy link', linkCopied: 'Link copied', embed: 'Embed', embedTitle: 'Copy the embed code', copy: 'Copy', openInMarsad: 'Open in Marsad',
    exportLabel: 'Export', exportEventsCsv: 'Events CSV', exportEventsJson: 'Events JSON', exportActorsCsv: 'Actors CSV', exportActorsJson: 'Actors JSON', exportSvg: 'Chart SVG', exportPng: 'Chart PNG',
    downloadBundle: 'Download this corpus as an offline bundle',
    bundleUnavailable: 'Making a bundle is not available from an offline copy; use the site.',
    bundleReady: 'Bundle downloaded: unzip it and open index.html',
    noChart: 'This view has no chart',
    badParam: (k) => `Ignored an invalid value in the link: ${k}`,
    tooLarge: (name, size, room) =>
      `${name} (${size} MB) is larger than the analyzer can still take (${room} MB): not read, and what was loaded stays. Split it, or analyze it with the native tool (scripts/analyze).`,
    otherCorpus: (sample) => `This link refers to a corpus that is not here: it was made on its author's own files, which a link does not carry. Shown instead: ${sample ? 'the sample corpus' : 'the corpus loaded in this page'}. To share your own corpus, send its offline bundle (Corpus panel: "Download this corpus as an offline bundle"), not a link.`,
    corpusIds: (a, b) => `corpus of the link ${a}; corpus here ${b}`,
    linkCopiedOwn: 'Link copied. It opens this view only where this same corpus is loaded; to share the corpus, send its offline bundle (Corpus panel).',
    unknownDoc: 'The document named in the link is not in this corpus.',
    unknownActor: (id) => `«${id}» is not an actor of this corpus`,
    error_invalid_argument: 'This view was asked something it cannot answer',
    error_not_found: 'Not in this corpus',
    error_resource_exhausted: 'The file is larger than this page has memory for',
    open: 'Open', close: 'Close', all: 'All',
    actor: 'Actor', family: 'Event type', outlet: 'Outlet', document: 'Document', from: 'From', to: 'To',
    zoomIn: 'Zoom in', zoomOut: 'Zoom out', panBack: 'Earlier', panForward: 'Later', resetZoom: 'Whole period',
    howToRead: 'How to read this chart',
    timelineHelp: 'Each point is an event: above the line cooperative, below conflictual (Goldstein scale). Horizontal bars are events from undated documents, spread over their date window. Click an event to read its sentence. Wheel or +/− to zoom, drag or ← → to pan; from the keyboard ↓ and ↑ move between events and Enter opens one.',
    cooperative: 'cooperative', conflictual: 'conflictual', neutral: 'neutral',
    goldstein: 'Goldstein', meanGoldstein: 'mean Goldstein',
    axisGoldstein: 'Goldstein (−10 conflict … +10 cooperation)', axisDate: 'Date', axisMonth: 'Month', axisYear: 'Year',
    articles: (n) => `${n} articles`, noFilter: 'All reported events', periodShown: 'Period',
    chartSource: (n, range) => `Source: Marsad · ${n} articles${range ? ` · ${range}` : ''}`,
    legendCooperative: 'period mean, cooperative', legendConflictual: 'period mean, conflictual', legendRange: 'lowest to highest event',
    legendApproximate: 'pale: approximate date (an undated document\'s window)', filtersShown: 'Shown',
    goldsteinScale: 'The Goldstein scale places each event between −10 (the most conflictual: fighting, mass violence) and +10 (the most cooperative: aid, support); 0 is neutral, as a statement.',
    edgeTitle: (co, ev) => `${co} × together · ${ev} events between them`,
    events: (n) => `${n} events`, eventCount: 'Events',
    unplaced: (n) => `${n} of them with a date the axis cannot place`,
    outsidePeriod: (n) => `${n} outside the period shown`, wholePeriod: 'Show the whole period',
    approximate: 'approximate date', window: 'date window',
    reportDate: 'date of the report', reportDateHelp: 'The text names no day for this event: the date is the article\'s, and the event may be earlier',
    beforeReportDate: 'before the date of the report', beforeReportDateHelp: 'The text tells this event as done before the news («كان … قد», «مؤخرا») and names no day: it happened before the article\'s date',
    windowBasis: 'basis', dateWindow: 'Inferred date window',
    source: 'Source', target: 'Target', compare: 'Compare several sources toward the target',
    stanceTitle: (a, b) => `Stance of ${a} toward ${b} over time`,
    byMonth: 'by month', byYear: 'by year', periodLabel: 'Period',
    turningPoint: 'Turning point',
    turnExplain: (p, dir, before, after) => `From ${ltr(p)} the stance turned ${dir}: mean Goldstein ${before} before, ${after} after.`,
    evidenceBefore: 'Evidence before', evidenceAfter: 'Evidence after',
    evidence: 'Evidence', undatedEvents: 'Events from undated documents',
    framing: 'Framing: the names each outlet uses for the target', names: 'Names',
    framingWords: 'Framing words', framingTone: (l, d) => `legitimizing ${l} · delegitimizing ${d}`,
    noEvents: 'No events between these two actors were found in this corpus.',
    noEventsShown: 'No sure events between these two actors were found in this corpus; show the weak events to see the others.',
    sparse: (n) => `Only ${n} events: too few to draw a trend; read the evidence itself.`,
    tentative: (b, a) => `A tentative turn: only ${b} events before it and ${a} after.`,
    firmTurn: (b, a) => `On ${b} events before it and ${a} after.`,
    shownLegend: 'Events shown', showWeak: 'Weak events too (lower confidence)', showHistory: 'References to history too',
    weakEvent: 'weak', historicalEvent: 'history', confidence: 'confidence',
    meanCount: (m, n) => `mean ${m} · ${n} events`, barCount: (n) => `n=${n}`, monthExample: 'e.g. 2015-07',
    type: 'Type', mentions: 'Mentions', mentionsOverTime: 'Mentions over time',
    sparkAxes: (max) => `one bar a month, left to right in time; the tallest ${max} mentions`,
    types: { person: 'person', organization: 'organization', country: 'country', place: 'place', armed_group: 'armed group', media: 'media', event_name: 'event', group: 'group of people' },
    roles: 'Dated roles', variants: 'Known variants', namesSeen: 'Names seen', quotes: 'Quotes', relations: 'Top relations',
    notInKb: 'not in the knowledge base', allMentions: 'Every mention', outIn: (o, i) => `out ${o} · in ${i}`,
    showAll: 'Show all actors', onlyMentioned: 'Mentioned only', filterActors: 'Filter actors',
    pickActor: 'Pick an actor to see the profile.',
    typeToSearch: 'Type to search…',
    pickerMore: (n) => `and ${n} more: type to narrow the list`,
    pickerNone: 'No actor by that name',
    pickerFound: (n) => `${n} found`,
    removeChoice: (name) => `Remove ${name}`,
    compareSources: 'Sources compared (up to 8)',
    affiliatedNote: (who, names) => `This filter includes the events of actors affiliated with ${who} or acting for it: ${names}.`,
    soloNote: (who) => `Only the events of ${who} itself are shown, not those of actors affiliated with it or acting for it.`,
    soloLabel: (who) => `Only ${who} itself`,
    andMore: (n) => `${n} more`,
    correctActor: 'Correct this actor',
    correctHint: 'A correction is saved as an actors file with which the whole corpus is analyzed again; it goes into the bundle you download, and can be downloaded on its own.',
    nameAr: 'Arabic name', nameEn: 'English name', rename: 'Rename',
    actorType: 'Type', retype: 'Change type',
    sameAs: 'Is the same actor as…', merge: 'Merge',
    hideActor: 'Hide this actor', showActor: 'Show it again',
    hideHint: 'Not an actor? It leaves the lists, charts and counts, and the events it is a side of with it.',
    hiddenNow: 'This actor is hidden: it is in no list or chart, and its events are not counted.',
    hiddenMark: 'hidden',
    hiddenActors: (n) => `Hidden actors (${n})`,
    moreActors: (n, all) => `Show ${n} more (of ${all})`,
    moreEvents: (n, all) => `Show ${n} more events (of ${all})`,
    moreDocuments: (n, all) => `Show ${n} more documents (of ${all})`,
    corrections: 'Your corrections',
    noCorrections: 'No actor corrected yet: open an actor\'s profile and use "Correct this actor".',
    correctionsHint: 'Add the downloaded file to the page later (with your files) to get your corrections back, or give it to scripts/analyze --kb.',
    downloadCorrections: 'Download the corrections (actors JSON file)',
    undo: 'Undo',
    correctionRename: (who, name) => `${who}: named "${name}"`,
    correctionType: (who, type) => `${who}: type ${type}`,
    correctionHide: (who) => `${who}: hidden`,
    correctionShow: (who) => `${who}: shown again`,
    correctionMerge: (a, b) => `${a} is ${b}`,
    correctionsProblem: (n) => `${n === 1 ? 'One correction' : `${n} corrections`} could not be applied: see the detail.`,
    correctionsAdopted: (n) => `Your corrections (${n}) were applied and the corpus analyzed again with them.`,
    networkHelp: 'Circles are actors (sized by mentions); lines join actors that appear together or act on each other (width by weight, colour by mean Goldstein). Click an actor to open the profile; from the keyboard ↓ and ↑ move between actors.',
    nodes: (n, e) => `${n} actors · ${e} links`,
    linksShown: (n, each) => `${n} drawn: each actor's ${each} strongest`,
    searchLabel: 'Search the corpus (clitic-aware)', searchButton: 'Search',
    hits: (n) => `${n} hits`, normalized: 'normalized',
    pick: 'Pick a document to read it.', legend: 'Legend',
    kinds: { person: 'people', organization: 'organizations', country: 'countries', place: 'places', armed_group: 'armed groups', media: 'media', event_name: 'events', group: 'groups of people', time: 'dates', trigger: 'event triggers', quote: 'quotes', hit: 'search hits', selected: 'linked passage' },
    linkSelection: 'Link to the selected text', selectFirst: 'Select some text in the document first.',
    eventsInDoc: 'Events in the document', metadata: 'Metadata', author: 'Author', section: 'Section', url: 'URL', id: 'Id', date: 'Date',
    readSentence: 'Read the sentence', inDoc: 'in', skip: 'Skip to content',
    roleAt: (place) => `at ${place}`,
    toCorpus: 'Your files',
    linkInBundle: 'This page is an offline bundle: its link names a file on this computer and opens nowhere else. To share, send the bundle itself (the .zip you downloaded, or the folder you unzipped it into); whoever opens it sees this same corpus.',
    notes: 'Good to know', technicalDetail: 'Technical detail', atLine: (n) => `line ${n}`,
    fileLoaded: (f, n) => `${isolate(f)}: ${n} documents loaded`,
    fileNothing: (f) => `${isolate(f)}: no document loaded`,
    fileMerged: (n) => `${n} duplicates merged`,
    fileProblems: (n) => `${n} problems (see the Corpus panel)`,
    filesLoaded: (files, n) => `${files} files: ${n} documents loaded`,
    filesWithProblems: (n) => `${n} of them with problems (see the Corpus panel)`,
    problem_duplicate: (id) => `Same text as the document «${isolate(id)}»: merged into it; nothing is lost.`,
    problem_idReused: (id, renamed) => `The id «${isolate(id)}» belongs to another document; this one is named «${isolate(renamed)}».`,
    problem_archiveSkipped: 'Files of other types in the archive (images and the like) were left out.',
    problem_utf16: 'Not read: this is not UTF-8 text (it looks like text saved as UTF-16, or a binary file). Save it as UTF-8.',
    problem_pdf: 'Not read: this is a PDF document, not text; export its text first (.txt).',
    problem_binary: 'Not read: this is a binary file (an image, a program, an archive…), not text.',
    problem_badBytes: 'Some bytes were not valid UTF-8 text: they were replaced with � and the rest was read.',
    problem_empty: 'Not read: the file is empty.',
    problem_ambiguousDate: (d) => `The date «${isolate(d)}» reads two ways (which is the day, which the month); the document was kept without a date.`,
    problem_badDate: (d) => `The date «${isolate(d)}» is not in a form the analyzer reads (such as 2019-04-21, 2019-04 or 2019); the document was kept without a date.`,
    problem_noText: 'A record without text was skipped.',
    problem_nearEmpty: (n) => `A near-empty document (${n} words): read, though little can be found in it.`,
    problem_truncated: 'The file seems cut off before its end; what came before was read.',
    problem_noTextColumn: 'Not read: the table has no column named «text» in its header row.',
    problem_csvRow: 'A row whose number of cells differs from the header was skipped.',
    problem_csvQuote: 'A quotation mark opened here is never closed, so the rest of the file was not read.',
    problem_csvOdd: 'An irregularity in the table, read as closely as possible.',
    problem_fieldDropped: 'A field of an unexpected kind was left out; the document was kept.',
    problem_archiveTooLarge: 'Not read: the archive expands to more than this page can analyze now.',
    problem_zipBomb: 'Not read: the archive expands more than 100 times its size, as a «zip bomb» does; it was stopped.',
    problem_badArchive: 'Not read: the archive is damaged or is not a zip archive.',
    problem_archiveEmpty: 'Nothing read: the archive holds no corpus files (.jsonl .json .csv .txt) and no Marsad bundle.',
    problem_helperFailed: 'Part of the file could not be analyzed (one of the page\'s workers failed); the rest was read.',
    problem_badJson: 'A record that is not well-formed JSON was skipped.',
    problem_other: 'A problem in this file; the technical detail says what.',
  },
};

let current = 'ar';

export function setLanguage(lang) {
  current = strings[lang] ? lang : 'ar';
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
}

export function language() {
  return current;
}

export function t(key, ...args) {
  const value = strings[current][key] ?? strings.ar[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}

// An error in the reader's language: the core's errors by their code (its
// message, in English, kept after it for whoever reports the problem).
export function errorText(error) {
  const key = error?.code ? `error_${error.code}` : null;
  const message = String(error?.message ?? error);
  return key && strings[current]?.[key] ? `${t(key)} (${message})` : message;
}

// Numbers as the interface shows them (Western digits in both languages, as the seeds use).
export function num(x, digits = 2) {
  if (x === null || x === undefined) return '—';
  const s = Number(x).toFixed(digits).replace(/\.?0+$/, '') || '0';
  return s.startsWith('-') ? ltr(s) : s;
}

// Isolates a left-to-right run (a date, a period, an id, a signed number) so
// that right-to-left text around it cannot reorder it: 2019-11 stays 2019-11.
export function ltr(value) {
  if (value === null || value === undefined || value === '') return value;
  return `\u2066${value}\u2069`;
}

// Isolates a run whose direction is its own (a file name, an id, a quoted
// value: Arabic or Latin), so that it neither takes nor reorders what is around it.
export function isolate(value) {
  return `\u2068${value}\u2069`;
}

// A document's name: its title, or its id isolated (in Arabic text a bare
// «snn-005600» reads «005600-snn»).
export function documentName(doc) {
  return doc.title || isolate(doc.id);
}

// Text for a left-to-right SVG chart: in Arabic an isolated right-to-left run,
// so «نوفمبر 2019» reads as Arabic inside the chart's left-to-right layout.
export function chartText(value) {
  return current === 'ar' ? `\u2067${value}\u2069` : value;
}

// A tick of a time axis at `ms`, a month («يوليو 2019», «Jul 2019»), a year, or a day («20 يوليو»).
export function tickLabel(ms, unit) {
  if (unit === 'year') return String(new Date(ms).getUTCFullYear());
  const options = unit === 'day' ? { day: 'numeric', month: 'short' } : { month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(current === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { timeZone: 'UTC', ...options }).format(new Date(ms));
}

// A date of the analysis as the reader says it, with Western digits as the
// rest of the interface: «5 يوليو 2022», «يوليو 2022», «2022», «أسبوع 18 يوليو
// 2022» (a week by its Monday); in English «5 Jul 2022», «Jul 2022»… Anything
// that is no date is returned as it is.
export function dateLabel(iso) {
  if (!placeable(iso)) return iso;
  const format = (options) => new Intl.DateTimeFormat(current === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { timeZone: 'UTC', ...options })
    .format(new Date(dateStart(iso)));
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return format({ month: current === 'ar' ? 'long' : 'short', year: 'numeric' });
  const day = format({ day: 'numeric', month: current === 'ar' ? 'long' : 'short', year: 'numeric' });
  return /W/.test(iso) ? `${t('weekOf')} ${day}` : day;
}
