// Colours on the cooperative ↔ conflictual scale (Goldstein −10 … +10) and the
// CAMEO event families ordered on it.

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

// CAMEO root codes: 01–09 cooperation, 10–20 conflict.
export const families = {
  '01': { en: 'Public statement', ar: 'تصريح علني', g: 0 },
  '02': { en: 'Appeal', ar: 'مناشدة', g: 3 },
  '03': { en: 'Intent to cooperate', ar: 'نية التعاون', g: 4 },
  '04': { en: 'Consult / meet', ar: 'تشاور ولقاء', g: 1 },
  '05': { en: 'Diplomatic cooperation', ar: 'تعاون دبلوماسي', g: 3.5 },
  '06': { en: 'Material cooperation', ar: 'تعاون مادي', g: 6 },
  '07': { en: 'Provide aid', ar: 'تقديم مساعدة', g: 7 },
  '08': { en: 'Yield', ar: 'تنازل', g: 5 },
  '09': { en: 'Investigate', ar: 'تحقيق', g: -2 },
  '10': { en: 'Demand', ar: 'مطالبة', g: -5 },
  '11': { en: 'Disapprove / accuse', ar: 'استنكار واتهام', g: -2 },
  '12': { en: 'Reject', ar: 'رفض', g: -4 },
  '13': { en: 'Threaten', ar: 'تهديد', g: -6 },
  '14': { en: 'Protest', ar: 'احتجاج', g: -6.5 },
  '15': { en: 'Force posture', ar: 'استعراض القوة', g: -7.2 },
  '16': { en: 'Reduce relations', ar: 'تقليص العلاقات', g: -4 },
  '17': { en: 'Coerce', ar: 'إكراه', g: -7 },
  '18': { en: 'Assault', ar: 'اعتداء', g: -9 },
  '19': { en: 'Fight', ar: 'قتال', g: -10 },
  '20': { en: 'Mass violence', ar: 'عنف جماعي', g: -10 },
};

export function familyColor(family) {
  return goldsteinColor(families[family]?.g ?? 0);
}

// Eight distinguishable line colours for comparing sources.
export const lineColors = ['#0b5d6b', '#b5451b', '#6a3d9a', '#2e7d32', '#c2185b', '#5d4037', '#1565c0', '#7c6a00'];
