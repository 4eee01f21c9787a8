// The reader: one document, right-to-left, with the core's spans highlighted:
// actors (by type, with how they were found), dates, event triggers, quotes,
// search hits and the linked passage. Spans are UTF-16 offsets into the text,
// so String.prototype.slice cuts exactly what the core found.
import { clear, el } from '../dom.js';
import { familyColor } from '../colors.js';
import { codeWithLabel, goldsteinLabel } from '../cameo.js';
import { documentName, ltr, t } from '../i18n.js';
import { swatch } from './timeline.js';

// Splits `text` at every span boundary; each piece is a <span> (no span
// covers it) or a <mark> carrying the classes and data of every span that
// covers it. Overlapping and nested spans are fine. Every piece knows its
// offset (data-s), so a selection maps back to offsets.
export function highlighted(text, spans) {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set([0, text.length]);
  const opening = new Map();
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
    opening.set(s.start, [...(opening.get(s.start) ?? []), s]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set();
  const parts = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [p, q] = [points[i], points[i + 1]];
    for (const s of active) if (s.end <= p) active.delete(s);
    for (const s of opening.get(p) ?? []) active.add(s);
    const piece = text.slice(p, q);
    if (!active.size) {
      parts.push(el('span', { dataset: { s: String(p) } }, piece));
      continue;
    }
    const classes = new Set();
    const data = { s: String(p) };
    const titles = [];
    for (const s of active) {
      for (const c of s.className.split(' ')) classes.add(c);
      Object.assign(data, s.data ?? {});
      if (s.title) titles.push(s.title);
    }
    parts.push(el('mark', { className: [...classes].join(' '), dataset: data, title: titles.join(' · ') || undefined }, piece));
  }
  return parts;
}

// Whether a document's url is an http(s) address the page may link to.
export function webAddress(url) {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && /^https?:\/\//i.test(url.trim());
  } catch {
    return false;
  }
}

