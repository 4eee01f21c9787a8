// Network: actors as nodes (sized by mentions), edges weighted by
// co-occurrence and events and coloured by mean Goldstein, filterable by
// period; click a node → the actor's profile. Only each actor's strongest
// links are drawn (the backbone: all of a dense corpus's co-occurrences are a
// hairball). The layout is d3-force's simulation (Barnes–Hut many-body
// repulsion, links, collision), seeded and run a fixed number of ticks, so
// the same corpus gives the same picture; the labels are placed beside their
// node where they overlap no other label and stay inside the chart.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { goldsteinLabel } from '../cameo.js';
import { goldsteinColor } from '../colors.js';
import { el, svg } from '../dom.js';
import { t } from '../i18n.js';
import { chartKeys } from '../chart-keys.js';
import { chartWidth, FONT, textWidth } from '../chart.js';
import { shownParams } from './shown.js';
import { helpText } from './help.js';

// The frame a layout fills when none is given (a wide screen's).
const SIZE = { width: 960, height: 640 };
const typeColors = {
  person: '#0b5d6b', organization: '#6a3d9a', country: '#b5451b', place: '#7c6a00',
  armed_group: '#a4161a', media: '#5d4037', event_name: '#1565c0', group: '#2e7d32',
};
// How many links of each actor the backbone keeps.
const LINKS_EACH = 3;

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const strongest = (x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b);

// The links worth drawing: each actor's `each` strongest (by weight), in the
// order of `edges`.
export function backbone(edges, each = LINKS_EACH) {
  const byActor = new Map();
  for (const e of edges) for (const id of [e.a, e.b]) {
    if (!byActor.has(id)) byActor.set(id, []);
    byActor.get(id).push(e);
  }
  const kept = new Set();
  for (const list of byActor.values()) for (const e of list.slice().sort(strongest).slice(0, each)) kept.add(e);
  return edges.filter((e) => kept.has(e));
}

