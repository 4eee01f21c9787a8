// Actors: the list (type, mention count, a sparkline over time) and a profile
// (names and variants, dated roles, quotes, top relations, every mention with
// a link to the reader).
import { goldsteinLabel } from '../cameo.js';
import { goldsteinColor } from '../colors.js';
import { actorTypes } from '../corrections.js';
import { el, svg } from '../dom.js';
import { fold, matchRank } from '../fold.js';
import { isolate, language, ltr, t } from '../i18n.js';
import { picker } from '../picker.js';
import { actorItems } from './actor-items.js';
import { roleText } from '../roles.js';
import { shownParams } from './shown.js';
import { swatch } from './timeline.js';

function typeLabel(type) {
  return t('types')[type] ?? type;
}

function sparkline(series, axis, { width = 120, height = 26, label }) {
  const counts = axis.map((p) => series.find((s) => s.period === p)?.count ?? 0);
  const max = Math.max(1, ...counts);
  const step = width / Math.max(1, axis.length);
  const node = svg('svg', { viewBox: `0 0 ${width} ${height}`, className: 'sparkline', role: 'img', 'aria-label': label, dir: 'ltr' });
  counts.forEach((c, i) => {
    const h = (c / max) * (height - 2);
    node.append(svg('rect', { x: i * step + 1, y: height - h, width: Math.max(1, step - 2), height: Math.max(c ? 1 : 0, h), fill: '#0b5d6b' },
      svg('title', {}, `${axis[i]}: ${c}`)));
  });
  node.append(svg('line', { x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5, stroke: '#c9c4b8', 'stroke-width': 1 }));
  return node;
}

const sparklines = 200;
const listRows = 300;  // rows of the actor list drawn at a time

// The sparklines' series of an analysis: one "mentions" query answers the 200
// most mentioned actors in one pass over the corpus (200 actor profiles, every
// mention of each written out, took 3.5 s of this view's first visit on 1,000
// bench articles). Mentions do not depend on the events shown; a new analysis
// (files added or removed, a published site's chunks) is a new object, which
// drops them.
const sparklineCache = new WeakMap();

async function sparklineAnswers(ctx, listed) {
  if (!sparklineCache.has(ctx.analysis)) {
    const answer = await ctx.client.query('mentions', { ids: listed.slice(0, sparklines).map((a) => a.id), period: 'year' });
    sparklineCache.set(ctx.analysis, answer.actors.map((a) => ({ mentions_over_time: a.mentions_over_time })));
  }
  return sparklineCache.get(ctx.analysis);
}

