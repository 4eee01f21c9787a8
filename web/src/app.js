// The page: boots the analysis worker, loads a corpus, keeps the view state in
// the URL fragment and renders one view at a time. Analysis only ever comes
// from the worker (which asks the wasm core); this file decides what to show.
import { clear, el } from './dom.js';
import { codeLabel } from './cameo.js';
import { download, exportChart, exportData, fileName, viewEvents } from './export.js';
import { dateLabel, documentName, errorText, isolate, language, setLanguage, t } from './i18n.js';
import { defaults, parseFragment, serializeFragment, viewKeys, views } from './state.js';
import { renderCorpusPanel } from './views/documents.js';
import { renderActors } from './views/actors.js';
import { renderNetwork } from './views/network.js';
import { renderReader } from './views/reader.js';
import { renderRelation } from './views/relations.js';
import { renderSearch } from './views/search.js';
import { renderTimeline } from './views/timeline.js';
import { intake } from './intake.js';
import { isKnowledgeBase } from './kb-file.js';
import { CORRECTIONS_FILE, addCorrection, correctionsFile, readCorrections, removeCorrection, survivor } from './corrections.js';
import { classify } from './problems.js';
import { PublishedIndex } from './published/published-index.js';
import { storyOf, storyOfPublished } from './story.js';
import { WorkerPool } from './worker-pool.js';

const renderers = {
  timeline: renderTimeline, relation: renderRelation, actors: renderActors,
  network: renderNetwork, reader: renderReader, search: renderSearch,
};

const $ = (id) => document.getElementById(id);

// config: {createWorker(name), wasm: {wasmUrl}|{wasmBinary}, initialFiles(): Promise<[{name, bytes}]>,
//          removed: [ids], seedFiles(): Promise<[{name, bytes}]>, makeBundle?(corpus),
//          published?: Promise<manifest|null>, base?: URL, bundle?: true}: a published site's manifest
//          (web/src/published/), whose chunks each view loads as it needs them; bundle: the
//          page is an offline bundle (web/src/offline.js).
export async function boot(config) {
  const app = {
    config,
    pool: null,       // the analysis workers (web/src/worker-pool.js)
    client: null,     // the main worker: every query goes to its session
    analysis: null,
    story: null,      // what to look at first, and the relation view's defaults (web/src/story.js)
    state: {},
    files: [],        // every file added, kept for the offline bundle: {name, bytes, sample}
    removed: [],      // document ids removed by the reader
    corrections: [],  // the reader's corrections of actors (web/src/corrections.js), in app.files as one actors file
    problems: [],     // per file and line, accumulated
    actorsById: new Map(),
    chart: null,      // the current view's SVG, for export
    renderToken: 0,
    published: null,  // a published site's index (web/src/published/published-index.js)
    focusBack: new Map(),  // location hash → the element of the panel that had the focus there (focusKey)
    pendingFocus: null,    // the focusKey to give the focus to once the view is drawn
  };

  const parsed = parseFragment(location.hash);
  app.state = parsed.state;
  setLanguage(app.state.lang ?? 'ar');
  shell(app);
  wireControls(app);
  for (const key of parsed.rejected) notice(t('badParam', key));
  embedMode(app.state);

  status(t('loading'));
  // The corpus downloads while the worker compiles the wasm module.
  const initialFiles = config.initialFiles();
  app.pool = new WorkerPool({ createWorker: config.createWorker, wasm: config.wasm });
  app.client = await app.pool.start();

  const manifest = await config.published;
  if (manifest) {
    app.published = new PublishedIndex(manifest, config.base);
    document.body.classList.add('published');
    document.body.dataset.published = 'true';
  }
  const files = await initialFiles;
  adoptCorrections(app, files);  // an offline bundle's corrections, kept with its corpus
  await addFiles(app, files, { render: false });
  if (files.length) countBatch();
  for (const id of config.removed ?? []) {
    await app.client.removeDocument(id);
    app.removed.push(id);
  }
  const linked = app.state.c;
  await refresh(app);
  if (linked && linked !== corpusId(app)) otherCorpus(app, linked);

  window.addEventListener('hashchange', () => fromLocation(app));
  window.addEventListener('popstate', () => fromLocation(app));
  await render(app);
  document.body.dataset.readyMs = String(Math.round(performance.now()));  // read by the bench
  document.body.dataset.ready = 'true';
  return app;
}

function status(text, kind = '') {
  $('status').textContent = text;
  $('status').className = `status ${kind}`;
}

// A notice at the top of the page: `detail` as its tooltip, `disclosure`
// (technical text) behind a <details>.
function notice(text, { kind, detail, disclosure: more } = {}) {
  const item = el('li', { dataset: kind ? { kind } : {}, title: detail },
    el('div', { className: 'notice-body' }, el('span', { className: 'notice-text', text }), disclosure(more)),
    el('button', { type: 'button', className: 'link', 'aria-label': t('close'), onClick: () => item.remove() }, '×'));
  $('notices').append(item);
}

