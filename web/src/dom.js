// The only way the page builds DOM: elements with text content, never markup.
// Article text, titles and metadata are untrusted; they only ever become text nodes.

function apply(node, props) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'value' && 'value' in node) node.value = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  apply(node, props);
  append(node, children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

// SVG elements: same contract as el(); attributes are set one by one. A number
// that is no finite position (NaN, Infinity) is never written: the element
// keeps its default rather than an attribute the browser rejects.
export function svg(tag, props = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  const finite = {};
  for (const [key, value] of Object.entries(props)) if (typeof value !== 'number' || Number.isFinite(value)) finite[key] = value;
  apply(node, finite);
  append(node, children);
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// A labelled <select> from [{value, label}] options.
export function select(label, options, value, onChange, props = {}) {
  const node = el('select', { 'aria-label': label, ...props },
    options.map((o) => el('option', { value: o.value, selected: o.value === value }, o.label)));
  node.value = value ?? '';
  node.addEventListener('change', () => onChange(node.value));
  return el('label', { className: 'field' }, el('span', { text: label }), node);
}
