// Where a date of the analysis sits on a time axis (web/src/chart.js): every
// precision the core writes — year, month, day and ISO week — gives a finite
// span, so no chart is drawn at NaN.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { dateEnd, dateMid, dateStart, isoDay } from '../../web/src/chart.js';

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