// A link made on a corpus that is not here: said in plain words, with the
// way that works (the offline bundle); the view shows what is here, and the
// link's actors that this corpus lacks are not reported one by one.
function otherCorpus(app, linked) {
  app.foreignLink = true;
  notice(t('otherCorpus', !!app.story?.sample), { kind: 'other-corpus', detail: t('corpusIds', linked, corpusId(app)) });
}

function fromLocation(app) {
  if (location.hash === app.lastHash) return;  // hashchange and popstate both fire
  app.lastHash = location.hash;
  const { state, rejected } = parseFragment(location.hash);
  clear($('notices'));
  for (const key of rejected) notice(t('badParam', key));
  app.foreignLink = false;
  app.pendingFocus = app.focusBack.get(location.hash) ?? null;  // back where the reader left
  if (state.c && app.analysis && state.c !== corpusId(app)) otherCorpus(app, state.c);
  const langChanged = (state.lang ?? 'ar') !== language();
  app.state = state;
  if (app.analysis) app.state.c = corpusId(app);
  if (langChanged) {
    setLanguage(state.lang ?? 'ar');
    shell(app);
  }
  embedMode(state);
  render(app);
}

// Moves to a new state: `patch` changes some keys; switching views drops the
// keys that belong to other views.
export function navigate(app, patch, { push = true } = {}) {
  const next = { ...app.state };
  if (patch.v && patch.v !== app.state.v) {
    for (const [view, keys] of Object.entries(viewKeys))
      if (view !== patch.v) for (const key of keys) if (!viewKeys[patch.v].includes(key)) delete next[key];
  }
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === null || value === '') delete next[key];
    else next[key] = value;
  }
  // A compact embed shows one chart: what it opens (an event's sentence, an
  // actor's profile) opens in the whole page, in a new tab.
  if (app.state.embed === 'compact' && patch.v && patch.v !== view(app)) {
    const url = new URL(location.href);
    url.hash = serializeFragment({ ...next, embed: undefined });
    window.open(url.href, '_blank', 'noopener');  // as fullView() of the next state
    return Promise.resolve();
  }
  app.foreignLink = false;  // the reader moves on within this corpus
  // What had the focus, to return to when the reader comes back to this view.
  const leaving = panelFocus();
  if (leaving && push) app.focusBack.set(location.hash, leaving);
  app.state = next;
  writeLocation(app, push);
  if ('lang' in patch) {
    setLanguage(next.lang ?? 'ar');
    shell(app);
  }
  return render(app);
}

// Writes the state to the fragment without re-rendering (a view that redrew itself).
export function writeLocation(app, push = false) {
  const hash = `#${serializeFragment(app.state)}`;
  app.lastHash = hash;
  if (hash === location.hash) return;
  if (push) history.pushState(null, '', hash);
  else history.replaceState(null, '', hash);
}

function view(app) {
  return views.includes(app.state.v) ? app.state.v : defaults.v;
}

function shell(app) {
  $('language').textContent = t('language');
  const tabs = clear($('tabs'));
  const current = view(app);
  for (const name of views) {
    const selected = name === current;
    tabs.append(el('button', {
      type: 'button', role: 'tab', id: `tab-${name}`, 'aria-selected': selected ? 'true' : 'false',
      'aria-controls': 'panel', tabindex: selected ? '0' : '-1', dataset: { view: name },
      onClick: () => navigate(app, { v: name }),
    }, t(name)));
  }
  $('panel').setAttribute('aria-labelledby', `tab-${current}`);
  renderStory(app);
  if (app.analysis) {
    renderCorpusPanel(app, corpusActions(app));
    renderProblems(app);
    corpusStatus(app);
  }
}

// The corpus a link names: a published site's whole corpus, not the chunks
// loaded for the view.
function corpusId(app) {
  return app.published?.manifest.corpus.id ?? app.analysis.corpus.id;
}

function corpusStatus(app) {
  const p = app.published;
  if (p) {
    status(t('publishedReady', p.manifest.corpus.documents, p.loadedDocuments(), p.loaded.length, p.matching), 'ok');
    return;
  }
  const n = app.analysis.corpus.documents;
  status(n ? t('ready', n) : t('emptyCorpus'), 'ok');
}

// The story box (web/src/story.js), computed from the corpus the same way for
// every corpus, none for an empty one: its size, period and most mentioned
// actors, its most active relations and its sharpest supported turn (or that
// there is none). Each link opens a view; one that shows a section further
// down (the turning point, the comparison) scrolls it into view.
const storyText = { sample: 'storySample', mixed: 'mixedStory', own: 'ownStory', published: 'publishedStory' };

