// The view state lives in the URL fragment: #v=relation&a=usa&b=haftar&lang=ar…
// Parsing is strict: unknown keys are ignored, a bad value is rejected (and
// reported, as text, by the caller); nothing from the fragment reaches the DOM
// as markup or as a URL.

export const views = ['timeline', 'relation', 'actors', 'network', 'reader', 'search'];

const kbId = /^[a-z][a-z0-9_]{0,63}$/;
// An actor: a knowledge-base id, or a name found in text ("new:" and its normalized words joined by _).
const id = { test: (s) => kbId.test(s) || /^new:[^\s<>&#,\u0000-\u001f\u007f]{1,300}$/u.test(s) };
const date = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const noControls = (s) => !/[\u0000-\u001f\u007f<>]/.test(s);

// key → validator returning the parsed value or undefined when bad.
const fields = {
  v: (s) => (views.includes(s) ? s : undefined),
  lang: (s) => (s === 'ar' || s === 'en' ? s : undefined),
  c: (s) => (/^[0-9a-f]{4,64}$/.test(s) ? s : undefined),
  // embed=1: the view without the page around it; embed=compact: its chart alone, with a caption.
  embed: (s) => (s === '1' ? true : s === 'compact' ? 'compact' : undefined),
  weak: (s) => (s === '1' ? true : undefined),   // show the weak events too
  hist: (s) => (s === '1' ? true : undefined),   // show references to history too
  solo: (s) => (s === '1' ? true : undefined),   // the timeline's actor filter without its affiliated actors
  a: (s) => (id.test(s) ? s : undefined),
  b: (s) => (id.test(s) ? s : undefined),
  cmp: (s) => {
    const list = s.split(',');
    return list.length <= 8 && list.every((x) => id.test(x)) ? list : undefined;
  },
  period: (s) => (s === 'month' || s === 'year' ? s : undefined),
  actor: (s) => (id.test(s) ? s : undefined),
  fam: (s) => (/^\d{2,4}$/.test(s) ? s : undefined),
  outlet: (s) => (s.length <= 120 && noControls(s) ? s : undefined),
  doc: (s) => (s.length <= 200 && s.length > 0 && noControls(s) ? s : undefined),
  fdoc: (s) => (s.length <= 200 && s.length > 0 && noControls(s) ? s : undefined),
  from: (s) => (date.test(s) ? s : undefined),
  to: (s) => (date.test(s) ? s : undefined),
  hl: (s) => {
    const m = /^(\d{1,9})-(\d{1,9})$/.exec(s);
    return m && Number(m[1]) < Number(m[2]) ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
  },
  q: (s) => (s.length <= 200 && noControls(s) ? s : undefined),
};

// The relation view's pair and sources default to the story's (web/src/story.js).
export const defaults = { v: 'timeline', lang: 'ar', period: 'month' };

// → {state, rejected: [key]} ; state holds only the keys present and valid.
export function parseFragment(hash) {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const state = {};
  const rejected = [];
  let params;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { state, rejected: ['#'] };
  }
  for (const [key, raw] of params) {
    if (!Object.hasOwn(fields, key)) continue;  // unknown keys are ignored
    const value = fields[key](raw);
    if (value === undefined) rejected.push(key);
    else state[key] = value;
  }
  return { state, rejected };
}

const order = ['v', 'a', 'b', 'cmp', 'period', 'actor', 'solo', 'fam', 'outlet', 'fdoc', 'from', 'to', 'doc', 'hl', 'q', 'weak', 'hist', 'lang', 'c', 'embed'];
const flags = new Set(['embed', 'weak', 'hist', 'solo']);

export function serializeFragment(state) {
  const params = new URLSearchParams();
  for (const key of order) {
    const value = state[key];
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (key === 'hl') params.set(key, `${value.start}-${value.end}`);
    else if (key === 'cmp') params.set(key, value.join(','));
    else if (key === 'embed' && value === 'compact') params.set(key, 'compact');
    else if (flags.has(key)) params.set(key, '1');
    else params.set(key, String(value));
  }
  return params.toString();
}

// Which keys belong to which view (others are dropped when switching views).
export const viewKeys = {
  timeline: ['actor', 'solo', 'fam', 'outlet', 'fdoc', 'from', 'to'],
  relation: ['a', 'b', 'cmp', 'period'],
  actors: ['actor'],
  network: ['from', 'to', 'actor'],
  reader: ['doc', 'hl', 'q'],
  search: ['q'],
};
