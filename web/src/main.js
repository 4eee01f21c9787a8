// Boot: start the analysis worker, load the seed corpus, list the documents,
// open one in the reader.
import { AnalyzerClient } from './analyzer-client.js';
import { language, setLanguage, t } from './i18n.js';
import { renderDocuments, renderProblems } from './views/documents.js';
import { renderReader } from './views/reader.js';

const $ = (id) => document.getElementById(id);
const state = { analysis: null, doc: null, query: 'حفتر', hits: [] };

function status(text, kind = '') {
  $('status').textContent = text;
  $('status').className = `status ${kind}`;
}

async function openDocument(client, docId) {
  state.doc = await client.document(docId);
  await runSearch(client, state.query);
}

async function runSearch(client, query) {
  state.query = query;
  const result = query ? await client.search(query) : { hits: [] };
  state.hits = result.hits.filter((h) => h.document === state.doc?.id);
  renderReader($('reader'), state.doc, { query, hits: state.hits, onSearch: (q) => runSearch(client, q) });
  for (const b of document.querySelectorAll('.document-link'))
    b.setAttribute('aria-current', b.dataset.doc === state.doc?.id ? 'true' : 'false');
}

async function main() {
  setLanguage('ar');
  $('language').textContent = t('language');
  $('language').addEventListener('click', () => {
    setLanguage(language() === 'ar' ? 'en' : 'ar');
    $('language').textContent = t('language');
    if (state.analysis) status(t('ready', state.analysis.corpus.documents), 'ok');
  });
  status(t('loading'));
  const client = new AnalyzerClient(new URL('worker.js', import.meta.url));
  const response = await fetch(new URL('corpus/seeds.jsonl', import.meta.url));
  const bytes = await response.arrayBuffer();
  status(t('analyzing'));
  await client.addFiles([{ name: 'seeds.jsonl', bytes }]);
  state.analysis = await client.analysis();
  renderDocuments($('document-list'), state.analysis.documents, (id) => openDocument(client, id));
  renderProblems($('problems'), $('problem-list'), state.analysis.corpus.errors);
  status(t('ready', state.analysis.corpus.documents), 'ok');
  document.body.dataset.ready = 'true';
  if (state.analysis.documents.length) await openDocument(client, state.analysis.documents[0].id);
}

main().catch((error) => {
  status(`${t('failed')}: ${error.message}`, 'error');
  console.error(error);
});
