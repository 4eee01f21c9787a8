// The problems of reading input, in the reader's language. The core writes
// each problem's message in English, for whoever debugs a file
// (docs/analysis-json.md); the page says what happened in plain words and
// keeps that message as the technical detail. A duplicate merged or an id
// renamed is information, not a problem: nothing was lost.

// [pattern of the message, kind, level]; the first that matches. Levels:
// 'error' (something was not read), 'warning' (read, with a change),
// 'info' (read as intended, worth knowing).
const kinds = [
  [/^duplicate of document "([^"]*)"/, 'duplicate', 'info'],
  [/^id "([^"]*)" is already used by another document; this one is "([^"]*)"/, 'idReused', 'info'],
  [/file\(s\) of other types skipped/, 'archiveSkipped', 'info'],
  [/looks like UTF-16/, 'utf16', 'error'],
  [/^binary file, not read \(a PDF/, 'pdf', 'error'],
  [/^binary file/, 'binary', 'error'],
  [/^invalid UTF-8 at byte/, 'badBytes', 'warning'],
  [/^empty file$/, 'empty', 'error'],
  [/^ambiguous date "([^"]*)"/, 'ambiguousDate', 'warning'],
  [/^invalid date "([^"]*)"/, 'badDate', 'warning'],
  [/^missing text/, 'noText', 'error'],
  [/^near-empty document \((\d+) words?\)/, 'nearEmpty', 'info'],
  [/truncated\?/, 'truncated', 'error'],
  [/^no "text" column/, 'noTextColumn', 'error'],
  [/^row has \d+ fields/, 'csvRow', 'error'],
  [/^unterminated quoted field/, 'csvQuote', 'error'],
  [/^text after a closing quote|^duplicate column/, 'csvOdd', 'warning'],
  [/expected a string; field dropped/, 'fieldDropped', 'warning'],
  [/expands beyond/, 'archiveTooLarge', 'error'],
  [/expands more than \d+ times/, 'zipBomb', 'error'],
  [/not a readable zip archive|the bundle's corpus is not readable/, 'badArchive', 'error'],
  [/no corpus files .* and no Marsad bundle/, 'archiveEmpty', 'error'],
  [/helper worker failed/, 'helperFailed', 'error'],
  [/malformed|expected a JSON object|not an object|unexpected|missing ','|extra ','|expected an array|"documents" array|unbalanced/, 'badJson', 'error'],
];

// A problem {file, line?, byte?, field?, message, warning?, plain?} →
// {kind, args, level, detail}: `kind` names its plain-language string
// (i18n `problem_<kind>`, given `args`: what the message quotes), `detail`
// is the technical text (where, and the message as written). A problem the page wrote in the reader's language
// already (`plain`) is its own text.
export function classify(p) {
  const message = String(p.message ?? '');
  const where = [p.file, p.line ? `:${p.line}` : '', p.byte !== undefined && p.byte !== null && p.byte >= 0 ? ` @${p.byte}` : '',
    p.field ? ` (${p.field})` : ''].join('');
  // The page's own messages name their file first, as the location does.
  const detail = `${where}: ${p.file && message.startsWith(`${p.file}: `) ? message.slice(p.file.length + 2) : message}`;
  if (p.plain) return { kind: null, args: [], level: 'error', detail: null };
  for (const [pattern, kind, level] of kinds) {
    const m = pattern.exec(message);
    if (m) return { kind, args: m.slice(1), level: level === 'error' && p.warning ? 'warning' : level, detail };
  }
  return { kind: 'other', args: [], level: p.warning ? 'warning' : 'error', detail };
}
