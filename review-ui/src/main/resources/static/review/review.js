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
const state = {queue: [], index: 0, candidate: null, etag: null, busy: false};
const pageSizes = new Map();

document.addEventListener('DOMContentLoaded', () => {
  wireButtons();
  document.addEventListener('keydown', onKey);
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
  state.queue = (await response.json()).items.map(item => item.id);
  // a link to one candidate (?candidate=ID) starts the queue there
  state.index = Math.max(0, state.queue.indexOf(Number(document.body.dataset.candidate)));
  await show();
}

async function show() {
  if (state.queue.length === 0) {
    $('review').hidden = true;
    state.candidate = null;
    return say(t('review.queueEmpty'));
  }
  state.index = Math.min(Math.max(state.index, 0), state.queue.length - 1);
  const response = await api('/api/candidates/' + state.queue[state.index]);
  if (!response.ok) return say(t('review.candidateFailed', response.status), true);
  state.etag = response.headers.get('ETag');
  state.candidate = await response.json();
  render(state.candidate);
  await renderPages(state.candidate);
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

function renderReasons(validation) {
  const list = $('reasons');
  list.replaceChildren();
  const reasons = [...(validation.reviewReasons || []), ...(validation.reasons || [])];
  const unsupported = (validation.fields && validation.fields.unsupported) || [];
  const kind = validation.kind;
  if (kind && kind.decision) {
    const agreement = kind.agreement ? t('review.agreement.' + kind.agreement) : null;
    list.append(element('li', t('review.judgedAs', kindText(kind.decision).toLowerCase())
      + (agreement ? ' (' + agreement + ')' : '')));
  }
  if (unsupported.length) list.append(element('li', t('review.unsupportedFields', unsupported.map(f => t('review.field.' + f)).join(', '))));
  for (const reason of new Set(reasons)) list.append(element('li', reason));
  if (!list.children.length) list.append(element('li', t('review.noRemarks')));
}

// Boxes are in PDF points from the page's top-left corner; placed in percent of the page's size they stay
// on their words at whatever width the image is drawn, and the figure's aspect ratio is known before it loads.
async function renderPages(c) {
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
  const size = await pageSize(c.documentId, number);
  const figure = element('figure', null, 'page');
  figure.style.aspectRatio = size.widthPt + ' / ' + size.heightPt;
  const image = element('img');
  image.src = '/api/documents/' + c.documentId + '/pages/' + number + '/image?dpi=' + DPI;
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
  return figure;
}

async function pageSize(documentId, number) {
  const key = documentId + '/' + number;
  if (!pageSizes.has(key)) {
    const response = await api('/api/documents/' + documentId + '/pages/' + number);
    const page = response.ok ? await response.json() : {};
    pageSizes.set(key, {widthPt: page.widthPt || 595, heightPt: page.heightPt || 842});
  }
  return pageSizes.get(key);
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
  state.busy = true;
  try {
    const response = await api('/api/candidates/' + c.id + '/decisions', {
      method: 'POST', body: JSON.stringify(body), headers: {'Content-Type': 'application/json', 'If-Match': state.etag}
    });
    if (response.ok) {
      say(t(body.action === 'ACCEPT' ? 'review.accepted' : 'review.rejected', c.name || c.id));
      state.queue.splice(state.index, 1);
      return await show();
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
  const actions = {j: () => move(1), k: () => move(-1), a: accept, r: openReject, '?': () => $('help-dialog').showModal()};
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