// Positions for nodes [{id}] and edges [{a, b, weight}], in [0, width] × [0, height];
// `radius(node)` is how large a node is drawn: no two overlap.
export function layout(allNodes, edges, iterations = 300, radius = () => 10, { width: W, height: H } = SIZE) {
  const rand = random(20190415);
  // Actors with no link sit in a row along the bottom; the rest are simulated.
  const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
  const alone = allNodes.filter((node) => !linked.has(node.id));
  const margin = 40;
  const box = { x0: margin, x1: W - margin, y0: margin, y1: H - margin - (alone.length ? 50 : 0) };
  const [cx, cy] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  const nodes = allNodes.filter((node) => linked.has(node.id)).map((node) => ({
    id: node.id, r: radius(node), x: cx + (rand() - 0.5) * (box.x1 - box.x0), y: cy + (rand() - 0.5) * (box.y1 - box.y0),
  }));
  const ids = new Set(nodes.map((node) => node.id));
  const links = edges.filter((e) => ids.has(e.a) && ids.has(e.b) && e.a !== e.b)
    .map((e) => ({ source: e.a, target: e.b, weight: e.weight }));
  const degree = new Map();
  for (const l of links) for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const heaviest = Math.max(1, ...links.map((l) => l.weight));
  // The room each node has in the frame sets the forces' lengths.
  const room = Math.sqrt(((box.x1 - box.x0) * (box.y1 - box.y0)) / Math.max(1, nodes.length));
  const simulation = forceSimulation(nodes).randomSource(random(20190416)).stop()
    .force('link', forceLink(links).id((node) => node.id)
      .distance((l) => l.source.r + l.target.r + room * 0.4)
      .strength((l) => (0.3 + 0.7 * Math.log1p(l.weight) / Math.log1p(heaviest)) / Math.min(degree.get(l.source.id), degree.get(l.target.id))))
    .force('charge', forceManyBody().strength(-room * 1.2).theta(0.9).distanceMax(room * 5))
    .force('x', forceX(cx).strength(0.06 * Math.min(1, (box.y1 - box.y0) / (box.x1 - box.x0))))
    .force('y', forceY(cy).strength(0.06 * Math.min(1, (box.x1 - box.x0) / (box.y1 - box.y0))));
  // A large network (the core gives up to 400 actors) takes fewer ticks: a layout in well under a second.
  simulation.tick(Math.round(Math.max(Math.min(iterations, 100), Math.min(iterations, (iterations * 100) / Math.max(1, nodes.length)))));
  // Fit into the frame, then let the collision force part what the fitting
  // brought together, each node kept inside the frame.
  if (nodes.length > 1) {
    const [x0, x1] = [Math.min(...nodes.map((n) => n.x - n.r)), Math.max(...nodes.map((n) => n.x + n.r))];
    const [y0, y1] = [Math.min(...nodes.map((n) => n.y - n.r)), Math.max(...nodes.map((n) => n.y + n.r))];
    const sx = (box.x1 - box.x0) / Math.max(1, x1 - x0);
    const sy = (box.y1 - box.y0) / Math.max(1, y1 - y0);
    for (const n of nodes) {
      n.x = box.x0 + (n.x - x0) * sx;
      n.y = box.y0 + (n.y - y0) * sy;
      n.vx = 0;
      n.vy = 0;
    }
  } else if (nodes.length === 1) Object.assign(nodes[0], { x: cx, y: cy });
  const inside = () => {
    for (const n of nodes) {
      n.x = Math.min(box.x1 - n.r, Math.max(box.x0 + n.r, n.x));
      n.y = Math.min(box.y1 - n.r, Math.max(box.y0 + n.r, n.y));
    }
  };
  inside();
  const settle = forceSimulation(nodes).randomSource(random(20190417)).stop().velocityDecay(0.5)
    .force('collide', forceCollide((node) => node.r + 3).iterations(4));
  for (let step = 0; step < 120 && overlapping(nodes); step++) {
    settle.tick();
    inside();
  }
  const positions = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  alone.forEach((node, i) => positions.set(node.id, { x: margin + ((i + 0.5) * (W - 2 * margin)) / alone.length, y: H - 24 }));
  return positions;
}

// Whether two nodes overlap.
function overlapping(nodes) {
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++)
      if (Math.hypot(nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y) < nodes[i].r + nodes[j].r + 1) return true;
  return false;
}

