// The reader: one document, right-to-left, with the core's spans highlighted.
// Spans are UTF-16 offsets into the text, so String.prototype.slice cuts
// exactly what the core found.
import { clear, el } from '../dom.js';
import { t } from '../i18n.js';

// Splits `text` into text nodes and <mark>s for non-overlapping sorted spans.
export function highlighted(text, spans) {
  const parts = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(el('mark', { className: span.className, title: span.title }, text.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export function renderReader(container, doc, { query = '', hits = [], onSearch } = {}) {
  clear(container);
  if (!doc) {
    container.append(el('p', { className: 'hint', text: t('pick') }));
    return;
  }
  const meta = [doc.date ?? t('undated'), doc.source, doc.author, t('sentences', doc.sentences.length)]
    .filter(Boolean).join(' · ');
  const search = el('input', { type: 'search', value: query, placeholder: t('search'), 'aria-label': t('search') });
  search.addEventListener('change', () => onSearch?.(search.value));
  const spans = hits.map((h) => ({ start: h.start, end: h.end, className: 'hit' }));
  container.append(
    el('header', { className: 'reader-head' },
      el('h2', { text: doc.title || doc.id }),
      el('p', { className: 'document-meta', text: meta }),
      el('p', { className: 'reader-search' }, search, el('span', { className: 'hit-count', text: query ? t('hits', hits.length) : '' }))),
    el('div', { className: 'document-text', dir: 'rtl', lang: doc.lang || 'ar', dataset: { doc: doc.id } },
      highlighted(doc.text, spans)));
}
