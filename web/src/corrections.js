// The reader's corrections of actors (rename, retype, merge, hide), kept as a
// list of what was done and written as a knowledge-base addition that the
// core reads (core/data/README.md, "Corrections"): an entry with
// "amend": true changes the fields it gives of an actor (of the knowledge
// base, or a name found in text: id "new:…"), one with "same_as" merges an
// actor into another, "hidden": true keeps it out of lists, charts and counts.
// The file also carries the list itself ("corrections", which the core does
// not read), so that the page that reads it back can show and undo each one.

export const CORRECTIONS_FILE = 'marsad-corrections.json';
export const actorTypes = ['person', 'organization', 'country', 'place', 'armed_group', 'media', 'event_name'];

const found = (id) => id.startsWith('new:');

// A correction replaces an earlier one of the same kind for the same actor
// (renamed twice: the last name); → the new list.
export function addCorrection(list, correction) {
  const next = list.filter((c) => !(c.id === correction.id && c.op === correction.op));
  next.push(correction);
  return next;
}

export function removeCorrection(list, index) {
  return list.filter((_, i) => i !== index);
}

// The knowledge-base entries of a list of corrections, in order. A merge of
// an actor of the knowledge base into a name found in text is written the
// other way round (the core merges found names into any actor, and actors of
// the knowledge base only into one another): the same two become one.
export function correctionEntries(list) {
  const entries = [];
  for (const c of list) {
    if (c.op === 'rename') {
      const name = {};
      if (c.ar) name.ar = c.ar;
      if (c.en) name.en = c.en;
      if (Object.keys(name).length) entries.push({ id: c.id, amend: true, name });
    } else if (c.op === 'type') {
      if (actorTypes.includes(c.type)) entries.push({ id: c.id, amend: true, type: c.type });
    } else if (c.op === 'hide') {
      entries.push({ id: c.id, amend: true, hidden: c.hidden !== false });
    } else if (c.op === 'merge') {
      if (!c.into || c.into === c.id) continue;
      const [from, into] = !found(c.id) && found(c.into) ? [c.into, c.id] : [c.id, c.into];
      entries.push({ id: from, same_as: into });
    }
  }
  return entries;
}

// The id that stands for `id` once a list of corrections is applied (merged
// actors: the one they were merged into), as correctionEntries writes them.
export function survivor(list, id) {
  const into = new Map(correctionEntries(list).filter((e) => e.same_as).map((e) => [e.id, e.same_as]));
  let at = id;
  for (let i = 0; i < 16 && into.has(at); i++) at = into.get(at);
  return at;
}

// The file: {note, corrections, actors} as UTF-8 bytes (null for no corrections).
export function correctionsFile(list) {
  if (!list.length) return null;
  const json = {
    note: 'Corrections of actors made in Marsad: add this file to the page (or scripts/analyze --kb) to apply them again.',
    corrections: list,
    actors: correctionEntries(list),
  };
  return { name: CORRECTIONS_FILE, bytes: new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`).buffer, corrections: true };
}

// The corrections a file carries (a file written by correctionsFile), or
// null when it is no such file: each checked, the unreadable ones left out.
export function readCorrections(name, bytes) {
  if (!/\.json$/i.test(name)) return null;
  let value;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  if (!value || Array.isArray(value) || !Array.isArray(value.corrections) || !Array.isArray(value.actors)) return null;
  const text = (s) => (typeof s === 'string' && s.length <= 300 ? s : undefined);
  return value.corrections.flatMap((c) => {
    if (!c || typeof c.id !== 'string' || c.id.length > 400) return [];
    // The names the actors had when corrected, for the list of corrections.
    const labels = (o) => ({ ...o, ...(text(c.label) ? { label: c.label } : {}), ...(o.into && text(c.intoLabel) ? { intoLabel: c.intoLabel } : {}) });
    if (c.op === 'rename' && (text(c.ar) || text(c.en))) return [labels({ op: 'rename', id: c.id, ar: text(c.ar) ?? '', en: text(c.en) ?? '' })];
    if (c.op === 'type' && actorTypes.includes(c.type)) return [labels({ op: 'type', id: c.id, type: c.type })];
    if (c.op === 'hide') return [labels({ op: 'hide', id: c.id, hidden: c.hidden !== false })];
    if (c.op === 'merge' && typeof c.into === 'string' && c.into.length <= 400) return [labels({ op: 'merge', id: c.id, into: c.into })];
    return [];
  });
}