function renderStory(app) {
  const story = app.story;
  $('story').hidden = !story;
  $('story').dataset.sample = story?.sample ? 'true' : 'false';
  $('story').dataset.kind = story?.kind ?? '';
  if (!story) return;
  const names = (ids) => ids.map((id) => actorName(app, id));
  const list = (items) => items.join(language() === 'ar' ? '، ' : ', ');
  const dates = (list) => list.map((d) => dateLabel(d));
  $('story-text').textContent = [
    t(storyText[story.kind] ?? 'ownStory', story.documents, story.from ? dateLabel(story.from) : '', story.to ? dateLabel(story.to) : '', list(names(story.top))),
    story.relations.length ? t('storyActive', list(story.relations.map((r) => t('storyPair', ...names([r.a, r.b]), r.count))), story.relationsWeak) : null,
    story.turn === null ? t(story.relations.length ? 'storyNoTurn' : 'storyNoEvents') : null,
    t('storyWhere'),
  ].filter(Boolean).join(' ');
  clear($('story-links')).append(...story.links.map((link) => el('button', {
    type: 'button', className: 'button', dataset: { story: link.kind },
    onClick: async () => {
      await navigate(app, link.patch);
      if (link.show) showSection(link.show);
    },
  }, el('span', { className: 'story-label', text: t(link.label, ...names(link.args ?? []), ...dates(link.dates ?? []), ...(link.extra ?? [])) }),
  link.note ? el('span', { className: 'story-note', text: t(...link.note) }) : null)));
}

// Brings a section of the current view (a selector) into view, its chart in
// the middle of the screen (else its top at the top), and puts the keyboard
// focus on its heading.
function showSection(selector) {
  const section = $('panel').querySelector(selector);
  if (!section) return;
  const heading = section.querySelector('h3') ?? section;
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  const chart = section.querySelector('svg');
  if (chart) chart.scrollIntoView({ block: 'center' });
  else section.scrollIntoView({ block: 'start' });
}

function updateTabs(app) {
  const current = view(app);
  for (const tab of $('tabs').querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.view === current;
    tab.setAttribute('aria-selected', selected ? 'true' : 'false');
    tab.setAttribute('tabindex', selected ? '0' : '-1');
    // The current tab in sight when the tabs scroll (without scrolling the page).
    if (selected && $('tabs').scrollWidth > $('tabs').clientWidth) {
      const [box, strip] = [tab.getBoundingClientRect(), $('tabs').getBoundingClientRect()];
      if (box.left < strip.left) $('tabs').scrollLeft -= strip.left - box.left + 16;
      else if (box.right > strip.right) $('tabs').scrollLeft += box.right - strip.right + 16;
    }
  }
  $('panel').setAttribute('aria-labelledby', `tab-${current}`);
  tabsOverflow();
}

// Marks the tab strip's frame with the sides where tabs are hidden
// (data-more="start", "end" or both; start and end in the reading direction).
function tabsOverflow() {
  const tabs = $('tabs');
  const hidden = tabs.scrollWidth - tabs.clientWidth;
  const rtl = document.documentElement.dir === 'rtl';
  const scrolled = rtl ? -tabs.scrollLeft : tabs.scrollLeft;  // from the start, whatever the direction
  const more = [];
  if (hidden > 1 && scrolled > 1) more.push('start');
  if (hidden > 1 && scrolled < hidden - 1) more.push('end');
  $('tabs-frame').dataset.more = more.join(' ');
}

// An actor's name in the interface language; a name found in text (not in
// the knowledge base) as the texts most often write it (its "display"), not
// in its normalized spelling.
export function actorName(app, id) {
  const actor = app.actorsById.get(id);
  if (!actor) return id;
  const ar = actor.display || actor.name?.ar;
  return (language() === 'en' ? actor.name?.en : ar) || ar || actor.name?.en || id;
}

// The corrections files among `files` (web/src/corrections.js): their
// corrections become the page's, and the file is marked as the page's own.
function adoptCorrections(app, files) {
  for (const file of files) {
    const list = readCorrections(file.name, file.bytes);
    if (!list) continue;
    for (const c of list) app.corrections = addCorrection(app.corrections, c);
    file.corrections = true;
  }
}

// A correction added ({add}) or undone ({undo: index}): the corrections file
// written anew and the whole corpus analyzed again with it (a new Session:
// an undone correction leaves nothing behind), then the view drawn again, on
// the actor that now stands for `id` (the one it was merged into).
export async function correctActors(app, { add, undo }, id) {
  if (add) app.corrections = addCorrection(app.corrections, add);
  if (undo !== undefined) app.corrections = removeCorrection(app.corrections, undo);
  await reanalyze(app);
  await navigate(app, id ? { actor: survivor(app.corrections, id) } : {}, { push: false });
  countBatch();  // for tests: the corpus analyzed again and the view drawn
}

async function reanalyze(app) {
  const file = correctionsFile(app.corrections);
  const files = [...app.files.filter((f) => !f.corrections), ...(file ? [file] : [])];
  const removed = app.removed;
  await app.pool.reset();
  app.files = [];
  app.problems = [];
  app.removed = [];
  const results = await addFiles(app, files, { render: false });
  const kb = results.find((r) => r.file === CORRECTIONS_FILE);
  const trouble = (kb?.problems ?? []).filter((p) => plainProblem(p).level !== 'info');
  if (trouble.length) notice(`${t('correctionsProblem', trouble.length)}`, { kind: 'not-loaded', disclosure: trouble.map((p) => p.message).join('\n') });
  for (const doc of removed) if (await app.client.removeDocument(doc)) app.removed.push(doc);
  await refresh(app);
}

