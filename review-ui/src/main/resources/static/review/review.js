// The review screen: one open candidate at a time, its quote highlighted on the rendered page, decided by
// mouse or keyboard through the JSON API. No inline script (the CSP forbids it); text goes in as textContent only.
'use strict';

// Texts come from the page (i18n/review*.properties, js.review.*), in the user's language.
const t = App.t;
const statusText = status => t('review.status.' + status);
const kindText = kind => t('review.kind.' + String(kind).toLowerCase());
const FIELDS = ['responsible', 'ministry', 'collaborators', 'deadline', 'technology', 'purpose'];
const REASON_KEYS = ['NOT_A_MEASURE', 'GOAL', 'DUPLICATE', 'WRONG_QUOTE', 'OTHER'];
const DPI = 110;

const $ = id => document.getElementById(id);
const state = {queue: [], index: 0, candidate: null, etag: null, busy: false, selection: null, decided: [], relation: null, others: []};
const pageInfos = new Map();
const viewedImages = new Set();
// How long a reviewer waits: from a decision key to the next candidate shown with its page image drawn and the quote
// marked. Kept in the page (window.reviewTimings) for the review benchmark (scripts/bench-review.sh), split by whether
// the page image was seen before in this session (the server may have to render it first) or not.
window.reviewTimings = [];

document.addEventListener('DOMContentLoaded', () => {
  wireButtons();
  wireTools();
  document.addEventListener('keydown', onKey);
  document.addEventListener('selectionchange', onSelection);
  new ResizeObserver(() => document.querySelectorAll('.page').forEach(fitText)).observe($('pages'));
  loadSuggestions();
  loadQueue();
});

async function loadQueue() {
  const params = new URLSearchParams({reviewState: 'OPEN', size: '500', sort: 'id,asc'});
  for (const name of ['document', 'status', 'kind']) {
    const value = document.body.dataset[name];
    if (value) params.set(name, value);
  }
  const response = await api('/api/candidates?' + params);
  if (!response.ok) return say(t('review.queueFailed', response.status), true);
  const items = (await response.json()).items.map(item => item.id);
  // a document given to two reviewers: leave out what this reviewer already decided on their own (agreement/)
  const mine = await api('/api/agreement/mine' + (params.has('document') ? '?document=' + params.get('document') : ''));
  const decided = new Set(mine.ok ? await mine.json() : []);
  state.queue = items.filter(id => !decided.has(id));
  // a link to one candidate (?candidate=ID, from the register, the document view or a trend's citation) starts the
  // queue there, and shows it even when it is decided already, with its state, so the link never lands elsewhere
  const linked = Number(document.body.dataset.candidate);
  if (linked && !state.queue.includes(linked)) state.queue.unshift(linked);
  state.index = Math.max(0, state.queue.indexOf(linked));
  await show();
}

async function show() {
  if (state.queue.length === 0) {
    $('review').hidden = true;
    state.candidate = null;
    return say(t('review.queueEmpty'));
  }
  state.index = Math.min(Math.max(state.index, 0), state.queue.length - 1);
  const loaded = await candidate(state.queue[state.index]);
  if (loaded.problem) return say(t('review.candidateFailed', loaded.problem), true);
  state.etag = loaded.etag;
  state.candidate = loaded.body;
  render(state.candidate);
  await renderPages(state.candidate);
  prefetch(state.queue[state.index + 1]);
}

// The next candidate, its page and its page image are fetched while the reviewer reads this one, so the next key shows
// them from the browser's cache; a fetched candidate is used for a short while only, and a decision on it still names
// the version it was shown at, so a change made meanwhile is caught (412), never overwritten.
const PREFETCH_FRESH_MS = 20000;
const prefetched = new Map();

async function candidate(id) {
  const early = prefetched.get(id);
  prefetched.delete(id);
  if (early && performance.now() - early.at < PREFETCH_FRESH_MS) return early;
  const response = await api('/api/candidates/' + id);
  if (!response.ok) return {problem: response.status};
  return {etag: response.headers.get('ETag'), body: await response.json(), at: performance.now()};
}