// Where the names of `named` nodes go: beside their node (above, below, to
// the right or to the left, then the corners), inside the frame, over no
// other label and, when it can be, over no node; a name of several words
// that covers a node on one line may take two. A name that has no such place
// is not drawn (the node keeps it in its tooltip). → Map id → {x, y, anchor,
// lines} (y the first line's baseline).
export function placeLabels(named, all, positions, radius, label, { width: W, height: H } = SIZE, size = 13) {
  const placed = [];
  const circles = all.filter((node) => positions.has(node.id)).map((node) => ({ id: node.id, r: radius(node), ...positions.get(node.id) }));
  const out = new Map();
  const leading = size * 1.1;
  // How many other nodes a label's box covers.
  const nodesHit = (box, id) => circles.filter((c) => {
    if (c.id === id) return false;
    const nx = Math.max(box.left, Math.min(c.x, box.right));
    const ny = Math.max(box.top, Math.min(c.y, box.bottom));
    return Math.hypot(c.x - nx, c.y - ny) < c.r;
  }).length;
  const hitsLabel = (box) => placed.some((b) => box.left < b.right + 2 && b.left < box.right + 2 && box.top < b.bottom + 1 && b.top < box.bottom + 1);
  // The places of a name written as `lines` beside a node at p of radius r.
  const places = (p, r, lines) => {
    const w = Math.max(...lines.map((line) => textWidth(line, size)));
    const extra = (lines.length - 1) * leading;  // below the first baseline
    const centred = (baseline) => {
      const x = Math.min(W - 2 - w / 2, Math.max(2 + w / 2, p.x));
      return { x, y: baseline, anchor: 'middle', left: x - w / 2, right: x + w / 2 };
    };
    const d = r * 0.7 + 3;
    const side = (x, y, anchor) => ({ x, y, anchor, left: anchor === 'start' ? x : x - w, right: anchor === 'start' ? x + w : x });
    // Above, below, to either side, then the four corners (a crowded chart has room there).
    return [
      centred(p.y - r - 4 - extra),
      centred(p.y + r + 4 + size * 0.8),
      side(p.x + r + 4, p.y + size * 0.3 - extra / 2, 'start'),
      side(p.x - r - 4, p.y + size * 0.3 - extra / 2, 'end'),
      side(p.x + d, p.y - d - extra, 'start'),
      side(p.x - d, p.y - d - extra, 'end'),
      side(p.x + d, p.y + d + size * 0.8, 'start'),
      side(p.x - d, p.y + d + size * 0.8, 'end'),
    ].map((c) => ({ ...c, lines, top: c.y - size * 0.85, bottom: c.y + extra + size * 0.3 }))
      .filter((c) => c.left >= 1 && c.right <= W - 1 && c.top >= 1 && c.bottom <= H - 1 && !hitsLabel(c));
  };
  for (const node of named) {
    const p = positions.get(node.id);
    if (!p) continue;
    const r = radius(node);
    // The place over the fewest nodes: on one line first, in the order of places(); then on two.
    let at = null, fewest = Infinity;
    for (const lines of lineForms(label(node), size)) {
      for (const c of places(p, r, lines)) {
        const hits = nodesHit(c, node.id);
        if (hits < fewest) at = c, fewest = hits;
        if (hits === 0) break;
      }
      if (fewest === 0) break;
    }
    if (!at) continue;
    placed.push(at);
    out.set(node.id, { x: at.x, y: at.y, anchor: at.anchor, lines: at.lines });
  }
  return out;
}

// A name on one line, then (if it has several words) on two, split where
// the longer line is shortest.
function lineForms(text, size) {
  const words = text.split(' ').filter(Boolean);
  if (words.length < 2) return [[text]];
  let best = null;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const w = Math.max(...lines.map((line) => textWidth(line, size)));
    if (!best || w < best.w) best = { lines, w };
  }
  return [[text], best.lines];
}

