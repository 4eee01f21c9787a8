// The actors a picker offers (web/src/picker.js): those the corpus mentions,
// most mentioned first, hidden ones left out (unless current), each with its
// type and mentions, and searchable by its other names and id.
import { t } from '../i18n.js';
import { pickerItems } from '../picker.js';

export function actorItems(ctx, actors, ...current) {
  const keep = new Set(current.flat().filter(Boolean));
  return pickerItems(actors.filter((a) => (a.mentions > 0 && !a.hidden) || keep.has(a.id))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id))
    .map((a) => ({
      value: a.id, label: ctx.name(a.id), hint: t('types')[a.type] ?? a.type, count: a.mentions,
      search: `${a.display ?? ''} ${a.name?.ar ?? ''} ${a.name?.en ?? ''}`,
    })));
}
