// "Download this corpus as an offline bundle", built in the browser: the same
// single folder as scripts/bundle (index.html with the corpus embedded, the
// classic script with worker and wasm inlined, styles), zipped with fflate.
import { strToU8, zipSync } from 'fflate';
import { offlineIndex } from './bundle-html.mjs';
import { download } from './export.js';

async function get(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname ?? url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// corpus: {files: [{name, bytes}], removed: [ids], lang}; base: the site's URL.
export async function makeBundle(corpus, base) {
  const [index, script, style, icon] = await Promise.all([
    get(new URL('index.html', base)), get(new URL('offline/marsad.js', base)),
    get(new URL('style.css', base)), get(new URL('favicon.svg', base)),
  ]);
  const html = offlineIndex(new TextDecoder().decode(index), corpus, corpus.lang);
  const zip = zipSync({
    marsad: {
      'index.html': strToU8(html), 'marsad.js': [script, { level: 6 }],
      'style.css': style, 'favicon.svg': icon,
    },
  }, { level: 6 });
  download('marsad.zip', new Blob([zip], { type: 'application/zip' }));
}