const periodPattern = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export async function renderNetwork(root, ctx) {
  const { state } = ctx;
  const params = shownParams(state);
  if (state.from) params.from = state.from;
  if (state.to) params.to = state.to;
  const network = await ctx.client.query('network', params);
  if (ctx.stale()) return;

  const periodInput = (key, label) => {
    const input = el('input', { type: 'text', inputmode: 'numeric', placeholder: t('monthExample'), value: state[key] ?? '', 'aria-label': label, size: 8, dir: 'ltr' });
    input.addEventListener('change', () => {
      const v = input.value.trim();
      if (v && !periodPattern.test(v)) {
        input.setAttribute('aria-invalid', 'true');
        ctx.notice(t('badParam', `${label}: ${v}`));
        return;
      }
      ctx.navigate({ [key]: v || undefined }, { push: false });
    });
    return el('label', { className: 'field' }, el('span', { text: label }), input);
  };

  const nodes = network.nodes.slice().sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  const all = network.edges.map((e) => ({ ...e, weight: e.cooccurrence + 2 * e.events }));
  const edges = backbone(all);
  const maxMentions = Math.max(1, ...nodes.map((n) => n.mentions));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  // Drawn at the panel's width (its labels at their size on a phone), taller than wide there.
  const W = chartWidth();
  const H = W < 600 ? Math.round(W * 1.15) : SIZE.height;
  const scale = Math.max(0.6, W / SIZE.width);
  const radius = (n) => (5 + Math.sqrt(n.mentions / maxMentions) * 20) * scale;
  const positions = layout(nodes, edges, 300, radius, { width: W, height: H });

  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, className: 'chart network-chart', role: 'group', tabindex: '0', dir: 'ltr', direction: 'ltr',
    'aria-label': `${t('network')}: ${t('nodes', nodes.length, all.length)}`,
    'font-family': FONT, 'font-size': '13',
  });
  chart.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
  const edgeLayer = svg('g', {});
  for (const e of edges.slice().sort((a, b) => a.weight - b.weight)) {
    const p = positions.get(e.a);
    const q = positions.get(e.b);
    if (!p || !q) continue;
    const coloured = e.mean_goldstein !== undefined && e.mean_goldstein !== null;
    edgeLayer.append(svg('line', {
      x1: p.x, y1: p.y, x2: q.x, y2: q.y, className: 'edge', dataset: { a: e.a, b: e.b },
      stroke: coloured ? goldsteinColor(e.mean_goldstein) : '#b9b4a9',
      'stroke-width': 0.8 + (e.weight / maxWeight) * 6, opacity: coloured ? 0.9 : 0.45,
    }, svg('title', {}, `${ctx.name(e.a)} — ${ctx.name(e.b)}: ${t('edgeTitle', e.cooccurrence, e.events)}${coloured ? ` · ${t('meanGoldstein')} ${goldsteinLabel(e.mean_goldstein)}` : ''}`)));
  }
  chart.append(edgeLayer);
  // The most mentioned actors are named (fewer on a phone), and the one the view is about.
  const named = nodes.filter((n, i) => i < (W < 600 ? 8 : 18) || state.actor === n.id);
  const nameOf = (n) => ctx.name(n.id) || n.name;
  const labels = placeLabels(named, nodes, positions, radius, nameOf, { width: W, height: H });
  const labelLayer = svg('g', { className: 'labels', 'aria-hidden': 'true', 'pointer-events': 'none' });
  for (const n of nodes) {
    const p = positions.get(n.id);
    const name = nameOf(n);
    const open = () => ctx.navigate({ v: 'actors', actor: n.id });
    chart.append(svg('g', {
      className: 'node', tabindex: '-1', role: 'button', 'aria-label': `${name} (${n.mentions})`, dataset: { actor: n.id },
      onClick: open, onKeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } },
    },
    svg('title', {}, `${name} · ${t('types')[n.type] ?? n.type} · ${n.mentions}`),
    svg('circle', { cx: p.x, cy: p.y, r: radius(n), fill: typeColors[n.type] ?? '#5a6070', stroke: '#ffffff', 'stroke-width': 1.5 })));
    const at = labels.get(n.id);
    if (at)
      labelLayer.append(svg('text', { x: at.x, y: at.y, 'text-anchor': at.anchor, fill: '#1d1f24', 'paint-order': 'stroke', stroke: '#ffffff', 'stroke-width': 3,
        className: 'node-label', dataset: { actor: n.id } },
      ...at.lines.map((line, i) => svg('tspan', { x: at.x, dy: i ? 13 * 1.1 : 0 }, line))));
  }
  // Above every node: a name is never hidden under another actor's circle.
  chart.append(labelLayer);
  // One Tab stop: the chart; ↓ ↑ move between its actors, the most mentioned first.
  chartKeys(chart, () => [...chart.querySelectorAll('.node')]);
  ctx.setChart(chart, t('network'));

  const types = [...new Set(nodes.map((n) => n.type))];
  const legend = el('ul', { className: 'legend' }, types.map((type) => {
    const dot = el('span', { className: 'swatch round', 'aria-hidden': 'true' });
    dot.style.background = typeColors[type] ?? '#5a6070';
    return el('li', {}, dot, t('types')[type] ?? type);
  }));
  root.append(
    el('h2', { className: 'view-title', text: t('network') }),
    helpText(t('networkHelp')),
    el('div', { className: 'filters', role: 'group', 'aria-label': t('periodLabel') },
      periodInput('from', t('from')), periodInput('to', t('to'))),
    el('p', { className: 'chart-summary', text: `${t('nodes', nodes.length, all.length)}${edges.length < all.length ? ` · ${t('linksShown', edges.length, LINKS_EACH)}` : ''}` }),
    el('div', { className: 'chart-frame' }, chart), legend);
}
