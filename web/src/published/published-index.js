// A published index (docs/published-index.md) as the page uses it: lookups
// by key in the bucketed files, each fetched once, and the chunks a view
// needs loaded into the main worker's Session — the Session is started over
// whenever the view needs another set, so what a view shows depends on its
// state alone and a share link opens the same view for anyone.
import { bucket } from './buckets.js';
import { fetchBytes, fetchJson } from './fetch-index.js';
import { chunksFor } from './view-chunks.js';

export class PublishedIndex {
  constructor(manifest, base) {
    this.manifest = manifest;
    this.base = new URL('published/', base);
    this.tables = new Map();   // "kind/bucket" → Promise of its table
    this.chunkBytes = new Map(); // chunk number → Promise of its shard bytes (inflated)
    this.loaded = [];          // chunk numbers in the Session, ascending
    this.matching = 0;         // how many chunks the current view could use
    this.queue = Promise.resolve();  // one preparation at a time: each starts the Session over
  }

  table(kind, key) {
    const name = `${kind}/${bucket(key, this.manifest.buckets[kind])}`;
    if (!this.tables.has(name)) {
      const url = new URL(`index/${name}.json.gz`, this.base);
      this.tables.set(name, fetchJson(url).catch((error) => {
        this.tables.delete(name);
        throw error;
      }));
    }
    return this.tables.get(name).then((table) => table[key]);
  }

  async documentChunk(id) {
    const name = await this.table('documents', id);
    const n = this.manifest.chunks.findIndex((c) => c.name === name);
    return n >= 0 ? n : undefined;
  }
  async actorChunks(id) { return (await this.table('actors', id)) ?? []; }
  async relationChunks(a, b) { return (await this.table('relations', a))?.[b] ?? []; }
  // The chunks holding every word of a normalized query.
  async termChunks(normalized) {
    const words = normalized.split(' ').filter(Boolean);
    if (!words.length) return [];
    const lists = await Promise.all(words.map((w) => this.table('terms', w).then((l) => new Set(l ?? []))));
    return [...lists[0]].filter((n) => lists.every((l) => l.has(n)));
  }

  chunk(n) {
    if (!this.chunkBytes.has(n)) {
      const url = new URL(`chunks/${this.manifest.chunks[n].name}.json.gz`, this.base);
      this.chunkBytes.set(n, fetchBytes(url).catch((error) => {
        this.chunkBytes.delete(n);
        throw error;
      }));
    }
    return this.chunkBytes.get(n);
  }

  // Loads what the view of `state` needs into `client`'s Session; true when
  // the Session changed. normalize(text) → the core's normalized query.
  prepare(client, state, story, normalize) {
    const next = this.queue.then(() => this.load(client, state, story, normalize));
    this.queue = next.catch(() => {});
    return next;
  }

  async load(client, state, story, normalize) {
    const { chunks, matching } = await chunksFor(this, state, story, normalize);
    this.matching = matching;
    if (chunks.length === this.loaded.length && chunks.every((n, i) => n === this.loaded[i])) return false;
    const shards = await Promise.all(chunks.map((n) => this.chunk(n)));
    await client.reset();
    this.loaded = [];
    for (const [i, n] of chunks.entries()) {
      // A copy moves to the worker; the fetched bytes stay for the next view.
      await client.mergeShard(this.manifest.chunks[n].name, shards[i].slice(0));
      this.loaded.push(n);
    }
    return true;
  }

  loadedDocuments() {
    return this.loaded.reduce((sum, n) => sum + this.manifest.chunks[n].documents, 0);
  }
}
