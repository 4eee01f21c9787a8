// Interface strings in Arabic (default) and English.
const strings = {
  ar: {
    appName: 'مرصد',
    tagline: 'من فعل ماذا بمن، ومتى — تحليل الأخبار العربية في متصفحك',
    documents: 'الوثائق',
    problems: 'مشكلات في الملفات',
    loading: 'جارٍ تحميل المحلل…',
    analyzing: 'جارٍ تحليل المدونة…',
    ready: (n) => `حُلّلت ${n} وثائق في متصفحك`,
    failed: 'تعذر تشغيل المحلل',
    undated: 'غير مؤرخة',
    words: (n) => `${n} كلمة`,
    sentences: (n) => `${n} جملة`,
    search: 'ابحث في الوثيقة',
    hits: (n) => `${n} نتيجة`,
    pick: 'اختر وثيقة لقراءتها.',
    language: 'English',
  },
  en: {
    appName: 'Marsad',
    tagline: 'Who did what to whom, and when — Arabic news analyzed in your browser',
    documents: 'Documents',
    problems: 'Problems in the files',
    loading: 'Loading the analyzer…',
    analyzing: 'Analyzing the corpus…',
    ready: (n) => `${n} documents analyzed in your browser`,
    failed: 'The analyzer could not start',
    undated: 'undated',
    words: (n) => `${n} words`,
    sentences: (n) => `${n} sentences`,
    search: 'Search the document',
    hits: (n) => `${n} hits`,
    pick: 'Pick a document to read it.',
    language: 'العربية',
  },
};

let current = 'ar';

export function setLanguage(lang) {
  current = strings[lang] ? lang : 'ar';
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
}

export function language() {
  return current;
}

export function t(key, ...args) {
  const value = strings[current][key] ?? strings.ar[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}