// The UTF-16 offset in the document of a point inside the rendered text.
function offsetOf(container, node, offset) {
  let element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  if (element === container) {
    const child = container.childNodes[offset] ?? null;
    return child ? Number(child.dataset.s) : container.textContent.length;
  }
  while (element && element.parentElement !== container) element = element.parentElement;
  if (!element?.dataset?.s) return null;
  return Number(element.dataset.s) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

export async function renderReader(root, ctx) {
  const { state, analysis } = ctx;
  let docId = state.doc;
  if (docId && !analysis.documents.some((d) => d.id === docId)) {
    ctx.notice(t('unknownDoc'));
    docId = undefined;
  }
  docId ??= analysis.documents[0]?.id;
  if (!docId) {
    root.append(el('p', { className: 'hint', text: t('pick') }));
    return;
  }
  const [doc, search] = await Promise.all([
    ctx.client.document(docId),
    state.q ? ctx.client.search(state.q) : Promise.resolve({ hits: [] }),
  ]);
  if (ctx.stale()) return;
  const hits = search.hits.filter((h) => h.document === doc.id);
  const hl = state.hl && state.hl.end <= doc.text.length ? state.hl : null;

  // Actors the reader hid (corrections) are plain text here, as they are out of every list.
  const shown = doc.mentions.filter((m) => !ctx.app.actorsById.get(m.actor)?.hidden);
  const spans = [];
  for (const m of shown) {
    const type = ctx.app.actorsById.get(m.actor)?.type ?? 'person';
    spans.push({ start: m.start, end: m.end, className: `mention type-${type} kind-${m.kind}`, data: { actor: m.actor, kind: m.kind }, title: `${ctx.name(m.actor)} (${m.kind}${m.role ? `: ${m.role}` : ''})` });
  }
  for (const x of doc.times) spans.push({ start: x.start, end: x.end, className: 'time', title: `${x.type} ${x.value}` });
  for (const e of doc.events) spans.push({ start: e.trigger.start, end: e.trigger.end, className: 'trigger', data: { code: e.code }, title: `${codeWithLabel(e.code)}: ${ctx.name(e.source)} → ${ctx.name(e.target)} (${t('goldstein')} ${goldsteinLabel(e.goldstein)})` });
  for (const q of doc.quotes) spans.push({ start: q.start, end: q.end, className: 'quote', title: `${t('quotes')}: ${ctx.name(q.speaker)}` });
  for (const h of hits) spans.push({ start: h.start, end: h.end, className: 'hit' });
  if (hl) spans.push({ start: hl.start, end: hl.end, className: 'selected', data: { hl: `${hl.start}-${hl.end}` } });

  const body = el('div', { className: 'document-text', dir: 'rtl', lang: doc.lang || 'ar', dataset: { doc: doc.id }, tabindex: '0', 'aria-label': documentName(doc) },
    highlighted(doc.text, spans));
  body.addEventListener('click', (event) => {
    const mark = event.target.closest('mark[data-actor]');
    if (mark && event.altKey) ctx.navigate({ v: 'actors', actor: mark.dataset.actor });
  });

  // Metadata, with the inferred date window when the document is undated.
  const meta = el('dl', { className: 'metadata' });
  const row = (label, value) => value ? meta.append(el('dt', { text: label }), el('dd', { text: String(value) })) : null;
  row(t('id'), ltr(doc.id));
  row(t('date'), ltr(doc.date) ?? t('undated'));
  row(t('outlet'), doc.source);
  row(t('author'), doc.author);
  row(t('section'), doc.section);
  // The article's address, as a link when it is a web address (anything else stays text).
  if (doc.url) {
    meta.append(el('dt', { text: t('url') }), el('dd', { className: 'document-url' },
      webAddress(doc.url) ? el('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer', dir: 'ltr', text: doc.url })
        : el('span', { dir: 'ltr', text: doc.url })));
  }
  if (!doc.date && doc.date_window) {
    meta.append(el('dt', { text: t('dateWindow') }),
      el('dd', { className: 'date-window' }, ltr(`${doc.date_window.from} – ${doc.date_window.to}`),
        el('ul', {}, (doc.date_window.basis ?? []).map((b) => el('li', { className: 'muted', text: `${t('windowBasis')}: ${b}` })))));
  }

  const searchBox = el('input', { type: 'search', value: state.q ?? '', placeholder: t('searchLabel'), 'aria-label': t('searchLabel') });
  searchBox.addEventListener('change', () => ctx.navigate({ q: searchBox.value.trim() || undefined }, { push: false }));
  const linkButton = el('button', { type: 'button', className: 'button', onClick: () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || !body.contains(selection.anchorNode)) {
      ctx.notice(t('selectFirst'));
      return;
    }
    const range = selection.getRangeAt(0);
    const a = offsetOf(body, range.startContainer, range.startOffset);
    const b = offsetOf(body, range.endContainer, range.endOffset);
    if (a === null || b === null || a === b) {
      ctx.notice(t('selectFirst'));
      return;
    }
    ctx.navigate({ hl: { start: Math.min(a, b), end: Math.max(a, b) } }, { push: false });
  } }, t('linkSelection'));

  const counts = {};
  for (const m of shown) {
    const type = ctx.app.actorsById.get(m.actor)?.type ?? 'person';
    counts[type] = (counts[type] ?? 0) + 1;
  }
  const legend = el('ul', { className: 'legend reader-legend', 'aria-label': t('legend') },
    Object.entries(counts).map(([type, n]) => el('li', {}, el('mark', { className: `mention type-${type}` }, t('kinds')[type] ?? type), ` ${n}`)),
    el('li', {}, el('mark', { className: 'time' }, t('kinds').time), ` ${doc.times.length}`),
    el('li', {}, el('mark', { className: 'trigger' }, t('kinds').trigger), ` ${doc.events.length}`),
    el('li', {}, el('mark', { className: 'quote' }, t('kinds').quote), ` ${doc.quotes.length}`),
    hits.length ? el('li', {}, el('mark', { className: 'hit' }, t('kinds').hit), ` ${hits.length}`) : null);

  const eventsList = el('ol', { className: 'reader-events' }, doc.events.map((e) => el('li', {},
    swatch(familyColor(e.code.slice(0, 2))),
    el('button', {
      type: 'button', className: 'link', dataset: { code: e.code },
      'aria-current': hl && hl.start === e.sentence.start && hl.end === e.sentence.end ? 'true' : 'false',
      onClick: () => ctx.navigate({ hl: { start: e.sentence.start, end: e.sentence.end } }, { push: false }),
    }, `${ltr(e.date) ?? t('undated')} · ${ctx.name(e.source)} → ${ctx.name(e.target)} · ${codeWithLabel(e.code)} · ${t('goldstein')} ${goldsteinLabel(e.goldstein)}`),
    el('span', { className: 'muted', dir: 'rtl', lang: 'ar', text: ` «${doc.text.slice(e.trigger.start, e.trigger.end)}»` }))));

  root.append(
    el('div', { className: 'reader-layout' },
      el('article', { className: 'reader' },
        el('header', { className: 'reader-head' },
          el('h2', { dir: 'rtl', lang: 'ar', text: documentName(doc) }),
          el('p', { className: 'document-meta', text: [ltr(doc.date) ?? (doc.date_window ? `${t('undated')} ≈ ${ltr(`${doc.date_window.from} – ${doc.date_window.to}`)}` : t('undated')), doc.source, doc.author, t('sentences', doc.sentences.length)].filter(Boolean).join(' · ') }),
          el('p', { className: 'reader-search' }, searchBox, el('span', { className: 'hit-count', text: state.q ? t('hits', hits.length) : '' }), linkButton)),
        legend, body),
      el('aside', { className: 'reader-side' },
        el('h3', { text: t('metadata') }), meta,
        el('h3', { text: `${t('eventsInDoc')} (${doc.events.length})` }), eventsList)));

  root.addEventListener('rendered', () => {
    const first = body.querySelector('mark.selected') ?? body.querySelector('mark.hit');
    first?.scrollIntoView({ block: 'center' });
  }, { once: true });
  for (const link of document.querySelectorAll('.document-link'))
    link.setAttribute('aria-current', link.dataset.doc === doc.id ? 'true' : 'false');
}
