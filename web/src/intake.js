// Turns picked or dropped File objects into corpus files without reading what
// cannot fit: a file larger than the analyzer can still take (`room`, from the
// core's memory ceiling) is refused by its size and never read into the page;
// archives (.zip: offline bundles, archives of corpus files) are expanded
// under the same limit (web/src/archive.js).
import { isArchive, readArchive } from './archive.js';

const mb = (bytes) => (bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0);

// → {files: [{name, bytes}], removed: [ids], problems: [{file, message, warning?, plain?}]}
// (plain: a message already in the reader's language)
export async function intake(list, room, t) {
  const out = { files: [], removed: [], problems: [] };
  let left = room;
  for (const file of list) {
    if (file.size > left) {
      out.problems.push({ file: file.name, plain: true, message: t('tooLarge', file.name, mb(file.size), mb(Math.max(0, left))) });
      continue;
    }
    const bytes = await file.arrayBuffer();
    const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
    if (isArchive(file.name, head)) {
      const archive = await readArchive(file.name, bytes, left);
      out.files.push(...archive.files);
      out.removed.push(...archive.removed);
      out.problems.push(...archive.problems);
      for (const f of archive.files) left -= f.bytes.byteLength;
    } else {
      out.files.push({ name: file.name, bytes });
      left -= bytes.byteLength;
    }
  }
  return out;
}
