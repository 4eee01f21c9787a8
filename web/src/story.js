// The story box and the relation view's defaults: what to look at first in the
// corpus that is loaded. The sample corpus has its written story (USA → Haftar,
// the five sources compared); any other corpus gets a neutral one read from its
// own analysis: its size and period, its most mentioned actors, its most active
// relation and the sources to compare toward that relation's target.

const sampleStory = {
  a: 'usa', b: 'haftar', cmp: ['usa', 'ita', 'un', 'gbr', 'rus'],
  links: [
    { label: 'storyTurn', patch: { v: 'relation', a: 'usa', b: 'haftar', cmp: undefined } },
    { label: 'storyCompare', patch: { v: 'relation', a: 'usa', b: 'haftar', cmp: ['usa', 'ita', 'un', 'gbr', 'rus'] }, show: 'compare' },
    { label: 'storyTimeline', patch: { v: 'timeline', actor: 'haftar' } },
  ],
};

// Where the compare defaults come from: the actors that can be a source there.
export const comparable = (actor) => (actor.type === 'country' || actor.type === 'organization') && actor.mentions > 0;

// analysis: the analysis JSON; sample: whether it is the sample corpus alone.
// → {sample, a, b, cmp, top: [actor ids], from, to, links: [{label, args, patch, show}]},
//   or null for an empty corpus. Labels are i18n keys with their arguments.
export function storyOf(analysis, sample) {
  const documents = analysis?.documents ?? [];
  if (!documents.length) return null;
  if (sample) return { sample: true, ...sampleStory };

  const actors = analysis.actors.filter((x) => x.mentions > 0)
    .sort((x, y) => y.mentions - x.mentions || x.id.localeCompare(y.id));
  // The most active relation: the ordered pair with the most reported events.
  const pairs = new Map();
  for (const d of documents) {
    for (const e of d.events ?? []) {
      if (!e.source || !e.target || e.source === e.target) continue;
      const key = `${e.source}\u0000${e.target}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const [top] = [...pairs].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  let [a, b] = top ? top[0].split('\u0000') : [actors[0]?.id, actors[1]?.id];
  if (!a || !b) [a, b] = [undefined, undefined];
  const dates = documents.flatMap((d) => [d.date, d.date_window?.from, d.date_window?.to]).filter(Boolean).sort();
  return neutralStory(actors, a, b, { documents: documents.length, from: dates[0], to: dates[dates.length - 1] });
}

// A corpus's own story from its actors (most mentioned first), its most active
// relation a → b and its size and period: the sources to compare toward b, and
// the links to the relation, the comparison and the top actor's timeline.
function neutralStory(actors, a, b, { documents, from, to }) {
  const cmp = actors.filter(comparable).map((x) => x.id).filter((id) => id !== b).slice(0, 5);
  const links = [];
  if (a && b) {
    links.push({ label: 'ownStoryRelation', args: [a, b], patch: { v: 'relation', a, b, cmp: undefined } });
    if (cmp.length) links.push({ label: 'ownStoryCompare', args: [b], patch: { v: 'relation', a, b, cmp }, show: 'compare' });
  }
  if (actors[0]) links.push({ label: 'ownStoryTimeline', args: [actors[0].id], patch: { v: 'timeline', actor: actors[0].id } });
  return { sample: false, a, b, cmp, links, top: actors.slice(0, 3).map((x) => x.id), documents, from, to };
}

// The story of a published corpus, read from its manifest (the whole corpus,
// not the chunks a view loaded): its most active relation (linked events)
// and most mentioned actors, so that the relation view's defaults, and the
// chunks they need, are the same for every visitor.
export function storyOfPublished(manifest) {
  const actors = manifest.actors;
  const top = manifest.relations.find((r) => r.a !== r.b);
  const [a, b] = top ? [top.a, top.b] : [actors[0]?.id, actors[1]?.id];
  return neutralStory(actors, a, b, { documents: manifest.corpus.documents, from: manifest.dates.from, to: manifest.dates.to });
}