// The corrections as a file of actors, to keep or send (added to the page, it applies them again).
export function downloadCorrections(app) {
  const file = correctionsFile(app.corrections);
  if (file) download(CORRECTIONS_FILE, new Blob([file.bytes], { type: 'application/json' }));
}

export function documentTitle(app, id) {
  const doc = app.analysis?.documents.find((d) => d.id === id);
  return doc ? doc.title || (doc.source ? isolate(doc.source) : documentName(doc)) : isolate(id);
}

async function refresh(app) {
  app.analysis = await app.client.analysis();
  // A published corpus names its actors beyond the chunks loaded (its manifest's).
  const known = app.published ? app.published.manifest.actors.map((a) => [a.id, a]) : [];
  app.actorsById = new Map([...known, ...app.analysis.actors.map((a) => [a.id, a])]);
  app.state.c = corpusId(app);
  // The story of what is loaded: the sample alone, the reader's files with it, or theirs.
  const sample = app.files.filter((f) => f.sample).length;
  const kind = sample && sample === app.files.length ? 'sample' : sample ? 'mixed' : 'own';
  app.story = app.published ? storyOfPublished(app.published.manifest) : await storyOf(app.analysis, app.client, kind);
  renderStory(app);
  corpusStatus(app);
  renderCorpusPanel(app, corpusActions(app));
  renderProblems(app);
}

// A problem in plain words in the reader's language, and the technical
// detail (the core's message, in English) behind a disclosure.
function plainProblem(p) {
  const { kind, args, level, detail } = classify(p);
  return { level, kind, text: kind ? t(`problem_${kind}`, ...args) : p.message, detail };
}

function disclosure(detail) {
  return detail ? el('details', { className: 'detail' }, el('summary', { text: t('technicalDetail') }),
    el('code', { dir: 'ltr', text: detail })) : null;
}

// Problems per file and line; what was read as intended but is worth knowing
// (a duplicate merged, an id renamed) listed apart, as information.
function renderProblems(app) {
  const problems = clear($('problem-list'));
  const notes = clear($('note-list'));
  for (const p of app.problems) {
    const { level, kind, text, detail } = plainProblem(p);
    const where = kind ? [isolate(p.file), p.line ? t('atLine', p.line) : null].filter(Boolean).join(' · ') : null;
    (level === 'info' ? notes : problems).append(el('li', { className: level, dataset: { kind: kind ?? 'page' } },
      where ? el('span', { className: 'problem-where', text: `${where}: ` }) : null,
      el('span', { className: 'problem-text', text }), disclosure(detail)));
  }
  $('problems').hidden = problems.children.length === 0;
  $('notes').hidden = notes.children.length === 0;
}

// What became of the files the reader just gave, said at the top of the page:
// each file's documents loaded, duplicates merged and problems; a file of
// which nothing was loaded with the reason. Many files are summed up in one.
function reportFiles(results, refused) {
  const lines = results.filter(Boolean).map((r) => {
    const said = (r.problems ?? []).map(plainProblem);
    const merged = said.filter((p) => p.kind === 'duplicate').length;
    const issues = said.filter((p) => p.level !== 'info');
    return { r, merged, issues };
  });
  if (lines.length > 5) {
    const documents = lines.reduce((n, { r }) => n + (r.kind === 'corpus' ? r.documents ?? 0 : 0), 0);
    const troubled = lines.filter(({ issues }) => issues.length).length + refused.length;
    notice([t('filesLoaded', lines.length, documents), troubled ? t('filesWithProblems', troubled) : null].filter(Boolean).join(' · '), { kind: 'loaded' });
    return;
  }
  for (const p of refused) {
    const said = plainProblem(p);
    notice(p.plain ? said.text : `${t('fileNothing', p.file)}: ${said.text}`, { kind: 'not-loaded', disclosure: said.detail });
  }
  for (const { r, merged, issues } of lines) {
    if (r.kind === 'knowledge_base') {
      notice(t('kbAdded', r.file, r.actors ?? 0), { kind: 'loaded' });
    } else if (r.kind === 'failed' || !r.documents) {
      const why = issues[0];
      notice(`${t('fileNothing', r.file)}${why ? `: ${why.text}` : ''}`, { kind: 'not-loaded', disclosure: why?.detail });
    } else {
      notice([t('fileLoaded', r.file, r.documents), merged ? t('fileMerged', merged) : null,
        issues.length ? t('fileProblems', issues.length) : null].filter(Boolean).join(' · '), { kind: 'loaded' });
    }
  }
}

