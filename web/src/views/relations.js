// Relations: the stance of A toward B over time (bars: mean Goldstein per
// period with the count; turning points marked and explained), the evidence
// list, several sources compared toward one target, and the framing table.
import { line } from 'd3-shape';
import { goldsteinColor, lineColors } from '../colors.js';
import { errorFrom } from '../core-reply.js';
import { el, select, svg } from '../dom.js';
import { chartText, dateLabel, language, ltr, num, t } from '../i18n.js';
import { defaults } from '../state.js';
import { multiPicker, picker } from '../picker.js';
import { actorItems } from './actor-items.js';
import { shownParams, shownToggles } from './shown.js';
import { axisTitles, eventItem, swatch } from './timeline.js';
import { chartWidth, dateEnd, dateMid, dateStart, fitTicks, FONT, goldsteinScale, periodDomain, placeable, textWidth, timeScale } from '../chart.js';

const H = 320;
const M = { left: 72, right: 20, top: 24, bottom: 54 };

export async function renderRelation(root, ctx) {
  const { state, analysis } = ctx;
  // Unless the link names them: the story's pair and sources (web/src/story.js).
  // A link made on another corpus (already said) falls back to them.
  const here = (id) => ctx.app.actorsById.has(id);
  const fallback = (id, other) => (ctx.foreignLink && id && !here(id) ? other : id);
  const a = fallback(state.a, ctx.story.a) ?? ctx.story.a;
  const b = fallback(state.b, ctx.story.b) ?? ctx.story.b;
  const period = state.period ?? defaults.period;
  const cmp = (ctx.foreignLink ? state.cmp?.filter(here) : state.cmp) ?? ctx.story.cmp ?? [];
  if (!a || !b) {  // a corpus without events or actors: nothing to default to
    root.append(el('h2', { className: 'view-title', text: t('relation') }), el('p', { className: 'hint', text: t('pickPair') }));
    return;
  }
  for (const id of [a, b]) if (!ctx.app.actorsById.has(id)) ctx.notice(t('unknownActor', id));
  const sources = cmp.filter((id) => ctx.app.actorsById.has(id));
  const shown = shownParams(state);
  const [relation, ...compared] = await ctx.client.queries([
    { kind: 'relation', params: { a, b, period, ...shown } },
    ...sources.map((id) => ({ kind: 'relation', params: { a: id, b, period, ...shown } })),
  ]);
  if (ctx.stale()) return;
  if (relation.error) throw errorFrom(relation);

  // Search-as-you-type pickers, most mentioned first (web/src/picker.js).
  const known = actorItems(ctx, analysis.actors, a, b);
  const pickers = el('div', { className: 'filters', role: 'group', 'aria-label': t('relation') },
    picker({ label: t('source'), name: 'source', items: known, value: a, onChange: (v) => v && ctx.navigate({ a: v }, { push: false }) }),
    el('button', {
      type: 'button', className: 'button swap', 'aria-label': `${t('source')} ⇄ ${t('target')}`,
      onClick: () => ctx.navigate({ a: b, b: a }, { push: false }),
    }, '⇄'),
    picker({ label: t('target'), name: 'target', items: known, value: b, onChange: (v) => v && ctx.navigate({ b: v }, { push: false }) }),
    select(t('periodLabel'), [{ value: 'month', label: t('byMonth') }, { value: 'year', label: t('byYear') }], period,
      (v) => ctx.navigate({ period: v }, { push: false })));

  const byId = new Map(relation.events.map((e) => [e.id, e]));
  const open = (e) => {
    const r = e.reports?.[0];
    if (r) ctx.navigate({ v: 'reader', doc: r.document, hl: { start: r.sentence.start, end: r.sentence.end } });
  };
  const items = (ids) => el('ol', { className: 'event-list' },
    ids.map((id) => byId.get(id)).filter(Boolean).map((e) => eventItem(e, ctx, () => open(e))));

  const title = t('stanceTitle', ctx.name(a), ctx.name(b));
  root.append(el('h2', { className: 'view-title', text: title }), pickers, shownToggles(ctx));

  if (!relation.events.length) {
    root.append(el('p', { className: 'hint', text: t(state.weak ? 'noEvents' : 'noEventsShown') }));
  } else {
    if (relation.sparse) root.append(el('p', { className: 'hint sparse', text: t('sparse', relation.count) }));
    const chart = stanceChart(relation, title, period);
    ctx.setChart(chart, title);
    root.append(el('div', { className: 'chart-frame' }, chart), stanceLegend(relation),
      el('p', { className: 'hint goldstein-note', text: t('goldsteinScale') }));
    // Turning points, explained, with their evidence.
    for (const tp of relation.turning_points) {
      root.append(el('section', { className: 'turning-point', dataset: { period: tp.period, direction: tp.direction } },
        el('h3', { text: `${t('turningPoint')}: ${ltr(tp.period)}` }),
        el('p', { text: t('turnExplain', tp.period, tp.direction, num(tp.before), num(tp.after)) }),
        el('p', { className: tp.tentative ? 'hint tentative' : 'muted',
          text: t(tp.tentative ? 'tentative' : 'firmTurn', tp.events_before, tp.events_after) }),
        el('div', { className: 'evidence-columns' },
          el('div', {}, el('h4', { text: t('evidenceBefore') }), items(tp.evidence_before)),
          el('div', {}, el('h4', { text: t('evidenceAfter') }), items(tp.evidence_after)))));
    }
    // Every event, in period order, then the undated ones.
    const dated = relation.periods.flatMap((p) => p.events);
    root.append(el('section', { className: 'evidence' },
      el('h3', { text: `${t('evidence')} (${relation.events.length})` }),
      relation.periods.map((p) => el('div', { className: 'period-group', dataset: { period: p.period } },
        el('h4', { text: `${ltr(p.period)}${p.approximate ? ` (${t('approximate')})` : ''} — ${t('meanCount', num(p.mean), p.count)}` }),
        items(p.events))),
      relation.undated.length ? el('div', { className: 'period-group' },
        el('h4', { text: t('undatedEvents') }), items(relation.undated)) : null,
      items(relation.events.map((e) => e.id).filter((id) => !dated.includes(id) && !relation.undated.includes(id)))));
  }

  // Several sources toward the same target.
  // Any actor as a source (at most 8), most mentioned first, searched as one types.
  const toggles = el('div', { className: 'compare-picker' },
    multiPicker({ label: t('compareSources'), name: 'compare', items: actorItems(ctx, analysis.actors, cmp), exclude: [b], values: cmp, max: 8,
      onChange: (next) => ctx.navigate({ cmp: next.length ? next.slice(0, 8) : undefined }, { push: false }) }));
  const series = sources.map((id, i) => ({ id, colour: lineColors[i % lineColors.length], relation: compared[i] }))
    .filter((s) => s.relation && !s.relation.error);
  const compareChart = compareLines(series, ctx, b, period);
  root.append(el('section', { className: 'compare' },
    el('h3', { text: `${t('compare')}: ${ctx.name(b)}` }), toggles,
    el('ul', { className: 'legend' }, series.map((s) => el('li', {}, swatch(s.colour),
      `${ctx.name(s.id)} (${s.relation.events.length})`))),
    el('div', { className: 'chart-frame' }, compareChart)));
  if (!relation.events.length) ctx.setChart(compareChart, `${t('compare')}: ${ctx.name(b)}`);

  // Framing: the names each outlet uses for the target.
  root.append(el('section', { className: 'framing' },
    el('h3', { text: t('framing') }),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('outlet') }), el('th', { scope: 'col', text: t('names') }),
        el('th', { scope: 'col', text: t('framingWords') }))),
      el('tbody', {}, relation.framing.map((f) => el('tr', {},
        el('th', { scope: 'row', text: ctx.analysis.documents.some((d) => d.id === f.outlet) ? ctx.title(f.outlet) : f.outlet }),
        el('td', { dir: 'rtl', lang: 'ar' }, f.names.map((n) => el('span', { className: 'name-chip', text: `${n.text} ×${n.count}` }))),
        el('td', { dir: 'rtl', lang: 'ar', className: 'framing-words' },
          (f.words ?? []).map((w) => el('span', { className: 'name-chip', text: `${w.text} ×${w.count}` })),
          el('span', { className: 'framing-tone', text: t('framingTone', f.tone?.legitimizing ?? 0, f.tone?.delegitimizing ?? 0) }))))))));
}

