// CAMEO codes and Goldstein scores in words, in the interface language. The
// table is generated from the core's own (web/src/cameo-table.js).
import { cameo } from './cameo-table.js';
import { language, num, t } from './i18n.js';

// The plain-language name of a code («1823» → «Kill by physical assault»,
// «قتل بالاعتداء الجسدي»); a code with no label in the language gets its
// nearest parent's (1823 → 182 → 18); an unknown code stays as it is.
export function codeLabel(code, lang = language()) {
  for (let c = String(code ?? ''); c.length >= 2; c = c.slice(0, -1)) {
    const label = cameo[c]?.[lang];
    if (label) return label;
  }
  return String(code ?? '');
}

// The code's name with the code itself, for lists and tooltips: «اغتيال (CAMEO 186)».
export function codeWithLabel(code) {
  return `${codeLabel(code)} (CAMEO ${code})`;
}

// A Goldstein score in words: «−7 (conflictual)», «+3.4 (cooperative)», «0 (neutral)».
export function goldsteinLabel(g) {
  if (g === null || g === undefined || Number.isNaN(Number(g))) return '—';
  const kind = g > 0 ? 'cooperative' : g < 0 ? 'conflictual' : 'neutral';
  return `${g > 0 ? '+' : ''}${num(g)} (${t(kind)})`;
}