async function prefetch(id) {
  if (id === undefined || prefetched.has(id)) return;
  const response = await api('/api/candidates/' + id);
  if (!response.ok) return;
  const next = {etag: response.headers.get('ETag'), body: await response.json(), at: performance.now()};
  prefetched.set(id, next);
  const pages = new Set((Array.isArray(next.body.highlight) ? next.body.highlight : []).map(b => b.page));
  if (!pages.size && next.body.page) pages.add(next.body.page);
  for (const number of pages) {
    await pageInfo(next.body.documentId, number);
    new Image().src = '/api/documents/' + next.body.documentId + '/pages/' + number + '/image?dpi=' + DPI;
  }
}

function render(c) {
  const record = c.record || {};
  const validation = record.validation || {};
  const quoteStatus = (validation.quote && validation.quote.status) || c.quoteStatus;
  $('review').hidden = false;
  $('review').dataset.candidate = c.id;
  $('position').textContent = t('review.position', state.index + 1, state.queue.length);
  $('candidate-name').textContent = c.name || t('review.unnamed');
  $('kind').textContent = kindText(c.kind);
  $('review-state').hidden = c.reviewState === 'OPEN';
  $('review-state').textContent = c.reviewState === 'OPEN' ? '' : t('review.decided', t('review.state.' + c.reviewState));
  badge($('overall-status'), 'review.overall', validation.status || c.overallStatus);
  badge($('quote-status'), 'review.quote', quoteStatus);
  $('quote').textContent = c.quote;
  $('document-name').textContent = c.documentName;
  $('page').textContent = pageText(c, record);
  $('section').textContent = c.section || '–';
  $('confidence').textContent = c.confidence.toFixed(2);
  $('proposer').textContent = c.proposer || '–';
  renderFields(record, c.edits || {});
  renderReasons(validation);
}

function badge(element, key, status) {
  element.textContent = t(key, status ? statusText(status) : t('review.status.none'));
  element.className = 'badge ' + (status === 'VERIFIED' || status === 'VERIFIED_FUZZY' ? 'ok' : 'warn');
}

function pageText(c, record) {
  const physical = record.pageEnd && record.pageEnd !== c.page ? c.page + '–' + record.pageEnd : String(c.page);
  return t('review.pageInFile', physical) + ' · ' + (c.pageLabel ? t('review.printedPage', c.pageLabel) : t('review.noPrintedPage'));
}

function renderFields(record, edits) {
  const list = $('fields');
  list.replaceChildren();
  for (const name of FIELDS) {
    const label = t('review.field.' + name);
    const value = name in edits ? edits[name] : record[name];
    const text = Array.isArray(value) ? value.join(', ') : value;
    list.append(element('dt', label), element('dd', text || '–'));
  }
}

// The verdict in the reader's language from the record's structure (quote status, each judge's reading, unsupported
// fields); the validator's own sentences, which are English, stay one click away under "details".
function renderReasons(validation) {
  const list = $('reasons');
  list.replaceChildren();
  const quote = (validation.quote && validation.quote.status) || (state.candidate && state.candidate.quoteStatus);
  if (quote) list.append(element('li', t('review.quoteExplain.' + quote)));
  const kind = validation.kind;
  if (kind && kind.decision) {
    const agreement = kind.agreement ? t('review.agreement.' + kind.agreement) : null;
    list.append(element('li', t('review.judgedAs', kindText(kind.decision).toLowerCase()) + (agreement ? ' (' + agreement + ')' : '')));
    for (const reading of kind.readings || []) {
      const judge = String(reading.judge || '').startsWith('llm') ? t('review.judge.llm') : t('review.judge.rule');
      list.append(element('li', reading.failed ? t('review.readingFailed', judge) : t('review.reading', judge, kindText(reading.kind).toLowerCase()), 'sub'));
    }
  }
  const unsupported = (validation.fields && validation.fields.unsupported) || validation.unsupportedFields || [];
  if (unsupported.length) list.append(element('li', t('review.unsupportedFields', unsupported.map(f => t('review.field.' + f)).join(', '))));
  if (!list.children.length) list.append(element('li', t('review.noRemarks')));
  const details = [...new Set([...(validation.reviewReasons || []), ...(validation.reasons || [])])];
  $('validator-details').hidden = details.length === 0;
  $('validator-reasons').replaceChildren(...details.map(reason => element('li', reason)));
}

