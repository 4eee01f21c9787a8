// The site's lean stand-ins for two of d3-scale's dependencies
// (web/src/d3-lean, aliased by scripts/lib/build-site.mjs): for numbers, the
// same values as d3-interpolate's; anything else, and any use of a time
// format, throws rather than draw wrong.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import * as real from 'd3-interpolate';
import * as lean from '../../web/src/d3-lean/interpolate.js';
import { timeFormat, utcFormat } from '../../web/src/d3-lean/time-format.js';

describe('d3-lean', () => {
  it('interpolates numbers as d3-interpolate does', () => {
    const cases = [[0, 1], [72, 940], [-1.3e13, 1.7e12], [5, 5]];
    for (const [a, b] of cases)
      for (const t of [0, 0.25, 0.5, 1, 1.5, -0.5]) {
        assert.equal(lean.interpolate(a, b)(t), real.interpolate(a, b)(t));
        assert.equal(lean.interpolateNumber(a, b)(t), real.interpolateNumber(a, b)(t));
        assert.equal(lean.interpolateRound(a, b)(t), real.interpolateRound(a, b)(t));
      }
    for (const t of [0, 0.1, 0.5, 0.9, 1]) assert.equal(lean.piecewise([0, 10, 40])(t), real.piecewise([0, 10, 40])(t));
  });

  it('throws on what is not a number, and on any use of a time format', () => {
    assert.throws(() => lean.interpolate('red', 'blue'), /numbers only/);
    assert.throws(() => lean.interpolate(new Date(0), new Date(1)), /numbers only/);
    const format = utcFormat('%Y');
    assert.throws(() => format(new Date()), /formats nothing/);
    assert.throws(() => timeFormat('%b')(new Date()), /formats nothing/);
  });
});