// The x axis of both charts: d3's time scale over the periods, each period at
// its middle, proportional to time (a gap of two years is wider than a gap of
// a month); a period the axis cannot place is left out (none the core
// writes). Its labels are the periods themselves, in words, those that fit
// without overlapping (fewer on a phone), each under its mark (moved inside
// the chart at its edges).
function periodAxis(periods, width) {
  const domain = periodDomain(periods);
  const x = domain ? timeScale(domain, [M.left, width - M.right]) : () => NaN;
  const ticks = (chart, suffix = () => '') => {
    const all = periods.filter(placeable).map((p) => ({ at: dateMid(p), unit: /^\d{4}$/.test(p) ? 'year' : 'month', period: p,
      label: chartText(dateLabel(p) + suffix(p)) }));
    for (const tick of fitTicks(all, (k) => x(k.at), { bounds: [2, width - 2] })) {
      chart.append(svg('line', { x1: x(tick.at), x2: x(tick.at), y1: H - M.bottom, y2: H - M.bottom + 4, stroke: '#5a6070', 'stroke-width': 1 }));
      chart.append(svg('text', { x: tick.x, y: H - M.bottom + 18, 'text-anchor': 'middle', fill: '#4a4f5c', className: 'tick', dataset: { period: tick.period } },
        tick.label));
    }
  };
  return { x, ticks, placed: (p) => placeable(p) && !!domain };
}

