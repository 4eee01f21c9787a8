// The network view's layout (web/src/views/network.js): deterministic, inside
// the frame, and no node drawn over another (a hidden node cannot be clicked).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { layout } from '../../web/src/views/network.js';

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
});
