// Downloads: events and actors as CSV and JSON (from the worker's answers),
// the current chart as SVG or PNG (the SVG drawn to a canvas). What is
// exported follows the view: its events, its filters, its period.
import { codeLabel } from './cameo.js';
import { dateEnd, dateStart, isoDay, placeable } from './chart.js';
import { shownParams } from './views/shown.js';

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A cell that a spreadsheet would read as a formula is prefixed with '.
function cell(value) {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows, columns) {
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\r\n') + '\r\n';
}

// The events of the current view, as it shows them: the relation A→B in the
// relation view; elsewhere the timeline's, with the view's filters (actor,
// event family, outlet, document) and zoomed period; the weak and historical
// events only when shown. → {events, parts: [what the view is about], range: [from, to]}
export async function viewEvents(app) {
  const s = app.state;
  const v = s.v ?? 'timeline';
  const shown = shownParams(s);
  if (v === 'relation') {
    const a = s.a ?? app.story?.a;
    const b = s.b ?? app.story?.b;
    if (a && b) {
      const relation = await app.client.query('relation', { a, b, period: s.period ?? 'month', ...shown });
      return { events: relation.events ?? [], parts: [a, b], range: extent(relation.events ?? []) };
    }
  }
  const params = { ...shown };
  const parts = [];
  if (s.actor && (v === 'timeline' || v === 'actors' || v === 'network')) { params.actor = s.actor; parts.push(s.actor); }
  if (v === 'timeline') {
    if (s.actor && s.solo) params.affiliated = false;  // the actor's own events only
    if (s.fam) { params.family = s.fam; parts.push(s.fam); }
    if (s.outlet) params.outlet = s.outlet;
    if (s.fdoc) { params.document = s.fdoc; parts.push('document'); }
  }
  if (v === 'reader' && s.doc) { params.document = s.doc; parts.push('document'); }
  let events = (await app.client.query('timeline', params)).events;
  const zoomed = (v === 'timeline' || v === 'network') && (s.from || s.to);
  if (zoomed) {
    const lo = s.from ? dateStart(s.from) : -Infinity;
    const hi = s.to ? dateEnd(s.to) : Infinity;
    events = events.filter((e) => {
      const [from, to] = e.date ? [e.date, e.date] : e.window ? [e.window.from, e.window.to] : [null, null];
      return from !== null && dateStart(from) < hi && dateEnd(to) > lo;
    });
  }
  return { events, parts, range: zoomed ? [s.from ?? extent(events)[0], s.to ?? extent(events)[1]] : extent(events) };
}

// The first and last month of the events' dates, or [] without dated events.
function extent(events) {
  const dates = events.flatMap((e) => (e.date ? [e.date] : e.window ? [e.window.from, e.window.to] : []))
    .filter(placeable);
  if (!dates.length) return [];
  const month = (ms) => isoDay(ms).slice(0, 7);
  return [month(Math.min(...dates.map(dateStart))), month(Math.max(...dates.map(dateEnd)) - 1)];
}

// A file name (without its extension) that says what is in it:
// marsad-events-usa-haftar-2019-01_2019-12.
export function fileName(what, parts, range) {
  const slug = (x) => String(x).toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '');
  const pieces = ['marsad', what, ...parts.map(slug).filter(Boolean)];
  if (range?.length === 2) pieces.push(`${range[0]}_${range[1]}`);
  return pieces.join('-');
}

