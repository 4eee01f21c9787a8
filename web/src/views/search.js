// Search: the core's normalized, clitic-aware search over the whole corpus,
// as keyword-in-context lines; a click opens the reader at that hit.
import { el } from '../dom.js';
import { dateLabel, t } from '../i18n.js';

export async function renderSearch(root, ctx) {
  const { state } = ctx;
  const query = state.q ?? '';
  const result = query ? await ctx.client.search(query) : null;
  if (ctx.stale()) return;

  const input = el('input', { type: 'search', name: 'q', value: query, placeholder: 'حفتر', 'aria-label': t('searchLabel'), dir: 'auto' });
  const form = el('form', { className: 'search-form', role: 'search' },
    el('label', { className: 'field' }, el('span', { text: t('searchLabel') }), input),
    el('button', { type: 'submit', className: 'button' }, t('searchButton')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.navigate({ q: input.value.trim() || undefined }, { push: false });
  });
  root.append(el('h2', { className: 'view-title', text: t('search') }), form);
  if (!result) return;

  root.append(el('p', { className: 'chart-summary' },
    t('hits', result.total), result.normalized && result.normalized !== result.query ? ` · ${t('normalized')}: ` : '',
    result.normalized && result.normalized !== result.query ? el('bdi', { text: result.normalized }) : ''));
  const byDoc = new Map();
  for (const hit of result.hits) byDoc.set(hit.document, [...(byDoc.get(hit.document) ?? []), hit]);
  for (const [doc, hits] of byDoc) {
    // Each article with its date and outlet, to tell reports of one story apart.
    const meta = ctx.analysis.documents.find((d) => d.id === doc);
    const when = meta?.date ? dateLabel(meta.date) : meta?.date_window ? `${t('undated')} ≈ ${dateLabel(meta.date_window.from)} – ${dateLabel(meta.date_window.to)}` : t('undated');
    root.append(el('section', { className: 'kwic-group', dataset: { doc } },
      el('h3', { dir: 'auto', text: `${ctx.title(doc)} (${hits.length})` }),
      el('p', { className: 'muted kwic-meta', text: [when, meta?.source].filter(Boolean).join(' · ') }),
      el('ol', { className: 'kwic' }, hits.map((hit) => el('li', {},
        el('button', {
          type: 'button', className: 'kwic-line', dir: 'rtl', lang: 'ar',
          'aria-label': `${hit.left}${hit.text}${hit.right}`,
          onClick: () => ctx.navigate({ v: 'reader', doc: hit.document, hl: { start: hit.start, end: hit.end }, q: query }),
        },
        el('span', { className: 'kwic-left', text: hit.left }),
        el('mark', { className: 'hit', text: hit.text }),
        el('span', { className: 'kwic-right', text: hit.right })))))));
  }
}