export async function renderActors(root, ctx) {
  const { state, analysis } = ctx;
  const ranked = analysis.actors.filter((a) => a.mentions > 0).sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  // Hidden actors (the reader's correction) are listed apart, to show them again.
  const listed = ranked.filter((a) => !a.hidden);
  const hidden = ranked.filter((a) => a.hidden);
  const shown = shownParams(state);
  // Sparklines for the most mentioned only: one query an actor, and a large
  // corpus (or a published one's chunks) names thousands.
  const answers = await sparklineAnswers(ctx, listed);
  let profile = null;
  if (state.actor) {
    profile = await ctx.client.query('actor', { id: state.actor, period: 'month', ...shown }).catch((error) => ({ error: error.message }));
  }
  // The bodies and places its roles name that this corpus does not mention
  // (Haftar commands «operation_dignity»): named from the knowledge base.
  const roleNames = new Map();
  const unnamed = [...new Set((profile?.roles ?? []).flatMap((r) => [r.of, r.at]).filter((id) => id && !ctx.app.actorsById.has(id)))];
  if (unnamed.length) {
    const found = await ctx.client.queries(unnamed.map((id) => ({ kind: 'actor', params: { id, period: 'year' } })));
    found.forEach((a, i) => {
      const name = language() === 'en' ? a?.name?.en || a?.name?.ar : a?.name?.ar || a?.name?.en;
      if (name) roleNames.set(unnamed[i], name);
    });
  }
  if (ctx.stale()) return;
  const axis = [...new Set(answers.flatMap((a) => (a.mentions_over_time ?? []).map((m) => m.period)))]
    .filter((p) => p !== 'undated').sort();

  const filter = el('input', { type: 'search', className: 'actor-filter', placeholder: t('filterActors'), 'aria-label': t('filterActors') });
  const row = (a, i) => {
    const info = answers[i] ?? {};
    const name = ctx.name(a.id);
    return el('li', { dataset: { actor: a.id } },
      el('button', {
        type: 'button', className: 'actor-row', 'aria-current': state.actor === a.id ? 'true' : 'false',
        onClick: () => ctx.navigate({ actor: a.id }),
      },
      el('span', { className: 'actor-name', text: name }),
      el('span', { className: 'actor-type', text: typeLabel(a.type) }),
      el('span', { className: 'actor-count', text: String(a.mentions) }),
      // Past the most mentioned, no series was asked: an empty cell, not an empty chart.
      i < sparklines ? sparkline(info.mentions_over_time ?? [], axis, { label: `${t('mentionsOverTime')}: ${name}` })
        : el('span', { className: 'sparkline', 'aria-hidden': 'true' })));
  };
  // A large corpus names thousands of actors: the list draws the most mentioned
  // (and the one shown), more on request, and the filter searches them all.
  const list = el('ul', { className: 'actor-list' });
  const more = el('button', { type: 'button', className: 'link more-actors' });
  let limit = listRows;
  let keys = null;  // each listed actor's folded names, made at the first filtering
  const fill = () => {
    const q = fold(filter.value);
    if (q && !keys) keys = listed.map((a) => fold(`${ctx.name(a.id)} ${a.name?.ar ?? ''} ${a.name?.en ?? ''} ${a.id}`));
    const matching = [];
    listed.forEach((a, i) => { if (!q || matchRank(keys[i], q)) matching.push(i); });
    const rows = matching.slice(0, limit);
    const current = listed.findIndex((a) => a.id === state.actor);
    if (!q && current >= limit) rows.push(current);
    list.replaceChildren(...rows.map((i) => row(listed[i], i)));
    more.hidden = matching.length <= limit;
    more.textContent = t('moreActors', Math.min(listRows, matching.length - limit), matching.length);
  };
  more.addEventListener('click', () => { limit += listRows; fill(); });
  // Spelling folded as the core folds it (hamza, alef, ta marbuta, ya, diacritics).
  filter.addEventListener('input', () => { limit = listRows; fill(); });
  fill();

  const hiddenList = hidden.length ? el('details', { className: 'hidden-actors' },
    el('summary', { text: t('hiddenActors', hidden.length) }),
    el('ul', {}, hidden.map((a) => el('li', { dataset: { actor: a.id } },
      el('button', { type: 'button', className: 'link', onClick: () => ctx.navigate({ actor: a.id }) }, ctx.name(a.id)))))) : null;
  const side = el('section', { className: 'actor-index', 'aria-label': t('actors') },
    el('p', { className: 'muted', text: ltr(`${axis[0] ?? ''} – ${axis[axis.length - 1] ?? ''}`) }), filter, list, more, hiddenList);
  const main = el('section', { className: 'actor-profile', 'aria-live': 'polite' });
  if (!profile) main.append(el('p', { className: 'hint', text: t('pickActor') }));
  else if (profile.error) main.append(el('p', { className: ctx.foreignLink ? 'hint' : 'error', text: ctx.foreignLink ? t('pickActor') : t('unknownActor', state.actor) }));
  else renderProfile(main, profile, ctx, (id) => roleNames.get(id) ?? ctx.name(id));
  root.append(el('h2', { className: 'view-title', text: t('actors') }), el('div', { className: 'actors-layout' }, side, main));
  if (!ctx.app.published) root.append(correctionsList(ctx));
}

// What the reader corrected, each undoable, and the file to keep them.
function correctionsList(ctx) {
  const list = ctx.app.corrections;
  // An actor by its name in the page's language; one merged away, as it was named when corrected.
  const named = (id, label) => isolate(ctx.app.actorsById.has(id) ? ctx.name(id) : label || id.replace(/^new:/, '').replace(/_/g, ' '));
  const describe = (c) => {
    const who = named(c.id, c.label);
    if (c.op === 'rename') return t('correctionRename', who, [c.ar, c.en].filter(Boolean).map(isolate).join(' / '));
    if (c.op === 'type') return t('correctionType', who, typeLabel(c.type));
    if (c.op === 'hide') return t(c.hidden === false ? 'correctionShow' : 'correctionHide', who);
    return t('correctionMerge', who, named(c.into, c.intoLabel));
  };
  return el('section', { className: 'corrections' },
    el('h3', { text: t('corrections') }),
    list.length ? el('ol', { className: 'correction-list' }, list.map((c, i) => el('li', { dataset: { op: c.op } },
      el('span', { text: describe(c) }), ' ',
      el('button', { type: 'button', className: 'link undo', 'aria-label': `${t('undo')}: ${describe(c)}`,
        onClick: () => ctx.correct({ undo: i }) }, t('undo'))))) :
      el('p', { className: 'hint', text: t('noCorrections') }),
    list.length ? el('button', { type: 'button', className: 'button download-corrections', onClick: () => ctx.downloadCorrections() }, t('downloadCorrections')) : null,
    el('p', { className: 'hint', text: t('correctionsHint') }));
}

