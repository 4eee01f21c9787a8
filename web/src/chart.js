// Small helpers shared by the hand-drawn SVG charts: dates on a time axis and
// tick marks. Dates are the core's ISO strings (year, month, day or ISO week).

const DAY = 86400000;

// The dates the analysis writes: a year («2019»), a month («2019-04»), a day
// («2019-04-21»; a time after it is ignored) or an ISO week («2015-W30»: its
// Monday to the next Monday, as «last week» is written). Anything else is not
// a place on a time axis: dateStart, dateEnd and dateMid give NaN for it, and
// placeable() says so, so that a chart leaves it out instead of drawing NaN.
const forms = [
  [/^(\d{4})$/, (y) => [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)]],
  [/^(\d{4})-(\d{2})$/, (y, m) => (m >= 1 && m <= 12 ? [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)] : null)],
  [/^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/, (y, m, d) => (m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d) + DAY] : null)],
  [/^(\d{4})-W(\d{2})$/, (y, w) => (w >= 1 && w <= 53 ? [isoWeekStart(y, w), isoWeekStart(y, w) + 7 * DAY] : null)],
];

function isoWeekStart(year, week) {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;  // Monday of week 1
  return monday + (week - 1) * 7 * DAY;
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

// Ticks for [t0, t1]: years, quarters, months or weeks, as {at, unit: 'year'|'month'|'day',
// label} (label: the ISO form; a chart shows tickLabel(at, unit) of i18n.js).
export function timeTicks(t0, t1) {
  const span = t1 - t0;
  const ticks = [];
  const start = new Date(t0);
  if (span > 3 * 365 * DAY) {
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y++) {
      const at = Date.UTC(y, 0, 1);
      if (at >= t0) ticks.push({ at, unit: 'year', label: String(y) });
    }
  } else {
    const step = span > 12 * 30 * DAY ? 3 : span > 4 * 30 * DAY ? 1 : 1;
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); Date.UTC(y, m, 1) <= t1; m += step) {
      const at = Date.UTC(y, m, 1);
      if (at >= t0) ticks.push({ at, unit: 'month', label: new Date(at).toISOString().slice(0, 7) });
    }
    if (span < 60 * DAY) {
      for (let at = Math.ceil(t0 / (7 * DAY)) * 7 * DAY; at <= t1; at += 7 * DAY)
        // A week's tick leaves room for a month's label beside it.
        if (!ticks.some((x) => Math.abs(x.at - at) < 5 * DAY)) ticks.push({ at, unit: 'day', label: isoDay(at).slice(5) });
    }
  }
  return ticks.sort((a, b) => a.at - b.at);
}

// The width a chart is drawn at: the panel's inner width, between 320 and 960
// user units, so that a chart's text is drawn at about its own size on any
// screen (a 960-wide chart shown 370 px wide would draw 12 px labels at 4.6 px).
export function chartWidth(max = 960) {
  const panel = typeof document === 'undefined' ? null : document.getElementById('panel');
  if (!panel || !panel.clientWidth) return max;
  const style = getComputedStyle(panel);
  const inner = panel.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 2;
  return Math.round(Math.min(max, Math.max(320, inner)));
}

// A time axis proportional to time: the instant `ms` on [x0, x1] for the domain [t0, t1].
export function timeScale([t0, t1], [x0, x1]) {
  const k = (x1 - x0) / Math.max(1, t1 - t0);
  return (ms) => x0 + (ms - t0) * k;
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

// The ticks whose labels fit: years first, then months, then days, each kept
// only `gap` or more from every tick kept before it. position(tick) → x.
export function fitTicks(ticks, position, gap) {
  const rank = { year: 0, month: 1, day: 2 };
  const kept = [];
  for (const tick of ticks.slice().sort((a, b) => (rank[a.unit] ?? 3) - (rank[b.unit] ?? 3) || a.at - b.at)) {
    const x = position(tick);
    if (kept.every((k) => Math.abs(position(k) - x) >= gap)) kept.push(tick);
  }
  return kept.sort((a, b) => a.at - b.at);
}
