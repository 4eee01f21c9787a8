// Where a date of the analysis sits on a time axis (web/src/chart.js): every
// precision the core writes — year, month, day and ISO week, from a reference
// to history to this year — gives a finite span, so no chart is drawn at NaN;
// the axes are d3's time scale and its ticks, thinned until their labels fit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { bulkPeriod, chartPoints, dateEnd, dateMid, dateStart, fitTicks, goldsteinScale, isoDay, periodDomain, placeable, textWidth, timeScale, timeTicks } from '../../web/src/chart.js';

describe('chart dates', () => {
  it('reads an ISO week as its Monday to the next Monday', () => {
    assert.equal(isoDay(dateStart('2015-W30')), '2015-07-20');
    assert.equal(isoDay(dateEnd('2015-W30')), '2015-07-27');
    // Week 1 of 2021 starts in 2021; week 1 of 2020 in December 2019.
    assert.equal(isoDay(dateStart('2021-W01')), '2021-01-04');
    assert.equal(isoDay(dateStart('2020-W01')), '2019-12-30');
  });

  it('reads a year of history as that year, even before 100', () => {
    assert.equal(isoDay(dateStart('1622-05-10')), '1622-05-10');
    assert.equal(new Date(dateStart('0050')).getUTCFullYear(), 50);
    assert.equal(isoDay(dateEnd('0632-06')), '0632-07-01');
  });

  it('gives every precision a finite middle inside its span', () => {
    for (const iso of ['2019', '2019-04', '2019-04-15', '2019-W16']) {
      const [a, b, m] = [dateStart(iso), dateEnd(iso), dateMid(iso)];
      assert.ok(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(m), iso);
      assert.ok(a < m && m < b, iso);
    }
  });
});

describe('chart dates that are no dates', () => {
  it('places a week at its middle, Thursday noon', () => {
    assert.equal(new Date(dateMid('2022-W29')).toISOString(), '2022-07-21T12:00:00.000Z');
  });

  it('gives NaN, never a wrong place, for what is not a date of the analysis', () => {
    for (const iso of ['', 'PAST_REF', 'XXXX-07', '2019-13', '2019-W54', '2019-04-32', 'P2D', null, undefined]) {
      assert.equal(placeable(iso), false, String(iso));
      assert.ok(Number.isNaN(dateStart(iso)) && Number.isNaN(dateEnd(iso)) && Number.isNaN(dateMid(iso)), String(iso));
    }
    for (const iso of ['2022', '2022-07', '2022-07-21', '2022-W29', '2022-07-21T10:00:00Z']) assert.equal(placeable(iso), true, iso);
  });
});

describe('time ticks', () => {
  const label = (at, unit) => (unit === 'year' ? String(new Date(at).getUTCFullYear()) : unit === 'month' ? `Jul 2022` : '21 Jul');
  const gaps = (ticks) => ticks.slice(1).map((k, i) => k.x - ticks[i].x - (k.width + ticks[i].width) / 2);

  it('on two months of 2022: weeks or months whose labels do not overlap, inside the domain', () => {
    const x = timeScale([dateStart('2022-07-05'), dateEnd('2022-08-25')], [72, 940]);
    const ticks = timeTicks(x, label);
    assert.ok(ticks.length >= 3, ticks.map((k) => isoDay(k.at)).join());
    assert.ok(ticks.every((k) => k.at >= dateStart('2022-07-05') && k.at <= dateEnd('2022-08-25')));
    assert.ok(gaps(ticks).every((g) => g >= 10), gaps(ticks).join());
  });

  it('from 1622 to 2022: round years at an even step, proportional to time', () => {
    const x = timeScale([dateStart('1622'), dateEnd('2022-W29')], [72, 940]);
    const ticks = timeTicks(x, label);
    const years = ticks.map((k) => new Date(k.at).getUTCFullYear());
    assert.ok(ticks.every((k) => k.unit === 'year'));
    const step = years[1] - years[0];
    assert.ok([10, 20, 25, 50, 100].includes(step) && years.every((y) => y % step === 0), years.join());
    const slope = (ticks.at(-1).x - ticks[0].x) / (ticks.at(-1).at - ticks[0].at);
    for (const k of ticks) assert.ok(Math.abs(k.x - (ticks[0].x + (k.at - ticks[0].at) * slope)) < 1e-6);
    assert.ok(Number.isFinite(x(dateMid('1622'))) && Number.isFinite(x(dateMid('2022-W29'))));
  });

  it('a phone\'s axis keeps at most `max` ticks; labels past the chart\'s edges are left out; never hours', () => {
    const x = timeScale([dateStart('2015-07-01'), dateEnd('2015-08-31')], [60, 330]);
    const ticks = timeTicks(x, label, { max: 4, bounds: [0, 350] });
    assert.ok(ticks.length >= 1 && ticks.length <= 4, ticks.length);
    assert.ok(ticks.every((k) => k.x - k.width / 2 >= 0 && k.x + k.width / 2 <= 350));
    const week = timeScale([dateStart('2015-07-01'), dateEnd('2015-07-07')], [72, 940]);
    assert.ok(timeTicks(week, label).every((k) => k.at % 86400000 === 0), 'whole days');
  });

  it('the Goldstein scale: −10 at the bottom, +10 at the top, ticks every 5', () => {
    const y = goldsteinScale(20, 300);
    assert.deepEqual([y(-10), y(0), y(10)], [300, 160, 20]);
    assert.deepEqual(y.ticks(4), [-10, -5, 0, 5, 10]);
  });

  it('estimates a label\'s width without a canvas', () => {
    assert.ok(textWidth('\u2067يوليو 2022\u2069', 12) > 40);
  });
});