// Analyzes `files`; → the per-file results ({kind, file, documents|actors, problems}).
async function addFiles(app, files, { render: andRender = true } = {}) {
  if (!files.length) return [];
  let outcome = [];
  const progress = $('progress');
  progress.hidden = false;
  progress.max = Math.max(1, files.reduce((n, f) => n + f.bytes.byteLength, 0));
  progress.value = 0;
  status(t('analyzing'));
  try {
    // Bytes analyzed, by every worker of the pool.
    const results = await app.pool.addFiles(files, ({ done, total, file, index, count, workers }) => {
      progress.max = Math.max(1, total);
      progress.value = done;
      if (workers > 1) status(t('analyzingParallel', (done / 1e6).toFixed(1), (total / 1e6).toFixed(1), workers));
      else if (index < count) status(t('analyzingFile', file, index + 1, count));
    });
    for (const [i, result] of results.entries()) {
      if (result.kind !== 'failed') app.files.push(files[i]);
      for (const p of result.problems ?? []) app.problems.push({ file: result.file ?? files[i].name, ...p });
    }
    outcome = results.map((r, i) => ({ ...r, file: r.file ?? files[i].name }));
  } finally {
    progress.hidden = true;
  }
  // For tests and the curious: how many workers the last batch used, and
  // batches analyzed (counted once shown).
  document.body.dataset.workers = String(app.pool.lastWorkers);
  if (andRender) {
    await refresh(app);
    await render(app);
    countBatch();
  }
  return outcome;
}

const countBatch = () => { document.body.dataset.batches = String(Number(document.body.dataset.batches ?? 0) + 1); };

function corpusActions(app) {
  return {
    open: (docId) => navigate(app, { v: 'reader', doc: docId, hl: undefined }),
    remove: async (docId) => {
      await app.client.removeDocument(docId);
      app.removed.push(docId);
      if (app.state.doc === docId) delete app.state.doc;
      await refresh(app);
      await render(app);
    },
  };
}

// Wires the static controls once.
export function wireControls(app) {
  // The skip link moves the focus to the view (following its #panel would change the fragment, the view's state).
  $('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    $('panel').focus();
    $('panel').scrollIntoView({ block: 'start' });
  });
  // Escape closes the export menu and the embed panel, the focus back on what opened them.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if ($('export-menu').open) {
      $('export-menu').open = false;
      $('export-menu').querySelector('summary').focus();
    } else if (!$('embed-panel').hidden && $('embed-panel').contains(document.activeElement)) {
      $('embed-panel').hidden = true;
      $('embed').setAttribute('aria-expanded', 'false');
      $('embed').focus();
    }
  });
  // The corpus panel sits below the view (far below on a phone): reached from the top.
  $('to-corpus').addEventListener('click', () => {
    $('corpus-heading').focus({ preventScroll: true });
    $('corpus-panel').scrollIntoView({ block: 'start' });
  });
  // Tabs wider than the screen scroll; a shade on the side where more are says so.
  $('tabs').addEventListener('scroll', () => tabsOverflow(), { passive: true });
  window.addEventListener('resize', () => tabsOverflow());
  $('language').addEventListener('click', () => navigate(app, { lang: language() === 'ar' ? 'en' : 'ar' }, { push: false }));
  $('copy-link').addEventListener('click', async () => {
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
      if (!app.config.bundle) notice(t(app.story && !app.story.sample ? 'linkCopiedOwn' : 'linkCopied'));
    } catch {
      showEmbed(app, link);
    }
    // In an offline bundle the link names a file on this computer: the bundle is what to send.
    if (app.config.bundle) notice(t('linkInBundle'), { kind: 'bundle-link' });
  });
  $('embed').addEventListener('click', () => {
    const panel = $('embed-panel');
    if (!panel.hidden) {
      panel.hidden = true;
      $('embed').setAttribute('aria-expanded', 'false');
      return;
    }
    showEmbed(app, embedSnippet(app));
  });
  $('embed-copy').addEventListener('click', async () => {
    $('embed-code').select();
    try {
      await navigator.clipboard.writeText($('embed-code').value);
      notice(t('linkCopied'));
    } catch { /* selected: the reader can copy by hand */ }
  });
  for (const button of document.querySelectorAll('[data-export]')) {
    button.addEventListener('click', async () => {
      $('export-menu').open = false;
      $('export-menu').querySelector('summary').focus();  // the item that had the focus is hidden now
      const kind = button.dataset.export;
      try {
        if (kind === 'svg' || kind === 'png') {
          if (!app.chart || !app.chart.isConnected) notice(t('noChart'));
          else {
            const { parts, range } = await viewEvents(app);
            await exportChart(app.chart, kind, fileName(view(app), parts, range), chartFrame(app));
          }
        } else await exportData(app, kind, (id) => actorName(app, id));
      } catch (error) {
        notice(errorText(error));
      }
    });
  }
  $('file-input').addEventListener('change', async (event) => {
    const chosen = [...event.target.files];
    event.target.value = '';
    await addChosen(app, chosen);
  });
  const zone = $('dropzone');
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  document.addEventListener('drop', async (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    await addChosen(app, [...(event.dataTransfer?.files ?? [])]);
  });
  $('start-over').addEventListener('click', async () => {
    await emptyCorpus(app);
    await refresh(app);
    await render(app);
  });
  $('load-seeds').addEventListener('click', async () => {
    $('load-seeds').hidden = true;
    app.keepSample = false;  // loaded anew: asked again when files come
    await addFiles(app, await app.config.seedFiles());
  });
  $('download-bundle').addEventListener('click', async () => {
    if (!app.config.makeBundle) {
      notice(t('bundleUnavailable'));
      return;
    }
    try {
      await app.config.makeBundle({ files: app.files, removed: app.removed, lang: language() });
      notice(t('bundleReady'));
    } catch (error) {
      notice(errorText(error));
    }
  });
  $('tabs').addEventListener('keydown', (event) => {
    const order = [...$('tabs').querySelectorAll('[role="tab"]')];
    const at = order.indexOf(document.activeElement);
    if (at < 0) return;
    const rtl = document.documentElement.dir === 'rtl';
    let next = null;
    if (event.key === 'ArrowRight') next = at + (rtl ? -1 : 1);
    else if (event.key === 'ArrowLeft') next = at + (rtl ? 1 : -1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = order.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = order[(next + order.length) % order.length];
    tab.focus();
    tab.click();
  });
}