// Boxes are in PDF points from the page's top-left corner; placed in percent of the page's size they stay
// on their words at whatever width the image is drawn, and the figure's aspect ratio is known before it loads.
async function renderPages(c) {
  state.selection = null;
  $('selection-bar').hidden = true;
  const boxes = Array.isArray(c.highlight) ? c.highlight : [];
  const numbers = [...new Set(boxes.map(b => b.page))].sort((a, b) => a - b);
  if (!numbers.length && c.page) numbers.push(c.page);
  const pane = $('pages');
  const figures = await Promise.all(numbers.map(n => pageFigure(c, n, boxes.filter(b => b.page === n))));
  pane.replaceChildren(...figures);
  if (!boxes.length) pane.prepend(element('p', t('review.notOnPage'), 'no-mark'));
  const first = pane.querySelector('.highlight');
  if (first) first.scrollIntoView({block: 'center', inline: 'nearest'});
}

async function pageFigure(c, number, boxes) {
  const size = await pageInfo(c.documentId, number);
  const figure = element('figure', null, 'page');
  figure.style.aspectRatio = size.widthPt + ' / ' + size.heightPt;
  const image = element('img');
  image.src = '/api/documents/' + c.documentId + '/pages/' + number + '/image?dpi=' + DPI;
  image.dataset.firstView = String(!viewedImages.has(image.src));
  viewedImages.add(image.src);
  image.alt = t('review.pageAlt', number, c.documentName);
  figure.append(image);
  for (const box of boxes) {
    const mark = element('div', null, 'highlight');
    mark.style.left = (100 * box.x / size.widthPt) + '%';
    mark.style.top = (100 * box.y / size.heightPt) + '%';
    mark.style.width = (100 * box.width / size.widthPt) + '%';
    mark.style.height = (100 * box.height / size.heightPt) + '%';
    figure.append(mark);
  }
  figure.append(element('figcaption', c.pageLabel && number === c.page ? t('review.pageCaptionPrinted', number, c.pageLabel) : t('review.pageCaption', number)));
  image.addEventListener('load', () => fitText(figure));
  addTextLayer(figure, c, number, size); // after the page shows: selecting text is not what the next key waits for
  return figure;
}

async function pageInfo(documentId, number) {
  const key = documentId + '/' + number;
  if (!pageInfos.has(key)) {
    const response = await api('/api/documents/' + documentId + '/pages/' + number);
    const page = response.ok ? await response.json() : {};
    pageInfos.set(key, {widthPt: page.widthPt || 595, heightPt: page.heightPt || 842, text: page.text || '', label: page.label});
  }
  return pageInfos.get(key);
}

function accept() {
  const c = state.candidate;
  if (!c || state.busy) return;
  if (c.quoteStatus === 'VERIFIED' || c.quoteStatus === 'VERIFIED_FUZZY') return decide({action: 'ACCEPT'});
  $('confirm-text').textContent = t('review.confirmText', statusText(c.quoteStatus));
  $('confirm-dialog').showModal();
  $('confirm-accept').focus();
}

function openReject() {
  if (!state.candidate || state.busy) return;
  $('reject-comment').value = '';
  $('reject-dialog').showModal();
  $('reject-dialog').querySelector('button[data-reason]').focus();
}

function reject(reason) {
  const comment = $('reject-comment').value.trim();
  if (reason === 'OTHER' && !comment) {
    $('reject-comment').focus();
    $('reject-comment').placeholder = t('review.writeWhy');
    return;
  }
  $('reject-dialog').close();
  decide({action: 'REJECT', reason, comment: comment || null});
}