// A group of fields and its button (no <form>: the page builds none, and a
// form in a page of untrusted text is what its checks look for); Enter in a
// text field of it presses the button.
function group(className, button, ...fields) {
  const node = el('div', { className, role: 'group' }, ...fields, button);
  node.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.target.localName !== 'input' || event.target.getAttribute('role') === 'combobox') return;
    event.preventDefault();
    button.click();
  });
  return node;
}

// The profile's corrections: rename, retype, merge into another actor, hide.
// Each analyzes the corpus again with the page's corrections file.
function correctionForm(p, ctx) {
  const id = p.id;
  const actor = ctx.app.actorsById.get(id) ?? p;
  const busy = (form) => { for (const c of form.querySelectorAll('button, input, select')) c.disabled = true; };
  const run = async (form, op) => {
    busy(form);
    op.label = ctx.name(id);
    if (op.into) op.intoLabel = ctx.name(op.into);
    await ctx.correct({ add: op }, id);  // analyzed again, and drawn on the actor that stands for it
  };
  const ar = el('input', { type: 'text', dir: 'rtl', lang: 'ar', className: 'rename-ar', 'aria-label': t('nameAr'), value: ctx.app.actorsById.get(id)?.display || actor.name?.ar || '' });
  const en = el('input', { type: 'text', dir: 'ltr', lang: 'en', className: 'rename-en', 'aria-label': t('nameEn'), value: actor.name?.en ?? '' });
  const rename = group('correct-rename', el('button', { type: 'button', className: 'button', onClick: () => {
    const [a, e] = [ar.value.trim(), en.value.trim()];
    if (a || e) run(rename, { op: 'rename', id, ar: a, en: e });
  } }, t('rename')),
  el('label', { className: 'field' }, el('span', { text: t('nameAr') }), ar),
  el('label', { className: 'field' }, el('span', { text: t('nameEn') }), en));
  const type = el('select', { className: 'retype', 'aria-label': t('actorType') },
    actorTypes.map((x) => el('option', { value: x, selected: x === p.type }, typeLabel(x))));
  const retype = group('correct-type', el('button', { type: 'button', className: 'button', onClick: () => {
    if (type.value !== p.type) run(retype, { op: 'type', id, type: type.value });
  } }, t('retype')),
  el('label', { className: 'field' }, el('span', { text: t('actorType') }), type));
  let into = '';
  const others = actorItems(ctx, ctx.analysis.actors).filter((x) => x.value !== id);
  const mergeButton = el('button', { type: 'button', className: 'button', disabled: true, onClick: () => { if (into) run(merge, { op: 'merge', id, into }); } }, t('merge'));
  const merge = group('correct-merge', mergeButton,
    picker({ label: t('sameAs'), items: others, value: '', name: 'merge', onChange: (v) => { into = v; mergeButton.disabled = !v; } }));
  const hide = group('correct-hide', el('button', { type: 'button', className: 'button', onClick: () => run(hide, { op: 'hide', id, hidden: !actor.hidden }) },
    t(actor.hidden ? 'showActor' : 'hideActor')));
  hide.append(el('span', { className: 'hint', text: t(actor.hidden ? 'hiddenNow' : 'hideHint') }));
  return el('details', { className: 'correct-actor', open: !!actor.hidden },
    el('summary', { text: t('correctActor') }),
    el('p', { className: 'hint', text: t('correctHint') }), rename, retype, merge, hide);
}

