// The offline bundle's index.html, made from the site's index.html: one
// classic script instead of the module, a CSP for file:// (the worker is a
// Blob), and the corpus as a JSON data block (never executed). Shared by
// scripts/lib/bundle.mjs (Node) and the page's "download as bundle" button.

export const offlineCsp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src blob:; connect-src 'none'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; base-uri 'none'; form-action 'none'";

function base64(bytes) {
  const view = new Uint8Array(bytes);
  if (typeof Buffer !== 'undefined') return Buffer.from(view).toString('base64');
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

// corpus: {files: [{name, bytes, sample}], removed: [ids]}; `sample` marks the
// site's sample corpus, whose story the bundle tells only while it is alone.
export function corpusBlock(corpus) {
  const json = JSON.stringify({
    files: corpus.files.map((f) => ({ name: f.name, base64: base64(f.bytes), ...(f.sample ? { sample: true } : {}) })),
    removed: corpus.removed ?? [],
  });
  // `<` never appears raw, so the block cannot close itself.
  return `<script type="application/json" id="marsad-corpus">${json.replace(/</g, '\\u003c')}</script>`;
}

export function offlineIndex(siteIndex, corpus, lang = 'ar') {
  let html = siteIndex
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/s, `<meta http-equiv="Content-Security-Policy" content="${offlineCsp}">`)
    .replace(/<script type="module" src="app.js"><\/script>/, '<script defer src="marsad.js"></script>')
    .replace('</body>', `${corpusBlock(corpus)}\n</body>`);
  if (lang === 'en') html = html.replace('<html lang="ar" dir="rtl">', '<html lang="en" dir="ltr">');
  if (!html.includes('src="marsad.js"') || !html.includes('id="marsad-corpus"')) throw new Error('index.html has an unexpected shape');
  return html;
}
