// The network view's layout (web/src/views/network.js, d3-force): deterministic,
// inside the frame, and no node drawn over another (a hidden node cannot be
// clicked); each actor's strongest links kept; names inside the frame, never
// over each other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { backbone, layout, placeLabels } from '../../web/src/views/network.js';

describe('network layout', () => {
  // A tight cluster of fifteen strongly linked actors and a hub holding the
  // others: the shape that piled nodes onto each other before they were
  // pushed apart.
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, mentions: 100 - i * 2 }));
  const edges = [];
  for (let i = 0; i < 15; i++) for (let j = i + 1; j < 15; j++) edges.push({ a: `n${i}`, b: `n${j}`, weight: 20 });
  for (let i = 15; i < 40; i++) edges.push({ a: 'n0', b: `n${i}`, weight: 2 });
  const radius = (n) => 5 + Math.sqrt(n.mentions / 100) * 20;

  it('keeps every node apart from every other and inside the frame', () => {
    const at = layout(nodes, edges, 300, radius);
    for (let i = 0; i < nodes.length; i++) {
      const a = at.get(nodes[i].id);
      assert.ok(a.x >= 0 && a.x <= 960 && a.y >= 0 && a.y <= 640, `${nodes[i].id} at ${a.x},${a.y}`);
      for (let j = i + 1; j < nodes.length; j++) {
        const b = at.get(nodes[j].id);
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        assert.ok(d >= radius(nodes[i]) + radius(nodes[j]) - 0.5, `${nodes[i].id} and ${nodes[j].id} overlap (${d.toFixed(1)})`);
      }
    }
  });

  it('is the same every time', () => {
    assert.deepEqual([...layout(nodes, edges, 300, radius)], [...layout(nodes, edges, 300, radius)]);
  });

  it('names the nodes inside the frame, no name over another', () => {
    const at = layout(nodes, edges, 300, radius);
    const name = (n) => `الفاعل رقم ${n.id} من الشبكة`;
    const placed = placeLabels(nodes.slice(0, 18), nodes, at, radius, name);
    assert.ok(placed.size >= 10, `${placed.size} names placed`);
    const boxes = [...placed].map(([id, p]) => {
      assert.equal(p.lines.join(' '), name({ id }));
      const w = Math.max(...p.lines.map((line) => line.length)) * 13 * 0.6;
      const left = p.anchor === 'middle' ? p.x - w / 2 : p.anchor === 'start' ? p.x : p.x - w;
      return { id, left, right: left + w, top: p.y - 11, bottom: p.y + (p.lines.length - 1) * 13 * 1.1 + 4 };
    });
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= 960 && b.top >= 0 && b.bottom <= 640, JSON.stringify(b));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        assert.ok(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${a.id} and ${b.id}`);
      }
  });
});

// A placed name's box at 13 units, its letters 0.6 of that wide (Node has no
// canvas to measure them), each further line 1.1 of it below the first.
function labelBox(p) {
  const w = Math.max(...p.lines.map((line) => line.length)) * 13 * 0.6;
  const left = p.anchor === 'middle' ? p.x - w / 2 : p.anchor === 'start' ? p.x : p.x - w;
  return { left, right: left + w, top: p.y - 13 * 0.85, bottom: p.y + (p.lines.length - 1) * 13 * 1.1 + 13 * 0.3 };
}

// The ids of the nodes (of radius r) that the box covers.
function nodesUnder(box, nodes, r) {
  return nodes.filter((n) => {
    const nx = Math.max(box.left, Math.min(n.x, box.right));
    const ny = Math.max(box.top, Math.min(n.y, box.bottom));
    return Math.hypot(n.x - nx, n.y - ny) < r;
  }).map((n) => n.id);
}

describe('network names over nodes', () => {
  it('a name goes to a corner when above, below and both sides are taken by nodes', () => {
    // A node ringed by four others, with the corners free: its name goes over none of them.
    const ring = [{ id: 'c', x: 300, y: 300 }, { id: 'n', x: 300, y: 278 }, { id: 's', x: 300, y: 322 },
      { id: 'e', x: 335, y: 300 }, { id: 'w', x: 265, y: 300 }];
    const positions = new Map(ring.map((n) => [n.id, { x: n.x, y: n.y }]));
    const radius = (n) => (n.id === 'c' ? 10 : 9);
    const name = () => 'اسم';  // 3 letters: 23.4 units wide at 13
    const placed = placeLabels([{ id: 'c' }], ring.map(({ id }) => ({ id })), positions, radius, name);
    const p = placed.get('c');
    assert.ok(p, 'a place for the name');
    assert.deepEqual(nodesUnder(labelBox(p), ring.filter((n) => n.id !== 'c'), 9), [], JSON.stringify(p));
  });
});

describe('network names on two lines', () => {
  it('a long name that covers a node wherever it goes on one line takes two lines, over no node', () => {
    // Nodes either side of the centre's name above and below it, and on its sides: one line of
    // 22 letters (172 units) reaches them everywhere; two lines of at most 12 (94 units) fit above.
    const around = [{ id: 'c', x: 300, y: 300 }, { id: 'ul', x: 240, y: 283 }, { id: 'ur', x: 360, y: 283 },
      { id: 'dl', x: 240, y: 320 }, { id: 'dr', x: 360, y: 320 }, { id: 'l', x: 230, y: 300 }, { id: 'r', x: 370, y: 300 }];
    const positions = new Map(around.map((n) => [n.id, { x: n.x, y: n.y }]));
    const radius = (n) => (n.id === 'c' ? 10 : 8);
    const name = () => 'تنظيم الدولة الإسلامية';
    const p = placeLabels([{ id: 'c' }], around.map(({ id }) => ({ id })), positions, radius, name).get('c');
    assert.ok(p, 'a place for the name');
    assert.deepEqual(p.lines, ['تنظيم الدولة', 'الإسلامية']);
    assert.deepEqual(nodesUnder(labelBox(p), around.filter((n) => n.id !== 'c'), 8), [], JSON.stringify(p));
  });

  it('a name that fits on one line stays on one line', () => {
    const positions = new Map([['c', { x: 300, y: 300 }]]);
    const p = placeLabels([{ id: 'c' }], [{ id: 'c' }], positions, () => 10, () => 'تنظيم الدولة الإسلامية').get('c');
    assert.deepEqual(p.lines, ['تنظيم الدولة الإسلامية']);
  });
});

describe('network backbone', () => {
  it('keeps each actor\'s three strongest links, in their order', () => {
    const edges = [];
    for (let i = 0; i < 12; i++) for (let j = i + 1; j < 12; j++) edges.push({ a: `n${i}`, b: `n${j}`, weight: i + j });
    const kept = backbone(edges);
    assert.ok(kept.length < edges.length && kept.length <= 3 * 12, kept.length);
    for (let i = 0; i < 12; i++) {
      const mine = edges.filter((e) => e.a === `n${i}` || e.b === `n${i}`).sort((x, y) => y.weight - x.weight);
      for (const e of mine.slice(0, 3)) assert.ok(kept.includes(e), `n${i}: ${e.a}–${e.b}`);
    }
    assert.deepEqual(kept, edges.filter((e) => kept.includes(e)), 'in the order given');
  });

  it('lays out the core\'s largest network (400 actors) quickly, the same every time', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ id: `a${i}`, mentions: 1000 - i * 2 }));
    const links = backbone(many.flatMap((n, i) => [1, 7, 31].map((k) => ({ a: n.id, b: many[(i + k) % 400].id, weight: 1 + ((i * k) % 9) }))));
    const r = (n) => (5 + Math.sqrt(n.mentions / 1000) * 20) * 0.6;
    const started = performance.now();
    const first = layout(many, links, 300, r);
    const ms = performance.now() - started;
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
    assert.deepEqual([...first], [...layout(many, links, 300, r)]);
    for (const p of first.values()) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y) && p.x >= 0 && p.x <= 960 && p.y >= 0 && p.y <= 640);
  });
});
