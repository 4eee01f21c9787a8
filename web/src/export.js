// Downloads: events and actors as CSV and JSON (from the worker's answers),
// the current chart as SVG or PNG (the SVG drawn to a canvas).

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A cell that a spreadsheet would read as a formula is prefixed with '.
function cell(value) {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows, columns) {
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\r\n') + '\r\n';
}

export async function exportData(app, kind) {
  const [what, format] = kind.split('-');
  let rows;
  let columns;
  if (what === 'events') {
    const params = {};
    if (app.state.v === 'timeline' || !app.state.v) {
      if (app.state.actor) params.actor = app.state.actor;
      if (app.state.fam) params.family = app.state.fam;
      if (app.state.outlet) params.outlet = app.state.outlet;
      if (app.state.fdoc) params.document = app.state.fdoc;
    }
    const result = await app.client.query('timeline', params);
    if (format === 'json') {
      download('marsad-events.json', new Blob([JSON.stringify(result.events, null, 2)], { type: 'application/json' }));
      return;
    }
    rows = result.events.map((e) => ({
      ...e, window_from: e.window?.from, window_to: e.window?.to,
      document: e.reports?.[0]?.document, sentence: e.reports?.[0]?.text, reports: e.reports?.length,
    }));
    columns = ['id', 'date', 'approximate', 'window_from', 'window_to', 'code', 'family', 'goldstein', 'source', 'source_name', 'target', 'target_name', 'source_state', 'target_state', 'symmetric', 'reports', 'document', 'sentence'];
  } else {
    const actors = app.analysis.actors;
    if (format === 'json') {
      download('marsad-actors.json', new Blob([JSON.stringify(actors, null, 2)], { type: 'application/json' }));
      return;
    }
    rows = actors.map((a) => ({ ...a, name_ar: a.name?.ar, name_en: a.name?.en, roles: a.roles?.length ? a.roles : '' }));
    columns = ['id', 'type', 'name_ar', 'name_en', 'in_kb', 'state', 'affiliation', 'mentions', 'roles'];
  }
  download(`marsad-${what}.csv`, new Blob(['\ufeff', toCsv(rows, columns)], { type: 'text/csv;charset=utf-8' }));
}

function standalone(svgNode) {
  const copy = svgNode.cloneNode(true);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = svgNode.viewBox.baseVal;
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  return new XMLSerializer().serializeToString(copy);
}

export async function exportChart(svgNode, format, name) {
  const text = standalone(svgNode);
  const blob = new Blob([text], { type: 'image/svg+xml' });
  if (format === 'svg') {
    download(`${name}.svg`, blob);
    return;
  }
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('the chart could not be drawn'));
      image.src = url;
    });
    const box = svgNode.viewBox.baseVal;
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = box.width * scale;
    canvas.height = box.height * scale;
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    download(`${name}.png`, png);
  } finally {
    URL.revokeObjectURL(url);
  }
}
