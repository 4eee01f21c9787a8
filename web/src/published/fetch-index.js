// Reads a published index's files (docs/published-index.md): the manifest,
// and gzip-compressed JSON that the browser inflates itself
// (DecompressionStream). A host that already sent a file with
// Content-Encoding: gzip hands over inflated bytes; those are taken as they are.

export async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname ?? url}: ${response.status}`);
  const bytes = await response.arrayBuffer();
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes;
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

export async function fetchJson(url) {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(url)));
}

// The manifest of a published site, or null for the ordinary page (which
// analyzes its sample in the browser). scripts/publish marks its page with
// <meta name="marsad-published" content="published/manifest.json">, so the
// ordinary page asks for nothing. A manifest that is named but unreadable is
// an error naming the file.
export async function findManifest(base) {
  const path = document.querySelector('meta[name="marsad-published"]')?.getAttribute('content');
  if (!path) return null;
  const url = new URL(path, base);
  if (url.origin !== new URL(base).origin) throw new Error(`${path}: not on this site · ليس على هذا الموقع`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  let manifest = null;
  try {
    manifest = await response.json();
  } catch { /* reported below */ }
  if (manifest?.marsad_published !== 1 || !Array.isArray(manifest.chunks))
    throw new Error(`${path}: not a Marsad published index · ليس فهرسًا منشورًا لمرصد`);
  return manifest;
}
