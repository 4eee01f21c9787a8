// Where a date of the analysis sits on a time axis (web/src/chart.js): every
// precision the core writes — year, month, day and ISO week — gives a finite
// span, so no chart is drawn at NaN.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { dateEnd, dateMid, dateStart, fitTicks, isoDay, periodDomain, placeable, timeScale, timeTicks } from '../../web/src/chart.js';

describe('chart dates', () => {
  it('reads an ISO week as its Monday to the next Monday', () => {
    assert.equal(isoDay(dateStart('2015-W30')), '2015-07-20');
    assert.equal(isoDay(dateEnd('2015-W30')), '2015-07-27');
    // Week 1 of 2021 starts in 2021; week 1 of 2020 in December 2019.
    assert.equal(isoDay(dateStart('2021-W01')), '2021-01-04');
    assert.equal(isoDay(dateStart('2020-W01')), '2019-12-30');
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
  it('a week\'s tick keeps room for the month\'s label beside it', () => {
    const ticks = timeTicks(dateStart('2022-07-05'), dateEnd('2022-08-25'));
    const sorted = ticks.map((x) => x.at).sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i] - sorted[i - 1] >= 5 * 86400000, ticks.map((x) => isoDay(x.at)).join());
    assert.ok(ticks.some((x) => x.unit === 'month' && isoDay(x.at) === '2022-08-01'));
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

  it('keeps the ticks whose labels fit, years before months before days', () => {
    const ticks = timeTicks(Date.UTC(1960, 0, 1), Date.UTC(2020, 0, 1));
    const x = timeScale([Date.UTC(1960, 0, 1), Date.UTC(2020, 0, 1)], [0, 300]);
    const kept = fitTicks(ticks, (k) => x(k.at), 50);
    assert.ok(kept.length >= 5 && kept.length <= 7, kept.length);
    for (let i = 1; i < kept.length; i++) assert.ok(x(kept[i].at) - x(kept[i - 1].at) >= 50);
    const mixed = [{ at: 10, unit: 'day' }, { at: 12, unit: 'month' }, { at: 40, unit: 'day' }];
    assert.deepEqual(fitTicks(mixed, (k) => k.at, 10).map((k) => k.unit), ['month', 'day']);
  });
});
