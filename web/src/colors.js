// Colours on the cooperative ↔ conflictual scale (Goldstein −10 … +10) and the
// CAMEO event families ordered on it.
import { cameo } from './cameo-table.js';

// Conflictual red → neutral grey → cooperative teal; readable on white.
export function goldsteinColor(g) {
  if (g === null || g === undefined || Number.isNaN(g)) return '#8a8f99';
  const x = Math.max(-10, Math.min(10, g)) / 10;
  const neutral = [120, 124, 134];
  const end = x < 0 ? [196, 30, 40] : [0, 120, 110];
  const k = Math.min(1, Math.abs(x) * 1.6);
  const c = neutral.map((n, i) => Math.round(n + (end[i] - n) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

// CAMEO root codes (01–09 cooperation, 10–20 conflict) with the Goldstein
// score of each, from the table generated from the core's (cameo-table.js).
const familyScore = Object.fromEntries(Object.entries(cameo).filter(([code]) => code.length === 2).map(([code, e]) => [code, e.g]));

export function familyColor(family) {
  return goldsteinColor(familyScore[family] ?? 0);
}

// Eight distinguishable line colours for comparing sources.
export const lineColors = ['#0b5d6b', '#b5451b', '#6a3d9a', '#2e7d32', '#c2185b', '#5d4037', '#1565c0', '#7c6a00'];