async function decide(body) {
  const c = state.candidate;
  const started = performance.now();
  state.busy = true;
  try {
    const response = await api('/api/candidates/' + c.id + '/decisions', {
      method: 'POST', body: JSON.stringify(body), headers: {'Content-Type': 'application/json', 'If-Match': state.etag}
    });
    if (response.ok) {
      prefetched.delete(c.id);
      state.decided.push(c.id);
      say(t(body.action === 'ACCEPT' ? 'review.accepted' : 'review.rejected', c.name || c.id));
      state.queue.splice(state.index, 1);
      await show();
      return timed(started);
    }
    await refused(response, c);
  } finally {
    state.busy = false;
  }
}

// 412/409: someone else changed or decided the candidate since it was shown; never retry over their decision.
async function refused(response, c) {
  if (response.status === 412 || response.status === 409) {
    const now = await api('/api/candidates/' + c.id).then(r => r.ok ? r.json() : {});
    if (now.reviewState && now.reviewState !== 'OPEN') {
      state.queue.splice(state.index, 1);
      await show();
      return say(t('review.decidedByOther', c.name || c.id, t('review.state.' + now.reviewState)), true);
    }
    await show();
    return say(t('review.changedByOther'), true);
  }
  const problem = await response.json().catch(() => ({}));
  say(t('review.notSaved', response.status, problem.detail || response.statusText), true);
}

function move(step) {
  if (!state.queue.length) return;
  state.index = Math.min(Math.max(state.index + step, 0), state.queue.length - 1);
  say('');
  show();
}

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if ($('reject-dialog').open) return rejectKey(event);
  if (document.querySelector('dialog[open]') || /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName)) return;
  if (state.selection && (event.key === 't' || event.key === 'g' || event.key === 'Escape')) {
    event.preventDefault();
    return event.key === 'Escape' ? clearSelection() : addSelection(event.key === 't' ? 'measure' : 'goal');
  }
  const actions = {j: () => move(1), k: () => move(-1), a: accept, r: openReject, e: openEdit, m: () => openRelation('MERGE'),
    p: () => openRelation('PARENT'), '/': openSearch, u: undo, '?': () => $('help-dialog').showModal()};
  const action = actions[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
}

function rejectKey(event) {
  const typing = event.target === $('reject-comment');
  const index = '12345'.indexOf(event.key);
  if (!typing && index >= 0 && event.key.length === 1) {
    event.preventDefault();
    reject(REASON_KEYS[index]);
  } else if (typing && event.key === 'Enter') {
    event.preventDefault();
    reject('OTHER');
  }
}

function wireButtons() {
  $('next').addEventListener('click', () => move(1));
  $('previous').addEventListener('click', () => move(-1));
  $('accept').addEventListener('click', accept);
  $('reject').addEventListener('click', openReject);
  $('reject-cancel').addEventListener('click', () => $('reject-dialog').close());
  $('reject-dialog').querySelectorAll('button[data-reason]').forEach(b => b.addEventListener('click', () => reject(b.dataset.reason)));
  $('confirm-cancel').addEventListener('click', () => $('confirm-dialog').close());
  $('confirm-accept').addEventListener('click', () => {
    $('confirm-dialog').close();
    decide({action: 'ACCEPT', confirmUnverified: true});
  });
  $('help-button').addEventListener('click', () => $('help-dialog').showModal());
  $('help-close').addEventListener('click', () => $('help-dialog').close());
}

function say(text, problem) {
  const message = $('message');
  message.textContent = text;
  message.hidden = !text;
  message.classList.toggle('problem', Boolean(problem));
}

const element = App.element;
const api = App.api;

// ---- The text layer: the page's words, from the glyph boxes kept at ingest, laid over the image so a reviewer can
// select a passage the proposers missed. The spans' own text is transparent; what is chosen is marked by class, and
// the server cuts the quote from the page text by the chosen words' offsets.