function goldsteinGrid(chart, width, y) {
  chart.append(svg('rect', { x: 0, y: 0, width, height: H, fill: '#ffffff' }));
  for (const g of y.ticks(4)) {
    chart.append(svg('line', { x1: M.left, x2: width - M.right, y1: y(g), y2: y(g), stroke: g === 0 ? '#5a6070' : '#e3dfd6', 'stroke-width': g === 0 ? 1.2 : 0.6 }));
    chart.append(svg('text', { x: M.left - 6, y: y(g) + 4, 'text-anchor': 'end', fill: '#4a4f5c' }, g > 0 ? `+${g}` : String(g)));
  }
}

function stanceChart(relation, title, period) {
  const W = chartWidth();
  const periods = relation.periods.filter((p) => placeable(p.period));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, className: 'chart stance-chart', role: 'img', 'aria-label': title, dir: 'ltr', direction: 'ltr', 'font-family': FONT, 'font-size': '12' });
  const y = goldsteinScale(M.top, H - M.bottom);
  const axis = periodAxis(periods.map((p) => p.period), W);
  goldsteinGrid(chart, W, y);
  const turning = new Map(relation.turning_points.map((tp) => [tp.period, tp]));
  const narrow = W < 600;
  for (const p of periods) {
    const x0 = axis.x(dateStart(p.period));
    const cx = axis.x(dateMid(p.period));
    const w = Math.max(4, Math.min((axis.x(dateEnd(p.period)) - x0) * 0.8, 90));
    const top = Math.min(y(p.mean), y(0));
    const height = Math.max(2, Math.abs(y(p.mean) - y(0)));
    if (turning.has(p.period)) {
      const label = chartText(`${t('turningPoint')}: ${dateLabel(p.period)}`);
      // The label reads away from the mark, into the chart, and stays off the Goldstein axis.
      const width = textWidth(label, 12, 'bold') + 2;
      const leftward = x0 - 4 - width >= M.left && (x0 > W / 2 || x0 + 4 + width > W - M.right);
      const x = leftward ? x0 - 4 : Math.max(M.left, Math.min(x0 + 4, W - M.right - width));
      chart.append(svg('line', { x1: x0, x2: x0, y1: M.top - 8, y2: H - M.bottom, stroke: '#6a3d9a', 'stroke-width': 2, 'stroke-dasharray': '6 4', className: 'turning-mark', dataset: { period: p.period } }));
      chart.append(svg('text', { x, y: M.top - 10 + 12, 'text-anchor': leftward ? 'end' : 'start', fill: '#6a3d9a', 'font-weight': '700', className: 'turning-label' }, label));
    }
    chart.append(svg('rect', {
      x: cx - w / 2, y: top, width: w, height, fill: goldsteinColor(p.mean),
      opacity: p.approximate ? 0.55 : 1, className: 'bar', dataset: { period: p.period, mid: String(dateMid(p.period)) },
    }, svg('title', {}, `${p.period}: ${t('meanCount', num(p.mean), p.count)} (min ${num(p.min)}, max ${num(p.max)})`)));
    // min–max whisker
    chart.append(svg('line', { x1: cx, x2: cx, y1: y(p.max), y2: y(p.min), stroke: '#1d1f24', 'stroke-width': 1, className: 'whisker' }));
    // The label beyond the whisker's end, not across it; beside the bar when
    // that end is at the plot's edge (reading into the chart).
    let lx = cx, ly = p.mean >= 0 ? Math.min(top, y(p.max)) - 6 : Math.max(top + height, y(p.min)) + 14, anchor = 'middle';
    if (ly < M.top + 10 || ly > H - M.bottom - 4) {
      const left = cx > W / 2;
      lx = left ? cx - w / 2 - 4 : cx + w / 2 + 4;
      anchor = left ? 'end' : 'start';
      ly = p.mean >= 0 ? top + 12 : top + height - 4;
    }
    if (!narrow || periods.length <= 4)
      chart.append(svg('text', { x: lx, y: ly, 'text-anchor': anchor, fill: '#1d1f24', 'font-weight': '600', className: 'bar-label' },
        `${num(p.mean)} · ${t('barCount', p.count)}`));
  }
  axis.ticks(chart, (pp) => (periods.find((p) => p.period === pp)?.approximate ? '~' : ''));
  axisTitles(chart, t(period === 'year' ? 'axisYear' : 'axisMonth'), { width: W, height: H });
  return chart;
}

