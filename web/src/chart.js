// What the page's charts share: dates of the analysis on a time axis, the
// scales (d3-scale's UTC time scale, proportional to time; the fixed
// Goldstein scale), the ticks the time scale generates thinned until their
// labels fit, and the width a chart is drawn at. Dates are the core's ISO
// strings (year, month, day or ISO week).
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonday } from 'd3-time';

const DAY = 86400000;

// The instant a UTC calendar day starts, for any year (Date.UTC reads the
// years 0–99 as 1900–1999; a reference to history may be older).
function utc(y, m, d) {
  const date = new Date(Date.UTC(2000, m, d));
  date.setUTCFullYear(y, m, d);
  return date.getTime();
}

// The dates the analysis writes: a year («2019»), a month («2019-04»), a day
// («2019-04-21»; a time after it is ignored) or an ISO week («2015-W30»: its
// Monday to the next Monday, as «last week» is written). Anything else is not
// a place on a time axis: dateStart, dateEnd and dateMid give NaN for it, and
// placeable() says so, so that a chart leaves it out instead of drawing NaN.
const forms = [
  [/^(\d{4})$/, (y) => [utc(y, 0, 1), utc(y + 1, 0, 1)]],
  [/^(\d{4})-(\d{2})$/, (y, m) => (m >= 1 && m <= 12 ? [utc(y, m - 1, 1), utc(y, m, 1)] : null)],
  [/^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/, (y, m, d) => (m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? [utc(y, m - 1, d), utc(y, m - 1, d) + DAY] : null)],
  [/^(\d{4})-W(\d{2})$/, (y, w) => (w >= 1 && w <= 53 ? [isoWeekStart(y, w), isoWeekStart(y, w) + 7 * DAY] : null)],
];

// The Monday of ISO week `week`: week 1 is the one holding 4 January.
function isoWeekStart(year, week) {
  return utcMonday.offset(utcMonday.floor(new Date(utc(year, 0, 4))), week - 1).getTime();
}

// [first instant, end of the period) of a date, or null when it is no date.
function span(iso) {
  if (typeof iso !== 'string') return null;
  for (const [pattern, make] of forms) {
    const m = pattern.exec(iso);
    if (m) return make(...m.slice(1).map(Number));
  }
  return null;
}

export function placeable(iso) {
  return span(iso) !== null;
}
export function dateStart(iso) {
  return span(iso)?.[0] ?? NaN;
}
export function dateEnd(iso) {
  return span(iso)?.[1] ?? NaN;
}
// Where a date sits: a day at its noon, a week, month or year in its middle
// (a week at Thursday noon).
export function dateMid(iso) {
  const s = span(iso);
  return s ? (s[0] + s[1]) / 2 : NaN;
}

export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// The width a chart is drawn at: the panel's inner width, between 320 and 960
// user units, so that a chart's text is drawn at about its own size on any
// screen (a 960-wide chart shown 370 px wide would draw 12 px labels at 4.6 px).
// The instant a timeline event stands at: its date's middle, or its window's.
export const instantOf = (e) => (e.date ? dateMid(e.date) : (dateStart(e.window.from) + dateEnd(e.window.to)) / 2);

// The shortest period that holds nine events in ten of a timeline, padded,
// when the whole period `full` is more than four times as long (a few far
// events — a visit of 2011 in news of 2015 — would squeeze the rest into a
// sliver); else `full`.
export function bulkPeriod(events, full) {
  const at = events.map(instantOf).sort((a, b) => a - b);
  if (at.length < 20) return full;
  const m = Math.ceil(at.length * 0.9);
  let [a, b] = [at[0], at[m - 1]];
  for (let i = 1; i + m <= at.length; i++) if (at[i + m - 1] - at[i] < b - a) [a, b] = [at[i], at[i + m - 1]];
  const pad = Math.max((b - a) * 0.02 + DAY, (14 * DAY - (b - a)) / 2);
  return full[1] - full[0] > 4 * (b - a + 2 * pad) ? [a - pad, b + pad] : full;
}

// The marks of a timeline's events: each event alone, or, past `mergeAbove`
// events (a large corpus, where they would be drawn on one another), the dated
// events of one day, CAMEO family and Goldstein score together, the first
// standing for them. → arrays of events, in the order of their first.
export function chartPoints(events, mergeAbove) {
  if (events.length <= mergeAbove) return events.map((e) => [e]);
  const points = [];
  const at = new Map();  // day, family, score → its point
  for (const e of events) {
    if (!e.date) {
      points.push([e]);
      continue;
    }
    const key = `${e.date}|${e.family}|${e.goldstein}|${e.approximate ? 1 : 0}`;
    const point = at.get(key);
    if (point) point.push(e);
    else at.set(key, points[points.push([e]) - 1]);
  }
  return points;
}

export function chartWidth(max = 960) {
  const panel = typeof document === 'undefined' ? null : document.getElementById('panel');
  if (!panel || !panel.clientWidth) return max;
  const style = getComputedStyle(panel);
  const inner = panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 2;
  return Math.round(Math.min(max, Math.max(320, inner)));
}