async function addTextLayer(figure, c, number, size) {
  const response = await api('/api/documents/' + c.documentId + '/pages/' + number + '/words');
  if (!response.ok) return;
  const layer = element('div', null, 'text-layer');
  layer.dataset.page = number;
  for (const [start, end, x, y, width, height] of await response.json()) {
    const word = element('span', size.text.slice(start, end) + ' ');
    word.dataset.start = start;
    word.dataset.end = end;
    word.dataset.height = height;
    word.style.left = (100 * x / size.widthPt) + '%';
    word.style.top = (100 * y / size.heightPt) + '%';
    word.style.width = (100 * width / size.widthPt) + '%';
    word.style.height = (100 * height / size.heightPt) + '%';
    layer.append(word);
  }
  figure.dataset.heightPt = size.heightPt;
  figure.append(layer);
  fitText(figure);
}

function fitText(figure) {
  const layer = figure.querySelector('.text-layer');
  if (!layer || !figure.clientHeight) return;
  const scale = figure.clientHeight / Number(figure.dataset.heightPt);
  for (const word of layer.children) word.style.fontSize = (0.85 * scale * Number(word.dataset.height)) + 'px';
}

function onSelection() {
  document.querySelectorAll('.text-layer .chosen').forEach(word => word.classList.remove('chosen'));
  state.selection = null;
  const selection = document.getSelection();
  const range = selection && selection.rangeCount && !selection.isCollapsed ? selection.getRangeAt(0) : null;
  const layer = range && nodeElement(range.startContainer)?.closest('.text-layer');
  const chosen = layer ? [...layer.children].filter(word => range.intersectsNode(word) && !onlyTouched(word, range)) : [];
  $('selection-bar').hidden = chosen.length === 0;
  if (!chosen.length) return;
  chosen.forEach(word => word.classList.add('chosen'));
  const page = Number(layer.dataset.page);
  state.selection = {page, start: Number(chosen[0].dataset.start), end: Number(chosen[chosen.length - 1].dataset.end)};
  const text = pageInfos.get(state.candidate.documentId + '/' + page).text.slice(state.selection.start, state.selection.end);
  $('selection-text').textContent = text.length > 160 ? text.slice(0, 157) + ' …' : text;
}

function nodeElement(node) {
  return node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
}

// a range that starts after a word's last letter, or ends before its first, only touches it
function onlyTouched(word, range) {
  if (word.contains(range.startContainer) && range.startOffset >= word.textContent.trimEnd().length) return true;
  return word.contains(range.endContainer) && range.endOffset === 0;
}

function clearSelection() {
  document.getSelection().removeAllRanges();
  onSelection();
}

async function addSelection(kind) {
  const chosen = state.selection;
  if (!chosen || state.busy) return;
  await addPassage(chosen.page, chosen.start, chosen.end, kind);
  clearSelection();
}

