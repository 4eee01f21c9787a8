// Search-as-you-type pickers of actors (a combobox with a list box, the WAI-ARIA
// pattern): one actor (the timeline's filter, a relation's source and target,
// what to merge into) or several (the sources compared). The items come sorted
// (most mentioned first); typing filters them by their folded names (fold.js:
// hamza, alef, ta marbuta, ya and diacritics folded; ids and English names
// too), words that start with the query first. Only the first matches are
// drawn, so thousands of actors cost nothing until one types.
//
// Keys: ↓ ↑ move in the list (↓ opens it), Enter picks, Escape closes it (and
// puts back the current value), Home/End in the list. The list box's options
// carry data-value; the picker its current value(s) in data-value.
import { el } from './dom.js';
import { fold, matchRank } from './fold.js';
import { t } from './i18n.js';

const SHOWN = 40;
let counter = 0;

// items: [{value, label, hint?, count?, search?}] in the order to offer them;
// `search` is more text to match (other names, the id). → the item list with
// each one's folded keys, made once per render.
export function pickerItems(items) {
  return items.map((item) => ({ ...item, keys: fold(`${item.label} ${item.search ?? ''} ${item.value}`) }));
}

function matches(items, query) {
  const q = fold(query);
  if (!q) return items;
  const ranked = [];
  items.forEach((item, i) => {
    const rank = matchRank(item.keys, q);
    if (rank) ranked.push([rank, i, item]);
  });
  ranked.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  return ranked.map((r) => r[2]);
}

// One value. `empty`: the label of "no value" (the filter's «All»), offered
// first; without it a value is required. `onChange(value)`.
export function picker({ label, items, value, onChange, empty, name, placeholder }) {
  return build({ label, items, values: value ? [value] : [], onChange: (vs) => onChange(vs[0] ?? ''), empty, name, placeholder, multiple: false });
}

// Several values (at most `max`), shown as chips with a remove button each.
// `exclude`: values not offered (the relation's target among its compared sources).
export function multiPicker({ label, items, values, onChange, max = 8, name, placeholder, exclude = [] }) {
  return build({ label, items, values: values ?? [], onChange, name, placeholder, multiple: true, max, exclude });
}

function build({ label, items, values, onChange, empty, name, placeholder, multiple, max = 1, exclude = [] }) {
  const id = `picker-${++counter}`;
  const byValue = new Map(items.map((item) => [item.value, item]));
  const labelOf = (v) => byValue.get(v)?.label ?? v;
  const current = () => (multiple ? '' : values[0] ? labelOf(values[0]) : empty ?? '');
  const input = el('input', {
    id, type: 'text', className: 'picker-input', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-label': label, 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
    placeholder: placeholder ?? t('typeToSearch'), value: current(),
  });
  const list = el('ul', { id: `${id}-list`, role: 'listbox', className: 'picker-list', 'aria-label': label, hidden: true });
  const status = el('span', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  let shown = [];
  let active = -1;
  let open = false;

  const choose = (value) => {
    close(false);
    if (multiple) {
      if (value && !values.includes(value) && values.length < max) onChange([...values, value]);
      input.value = '';
    } else if (value !== (values[0] ?? '')) {
      input.value = value ? labelOf(value) : empty ?? '';
      onChange(value ? [value] : []);
    } else input.value = current();
  };

  const mark = (i) => {
    active = i;
    [...list.querySelectorAll('[role="option"]')].forEach((node, k) => {
      node.classList.toggle('active', k === i);
      if (k === i) {
        input.setAttribute('aria-activedescendant', node.id);
        node.scrollIntoView?.({ block: 'nearest' });
      }
    });
    if (i < 0) input.removeAttribute('aria-activedescendant');
  };

  const draw = (query) => {
    const found = matches(multiple ? items.filter((item) => !values.includes(item.value) && !exclude.includes(item.value)) : items, query);
    shown = found.slice(0, SHOWN);
    const options = [];
    if (empty !== undefined && !fold(query)) shown.unshift({ value: '', label: empty });
    shown.forEach((item, i) => options.push(el('li', {
      id: `${id}-opt-${i}`, role: 'option', className: 'picker-option', dataset: { value: item.value },
      'aria-selected': values.includes(item.value) || (!item.value && !values.length) ? 'true' : 'false',
      onMousedown: (event) => event.preventDefault(),  // the input keeps the focus
      onClick: () => choose(item.value),
    }, el('span', { className: 'picker-label', text: item.label }),
    item.hint ? el('span', { className: 'picker-hint', text: item.hint }) : null,
    item.count !== undefined ? el('span', { className: 'picker-count', text: String(item.count) }) : null)));
    if (found.length > SHOWN) options.push(el('li', { className: 'picker-more', 'aria-hidden': 'true', text: t('pickerMore', found.length - SHOWN) }));
    if (!found.length) options.push(el('li', { className: 'picker-none', 'aria-hidden': 'true', text: t('pickerNone') }));
    list.replaceChildren(...options);
    status.textContent = t('pickerFound', found.length);
    mark(-1);
  };

  const show = () => {
    if (!open) {
      open = true;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  };
  function close(restore = true) {
    open = false;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    mark(-1);
    if (restore) input.value = current();
  }

  input.addEventListener('input', () => {
    draw(input.value);
    show();
  });
  input.addEventListener('focus', () => { if (!multiple) input.select(); });
  input.addEventListener('click', () => {
    if (open) return;
    draw(multiple || input.value === current() ? '' : input.value);
    show();
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event) => {
    const count = shown.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        draw(multiple || input.value === current() ? '' : input.value);
        show();
      }
      if (!count) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      mark(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if ((event.key === 'Home' || event.key === 'End') && open && active >= 0) {
      event.preventDefault();
      mark(event.key === 'Home' ? 0 : count - 1);
    } else if (event.key === 'Enter') {
      if (!open) return;
      event.preventDefault();
      const item = shown[active >= 0 ? active : 0];
      if (item && (active >= 0 || fold(input.value))) choose(item.value);
      else close();
    } else if (event.key === 'Escape') {
      if (!open) return;
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Backspace' && multiple && !input.value && values.length) {
      onChange(values.slice(0, -1));
    }
  });

  const chips = multiple ? el('ul', { className: 'picker-chips', 'aria-label': label }, values.map((v) => el('li', { className: 'picker-chip', dataset: { value: v } },
    el('span', { text: labelOf(v) }),
    el('button', { type: 'button', className: 'link picker-remove', 'aria-label': t('removeChoice', labelOf(v)), onClick: () => onChange(values.filter((x) => x !== v)) }, '×')))) : null;
  const full = multiple && values.length >= max;
  if (full) input.disabled = true;
  return el('div', { className: `field picker${multiple ? ' picker-multiple' : ''}`, dataset: { picker: name ?? '', value: values.join(',') } },
    el('label', { for: id, text: label }), chips,
    el('div', { className: 'picker-box' }, input, list), status);
}
