// Timeline: events over time as points (undated documents' events as spans
// over their date window), y = Goldstein (cooperative up, conflictual down),
// coloured by event family; filters by actor, family, outlet and document;
// zoom and pan with buttons, wheel, drag and keys; click → the reader.
import { bulkPeriod, chartPoints, chartWidth, dateEnd, dateMid, dateStart, FONT, goldsteinScale, instantOf, isoDay, placeable, timeScale, timeTicks } from '../chart.js';
import { chartKeys } from '../chart-keys.js';
import { codeLabel, codeWithLabel, goldsteinLabel } from '../cameo.js';
import { familyColor, goldsteinColor } from '../colors.js';
import { clear, el, select, svg } from '../dom.js';
import { chartText, documentName, isolate, language, ltr, num, t, tickLabel } from '../i18n.js';
import { actorItems } from './actor-items.js';
import { picker, pickerItems } from '../picker.js';
import { shownParams, shownToggles } from './shown.js';
import { helpText } from './help.js';

const H = 430;
const M = { left: 72, right: 20, top: 18, bottom: 50 };
const DAY = 86400000;
const listRows = 200;  // events of the list drawn at a time
const mergeAbove = 1000;  // events on the chart past which those of one day, family and score are one point

const familyLabel = (code) => codeLabel(code);

// The documents as picker items (a corpus may hold thousands: a list box, not a
// select of every title), folded once per analysis.
const documentPickers = new WeakMap();
function documentItems(analysis) {
  if (!documentPickers.has(analysis)) {
    documentPickers.set(analysis, pickerItems(analysis.documents.map((d) => ({
      value: d.id, label: documentName(d), hint: [d.date, d.source].filter(Boolean).join(' · '), search: d.id,
    }))));
  }
  return documentPickers.get(analysis);
}

