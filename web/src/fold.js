// Text folded for searching actors as one types: Arabic letters folded as
// the core folds them for matching (core/src/text/normalizer.cpp): every
// alef with hamza or madda to bare alef, ؤ to و, ئ and ى to ي, ة to ه,
// diacritics and tatweel removed, Arabic-Indic digits to ASCII; Latin letters
// lowercased; runs of spaces, _ and - one space. A search matches a name when
// its folded form is inside the name's.

const alef = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;
const marks = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;  // diacritics, Quranic marks, tatweel
const invisible = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function fold(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(invisible, '')
    .replace(marks, '')
    .replace(alef, '\u0627')
    .replace(/\u0624/g, '\u0648')
    .replace(/[\u0626\u0649\u06cc]/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase()
    .replace(/[\s_\-]+/g, ' ')
    .trim();
}

// How well a folded query matches a folded name: 2 at the start of a word of
// it (the article ال skipped: «نصره» at «النصره»), 1 inside it, 0 not at all.
export function matchRank(name, query) {
  if (!query) return 1;
  const wordStart = (i) => i === 0 || name[i - 1] === ' ' ||
    (name.slice(i - 2, i) === '\u0627\u0644' && (i === 2 || name[i - 3] === ' '));
  let at = name.indexOf(query);
  if (at < 0) return 0;
  for (; at >= 0; at = name.indexOf(query, at + 1)) if (wordStart(at)) return 2;
  return 1;
}