// nameOf: an actor's name in the interface language.
export async function exportData(app, kind, nameOf = (id) => id) {
  const [what, format] = kind.split('-');
  let rows;
  let columns;
  let name;
  if (what === 'events') {
    const { events, parts, range } = await viewEvents(app);
    name = (extension) => `${fileName('events', parts, range)}.${extension}`;
    if (format === 'json') {
      download(name('json'), new Blob([JSON.stringify(events, null, 2)], { type: 'application/json' }));
      return;
    }
    const documents = new Map(app.analysis.documents.map((d) => [d.id, d]));
    rows = events.map((e) => {
      const report = e.reports?.[0];
      const doc = documents.get(report?.document);
      return {
        ...e, window_from: e.window?.from, window_to: e.window?.to, label: codeLabel(e.code), family_label: codeLabel(e.family),
        source_name: nameOf(e.source) || e.source_name, target_name: nameOf(e.target) || e.target_name,
        document: report?.document, outlet: report?.outlet ?? doc?.source, title: report?.title ?? doc?.title, url: doc?.url,
        sentence: report?.text, reports: e.reports?.length,
      };
    });
    columns = ['id', 'date', 'approximate', 'window_from', 'window_to', 'code', 'family', 'label', 'family_label', 'goldstein',
      'source', 'source_name', 'target', 'target_name', 'source_state', 'target_state', 'symmetric', 'weak', 'historical',
      'reports', 'document', 'outlet', 'title', 'url', 'sentence'];
  } else {
    const actors = app.analysis.actors;
    name = (extension) => `marsad-actors.${extension}`;
    if (format === 'json') {
      download(name('json'), new Blob([JSON.stringify(actors, null, 2)], { type: 'application/json' }));
      return;
    }
    rows = actors.map((a) => ({ ...a, name_ar: a.name?.ar, name_en: a.name?.en, roles: a.roles?.length ? a.roles : '' }));
    columns = ['id', 'type', 'name_ar', 'name_en', 'in_kb', 'state', 'affiliation', 'mentions', 'roles'];
  }
  download(name('csv'), new Blob(['\ufeff', toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' }));
}

const SVG = 'http://www.w3.org/2000/svg';

// The chart as a publishable picture: its title above; under it its legend,
// the filters it shows and the source line. frame: {title, note, source, rtl,
// legend: [{colour, shape, label}]}.
function standalone(svgNode, frame = {}) {
  const box = svgNode.viewBox.baseVal;
  const [width, height] = [box.width, box.height];
  const top = frame.title ? 44 : 0;
  const font = svgNode.getAttribute('font-family') ?? 'sans-serif';
  const legend = legendRows(frame.legend ?? [], width - 32, font);
  const lines = [frame.note, frame.source].filter(Boolean);
  const below = top + height + (legend.length ? 10 + legend.length * 22 : 0);
  const total = below + lines.length * 22 + (lines.length ? 12 : 0);
  const out = document.createElementNS(SVG, 'svg');
  const node = (name, attrs, parent = out) => {
    const n = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs)) n.setAttribute(key, String(value));
    parent.append(n);
    return n;
  };
  for (const [key, value] of Object.entries({
    xmlns: SVG, viewBox: `0 0 ${width} ${total}`, width: String(width), height: String(total), 'font-family': font, 'font-size': '12',
  })) out.setAttribute(key, value);
  const isolate = frame.rtl ? ['\u2067', '\u2069'] : ['', ''];
  const text = (content, y, attrs) => {
    const at = frame.rtl ? { x: width - 16, 'text-anchor': 'end' } : { x: 16, 'text-anchor': 'start' };
    const n = node('text', { ...at, y, ...attrs });
    n.textContent = `${isolate[0]}${content}${isolate[1]}`;
    return n;
  };
  node('rect', { x: 0, y: 0, width, height: total, fill: '#ffffff' });
  if (frame.title) text(frame.title, 28, { 'font-size': 18, 'font-weight': 700, fill: '#1d1f24', class: 'export-title' });
  const chart = svgNode.cloneNode(true);
  for (const [key, value] of Object.entries({ x: 0, y: top, width, height })) chart.setAttribute(key, String(value));
  out.append(chart);
  // The legend: rows of a mark and its label, from the side the language reads from.
  const group = legend.length ? node('g', { class: 'export-legend' }) : null;
  legend.forEach((row, r) => {
    const y = top + height + 10 + r * 22 + 11;
    for (const entry of row) {
      const x = frame.rtl ? width - 16 - entry.offset - 12 : 16 + entry.offset;
      drawMark(node, group, entry, x, y);
      const label = node('text', { x: frame.rtl ? x - 6 : x + 18, y: y + 4, 'text-anchor': frame.rtl ? 'end' : 'start', fill: '#1d1f24' }, group);
      label.textContent = `${isolate[0]}${entry.label}${isolate[1]}`;
    }
  });
  lines.forEach((line, i) => text(line, below + 20 + i * 22, {
    fill: i === lines.length - 1 && frame.source ? '#545a68' : '#1d1f24',
    class: line === frame.source ? 'export-source' : 'export-note',
  }));
  return new XMLSerializer().serializeToString(out);
}

// Legend entries laid out in rows of `width`: each with its offset from the row's start.
function legendRows(entries, width, font) {
  const context = document.createElement('canvas').getContext('2d');
  context.font = `12px ${font}`;
  const rows = [];
  let row = [];
  let used = 0;
  for (const entry of entries) {
    const size = 18 + Math.ceil(context.measureText(entry.label).width) + 20;
    if (row.length && used + size > width) { rows.push(row); row = []; used = 0; }
    row.push({ ...entry, offset: used });
    used += size;
  }
  if (row.length) rows.push(row);
  return rows;
}

// A legend's mark at (x, y): a square or dot of its colour, a whisker, a
// turning point's dashed line, or a pale square for an approximate date.
function drawMark(node, group, entry, x, y) {
  const colour = entry.colour || '#5a6070';
  if (entry.shape === 'round') node('circle', { cx: x + 6, cy: y, r: 6, fill: colour }, group);
  else if (entry.shape === 'whisker') node('line', { x1: x + 6, x2: x + 6, y1: y - 7, y2: y + 7, stroke: '#1d1f24', 'stroke-width': 1.5 }, group);
  else if (entry.shape === 'turn') node('line', { x1: x + 6, x2: x + 6, y1: y - 8, y2: y + 8, stroke: '#6a3d9a', 'stroke-width': 2, 'stroke-dasharray': '4 3' }, group);
  else node('rect', { x, y: y - 6, width: 12, height: 12, rx: 2, fill: entry.shape === 'approximate' ? '#2a9d8f' : colour, opacity: entry.shape === 'approximate' ? 0.55 : 1 }, group);
}

// name: the file name without extension; frame: see standalone().
export async function exportChart(svgNode, format, name, frame) {
  const text = standalone(svgNode, frame);
  const blob = new Blob([text], { type: 'image/svg+xml' });
  if (format === 'svg') {
    download(`${name}.svg`, blob);
    return;
  }
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('the chart could not be drawn'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    download(`${name}.png`, png);
  } finally {
    URL.revokeObjectURL(url);
  }
}
