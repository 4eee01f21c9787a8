// The story box and the relation view's defaults: what to look at first in the
// corpus that is loaded, computed the same way for every corpus, the sample's
// included. Read from its analysis: its size and period and its most mentioned
// actors; asked of the core (the relation query, core/src/query/relation.cpp):
// its most active relations and its sharpest supported turning point, that
// is one the relation view itself marks (events on each side; the core's rule,
// not a second one). Each becomes a button to a distinct view.

// Where the compare defaults come from: the actors that can be a source there.
export const comparable = (actor) => (actor.type === 'country' || actor.type === 'organization') && actor.mentions > 0;

// How many candidate relations are asked of the core, and how many are named.
const ASKED = 6;
const NAMED = 3;

// The relations worth asking about: the ordered pairs with the most events in
// the analysis, each by the actors named (Trump → Haftar) and by the state the
// source acts for (USA → Haftar: the relation query gathers a state's people).
// The target stays as named: lifting it to its state would merge the sides of
// a country's own conflict (Haftar and the Tripoli government are both Libya's).
// Historical references are left out, as the relation view leaves them out.
// → [{a, b, n}] most events first.
export function candidates(analysis, { weak = false } = {}) {
  const pairs = new Map();
  const count = (a, b, direct) => {
    if (!a || !b || a === b) return;
    const key = `${a}\u0000${b}`;
    const pair = pairs.get(key) ?? { a, b, n: 0, direct };
    pair.n += 1;
    pairs.set(key, pair);
  };
  for (const d of analysis.documents ?? []) {
    for (const e of [...(d.events ?? []), ...(weak ? d.weak_events ?? [] : [])]) {
      if (e.historical) continue;
      count(e.source, e.target, true);
      if (e.source_state && e.source_state !== e.source) count(e.source_state, e.target, false);
    }
  }
  return [...pairs.values()].sort((x, y) => y.n - x.n || Number(y.direct) - Number(x.direct)
    || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

// The core's answer for each candidate: → [{a, b, count, ids, turns, order}].
async function relations(client, list, weak) {
  const asked = list.slice(0, ASKED);
  if (!asked.length) return [];
  const replies = await client.queries(asked.map(({ a, b }) => ({
    kind: 'relation', params: { a, b, period: 'month', ...(weak ? { weak: true } : {}) },
  })));
  return replies.map((r, order) => (r && !r.error ? {
    a: asked[order].a, b: asked[order].b, count: r.count, order,
    ids: new Set(r.events.map((e) => e.id)), turns: r.turning_points ?? [],
  } : null)).filter((r) => r && r.count > 0);
}

// The most active relations: most events first; one whose events all belong
// to a relation already named is left out (Trump → Haftar inside USA → Haftar),
// a narrower one being named first when they hold the same events; after the
// first, only relations of two events or more.
export function mostActive(found, limit = NAMED) {
  const named = [];
  for (const r of [...found].sort((x, y) => y.count - x.count || x.order - y.order)) {
    if (named.length && r.count < 2) break;
    if (named.some((n) => [...r.ids].every((id) => n.ids.has(id)))) continue;
    named.push(r);
    if (named.length === limit) break;
  }
  return named;
}

// The sharpest supported turning point among the relations asked: firm ones
// (the core's `tentative` false: five events or more on each side) before
// tentative ones, then the largest change of mean Goldstein, then the relation
// with more events. → {a, b, count, ...turning point} or null.
export function sharpestTurn(found) {
  const turns = found.flatMap((r) => r.turns.map((tp) => ({ ...tp, a: r.a, b: r.b, count: r.count, order: r.order })));
  turns.sort((x, y) => Number(x.tentative) - Number(y.tentative) || Math.abs(y.change) - Math.abs(x.change)
    || y.count - x.count || x.order - y.order);
  return turns[0] ?? null;
}

// analysis: the analysis JSON; client: the main worker (relation queries);
// kind: 'sample' (the sample corpus alone), 'mixed' (the reader's files and
// the sample) or 'own'.
// → {kind, sample, a, b, cmp, top: [actor ids], relations: [{a, b, count}],
//    turn: {a, b, period, direction, events_before, events_after, tentative, change, weak} | null,
//    documents, from, to, links: [{label, args, patch, kind, show?, note?}]}, or null for an
//    empty corpus. `turn` is null when no relation asked has a supported turning point, even
//    with the weak events; undefined when it was not asked (a published corpus).
export async function storyOf(analysis, client, kind = 'own') {
  const documents = analysis?.documents ?? [];
  if (!documents.length) return null;
  const actors = rankedActors(analysis.actors);

  let found = [];
  let turn = null;
  try {
    // The turn among the reported events; only when none has one, among the
    // weak events too (and the story says so: the link shows them).
    found = await relations(client, candidates(analysis), false);
    turn = sharpestTurn(found);
    if (!turn) {
      const weak = await relations(client, candidates(analysis, { weak: true }), true);
      turn = sharpestTurn(weak);
      if (turn) turn.weak = true;
      if (!found.length) found = weak.map((r) => ({ ...r, weak: true }));
    }
  } catch {
    turn = undefined;  // the core could not be asked: no claim either way
  }
  const dates = documents.flatMap((d) => [d.date, d.date_window?.from, d.date_window?.to]).filter(Boolean).sort();
  return tell(actors, mostActive(found), turn, {
    kind, documents: documents.length, from: dates[0], to: dates[dates.length - 1],
  });
}

function rankedActors(list) {
  return list.filter((x) => x.mentions > 0 && !x.hidden).sort((x, y) => y.mentions - x.mentions || x.id.localeCompare(y.id));
}

// The story from what was found: the relation view's defaults (the turn's
// relation, else the most active one, and the most mentioned states and
// organizations compared toward its target) and one button per distinct view.
function tell(actors, active, turn, { kind, documents, from, to }) {
  const lead = turn ?? active[0];
  let [a, b] = lead ? [lead.a, lead.b] : [actors[0]?.id, actors[1]?.id];
  if (!a || !b) [a, b] = [undefined, undefined];
  const weak = !!turn?.weak;
  const shown = weak ? { weak: true } : { weak: undefined };
  const cmp = actors.filter(comparable).map((x) => x.id).filter((id) => id !== b).slice(0, 5);
  const links = [];
  if (turn) {
    links.push({
      label: 'storyTurn', args: [turn.a, turn.b], dates: [turn.period], kind: 'turn',
      extra: [turn.direction], note: ['storyTurnSupport', turn.events_before, turn.events_after, turn.tentative, weak],
      patch: { v: 'relation', a: turn.a, b: turn.b, cmp: undefined, period: undefined, ...shown },
      show: `.turning-point[data-period="${turn.period}"]`,
    });
  }
  // The most active relations the turn's button does not open already.
  for (const r of active) {
    if (turn && r.a === turn.a && r.b === turn.b) continue;
    if (links.length && r.count < 2) break;  // a lone event is no starting point beside a turn
    links.push({
      label: 'storyRelation', args: [r.a, r.b], extra: [r.count], kind: 'relation',
      patch: { v: 'relation', a: r.a, b: r.b, cmp: undefined, period: undefined, weak: r.weak || undefined },
    });
    if (links.filter((l) => l.kind === 'relation').length === 2) break;
  }
  if (a && b && cmp.length) {
    links.push({
      label: 'storyCompare', args: [b], kind: 'compare',
      patch: { v: 'relation', a, b, cmp, period: undefined, ...shown }, show: '.compare',
    });
  }
  if (actors[0]) links.push({ label: 'storyTimeline', args: [actors[0].id], kind: 'timeline', patch: { v: 'timeline', actor: actors[0].id } });
  return {
    kind, sample: kind === 'sample', a, b, cmp, weak, turn,
    relations: active.map(({ a: x, b: y, count }) => ({ a: x, b: y, count })),
    relationsWeak: !!active[0]?.weak,  // no reported event at all: the relations counted with the weak ones
    top: actors.slice(0, 3).map((x) => x.id), documents, from, to, links,
  };
}

// The story of a published corpus, read from its manifest (the whole corpus,
// not the chunks a view loaded): its most active relations (linked events)
// and most mentioned actors, so that the relation view's defaults, and the
// chunks they need, are the same for every visitor. Its turning points are
// not in the manifest: the story makes no claim about them.
export function storyOfPublished(manifest) {
  const actors = rankedActors(manifest.actors);
  const active = manifest.relations.filter((r) => r.a !== r.b).slice(0, NAMED)
    .map((r) => ({ a: r.a, b: r.b, count: r.events }));
  return tell(actors, active, undefined, {
    kind: 'published', documents: manifest.corpus.documents, from: manifest.dates.from, to: manifest.dates.to,
  });
}
