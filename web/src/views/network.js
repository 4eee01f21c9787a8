// Network: actors as nodes (sized by mentions), edges weighted by
// co-occurrence and events and coloured by mean Goldstein, filterable by
// period; click a node → the actor's profile. The layout is a small
// deterministic force simulation (fixed seed, fixed number of iterations).
import { goldsteinLabel } from '../cameo.js';
import { goldsteinColor } from '../colors.js';
import { el, svg } from '../dom.js';
import { t } from '../i18n.js';
import { chartKeys } from '../chart-keys.js';
import { chartWidth } from '../chart.js';
import { shownParams } from './shown.js';

// The frame a layout fills when none is given (a wide screen's).
const SIZE = { width: 960, height: 640 };
const typeColors = {
  person: '#0b5d6b', organization: '#6a3d9a', country: '#b5451b', place: '#7c6a00',
  armed_group: '#a4161a', media: '#5d4037', event_name: '#1565c0', group: '#2e7d32',
};

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

// Positions for nodes [{id}] and edges [{a, b, weight}], in [0, width] × [0, height];
// `radius(node)` is how large a node is drawn: no two overlap.
export function layout(allNodes, edges, iterations = 300, radius = () => 10, { width: W, height: H } = SIZE) {
  const rand = random(20190415);
  // Actors with no link sit in a row along the bottom; the rest are simulated.
  const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
  const nodes = allNodes.filter((node) => linked.has(node.id));
  const alone = allNodes.filter((node) => !linked.has(node.id));
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  nodes.forEach((_, i) => {
    const angle = (i / Math.max(1, n)) * Math.PI * 2;
    const radius = 120 + rand() * 160;
    px[i] = W / 2 + Math.cos(angle) * radius;
    py[i] = H / 2 + Math.sin(angle) * radius;
  });
  const links = edges.map((e) => [index.get(e.a), index.get(e.b), e.weight]).filter(([i, j]) => i !== undefined && j !== undefined);
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.75;
  for (let step = 0; step < iterations; step++) {
    const temperature = 30 * (1 - step / iterations) + 0.5;
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = px[i] - px[j];
        let y = py[i] - py[j];
        let d2 = x * x + y * y;
        if (d2 < 0.01) { x = rand() - 0.5; y = rand() - 0.5; d2 = 0.5; }
        if (d2 > 16 * k * k) continue;
        const f = (k * k) / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
    }
    for (const [i, j, w] of links) {
      const x = px[i] - px[j];
      const y = py[i] - py[j];
      const d = Math.sqrt(x * x + y * y) || 0.01;
      const f = (d / k) * Math.min(3, 0.6 + Math.log1p(w) * 0.5);
      dx[i] -= x * f; dy[i] -= y * f; dx[j] += x * f; dy[j] += y * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (W / 2 - px[i]) * 0.06;
      dy[i] += (H / 2 - py[i]) * 0.06;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const move = Math.min(d, temperature);
      px[i] += (dx[i] / d) * move;
      py[i] += (dy[i] / d) * move;
    }
  }
  // Fit into the frame.
  const margin = 40;
  const bottom = alone.length ? 50 : 0;
  const [x0, x1] = [Math.min(...px), Math.max(...px)];
  const [y0, y1] = [Math.min(...py), Math.max(...py)];
  const sx = (W - 2 * margin) / Math.max(1, x1 - x0);
  const sy = (H - 2 * margin - bottom) / Math.max(1, y1 - y0);
  const positions = new Map(nodes.map((node, i) => [node.id, {
    x: n > 1 ? margin + (px[i] - x0) * sx : W / 2, y: n > 1 ? margin + (py[i] - y0) * sy : H / 2,
  }]));
  separate(nodes, positions, radius, margin, H - margin - bottom, W);
  alone.forEach((node, i) => positions.set(node.id, { x: margin + ((i + 0.5) * (W - 2 * margin)) / alone.length, y: H - 24 }));
  return positions;
}

const periodPattern = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

// Pushes overlapping nodes apart (a node hidden under another cannot be
// clicked), a few passes, keeping them inside the frame.
function separate(nodes, positions, radius, margin, maxY, W) {
  const gap = 3;
  for (let pass = 0; pass < 60; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = positions.get(nodes[i].id);
        const b = positions.get(nodes[j].id);
        const need = radius(nodes[i]) + radius(nodes[j]) + gap;
        let x = b.x - a.x;
        let y = b.y - a.y;
        const d = Math.sqrt(x * x + y * y);
        if (d >= need) continue;
        if (d < 0.01) { x = 1; y = 0; }
        const push = (need - (d || 0)) / 2 / (d || 1);
        a.x -= x * push; a.y -= y * push; b.x += x * push; b.y += y * push;
        moved = true;
      }
    }
    for (const node of nodes) {
      const p = positions.get(node.id);
      p.x = Math.min(W - margin, Math.max(margin, p.x));
      p.y = Math.min(maxY, Math.max(margin, p.y));
    }
    if (!moved) break;
  }
}

export async function renderNetwork(root, ctx) {
  const { state } = ctx;
  const params = shownParams(state);
  if (state.from) params.from = state.from;
  if (state.to) params.to = state.to;
  const network = await ctx.client.query('network', params);
  if (ctx.stale()) return;

  const periodInput = (key, label) => {
    const input = el('input', { type: 'text', inputmode: 'numeric', placeholder: 'YYYY-MM', value: state[key] ?? '', 'aria-label': label, size: 8, dir: 'ltr' });
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
  const edges = network.edges.map((e) => ({ ...e, weight: e.cooccurrence + 2 * e.events }));
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
    'aria-label': `${t('network')}: ${t('nodes', nodes.length, edges.length)}`,
    'font-family': 'Noto Naskh Arabic, Amiri, Segoe UI, Tahoma, sans-serif', 'font-size': '13',
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
  const labelled = new Set(nodes.slice(0, W < 600 ? 8 : 18).map((n) => n.id));
  for (const n of nodes) {
    const p = positions.get(n.id);
    const name = ctx.name(n.id) || n.name;
    const open = () => ctx.navigate({ v: 'actors', actor: n.id });
    const r = radius(n);
    chart.append(svg('g', {
      className: 'node', tabindex: '-1', role: 'button', 'aria-label': `${name} (${n.mentions})`, dataset: { actor: n.id },
      onClick: open, onKeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } },
    },
    svg('title', {}, `${name} · ${t('types')[n.type] ?? n.type} · ${n.mentions}`),
    svg('circle', { cx: p.x, cy: p.y, r, fill: typeColors[n.type] ?? '#5a6070', stroke: '#ffffff', 'stroke-width': 1.5 }),
    labelled.has(n.id) || state.actor === n.id
      ? svg('text', { x: p.x, y: p.y - r - 4, 'text-anchor': 'middle', fill: '#1d1f24', 'paint-order': 'stroke', stroke: '#ffffff', 'stroke-width': 3 }, name)
      : null));
  }
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
    el('p', { className: 'hint', text: t('networkHelp') }),
    el('div', { className: 'filters', role: 'group', 'aria-label': t('periodLabel') },
      periodInput('from', t('from')), periodInput('to', t('to'))),
    el('p', { className: 'chart-summary', text: t('nodes', nodes.length, edges.length) }),
    el('div', { className: 'chart-frame' }, chart), legend);
}