// An empty corpus: a new Session, no files, nothing removed, no problems.
async function emptyCorpus(app) {
  await app.pool.reset();
  app.files = [];
  app.removed = [];
  app.problems = [];
  app.corrections = [];
  app.keepSample = false;
  $('load-seeds').hidden = false;
}

// Corpus files coming while the sample corpus is loaded: keep the sample
// alongside them or replace it? → 'keep', 'replace' or 'cancel' (Escape).
// Asked once: kept, it is not asked again until the sample is loaded anew.
function askSample(app, count) {
  const dialog = $('sample-dialog');
  $('sample-question').textContent = t('sampleQuestion', count);
  return new Promise((resolve) => {
    const done = (choice) => {
      for (const [id, handler] of handlers) $(id).removeEventListener('click', handler);
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      resolve(choice);
    };
    const handlers = [['sample-keep', () => done('keep')], ['sample-replace', () => done('replace')], ['sample-cancel', () => done('cancel')]];
    const onCancel = (event) => { event.preventDefault(); done('cancel'); };
    for (const [id, handler] of handlers) $(id).addEventListener('click', handler);
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
    $('sample-keep').focus();
  });
}

// Files the reader picked or dropped: read within the analyzer's memory
// (web/src/intake.js), archives expanded, a bundle's removed documents removed.
// Corpus files (not an actors file alone) while the sample is loaded ask first
// whether to keep it.
async function addChosen(app, list) {
  if (!list.length) return;
  const memory = await app.client.memory().catch(() => null);
  const intaken = await intake(list, memory?.max_file_bytes || Infinity, t);
  const { removed, problems } = intaken;
  // A corrections file (one the page wrote) joins the page's corrections, applied with them.
  const before = app.corrections.length;
  adoptCorrections(app, intaken.files);
  const files = intaken.files.filter((f) => !f.corrections);
  if (app.corrections.length !== before || intaken.files.length !== files.length) {
    await reanalyze(app);
    countBatch();
    notice(t('correctionsAdopted', app.corrections.length), { kind: 'loaded' });
    if (!files.length) {
      await render(app);
      document.body.dataset.intakes = String(Number(document.body.dataset.intakes ?? 0) + 1);
      return;
    }
  }
  const corpusFiles = files.filter((f) => !isKnowledgeBase(f.name, f.bytes)).length;
  if (corpusFiles && !app.keepSample && !app.published && app.files.some((f) => f.sample)) {
    const choice = await askSample(app, corpusFiles);
    document.body.dataset.sampleChoice = choice;  // for tests
    if (choice === 'cancel') return;
    if (choice === 'replace') {
      const kept = app.corrections;
      await emptyCorpus(app);
      app.corrections = kept;  // the reader's corrections stay with their files
      const file = correctionsFile(kept);
      if (file) await addFiles(app, [file], { render: false });
    }
    else app.keepSample = true;
  }
  app.problems.push(...problems);
  const results = await addFiles(app, files, { render: false });
  reportFiles(results, problems.filter((p) => plainProblem(p).level === 'error'));
  for (const id of removed) {
    if (await app.client.removeDocument(id)) app.removed.push(id);
  }
  await refresh(app);
  await render(app);
  // The files' notices sit at the top of the page: brought into sight if the
  // reader gave the files from further down (the corpus panel, a drop).
  if (files.length && $('notices').getBoundingClientRect().top < 0) $('notices').scrollIntoView({ block: 'start' });
  if (files.length) countBatch();
  document.body.dataset.intakes = String(Number(document.body.dataset.intakes ?? 0) + 1);  // for tests
}

