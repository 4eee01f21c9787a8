// The site's d3-time-format (scripts/lib/build-site.mjs aliases the package to
// this file; Node and the tests use the package itself). d3-scale's time
// scales make their default tick format from it, which the page never uses:
// its tick labels are the interface's own, in Arabic or English (i18n.js
// tickLabel). The package's formatting and parsing of every locale directive
// would cost 3.5 KB gzipped; a format made here throws if it is ever called.
function unused(specifier) {
  return () => {
    throw new Error(`d3-time-format in the site formats nothing («${specifier}»): label ticks with i18n.js (web/src/d3-lean)`);
  };
}

export const timeFormat = unused;
export const utcFormat = unused;
