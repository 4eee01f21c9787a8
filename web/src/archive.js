// Reads a .zip dropped on the page: a Marsad offline bundle (its corpus is the
// JSON inside index.html) or an archive of corpus files (.jsonl .json .csv
// .txt). Expansion is streamed and counted, so a zip bomb is stopped early
// with a message instead of filling the tab's memory: the archive may not
// expand beyond `maxBytes`, nor beyond kMaxRatio times the compressed bytes
// read so far (text compresses 3–10 times) once past kRatioFloor — counted on
// the stream, so sizes that the archive's headers misstate change nothing.
import { Unzip, UnzipInflate } from 'fflate';

const kMaxRatio = 100;
const kRatioFloor = 16 << 20;  // small entries may compress as they like
const kSlice = 16 << 10;       // compressed bytes fed at a time: bounds each expansion step
const corpusFile = /\.(jsonl|ndjson|json|csv|txt)$/i;
const bundleCorpus = /<script type="application\/json" id="marsad-corpus">([\s\S]*?)<\/script>/;

export const isArchive = (name, bytes) =>
  /\.zip$/i.test(name) || (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4);

class Refused extends Error {}

function concat(chunks, size) {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function fromBase64(text) {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; ++i) out[i] = binary.charCodeAt(i);
  return out;
}

// The entries of `bytes` that matter, expanded: {name, bytes}. Throws Refused.
async function expand(archiveName, bytes, maxBytes) {
  const entries = [];
  let total = 0;
  let fed = 0;
  let skipped = 0;
  const unzip = new Unzip((file) => {
    const keep = corpusFile.test(file.name) || /(^|\/)index\.html$/i.test(file.name);
    if (!keep || file.name.endsWith('/')) {
      if (!file.name.endsWith('/')) ++skipped;
      return;
    }
    const chunks = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw new Refused(`${archiveName}: ${file.name}: ${error.message}`);
      size += chunk.length;
      total += chunk.length;
      if (total > maxBytes)
        throw new Refused(`${archiveName}: expands beyond ${Math.round(maxBytes / 1e6)} MB, more than this page can analyze now; not read`);
      if (total > kRatioFloor && total > fed * kMaxRatio)
        throw new Refused(`${archiveName}: expands more than ${kMaxRatio} times its compressed size (a zip bomb?); not read`);
      chunks.push(chunk);
      if (final) entries.push({ name: file.name, bytes: concat(chunks, size) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += kSlice) {
    fed = Math.min(bytes.length, at + kSlice);
    unzip.push(bytes.subarray(at, at + kSlice), at + kSlice >= bytes.length);
    if ((at / kSlice) % 64 === 63) await new Promise((resolve) => setTimeout(resolve));  // the page stays responsive
  }
  return { entries, skipped };
}

// → {files: [{name, bytes: ArrayBuffer}], removed: [ids], problems: [{file, message}]}
export async function readArchive(name, bytes, maxBytes) {
  let expanded;
  try {
    expanded = await expand(name, new Uint8Array(bytes), maxBytes);
  } catch (error) {
    const message = error instanceof Refused ? error.message : `${name}: not a readable zip archive (${error.message ?? error})`;
    return { files: [], removed: [], problems: [{ file: name, message }] };
  }
  const problems = [];
  const files = [];
  let removed = [];
  for (const entry of expanded.entries) {
    if (!/index\.html$/i.test(entry.name)) {
      files.push({ name: `${name}/${entry.name}`, bytes: entry.bytes.buffer });
      continue;
    }
    // An offline bundle: its corpus is JSON inside index.html.
    const found = bundleCorpus.exec(new TextDecoder().decode(entry.bytes));
    if (!found) continue;
    try {
      const corpus = JSON.parse(found[1]);
      for (const f of corpus.files ?? [])
        if (typeof f?.name === 'string' && typeof f?.base64 === 'string') files.push({ name: f.name, bytes: fromBase64(f.base64).buffer });
      removed = (corpus.removed ?? []).filter((id) => typeof id === 'string');
    } catch (error) {
      problems.push({ file: name, message: `${name}: ${entry.name}: the bundle's corpus is not readable (${error.message})` });
    }
  }
  if (expanded.skipped) problems.push({ file: name, message: `${name}: ${expanded.skipped} file(s) of other types skipped`, warning: true });
  if (!files.length && !problems.length)
    problems.push({ file: name, message: `${name}: no corpus files (.jsonl .json .csv .txt) and no Marsad bundle inside` });
  return { files, removed, problems };
}