// What an exported chart says around it: its title, the filters of the view
// and the source line (Marsad · N articles · the corpus's period).
function chartFrame(app) {
  const s = app.state;
  const v = view(app);
  const notes = [];
  if (s.actor && v !== 'relation') notes.push(`${t('actor')}: ${actorName(app, s.actor)}`);
  if (v === 'timeline') {
    if (s.fam) notes.push(`${t('family')}: ${codeLabel(s.fam)}`);
    if (s.outlet) notes.push(`${t('outlet')}: ${s.outlet}`);
    if (s.fdoc) notes.push(`${t('document')}: ${documentTitle(app, s.fdoc)}`);
  }
  if ((v === 'timeline' || v === 'network') && (s.from || s.to))
    notes.push(`${t('periodShown')}: ${s.from ? dateLabel(s.from) : '…'} – ${s.to ? dateLabel(s.to) : '…'}`);
  if (v === 'relation') notes.push(t(s.period === 'year' ? 'byYear' : 'byMonth'));
  if (s.weak) notes.push(t('showWeak'));
  if (s.hist) notes.push(t('showHistory'));
  if (!s.weak && !s.hist && notes.length === (v === 'relation' ? 1 : 0)) notes.push(t('noFilter'));
  const dates = app.analysis.documents.flatMap((d) => [d.date, d.date_window?.from, d.date_window?.to]).filter(Boolean).sort();
  const range = dates.length ? `${dateLabel(dates[0])} – ${dateLabel(dates[dates.length - 1])}` : '';
  return {
    title: app.chartTitle ?? t(v), note: notes.join(' · '), source: t('chartSource', app.analysis.corpus.documents, range),
    rtl: language() === 'ar', legend: legendEntries(chartLegend(app.chart)),
  };
}

// The legend the view drew for a chart: the list in the chart's section, else
// the view's own (beside the chart).
function chartLegend(chart) {
  if (!chart) return null;
  return chart.closest('section')?.querySelector('.legend') ?? chart.closest('.view')?.querySelector(':scope > .legend') ?? null;
}

// A legend as an exported chart draws it: [{colour, shape, label}].
function legendEntries(legend) {
  if (!legend) return [];
  return [...legend.querySelectorAll('li')].map((li) => {
    const mark = li.querySelector('.swatch');
    const shape = ['round', 'whisker', 'turn', 'approximate'].find((c) => mark?.classList.contains(c)) ?? 'square';
    return { colour: mark?.style.background || '', shape, label: li.textContent.trim() };
  });
}

// Under every chart of the page: the filters it shows and the source line,
// as an exported chart has them (not in a compact embed, whose caption says them).
function captionCharts(app, rendered) {
  const frame = chartFrame(app);
  for (const chart of rendered.querySelectorAll('.chart-frame > svg.chart')) {
    const box = chart.parentElement;
    const after = box.nextElementSibling?.classList.contains('legend') ? box.nextElementSibling : box;
    after.after(el('p', { className: 'chart-caption' },
      el('span', { className: 'chart-filters', text: `${t('filtersShown')}: ${frame.note}` }),
      el('span', { className: 'chart-source', text: frame.source })));
  }
}

// The focus and views. A view is drawn anew on every change, so the element
// that had the focus is gone: the same control of the new drawing gets it
// back (a filter, a checkbox, an event); a new view (an event opened in the
// reader) takes it on its content; coming back (history) returns it to the
// element that opened the other view.

// A selector for the focused element of the panel that finds its twin in
// another drawing of the view (by its data attributes or label), or null.
function panelFocus() {
  const node = document.activeElement;
  if (!node || node === $('panel') || !$('panel').contains(node)) return null;
  return focusKey(node);
}

const keyAttributes = ['data-event-id', 'data-actor', 'data-doc', 'data-shown', 'data-period', 'data-code', 'aria-label'];

function focusKey(node) {
  const attribute = (n) => keyAttributes.find((a) => n.hasAttribute?.(a));
  let owner = node;
  while (owner && owner !== $('panel') && !attribute(owner)) owner = owner.parentElement;
  if (!owner || owner === $('panel')) return null;
  const a = attribute(owner);
  const own = `${owner.localName}${owner.classList[0] ? `.${CSS.escape(owner.classList[0])}` : ''}[${a}="${CSS.escape(owner.getAttribute(a))}"]`;
  return owner === node ? own : `${own} ${node.localName}${node.classList[0] ? `.${CSS.escape(node.classList[0])}` : ''}`;
}

function placeFocus(app, next, focused) {
  const wanted = app.pendingFocus ?? focused;
  app.pendingFocus = null;
  if (!wanted && !focused) return;  // the focus was elsewhere (the masthead, the corpus panel): left there
  let target = wanted ? next.querySelector(wanted) : null;
  if (!target && focused) {
    // A new view: its content. The reader's text (scrolled to its passage by the view), else the title.
    target = next.querySelector('.document-text') ?? next.querySelector('.view-title, h2');
    if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  }
  target?.focus({ preventScroll: true });
}