async function addPassage(page, start, end, kind) {
  state.busy = true;
  try {
    const response = await api('/api/documents/' + state.candidate.documentId + '/candidates', {
      method: 'POST', body: JSON.stringify({page, start, end, kind}), headers: {'Content-Type': 'application/json'}
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) return say(t('review.addFailed', response.status, body.detail || response.statusText), true);
    state.queue.splice(state.index, 0, body.id); // shown at once, so the reviewer can accept it with one key
    await show();
    say(t('review.added', body.name));
    return body;
  } finally {
    state.busy = false;
  }
}

// ---- Edit, merge, parent, search, undo

function wireTools() {
  $('edit').addEventListener('click', openEdit);
  $('merge').addEventListener('click', () => openRelation('MERGE'));
  $('parent').addEventListener('click', () => openRelation('PARENT'));
  $('search').addEventListener('click', openSearch);
  $('undo').addEventListener('click', undo);
  $('add-measure').addEventListener('click', () => addSelection('measure'));
  $('add-goal').addEventListener('click', () => addSelection('goal'));
  $('selection-cancel').addEventListener('click', clearSelection);
  $('edit-form').addEventListener('submit', saveEdit);
  $('edit-cancel').addEventListener('click', () => $('edit-dialog').close());
  $('relation-form').addEventListener('submit', chooseRelation);
  $('relation-cancel').addEventListener('click', () => $('relation-dialog').close());
  $('relation-filter').addEventListener('input', fillRelations);
  $('relation-filter').addEventListener('keydown', event => {
    if (event.key === 'ArrowDown') { event.preventDefault(); $('relation-list').focus(); }
  });
  $('relation-list').addEventListener('dblclick', chooseRelation);
  $('search-form').addEventListener('submit', runSearch);
  $('search-close').addEventListener('click', () => $('search-dialog').close());
}

async function loadSuggestions() {
  const response = await api('/api/suggestions');
  if (!response.ok) return;
  const lists = await response.json();
  const fill = (id, values) => $(id).replaceChildren(...values.map(value => Object.assign(document.createElement('option'), {value})));
  fill('agency-list', lists.agencies);
  fill('ministry-list', lists.ministries);
  fill('technology-list', lists.technology);
  fill('purpose-list', lists.purpose);
}

const LIST_FIELDS = ['responsible', 'collaborators', 'technology', 'purpose'];
const EDIT_FIELDS = ['name', 'kind', 'responsible', 'ministry', 'collaborators', 'deadline', 'technology', 'purpose'];

function effective(c) {
  const record = c.record || {};
  const edits = c.edits || {};
  const fields = {};
  for (const name of EDIT_FIELDS) fields[name] = name in edits ? edits[name] : record[name];
  fields.kind = String(fields.kind || c.kind || 'measure').toUpperCase();
  return fields;
}

function openEdit() {
  if (!state.candidate || state.busy) return;
  const fields = effective(state.candidate);
  const form = $('edit-form');
  for (const name of EDIT_FIELDS) {
    const value = fields[name];
    form.elements[name].value = Array.isArray(value) ? value.join(', ') : (value || '');
  }
  $('edit-dialog').showModal();
  form.elements.name.focus();
}

async function saveEdit(event) {
  event.preventDefault();
  const before = effective(state.candidate);
  const changes = {};
  for (const name of EDIT_FIELDS) {
    const raw = $('edit-form').elements[name].value.trim();
    const value = LIST_FIELDS.includes(name) ? raw.split(',').map(v => v.trim()).filter(Boolean) : (raw || null);
    const old = LIST_FIELDS.includes(name) ? (before[name] || []) : (before[name] || null);
    if (JSON.stringify(value) !== JSON.stringify(old)) changes[name] = value;
  }
  $('edit-dialog').close();
  if (!Object.keys(changes).length) return say(t('review.nothingChanged'));
  await relate({action: 'EDIT', changes}, 'review.edited', state.candidate.name, false);
}

async function openRelation(action) {
  const c = state.candidate;
  if (!c || state.busy) return;
  state.relation = action;
  $('relation-title').textContent = t(action === 'MERGE' ? 'review.mergeTitle' : 'review.parentTitle');
  $('relation-help').textContent = t(action === 'MERGE' ? 'review.mergeHelp' : 'review.parentHelp');
  const response = await api('/api/candidates?' + new URLSearchParams({document: c.documentId, size: '500', sort: 'page,asc'}));
  state.others = response.ok ? (await response.json()).items.filter(other => other.id !== c.id) : [];
  $('relation-filter').value = '';
  fillRelations();
  $('relation-dialog').showModal();
  $('relation-filter').focus();
}

function fillRelations() {
  const words = $('relation-filter').value.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = state.others.filter(o => words.every(w => ((o.name || '') + ' ' + o.quote).toLowerCase().includes(w)));
  $('relation-list').replaceChildren(...matching.slice(0, 200).map(o =>
    Object.assign(document.createElement('option'), {value: o.id, textContent: t('review.relationOption', o.page, o.name || o.quote)})));
  if (matching.length) $('relation-list').selectedIndex = 0;
}

async function chooseRelation(event) {
  event.preventDefault();
  const option = $('relation-list').selectedOptions[0];
  if (!option) return;
  $('relation-dialog').close();
  const merge = state.relation === 'MERGE';
  await relate({action: state.relation, relatedId: Number(option.value)}, merge ? 'review.merged' : 'review.parentSet', option.textContent, merge);
}

// EDIT and PARENT keep the candidate open and in view; MERGE takes it out of the queue like a decision
async function relate(body, messageKey, subject, leavesQueue) {
  const c = state.candidate;
  state.busy = true;
  try {
    const response = await api('/api/candidates/' + c.id + '/decisions', {
      method: 'POST', body: JSON.stringify(body), headers: {'Content-Type': 'application/json', 'If-Match': state.etag}
    });
    if (!response.ok) return await refused(response, c);
    prefetched.delete(c.id);
    state.decided.push(c.id);
    if (leavesQueue) state.queue.splice(state.index, 1);
    await show();
    say(t(messageKey, subject));
  } finally {
    state.busy = false;
  }
}

async function undo() {
  if (state.busy) return;
  const id = state.decided.pop();
  if (id === undefined) return say(t('review.nothingToUndo'));
  state.busy = true;
  try {
    const current = await api('/api/candidates/' + id);
    if (!current.ok) return say(t('review.candidateFailed', current.status), true);
    const c = await current.json();
    const response = await api('/api/candidates/' + id + '/decisions', {
      method: 'POST', body: JSON.stringify({action: 'UNDO'}),
      headers: {'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag')}
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      return say(t('review.notSaved', response.status, problem.detail || response.statusText), true);
    }
    prefetched.delete(id);
    const at = state.queue.indexOf(id);
    if (at >= 0) state.index = at; else state.queue.splice(state.index, 0, id);
    await show();
    say(t('review.undone', c.name || c.id));
  } finally {
    state.busy = false;
  }
}

function openSearch() {
  if (!state.candidate) return;
  $('search-dialog').showModal();
  $('search-input').select();
}

async function runSearch(event) {
  event.preventDefault();
  const query = $('search-input').value.trim();
  if (!query) return;
  const documentId = state.candidate.documentId;
  $('search-status').textContent = t('review.searching');
  const response = await api('/api/documents/' + documentId + '/passages?' + new URLSearchParams({q: query}));
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    $('search-results').replaceChildren();
    $('search-status').textContent = t('review.searchFailed', response.status, body.detail || response.statusText);
    return;
  }
  $('search-status').textContent = body.length ? t('review.searchHits', body.length) : t('review.searchNone');
  $('search-results').replaceChildren(...body.map(hit => searchResult(hit)));
}

function searchResult(hit) {
  const item = element('li');
  const text = element('p');
  text.append(element('span', t('review.hitPage', hit.pageLabel || hit.page), 'hit-page'), ' ', hit.text);
  const add = (kind, key) => {
    const button = element('button', t(key), kind === 'measure' ? 'accept' : '');
    button.type = 'button';
    button.setAttribute('aria-label', t('review.addHitLabel', hit.page, t('review.kind.' + kind).toLowerCase()) + ': ' + hit.text.slice(0, 60));
    button.addEventListener('click', async () => {
      $('search-dialog').close();
      await addPassage(hit.page, hit.start, hit.end, kind);
    });
    return button;
  };
  item.append(text, add('measure', 'review.addAsMeasure'), add('goal', 'review.addAsGoal'));
  return item;
}

async function timed(started) {
  const image = document.querySelector('#pages .page img');
  if (!image) return;
  if (!image.complete) {
    await new Promise(resolve => {
      image.addEventListener('load', resolve, {once: true});
      image.addEventListener('error', resolve, {once: true});
    });
  }
  window.reviewTimings.push({ms: performance.now() - started, firstView: image.dataset.firstView === 'true'});
}