// A time axis proportional to time: d3's UTC time scale of [t0, t1] (ms) on
// [x0, x1]; it places an instant given in ms or as a Date.
export function timeScale([t0, t1], [x0, x1]) {
  return scaleUtc().domain([t0, t1]).range([x0, x1]);
}

// The Goldstein scale (−10 conflictual … +10 cooperative), cooperative up:
// from `bottom` (−10) to `top` (+10). Its ticks: −10, −5, 0, +5, +10. A fixed
// affine map, not d3's scaleLinear: that one would bring d3-format into the
// page (2.4 KB gzipped) for ticks that never change.
export function goldsteinScale(top, bottom) {
  const y = (g) => bottom + ((g + 10) / 20) * (top - bottom);
  y.ticks = () => [-10, -5, 0, 5, 10];
  return y;
}

// The domain of a chart of periods (the core's «2019», «2019-11»…): from the
// first period's start to the last one's end, with a margin of half a period
// at least (a lone month is not the whole width). → [t0, t1], or null when
// none is placeable.
export function periodDomain(periods) {
  const spans = periods.filter(placeable).map((p) => [dateStart(p), dateEnd(p)]);
  if (!spans.length) return null;
  const lo = Math.min(...spans.map((s) => s[0]));
  const hi = Math.max(...spans.map((s) => s[1]));
  const widest = Math.max(...spans.map((s) => s[1] - s[0]));
  const pad = Math.max(widest / 2, (hi - lo) * 0.02);
  return [lo - pad, hi + pad];
}

// The width of a label of `size` px in the charts' font: measured on a
// canvas where there is one, estimated elsewhere (Node).
let measure = null;
export function textWidth(text, size = 12, weight = 'normal') {
  const plain = String(text).replace(/[\u2066-\u2069]/g, '');
  if (measure === null) {
    const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
    measure = canvas?.getContext?.('2d') ?? false;
  }
  if (!measure) return plain.length * size * (weight === 'bold' ? 0.66 : 0.6);
  measure.font = `${weight} ${size}px ${FONT}`;
  return measure.measureText(plain).width;
}

export const FONT = 'Noto Naskh Arabic, Amiri, Segoe UI, Tahoma, sans-serif';

// Two labels centred at x and x' fit side by side when their half-widths and
// a gap of `pad` units stand between them.
const apart = (a, b, pad) => Math.abs(a.x - b.x) >= (a.width + b.width) / 2 + pad;

// The ticks of a time scale whose labels fit: d3's ticks of the scale (whole
// years, months, weeks or days, proportional to time), fewer and fewer until
// no two labels overlap, at most `max` (a phone's axis keeps few); a label
// that would cross the chart's edges, `bounds` ([left, right]), is left out.
// label(at, unit) → the tick's text; unit is 'year', 'month' or 'day' (what
// every tick of the set is). → [{at, unit, label, x, width}].
export function timeTicks(x, label, { size = 12, pad = 16, max = Infinity, bounds = [-Infinity, Infinity] } = {}) {
  const [r0, r1] = x.range();
  for (let count = Math.min(max, Math.floor(Math.abs(r1 - r0) / 30)); count >= 1; count--) {
    const instants = x.ticks(count).map(Number);
    if (!instants.length || instants.length > max) continue;
    if (instants.some((at) => +utcDay.floor(new Date(at)) !== at)) continue;  // hours: finer than any date of the core
    const unit = unitOf(instants);
    const ticks = instants.map((at) => {
      const text = label(at, unit);
      return { at, unit, label: text, x: x(at), width: textWidth(text, size) };
    }).filter((k) => k.x - k.width / 2 >= bounds[0] && k.x + k.width / 2 <= bounds[1]);
    if (ticks.length && ticks.every((k, i) => i === 0 || apart(ticks[i - 1], k, pad))) return ticks;
  }
  return [];
}

function unitOf(instants) {
  const dates = instants.map((at) => new Date(at));
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
  if (dates.every((d) => d.getUTCDate() === 1)) return 'month';
  return 'day';
}

// The labels that fit among `ticks` ({at, unit, label}), placed at
// position(tick): years first, then months, then days, each kept only where
// its label stands `pad` units or more from every label kept before it. A
// label that would cross the chart's edges, `bounds` ([left, right]), is
// moved inside them (its `x`; `at` stays the tick's place).
// → the kept ticks with their x, in the order of time.
export function fitTicks(ticks, position, { size = 12, pad = 10, bounds = [-Infinity, Infinity] } = {}) {
  const rank = { year: 0, month: 1, day: 2 };
  const kept = [];
  for (const tick of ticks.slice().sort((a, b) => (rank[a.unit] ?? 3) - (rank[b.unit] ?? 3) || a.at - b.at)) {
    const width = textWidth(tick.label ?? '', size);
    const x = Math.min(bounds[1] - width / 2, Math.max(bounds[0] + width / 2, position(tick)));
    const placed = { ...tick, x, width };
    if (kept.every((k) => apart(k, placed, pad))) kept.push(placed);
  }
  return kept.sort((a, b) => a.at - b.at);
}
