// Cuts a batch of corpus files into units of work for the worker pool. A JSONL
// file is cut at line breaks into pieces of about `size` bytes; each piece
// knows the line and byte where it starts in the whole file, so the core
// reports problems at whole-file positions (Session.addFilePart). Any other
// file is one unit. Nothing here reads a document: bytes and line breaks only.

export const isJsonl = (name) => /\.(jsonl|ndjson)$/i.test(name);

const NEWLINE = 0x0a;

export function countNewlines(bytes, start = 0, end = bytes.length) {
  const view = bytes.subarray(start, end);
  let n = 0;
  for (let i = view.indexOf(NEWLINE); i !== -1; i = view.indexOf(NEWLINE, i + 1)) ++n;
  return n;
}

// Only spaces, tabs and line breaks: a piece like that would be reported as an
// empty file, so it stays with the piece before it.
function blank(bytes, start, end) {
  for (let i = start; i < end; ++i) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== NEWLINE) return false;
  }
  return true;
}

// The end of a piece that starts at `start`: just after the first line break
// at or beyond start + size (the file's end if there is none).
function pieceEnd(bytes, start, size) {
  if (start + size >= bytes.length) return bytes.length;
  const at = bytes.indexOf(NEWLINE, start + size - 1);
  if (at === -1) return bytes.length;
  return blank(bytes, at + 1, bytes.length) ? bytes.length : at + 1;
}

// files: [{name, bytes: ArrayBuffer}] → units in file order:
// [{file (index into files), name, start, end, firstLine, lastLine}], where
// `start` is also the unit's first byte in the file; lastLine is null for a
// file left whole. A UTF-8 byte order mark stays in the first piece only.
export function cutUnits(files, size) {
  const units = [];
  files.forEach(({ name, bytes: buffer }, file) => {
    const bytes = new Uint8Array(buffer);
    if (!isJsonl(name) || bytes.length <= size) {
      units.push({ file, name, start: 0, end: bytes.length, firstLine: 1, lastLine: null });
      return;
    }
    let line = 1;
    for (let start = 0; start < bytes.length;) {
      const end = pieceEnd(bytes, start, size);
      const breaks = countNewlines(bytes, start, end);
      const lastLine = line + breaks - (bytes[end - 1] === NEWLINE ? 1 : 0);
      units.push({ file, name, start, end, firstLine: line, lastLine });
      line += breaks;
      start = end;
    }
  });
  return units;
}

// The bytes of a unit, as its own buffer (to be transferred to a worker), and
// the position arguments of Session.addFilePart.
export function unitPiece(files, unit) {
  return {
    name: unit.name,
    bytes: files[unit.file].bytes.slice(unit.start, unit.end),
    firstLine: unit.firstLine,
    firstByte: unit.start,
  };
}
