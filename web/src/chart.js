// Small helpers shared by the hand-drawn SVG charts: dates on a time axis and
// tick marks. Dates are the core's ISO strings (year, month, day or ISO week).

const DAY = 86400000;

// The first instant of a date at its precision, and the end of its period.
// Dates as the analysis writes them: a year, a month, a day, or an ISO week
// ("2015-W30": Monday to Sunday of that week).
function isoWeekStart(year, week) {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;  // Monday of week 1
  return monday + (week - 1) * 7 * DAY;
}
export function dateStart(iso) {
  const week = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (week) return isoWeekStart(Number(week[1]), Number(week[2]));
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}
export function dateEnd(iso) {
  const week = /^(\d{4})-W(\d{2})$/.exec(iso);
  if (week) return isoWeekStart(Number(week[1]), Number(week[2])) + 7 * DAY;
  const parts = iso.split('-').map(Number);
  if (parts.length === 1) return Date.UTC(parts[0] + 1, 0, 1);
  if (parts.length === 2) return Date.UTC(parts[0], parts[1], 1);
  return Date.UTC(parts[0], parts[1] - 1, parts[2]) + DAY;
}
// Where a date sits: a day at its day, a month or year in its middle.
export function dateMid(iso) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dateStart(iso) + DAY / 2;
  return (dateStart(iso) + dateEnd(iso)) / 2;
}

export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// Ticks for [t0, t1]: years, quarters or months, as {at, label}.
export function timeTicks(t0, t1) {
  const span = t1 - t0;
  const ticks = [];
  const start = new Date(t0);
  if (span > 3 * 365 * DAY) {
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y++) {
      const at = Date.UTC(y, 0, 1);
      if (at >= t0) ticks.push({ at, label: String(y) });
    }
  } else {
    const step = span > 12 * 30 * DAY ? 3 : span > 4 * 30 * DAY ? 1 : 1;
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); Date.UTC(y, m, 1) <= t1; m += step) {
      const at = Date.UTC(y, m, 1);
      if (at >= t0) ticks.push({ at, label: new Date(at).toISOString().slice(0, 7) });
    }
    if (span < 60 * DAY) {
      for (let at = Math.ceil(t0 / (7 * DAY)) * 7 * DAY; at <= t1; at += 7 * DAY)
        if (!ticks.some((x) => Math.abs(x.at - at) < 3 * DAY)) ticks.push({ at, label: isoDay(at).slice(5) });
    }
  }
  return ticks.sort((a, b) => a.at - b.at);
}
