// Which chunks of a published index a view needs, from the view's state
// alone, so that a link opens the same view for anyone: the reader the
// chunk of its document; search the chunks holding every word of the query;
// an actor's profile the chunks that mention the actor most; a relation the
// chunks with an event between its actors (and the compared ones); the
// timeline and the network the chunks of their period (by document date),
// narrowed to an actor's. Without a document, actor or period: the latest
// chunk. At most `limit` chunks, the latest first (an actor's profile: those
// with the most mentions); the view says how many of how many it shows.

export const defaultLimit = 6;

// → {chunks: [number], matching: number (how many chunks the view could use)}
// story: the relation view's default pair and sources (web/src/story.js).
export async function chunksFor(index, state, story, normalize, limit = defaultLimit) {
  const { chunks } = index.manifest;
  const latest = () => [lastDated(chunks)];
  const view = state.v ?? 'timeline';
  let matching;
  if (view === 'reader') {
    matching = state.doc ? [await index.documentChunk(state.doc)].filter((n) => n !== undefined) : latest();
  } else if (view === 'search') {
    matching = state.q ? latestFirst(await index.termChunks(await normalize(state.q))) : latest();
  } else if (view === 'actors') {
    matching = state.actor ? byMentions(await index.actorChunks(state.actor)) : latest();
  } else if (view === 'relation') {
    const a = state.a ?? story.a, b = state.b ?? story.b;
    const sets = a && b ? await Promise.all([a, ...(state.cmp ?? story.cmp ?? [])].map((x) => index.relationChunks(x, b))) : [];
    matching = latestFirst([...new Set(sets.flat())]);
  } else {  // timeline, network
    const period = state.from || state.to;
    let list = period ? latestFirst(chunks.map((_, i) => i).filter((i) => overlaps(chunks[i], state.from, state.to))) : null;
    if (state.actor) {
      const mentioned = byMentions(await index.actorChunks(state.actor));
      list = list ? list.filter((i) => mentioned.includes(i)) : mentioned;
    }
    if (state.fdoc) list = [await index.documentChunk(state.fdoc)].filter((n) => n !== undefined);
    matching = list ?? latest();
  }
  return { chunks: matching.slice(0, limit).sort((x, y) => x - y), matching: matching.length };
}

function lastDated(chunks) {
  for (let i = chunks.length - 1; i >= 0; i--) if (chunks[i].to) return i;
  return chunks.length - 1;
}

// A period "2015-07" or "2015" covers its whole month or year.
function overlaps(chunk, from, to) {
  if (!chunk.from) return false;  // undated documents have no place in a period
  return (!from || chunk.to.slice(0, from.length) >= from) && (!to || chunk.from.slice(0, to.length) <= to);
}

// An actor's postings [[chunk, mentions]] → chunks, most mentions first.
function byMentions(postings) {
  return [...postings].sort((x, y) => y[1] - x[1] || y[0] - x[0]).map(([n]) => n);
}

function latestFirst(numbers) {
  return [...numbers].sort((x, y) => y - x);
}