// The page in an <iframe> (embed=1: the view alone; embed=compact: its chart
// and a caption). A compact embed tells the page around it its height
// (postMessage, any origin: a height is all it says), so that the snippet's
// script sizes the frame to its content; it works from file:// too.
function embedMode(state) {
  document.body.classList.toggle('embed', !!state.embed);
  document.body.classList.toggle('compact', state.embed === 'compact');
  if (state.embed !== 'compact' || window.parent === window || embedMode.observer) return;
  let last = 0;
  embedMode.observer = new ResizeObserver(() => {
    if (!document.body.classList.contains('compact')) return;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ marsad: 'height', height }, '*');
  });
  embedMode.observer.observe(document.body);
}

// The compact embed's view: the chart the view drew (its legend if it has
// one) with a caption: the chart's title and the view's filters above, the
// source line (Marsad · N articles · period) below, as in an exported chart.
// A view without a chart is shown whole.
function compactView(app, name, rendered) {
  const chart = app.chart;
  if (!chart || !rendered.contains(chart)) return rendered;
  const frame = chartFrame(app);
  const legend = chartLegend(chart);
  return el('figure', { className: `view view-${name} compact-chart`, dataset: { view: name } },
    el('figcaption', {},
      el('h2', { className: 'view-title compact-title', text: frame.title }),
      frame.note ? el('p', { className: 'compact-note', text: frame.note }) : null),
    el('div', { className: 'chart-frame' }, chart), legend,
    el('p', { className: 'compact-source' }, el('span', { text: frame.source }), ' · ',
      el('a', { href: fullView(app), target: '_blank', rel: 'noopener', className: 'compact-open' }, t('openInMarsad'))));
}

// The address of the current view in the whole page (not embedded).
function fullView(app) {
  const url = new URL(location.href);
  url.hash = serializeFragment({ ...app.state, embed: undefined });
  return url.href;
}

function showEmbed(app, text) {
  $('embed-panel').hidden = false;
  $('embed').setAttribute('aria-expanded', 'true');
  $('embed-code').value = text;
  $('embed-code').select();
}

function attr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// The embed code: a view with a chart as a compact embed, its frame sized to
// its content by a few lines of script of our own (no third-party script;
// without it the frame keeps its first height); a view without a chart whole.
function embedSnippet(app) {
  const url = new URL(location.href);
  const compact = !!app.chart?.isConnected;
  url.hash = serializeFragment({ ...app.state, embed: compact ? 'compact' : true });
  const title = attr(`${t('appName')} — ${compact ? app.chartTitle ?? t(view(app)) : t(view(app))}`);
  if (!compact) return `<iframe src="${attr(url.href)}" title="${title}" width="100%" height="640" loading="lazy"></iframe>`;
  return `<iframe src="${attr(url.href)}" title="${title}" width="100%" height="480" style="border:0;width:100%" loading="lazy" data-marsad-embed></iframe>\n`
    + '<script>addEventListener("message",function(e){var d=e.data;if(!d||d.marsad!=="height"||typeof d.height!=="number")return;'
    + 'document.querySelectorAll("iframe[data-marsad-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>';
}

export async function render(app) {
  const token = ++app.renderToken;
  updateTabs(app);
  const name = view(app);
  const next = el('div', { className: `view view-${name}`, dataset: { view: name } });
  const ctx = {
    app, state: app.state, client: app.client, analysis: app.analysis,
    navigate: (patch, options) => navigate(app, patch, options),
    replace: (patch) => {
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === null || value === '') delete app.state[key];
        else app.state[key] = value;
      }
      writeLocation(app, false);
    },
    name: (id) => actorName(app, id),
    correct: (change, id) => correctActors(app, change, id),
    downloadCorrections: () => downloadCorrections(app),
    story: app.story ?? {},
    foreignLink: !!app.foreignLink,
    title: (id) => documentTitle(app, id),
    notice,
    setChart: (svg, title) => { if (token === app.renderToken) [app.chart, app.chartTitle] = [svg, title]; },
    stale: () => token !== app.renderToken,
  };
  app.chart = null;
  try {
    if (app.published) {
      // The chunks this view needs, in the Session before the view asks it anything.
      const normalize = (q) => app.client.search(q).then((r) => r.normalized);
      const changed = await app.published.prepare(app.client, app.state, app.story ?? {}, normalize);
      if (token !== app.renderToken) return;
      if (changed) await refresh(app);
      corpusStatus(app);
      Object.assign(ctx, { analysis: app.analysis, story: app.story ?? {} });
    }
    await renderers[name](next, ctx);
  } catch (error) {
    if (token !== app.renderToken) return;
    next.append(el('p', { className: 'error', text: errorText(error) }));
  }
  if (token !== app.renderToken) return;
  const focused = panelFocus();
  if (app.state.embed !== 'compact' && app.analysis) captionCharts(app, next);
  const shown = app.state.embed === 'compact' ? compactView(app, name, next) : next;
  $('panel').replaceChildren(shown);
  placeFocus(app, shown, focused);
  $('open-full').href = fullView(app);
  document.title = `${t('appName')} — ${t(name)}`;
  shown.dispatchEvent(new CustomEvent('rendered', { bubbles: true }));
  document.body.dataset.view = name;
  writeLocation(app, false);
  app.lastHash = location.hash;
  document.body.dataset.rendered = location.hash;
}