function renderProfile(main, p, ctx, roleName) {
  const other = language() === 'en' ? ctx.app.actorsById.get(p.id)?.display || p.name?.ar : p.name?.en;
  const open = (m) => ctx.navigate({ v: 'reader', doc: m.document, hl: { start: m.start, end: m.end } });
  const periods = (p.mentions_over_time ?? []).map((m) => m.period).filter((x) => x !== 'undated');
  const undated = p.mentions_over_time?.find((m) => m.period === 'undated');
  main.append(...[
    el('h3', { className: 'profile-name', text: ctx.name(p.id) }),
    other ? el('p', { className: 'muted', text: other }) : null,
    el('p', { className: 'profile-meta', text: [typeLabel(p.type), p.state ? ctx.name(p.state) : null,
      p.affiliation ? ctx.name(p.affiliation) : null, p.in_kb ? null : t('notInKb'), `${t('mentions')}: ${p.mention_count}`,
      ctx.app.actorsById.get(p.id)?.hidden ? t('hiddenMark') : null].filter(Boolean).join(' · ') })].filter(Boolean));
  if (!ctx.app.published) main.append(correctionForm(p, ctx));
  if (periods.length) {
    main.append(el('h4', { text: t('mentionsOverTime') }),
      el('div', { className: 'profile-spark' }, sparkline(p.mentions_over_time, periods, { width: 320, height: 60, label: t('mentionsOverTime') }),
        // Its axes in words: the period each bar stands for, from first to last, and the tallest bar's count.
        el('span', { className: 'muted spark-axes', text: [t('sparkAxes', Math.max(0, ...p.mentions_over_time.filter((s) => periods.includes(s.period)).map((s) => s.count))),
          ltr(`${periods[0]} – ${periods[periods.length - 1]}`), undated ? `${t('undated')}: ${undated.count}` : null].filter(Boolean).join(' · ') })));
  }
  if (p.roles?.length) {
    main.append(el('h4', { text: t('roles') }), el('ul', { className: 'roles' }, p.roles.map((r) =>
      el('li', { text: `${roleText(r, roleName)} (${ltr(`${r.from ?? '…'} – ${r.to ?? '…'}`)})`, dataset: { role: r.title } }))));
  }
  if (p.names_seen?.length) {
    main.append(el('h4', { text: t('namesSeen') }), el('p', { dir: 'rtl', lang: 'ar' },
      p.names_seen.slice().sort((a, b) => b.count - a.count).map((n) => el('span', { className: 'name-chip', text: `${n.text} ×${n.count}` }))));
  }
  if (p.variants?.length) {
    main.append(el('h4', { text: t('variants') }), el('p', {},
      [...new Set(p.variants)].map((v) => el('span', { className: 'name-chip', text: v }))));
  }
  if (p.quotes?.length) {
    main.append(el('h4', { text: t('quotes') }), el('ul', { className: 'quotes' }, p.quotes.map((q) => el('li', {},
      el('blockquote', { dir: 'rtl', lang: 'ar', text: q.text }),
      el('button', { type: 'button', className: 'link', onClick: () => open(q) }, `${ctx.title(q.document)}`)))));
  }
  if (p.relations?.length) {
    const top = p.relations.slice().sort((a, b) => (b.out + b.in) - (a.out + a.in)).slice(0, 12);
    main.append(el('h4', { text: t('relations') }), el('ul', { className: 'relations' }, top.map((r) => el('li', {},
      swatch(goldsteinColor(r.mean_goldstein)),
      el('button', { type: 'button', className: 'link', onClick: () => ctx.navigate({ v: 'relation', a: p.id, b: r.actor }) },
        `${ctx.name(r.actor) || r.name}`),
      el('span', { className: 'muted', title: t('goldsteinScale'), text: ` ${t('outIn', r.out, r.in)} · ${t('meanGoldstein')} ${goldsteinLabel(r.mean_goldstein)}` })))));
  }
  if (p.mentions?.length) {
    const byDoc = new Map();
    for (const m of p.mentions) byDoc.set(m.document, [...(byDoc.get(m.document) ?? []), m]);
    main.append(el('h4', { text: `${t('allMentions')} (${p.mentions.length})` }),
      ...[...byDoc].map(([doc, ms]) => el('div', { className: 'mention-group' },
        el('p', { className: 'muted', text: ctx.title(doc) }),
        el('p', { className: 'mentions', dir: 'rtl', lang: 'ar' }, ms.map((m) =>
          el('button', { type: 'button', className: 'mention-link', title: m.kind, dataset: { kind: m.kind }, onClick: () => open(m) }, m.text))))));
  }
}
