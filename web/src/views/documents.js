// The corpus panel: every analyzed document (open in the reader, remove).
import { clear, el } from '../dom.js';
import { documentName, isolate, ltr, t } from '../i18n.js';

const listRows = 500;  // documents of the list drawn at a time

export function renderCorpusPanel(app, { open, remove }) {
  const list = clear(document.getElementById('document-list'));
  const docs = app.analysis?.documents ?? [];
  list.dataset.documents = String(docs.length);
  const item = (doc) => {
    const title = documentName(doc);
    const meta = [ltr(doc.date) ?? (doc.date_window ? `${t('undated')} (${ltr(`${doc.date_window.from} – ${doc.date_window.to}`)})` : t('undated')),
      // The outlet isolated: a Latin id («aawsat») next to the count would take its digits into
      // its own left-to-right run («611 · aawsat كلمة» in Arabic).
      doc.source ? isolate(doc.source) : null, t('words', doc.words)].filter(Boolean).join(' · ');
    return el('li', { className: 'document-item' },
      el('button', {
        type: 'button', className: 'document-link', dataset: { doc: doc.id },
        'aria-current': app.state.v === 'reader' && app.state.doc === doc.id ? 'true' : 'false',
        onClick: () => open(doc.id),
      },
      el('span', { className: 'document-title', dir: 'auto', text: title }),
      el('span', { className: 'document-meta', text: meta })),
      el('button', { type: 'button', className: 'remove', 'aria-label': t('removeDoc', title), title: t('remove'), onClick: () => remove(doc.id) }, '×'));
  };
  // Thousands of documents: the first are drawn, more on request (the reader opens any).
  const more = el('li', { className: 'document-more' });
  const fill = (limit) => {
    more.remove();
    list.append(...docs.slice(list.children.length, limit).map(item));
    if (docs.length > limit) {
      more.replaceChildren(el('button', { type: 'button', className: 'link', onClick: () => fill(limit + listRows) },
        t('moreDocuments', Math.min(listRows, docs.length - limit), docs.length)));
      list.append(more);
    }
  };
  fill(listRows);
  if (!docs.length) list.append(el('li', { className: 'hint', text: t('emptyCorpus') }));
}
