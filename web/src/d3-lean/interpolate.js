// The site's d3-interpolate (scripts/lib/build-site.mjs aliases the package to
// this file; Node and the tests use the package itself). d3-scale's
// continuous scales interpolate their range and invert their domain, which in
// this page are always numbers (x and y in chart units, instants in ms); the
// package's general interpolator would bring d3-color's colour names and
// parsing into the page (4 KB gzipped) for nothing. The same formulas for
// numbers; anything else throws, so a chart that needs more fails in the
// browser tests instead of drawing wrong.
function number(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number') throw new TypeError('d3-interpolate in the site interpolates numbers only (web/src/d3-lean)');
  return (t) => a * (1 - t) + b * t;
}

export const interpolate = number;
export const interpolateNumber = number;
export function interpolateRound(a, b) {
  const f = number(a, b);
  return (t) => Math.round(f(t));
}
export function piecewise(interpolator, values) {
  if (values === undefined) [values, interpolator] = [interpolator, number];
  const n = values.length - 1;
  const parts = values.slice(1).map((v, i) => interpolator(values[i], v));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i](t - i);
  };
}