export async function renderTimeline(root, ctx) {
  const { state, analysis } = ctx;
  const shown = shownParams(state);
  const params = { ...shown };
  if (state.actor) params.actor = state.actor;
  if (state.actor && state.solo) params.affiliated = false;  // the actor's own events only
  if (state.fam) params.family = state.fam;
  if (state.outlet) params.outlet = state.outlet;
  if (state.fdoc) params.document = state.fdoc;
  const result = await ctx.client.query('timeline', params);
  const all = state.actor || state.fam || state.outlet || state.fdoc ? await ctx.client.query('timeline', shown) : result;
  if (ctx.stale()) return;

  // Filters.
  const familyCodes = [...new Set(all.events.map((e) => e.family))].sort();
  const outlets = all.outlets ?? [];
  const filters = el('div', { className: 'filters', role: 'group', 'aria-label': t('timeline') },
    picker({ label: t('actor'), name: 'actor', items: actorItems(ctx, analysis.actors, state.actor), value: state.actor ?? '', empty: t('all'),
      onChange: (v) => ctx.navigate({ actor: v, solo: undefined }, { push: false }) }),
    select(t('family'), [{ value: '', label: t('all') }, ...familyCodes.map((c) => ({ value: c, label: familyLabel(c) }))],
      state.fam ?? '', (v) => ctx.navigate({ fam: v }, { push: false })),
    select(t('outlet'), [{ value: '', label: t('all') }, ...outlets.map((o) => ({ value: o, label: o }))],
      state.outlet ?? '', (v) => ctx.navigate({ outlet: v }, { push: false })),
    picker({ label: t('document'), name: 'document', items: documentItems(analysis), value: state.fdoc ?? '', empty: t('all'),
      onChange: (v) => ctx.navigate({ fdoc: v }, { push: false }) }),
    shownToggles(ctx));
  const affiliation = affiliatedNote(result, ctx);

  // The whole period the data covers: every placeable event of the unfiltered
  // timeline, or (when none is) the documents' dates and windows; a date the
  // axis cannot place (none the core writes) is left out, never drawn at NaN.
  const events = result.events;
  const placed = events.filter((e) => (e.date ? placeable(e.date) : e.window && placeable(e.window.from) && placeable(e.window.to)));
  const unplaced = events.length - placed.length - events.filter((e) => !e.date && !e.window).length;
  const extent = (dates) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const [from, to] of dates) {
      if (!placeable(from) || !placeable(to)) continue;
      lo = Math.min(lo, dateStart(from));
      hi = Math.max(hi, dateEnd(to));
    }
    return [lo, hi];
  };
  let [lo, hi] = extent(all.events.flatMap((e) => [e.date ? [e.date, e.date] : null, e.window ? [e.window.from, e.window.to] : null]).filter(Boolean));
  if (!Number.isFinite(lo))
    [lo, hi] = extent(analysis.documents.flatMap((d) => [d.date ? [d.date, d.date] : null, d.date_window ? [d.date_window.from, d.date_window.to] : null]).filter(Boolean));
  if (!Number.isFinite(lo)) {  // nothing dated at all: this year, for an empty chart
    const year = new Date().getUTCFullYear();
    [lo, hi] = [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  }
  const pad = Math.max((hi - lo) * 0.02 + DAY, (14 * DAY - (hi - lo)) / 2);  // a fortnight at least
  const full = [lo - pad, hi + pad];
  // The period shown first (and by «0»): the whole, unless a few events far from
  // the rest (a visit of 2011 in news of 2015, not old enough to be history)
  // would make the rest a sliver — then the shortest period holding nine events
  // in ten, the summary saying how many are outside, with a button for the
  // whole period. With history asked for, the whole.
  const home = state.hist ? full : bulkPeriod(placed, full);
  let domain = [state.from ? dateStart(state.from) : home[0], state.to ? dateEnd(state.to) : home[1]];
  if (!(domain[1] - domain[0] > DAY)) domain = home.slice();

  const W = chartWidth();
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, className: 'chart timeline-chart', role: 'group', tabindex: '0', dir: 'ltr', direction: 'ltr',
    'aria-label': `${t('timeline')}: ${t('events', events.length)}. ${t('timelineHelp')}`,
    'font-family': FONT, 'font-size': '12',
  });
  const summary = el('p', { className: 'chart-summary', text: `${t('events', result.total)}${unplaced ? ` · ${t('unplaced', unplaced)}` : ''}` });

  // d3's scales: time (UTC, proportional) across, Goldstein up; x follows the domain as it zooms and pans.
  let x = timeScale(domain, [M.left, W - M.right]);
  const y = goldsteinScale(M.top, H - M.bottom);

  function open(e) {
    const r = e.reports[0];
    if (r) ctx.navigate({ v: 'reader', doc: r.document, hl: { start: r.sentence.start, end: r.sentence.end } });
  }

  function eventLabel(e) {
    const when = e.date ?? (e.window ? `${e.window.from} – ${e.window.to}` : t('undated'));
    return `${when}: ${ctx.name(e.source) || e.source_name} → ${ctx.name(e.target) || e.target_name}, ${codeWithLabel(e.code)}, ${t('goldstein')} ${goldsteinLabel(e.goldstein)}`;
  }

  function draw() {
    x = timeScale(domain, [M.left, W - M.right]);
    const outside = placed.filter((e) => instantOf(e) < domain[0] || instantOf(e) > domain[1]).length;
    summary.replaceChildren(`${t('events', result.total)}${unplaced ? ` · ${t('unplaced', unplaced)}` : ''}${outside ? ` · ${t('outsidePeriod', outside)} ` : ''}`,
      ...(outside ? [el('button', { type: 'button', className: 'link whole-period', onClick: () => setDomain(full.slice()) }, t('wholePeriod'))] : []));
    clear(chart);
    chart.append(svg('defs', {}, svg('clipPath', { id: 'timeline-clip' },
      svg('rect', { x: M.left, y: 0, width: W - M.left - M.right, height: H }))));
    chart.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
    // Cooperative and conflictual halves.
    chart.append(svg('rect', { x: M.left, y: y(10), width: W - M.left - M.right, height: y(0) - y(10), fill: '#eef6f5' }));
    chart.append(svg('rect', { x: M.left, y: y(0), width: W - M.left - M.right, height: y(-10) - y(0), fill: '#fbefef' }));
    for (const g of y.ticks(4)) {
      chart.append(svg('line', { x1: M.left, x2: W - M.right, y1: y(g), y2: y(g), stroke: g === 0 ? '#5a6070' : '#d6d2c8', 'stroke-width': g === 0 ? 1.2 : 0.6 }));
      chart.append(svg('text', { x: M.left - 6, y: y(g) + 4, 'text-anchor': 'end', fill: '#4a4f5c' }, g > 0 ? `+${g}` : String(g)));
    }
    chart.append(svg('text', { x: W - M.right - 6, y: y(10) + 14, 'text-anchor': 'end', fill: '#00665e', 'font-weight': '600' }, `▲ ${t('cooperative')}`));
    chart.append(svg('text', { x: W - M.right - 6, y: y(-10) - 22, 'text-anchor': 'end', fill: '#a4161a', 'font-weight': '600' }, `▼ ${t('conflictual')}`));
    // The time scale's ticks (years, months, weeks or days) whose labels fit, few on a phone.
    const ticks = timeTicks(x, (at, unit) => chartText(tickLabel(at, unit)), { max: W < 600 ? 4 : Infinity, bounds: [2, W - 2] });
    for (const tick of ticks) {
      chart.append(svg('line', { x1: tick.x, x2: tick.x, y1: M.top, y2: H - M.bottom, stroke: '#ebe8e1', 'stroke-width': 0.6 }));
      chart.append(svg('line', { x1: tick.x, x2: tick.x, y1: H - M.bottom, y2: H - M.bottom + 4, stroke: '#5a6070', 'stroke-width': 1 }));
      chart.append(svg('text', { x: tick.x, y: H - M.bottom + 17, 'text-anchor': 'middle', fill: '#4a4f5c', className: 'tick', dataset: { at: isoDay(tick.at) } }, tick.label));
    }
    axisTitles(chart, t('axisDate'), { width: W, height: H });
    const plot = svg('g', { 'clip-path': 'url(#timeline-clip)' });
    chart.append(plot);
    // Document date windows, as bands along the bottom.
    (result.windows ?? []).filter((w) => placeable(w.from) && placeable(w.to)).forEach((w, i) => {
      const x0 = x(dateStart(w.from));
      const x1 = x(dateEnd(w.to));
      const yy = H - M.bottom - 10 - i * 10;
      plot.append(svg('line', { x1: x0, x2: x1, y1: yy, y2: yy, stroke: '#9aa0ac', 'stroke-width': 4, 'stroke-linecap': 'round', opacity: 0.6 },
        svg('title', {}, `${t('dateWindow')}: ${w.title || w.document} ${w.from} – ${w.to} (${(w.basis ?? []).join('; ')})`)));
    });
    // Events: undated ones as spans over their window, dated ones as points
    // (on a large corpus, those of one day, family and score as one larger point).
    const rows = new Map();
    for (const same of chartPoints(placed, mergeAbove)) {
      const e = same[0];
      const colour = familyColor(e.family);
      const label = same.length > 1 ? `${t('events', same.length)}: ${same.slice(0, 5).map(eventLabel).join('; ')}${same.length > 5 ? '…' : ''}` : eventLabel(e);
      const item = svg('g', {
        className: same.length > 1 ? 'event merged' : 'event', tabindex: '-1', role: 'button', 'aria-label': label,
        dataset: { eventId: e.id, code: e.code, date: e.date ?? '', source: e.source, target: e.target, count: String(same.length),
          at: String(e.date ? dateMid(e.date) : dateStart(e.window.from)) },
        onClick: () => open(e),
        onKeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(e); } },
      }, svg('title', {}, label));
      if (!e.date && e.window) {
        const key = `${e.window.from}|${e.goldstein}`;
        const row = rows.get(key) ?? 0;
        rows.set(key, row + 1);
        const yy = y(e.goldstein) - row * 7;
        item.append(svg('line', {
          x1: x(dateStart(e.window.from)), x2: x(dateEnd(e.window.to)), y1: yy, y2: yy,
          stroke: colour, 'stroke-width': 5, 'stroke-linecap': 'round', opacity: 0.75,
        }));
        item.classList.add('span');
      } else if (e.date) {
        const cx = x(dateMid(e.date));
        if (e.approximate && e.window)
          item.append(svg('line', { x1: x(dateStart(e.window.from)), x2: x(dateEnd(e.window.to)), y1: y(e.goldstein), y2: y(e.goldstein), stroke: colour, 'stroke-width': 1, 'stroke-dasharray': '3 3' }));
        item.append(svg('circle', {
          cx, cy: y(e.goldstein), r: 7 + Math.min(6, Math.log2(same.length)), fill: e.approximate ? '#ffffff' : colour, stroke: colour, 'stroke-width': 2.5,
        }));
      } else continue;
      plot.append(item);
    }
  }

  function setDomain(next) {
    const min = 7 * DAY;
    let [a, b] = next;
    if (b - a < min) { const c = (a + b) / 2; a = c - min / 2; b = c + min / 2; }
    const span = full[1] - full[0];
    if (b - a > span * 4) { a = full[0] - span * 1.5; b = full[1] + span * 1.5; }
    domain = [a, b];
    draw();
    const atFull = Math.abs(a - home[0]) < DAY && Math.abs(b - home[1]) < DAY;
    ctx.replace({ from: atFull ? undefined : isoDay(a), to: atFull ? undefined : isoDay(b - 1) });
  }
  const zoom = (factor, at = (domain[0] + domain[1]) / 2) =>
    setDomain([at - (at - domain[0]) * factor, at + (domain[1] - at) * factor]);
  const pan = (fraction) => {
    const d = (domain[1] - domain[0]) * fraction;
    setDomain([domain[0] + d, domain[1] + d]);
  };

  chart.addEventListener('wheel', (event) => {
    // In a compact embed the wheel scrolls the page around it (zoom: the keys, or the whole page).
    if (state.embed === 'compact') return;
    event.preventDefault();
    const box = chart.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * W;
    const at = +x.invert(px);
    zoom(event.deltaY < 0 ? 0.8 : 1.25, at);
  }, { passive: false });
  let drag = null;
  chart.addEventListener('pointerdown', (event) => {
    if (event.target.closest('.event')) return;
    drag = { x: event.clientX, scale: x.copy(), width: chart.getBoundingClientRect().width };
    chart.setPointerCapture(event.pointerId);
  });
  chart.addEventListener('pointermove', (event) => {
    if (!drag) return;
    // The instants under the chart's edges once the pointer has moved dx units.
    const dx = ((event.clientX - drag.x) / drag.width) * W;
    domain = [+drag.scale.invert(M.left - dx), +drag.scale.invert(W - M.right - dx)];
    draw();
  });
  chart.addEventListener('pointerup', () => {
    if (!drag) return;
    drag = null;
    setDomain(domain);
  });
  chart.addEventListener('keydown', (event) => {
    if (event.key === '+' || event.key === '=') zoom(0.8);
    else if (event.key === '-' || event.key === '_') zoom(1.25);
    else if (event.key === 'ArrowLeft') pan(-0.2);
    else if (event.key === 'ArrowRight') pan(0.2);
    else if (event.key === '0') setDomain(home.slice());
    else return;
    event.preventDefault();
  });

  // One Tab stop: the chart; ↓ ↑ move between its events, in the order of time.
  chartKeys(chart, () => [...chart.querySelectorAll('.event')]
    .sort((a, b) => Number(a.dataset.at) - Number(b.dataset.at)));

  const controls = el('div', { className: 'chart-controls', role: 'toolbar', 'aria-label': t('timeline') },
    el('button', { type: 'button', className: 'button', 'aria-label': t('zoomIn'), title: t('zoomIn'), onClick: () => zoom(0.8) }, '+'),
    el('button', { type: 'button', className: 'button', 'aria-label': t('zoomOut'), title: t('zoomOut'), onClick: () => zoom(1.25) }, '−'),
    el('button', { type: 'button', className: 'button', 'aria-label': t('panBack'), title: t('panBack'), onClick: () => pan(-0.2) }, '←'),
    el('button', { type: 'button', className: 'button', 'aria-label': t('panForward'), title: t('panForward'), onClick: () => pan(0.2) }, '→'),
    el('button', { type: 'button', className: 'button', onClick: () => setDomain(home.slice()) }, t('resetZoom')));

  draw();
  ctx.setChart(chart, state.actor ? `${t('timeline')}: ${ctx.name(state.actor)}` : t('timeline'));

  const legend = el('ul', { className: 'legend', 'aria-label': t('legend') },
    [...new Set(events.map((e) => e.family))].sort().map((f) =>
      el('li', {}, swatch(familyColor(f)), familyLabel(f))));

  // The same events as a list, each with its sentence.
  const sorted = events.slice().sort((a, b) => (a.date ?? a.window?.from ?? '9').localeCompare(b.date ?? b.window?.from ?? '9'));
  // A large corpus has thousands: the first are drawn, more on request (exports take them all).
  const list = el('ol', { className: 'event-list' });
  const more = el('button', { type: 'button', className: 'link more-events' });
  let limit = listRows;
  const fill = () => {
    list.append(...sorted.slice(list.children.length, limit).map((e) => eventItem(e, ctx, () => open(e))));
    more.hidden = sorted.length <= limit;
    more.textContent = t('moreEvents', Math.min(listRows, sorted.length - limit), sorted.length);
  };
  more.addEventListener('click', () => { limit += listRows; fill(); });
  fill();

  // (The DOM's append writes a null as the text "null": the note is there only with an actor filter.)
  root.append(...[
    el('h2', { className: 'view-title', text: t('timeline') }),
    helpText(t('timelineHelp')),
    filters, affiliation, controls, el('div', { className: 'chart-frame' }, chart), summary, legend,
    el('p', { className: 'hint goldstein-note', text: t('goldsteinScale') }), list, more].filter(Boolean));
}