describe('period axes', () => {
  it('spans every period the core writes, from a reference to history to a week, with a margin', () => {
    const periods = ['1969', '2015-07', '2015-W30', 'PAST_REF'];
    const [t0, t1] = periodDomain(periods);
    assert.ok(Number.isFinite(t0) && Number.isFinite(t1));
    assert.ok(t0 < dateStart('1969') && t1 > dateEnd('2015-07'));
    assert.equal(periodDomain(['PAST_REF']), null);
    const x = timeScale([t0, t1], [72, 940]);
    assert.ok(x(dateMid('1969')) > 72 && x(dateMid('2015-07')) < 940);
  });

  it('keeps the labels that fit, years before months before days', () => {
    const years = Array.from({ length: 61 }, (_, i) => ({ at: Date.UTC(1960 + i, 6, 1), unit: 'year', label: String(1960 + i) }));
    const x = timeScale([Date.UTC(1960, 0, 1), Date.UTC(2021, 0, 1)], [0, 300]);
    const kept = fitTicks(years, (k) => x(k.at));
    assert.ok(kept.length >= 5 && kept.length <= 10, kept.length);
    for (let i = 1; i < kept.length; i++) assert.ok(kept[i].x - kept[i - 1].x >= (kept[i].width + kept[i - 1].width) / 2 + 10);
    const mixed = [{ at: 10, unit: 'day', label: 'a' }, { at: 12, unit: 'month', label: 'b' }, { at: 40, unit: 'day', label: 'c' }];
    assert.deepEqual(fitTicks(mixed, (k) => k.at, { size: 12, pad: 10 }).map((k) => k.unit), ['month', 'day']);
    // At the chart's edge a label moves inside it; its tick stays where it is.
    const [edge] = fitTicks([{ at: 5, unit: 'month', label: 'نوفمبر 2019' }], (k) => 330 + k.at, { bounds: [2, 338] });
    assert.equal(edge.at, 5);
    assert.ok(edge.x + edge.width / 2 <= 338 && edge.x < 335, JSON.stringify(edge));
  });

  it('draws each event alone, and on a large corpus one point a day, family and score', () => {
    const e = (id, date, family, goldstein, extra = {}) => ({ id, date, family, goldstein, ...extra });
    const events = [e('a', '2015-07-01', '04', 1.9), e('b', '2015-07-01', '04', 1.9), e('c', '2015-07-01', '04', 1.0),
      e('d', '2015-07-01', '19', -10), e('e', '2015-07-02', '04', 1.9), e('f', null, '04', 1.9, { window: { from: '2015-07-01', to: '2015-07-03' } }),
      e('g', '2015-07-01', '04', 1.9, { approximate: true }), e('h', '2015-07-01', '04', 1.9)];
    assert.deepEqual(chartPoints(events, 10).map((p) => p.map((x) => x.id)), events.map((x) => [x.id]));
    assert.deepEqual(chartPoints(events, 5).map((p) => p.map((x) => x.id)), [['a', 'b', 'h'], ['c'], ['d'], ['e'], ['f'], ['g']]);
  });

  it('opens a timeline on the period of most of its events when a few far ones would squeeze them', () => {
    const day = (d) => ({ date: d });
    const july = Array.from({ length: 40 }, (_, i) => day(`2015-07-${String(1 + (i % 28)).padStart(2, '0')}`));
    const full = [Date.UTC(2010, 0, 1), Date.UTC(2016, 0, 1)];
    const [a, b] = bulkPeriod([day('2011-03-02'), day('2013-12'), day('2014'), ...july], full);
    assert.ok(a > Date.UTC(2015, 5, 1) && b < Date.UTC(2015, 8, 1), `${isoDay(a)} – ${isoDay(b)}`);
    assert.ok(a <= dateStart('2015-07-01') && b >= dateEnd('2015-07-28'), 'every July event inside');
    // No far event, or too few events to tell: the whole period.
    assert.deepEqual(bulkPeriod(july, [Date.UTC(2015, 5, 28), Date.UTC(2015, 7, 3)]), [Date.UTC(2015, 5, 28), Date.UTC(2015, 7, 3)]);
    assert.deepEqual(bulkPeriod([day('2011-03-02'), ...july.slice(0, 10)], full), full);
  });
});