// What the stance chart's marks mean, in the page and in an exported chart.
function stanceLegend(relation) {
  const mark = (className) => el('span', { className: `swatch ${className}`, 'aria-hidden': 'true' });
  return el('ul', { className: 'legend stance-legend', 'aria-label': t('legend') },
    el('li', {}, swatch(goldsteinColor(5)), t('legendCooperative')),
    el('li', {}, swatch(goldsteinColor(-5)), t('legendConflictual')),
    el('li', {}, mark('whisker'), t('legendRange')),
    relation.turning_points.length ? el('li', {}, mark('turn'), t('turningPoint')) : null,
    relation.periods.some((p) => p.approximate) ? el('li', {}, mark('approximate'), t('legendApproximate')) : null);
}

// Points of several series at one period and (nearly) one value would hide
// each other: they are set side by side, a point's width apart, around the period.
function dodge(placed, near = 8, step = 9) {
  const byPeriod = new Map();
  placed.forEach((points) => points.forEach((point) => {
    const key = point[2].period;
    if (!byPeriod.has(key)) byPeriod.set(key, []);
    byPeriod.get(key).push(point);
  }));
  for (const group of byPeriod.values()) {
    group.sort((a, b) => a[1] - b[1]);
    for (let start = 0; start < group.length;) {
      let end = start + 1;
      while (end < group.length && group[end][1] - group[end - 1][1] < near) end++;
      for (let k = start; k < end; k++) group[k][0] += (k - start - (end - start - 1) / 2) * step;
      start = end;
    }
  }
}

function compareLines(series, ctx, target, unit) {
  const W = chartWidth();
  const all = [...new Set(series.flatMap((s) => s.relation.periods.map((p) => p.period)))].filter(placeable).sort();
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, className: 'chart compare-chart', role: 'img', dir: 'ltr', direction: 'ltr', 'font-family': FONT, 'font-size': '12',
    'aria-label': `${t('compare')}: ${series.map((s) => ctx.name(s.id)).join(', ')} → ${ctx.name(target)}`,
  });
  const y = goldsteinScale(M.top, H - M.bottom);
  const axis = periodAxis(all, W);
  goldsteinGrid(chart, W, y);
  axis.ticks(chart);
  axisTitles(chart, t(unit === 'year' ? 'axisYear' : 'axisMonth'), { width: W, height: H });
  const placed = series.map((s) => s.relation.periods.filter((p) => placeable(p.period))
    .map((p) => [axis.x(dateMid(p.period)), y(p.mean), p]));
  dodge(placed);
  series.forEach((s, i) => {
    const points = placed[i];
    if (points.length > 1)
      chart.append(svg('path', { d: line()(points), fill: 'none', stroke: s.colour, 'stroke-width': 2.5, className: 'compare-line', dataset: { source: s.id } }));
    for (const [px, py, p] of points)
      // A white ring: a point over another series' point leaves it visible.
      chart.append(svg('circle', { cx: px, cy: py, r: 5, fill: s.colour, stroke: '#ffffff', 'stroke-width': 1.5, className: 'compare-point', dataset: { source: s.id, period: p.period, mid: String(dateMid(p.period)) } },
        svg('title', {}, `${ctx.name(s.id)} → ${ctx.name(target)} ${p.period}: ${t('meanCount', num(p.mean), p.count)}`)));
  });
  return chart;
}