// The axis titles of a chart of Goldstein over time (viewBox W × H): the
// scale, turned, along the left edge; `x` under the time axis.
export function axisTitles(chart, x, { width, height }) {
  chart.append(svg('text', { className: 'axis-title', x: 14, y: height / 2, transform: `rotate(-90 14 ${height / 2})`, 'text-anchor': 'middle', fill: '#4a4f5c' }, chartText(t('axisGoldstein'))));
  chart.append(svg('text', { className: 'axis-title', x: width / 2, y: height - 6, 'text-anchor': 'middle', fill: '#4a4f5c' }, chartText(x)));
}

export function swatch(colour) {
  const node = el('span', { className: 'swatch', 'aria-hidden': 'true' });
  node.style.background = colour;  // CSSOM, allowed by the CSP
  return node;
}

// One event with its evidence sentence; shared with the relations view.
export function eventItem(e, ctx, onOpen) {
  const r = e.reports?.[0];
  // No report's text names a day for it: the date is its article's, said so —
  // and said to be earlier when every report tells the act as done before («كان … قد», «مؤخرا»).
  const byReport = !!e.date && !!e.reports?.length && e.reports.every((x) => x.date_inherited);
  const before = byReport && e.reports.every((x) => x.date_before);
  const dateNote = before ? 'beforeReportDate' : 'reportDate';
  const when = e.date ? `${ltr(e.date)}${e.approximate ? ` (${t('approximate')})` : ''}${byReport ? ` (${t(dateNote)})` : ''}`
    : e.window ? `${t('window')} ${ltr(`${e.window.from} – ${e.window.to}`)}` : t('undated');
  const head = `${ctx.name(e.source) || e.source_name} → ${ctx.name(e.target) || e.target_name}`;
  return el('li', { className: 'event-item', dataset: { eventId: e.id, code: e.code } },
    el('div', { className: 'event-head' },
      swatch(goldsteinColor(e.goldstein)),
      el('strong', { text: head }),
      el('span', { className: 'muted event-code', text: ` · ${codeWithLabel(e.code)}` }),
      el('span', { className: 'muted event-goldstein', title: t('goldsteinScale'), text: ` · ${t('goldstein')} ${goldsteinLabel(e.goldstein)}` }),
      el('span', { className: 'muted event-date', text: ` · ${when}`, title: byReport ? t(`${dateNote}Help`) : undefined }),
      e.confidence !== undefined ? el('span', { className: 'muted', text: ` · ${t('confidence')} ${num(e.confidence)}` }) : null,
      e.weak ? el('span', { className: 'badge weak', text: t('weakEvent') }) : null,
      e.historical ? el('span', { className: 'badge historical', text: t('historicalEvent') }) : null),
    r ? el('blockquote', { className: 'sentence', dir: 'rtl', lang: 'ar', text: r.text }) : null,
    r ? el('p', { className: 'event-source' },
      el('span', { className: 'muted', text: `${r.title || ctx.title(r.document)}${r.outlet ? ` — ${isolate(r.outlet)}` : ''} ` }),
      el('button', { type: 'button', className: 'link', onClick: onOpen }, t('readSentence'))) : null);
}

// The actor filter takes in the actors that act for the actor or belong to it
// (a state's officials, an army's commander: the core's camp): said, with the
// actors it took in, and a box to keep the actor's own events only (solo=1).
function affiliatedNote(result, ctx) {
  const { state } = ctx;
  if (!state.actor) return null;
  const included = result.included ?? [];
  if (!state.solo && !included.length) return null;
  const box = el('input', { type: 'checkbox', className: 'solo', checked: !!state.solo, dataset: { shown: 'solo' } });
  box.addEventListener('change', () => ctx.navigate({ solo: box.checked || undefined }, { push: false }));
  const who = ctx.name(state.actor);
  const list = (language() === 'ar' ? '، ' : ', ');
  const names = included.slice(0, 6).map((x) => `${ctx.name(x.id)} (${x.events})`).join(list) +
    (included.length > 6 ? `${list}${t('andMore', included.length - 6)}` : '');
  return el('div', { className: 'affiliated-note', role: 'note', dataset: { included: String(included.length) } },
    el('p', { text: state.solo ? t('soloNote', who) : t('affiliatedNote', who, names) }),
    el('label', { className: 'check' }, box, t('soloLabel', who)));
}
