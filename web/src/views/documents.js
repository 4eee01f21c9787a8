// The document list: title (or id), date and source of each analyzed document.
import { clear, el } from '../dom.js';
import { t } from '../i18n.js';

export function renderDocuments(list, documents, onOpen) {
  clear(list);
  for (const doc of documents) {
    const meta = [doc.date ?? t('undated'), doc.source, t('words', doc.words)].filter(Boolean).join(' · ');
    list.append(
      el('li', {},
        el('button', { type: 'button', className: 'document-link', dataset: { doc: doc.id }, onClick: () => onOpen(doc.id) },
          el('span', { className: 'document-title', text: doc.title || doc.id }),
          el('span', { className: 'document-meta', text: meta }))));
  }
}

export function renderProblems(section, list, problems) {
  clear(list);
  for (const p of problems) {
    const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
    list.append(el('li', { className: p.warning ? 'warning' : 'error' }, el('code', { text: where }), ' ', p.message));
  }
  section.hidden = problems.length === 0;
}
