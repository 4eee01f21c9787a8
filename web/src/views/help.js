// A view's help text, behind «كيف تقرأ هذا المخطط؟»: open on a wide screen,
// folded on a phone, where it would push the chart a screen down.
import { el } from '../dom.js';
import { t } from '../i18n.js';

export function helpText(text) {
  const wide = globalThis.matchMedia?.('(min-width: 700px)').matches ?? true;
  return el('details', { className: 'hint help', open: wide }, el('summary', { text: t('howToRead') }), el('p', { text }));
}
