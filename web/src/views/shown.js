// Which events the views count: the reported ones by default; the weak ones
// (below the reporting threshold) and references to history only when the
// reader asks. The choice lives in the URL (weak=1, hist=1) for every view.
import { el } from '../dom.js';
import { t } from '../i18n.js';

// The query parameters for the state's choice.
export function shownParams(state) {
  const params = {};
  if (state.weak) params.weak = true;
  if (state.hist) params.historical = true;
  return params;
}

// Two checkboxes that change the choice.
export function shownToggles(ctx) {
  const box = (key, label) => {
    const input = el('input', { type: 'checkbox', checked: !!ctx.state[key], dataset: { shown: key } });
    input.addEventListener('change', () => ctx.navigate({ [key]: input.checked || undefined }, { push: false }));
    return el('label', { className: 'check' }, input, label);
  };
  return el('fieldset', { className: 'shown-picker' },
    el('legend', { text: t('shownLegend') }),
    box('weak', t('showWeak')),
    box('hist', t('showHistory')));
}
