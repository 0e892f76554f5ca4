// The review screen: one open candidate at a time, its quote highlighted on the rendered page, decided by
// mouse or keyboard through the JSON API. No inline script (the CSP forbids it); text goes in as textContent only.
'use strict';

const STATUS_TEXT = {
  VERIFIED: 'Verifisert', VERIFIED_FUZZY: 'Verifisert (små tekstavvik)', WRONG_PAGE: 'Funnet på annen side (rettet)',
  NOT_FOUND: 'Sitatet ikke funnet', NEEDS_REVIEW: 'Trenger vurdering'
};
const KIND_TEXT = {measure: 'Tiltak', goal: 'Mål', potential: 'Potensial', description: 'Beskrivelse', unclear: 'Uklart'};
const FIELD_TEXT = {
  responsible: 'Ansvarlig', ministry: 'Departement', collaborators: 'Samarbeidspartnere', deadline: 'Frist',
  technology: 'Teknologi', purpose: 'Formål'
};
const AGREEMENT_TEXT = {
  SINGLE_JUDGE: 'én vurderer', AGREED: 'vurdererne er enige', DISAGREED: 'vurdererne er uenige',
  UNCLEAR: 'uklart for en vurderer', JUDGE_FAILED: 'en vurderer svarte ikke'
};
const STATE_TEXT = {ACCEPTED: 'godkjent', REJECTED: 'avvist', MERGED: 'slått sammen'};
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
  if (!response.ok) return say('Kunne ikke hente køen (' + response.status + ').', true);
  state.queue = (await response.json()).items.map(item => item.id);
  // a link to one candidate (?candidate=ID) starts the queue there
  state.index = Math.max(0, state.queue.indexOf(Number(document.body.dataset.candidate)));
  await show();
}

async function show() {
  if (state.queue.length === 0) {
    $('review').hidden = true;
    state.candidate = null;
    return say('Ingen åpne kandidater i denne køen.');
  }
  state.index = Math.min(Math.max(state.index, 0), state.queue.length - 1);
  const response = await api('/api/candidates/' + state.queue[state.index]);
  if (!response.ok) return say('Kunne ikke hente kandidaten (' + response.status + ').', true);
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
  $('position').textContent = 'Kandidat ' + (state.index + 1) + ' av ' + state.queue.length;
  $('candidate-name').textContent = c.name || '(uten navn)';
  $('kind').textContent = KIND_TEXT[String(c.kind).toLowerCase()] || c.kind;
  badge($('overall-status'), 'Samlet: ', validation.status || c.overallStatus);
  badge($('quote-status'), 'Sitat: ', quoteStatus);
  $('quote').textContent = c.quote;
  $('document-name').textContent = c.documentName;
  $('page').textContent = pageText(c, record);
  $('section').textContent = c.section || '–';
  $('confidence').textContent = c.confidence.toFixed(2);
  $('proposer').textContent = c.proposer || '–';
  renderFields(record, c.edits || {});
  renderReasons(validation);
}

function badge(element, prefix, status) {
  element.textContent = prefix + (STATUS_TEXT[status] || status || 'ikke validert');
  element.className = 'badge ' + (status === 'VERIFIED' || status === 'VERIFIED_FUZZY' ? 'ok' : 'warn');
}

function pageText(c, record) {
  const physical = record.pageEnd && record.pageEnd !== c.page ? c.page + '–' + record.pageEnd : String(c.page);
  return physical + ' i filen' + (c.pageLabel ? ' · trykket sidetall ' + c.pageLabel : ' · uten trykket sidetall');
}

function renderFields(record, edits) {
  const list = $('fields');
  list.replaceChildren();
  for (const [name, label] of Object.entries(FIELD_TEXT)) {
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
    const agreement = AGREEMENT_TEXT[kind.agreement] || kind.agreement;
    list.append(element('li', 'Vurdert som ' + (KIND_TEXT[String(kind.decision).toLowerCase()] || kind.decision).toLowerCase()
      + (agreement ? ' (' + agreement + ')' : '')));
  }
  if (unsupported.length) list.append(element('li', 'Felter uten støtte i kilden: ' + unsupported.join(', ')));
  for (const reason of new Set(reasons)) list.append(element('li', reason));
  if (!list.children.length) list.append(element('li', 'Ingen merknader.'));
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
  if (!boxes.length) pane.prepend(element('p', 'Sitatet er ikke funnet på siden; her er siden kandidaten viser til.', 'no-mark'));
  const first = pane.querySelector('.highlight');
  if (first) first.scrollIntoView({block: 'center', inline: 'nearest'});
}

async function pageFigure(c, number, boxes) {
  const size = await pageSize(c.documentId, number);
  const figure = element('figure', null, 'page');
  figure.style.aspectRatio = size.widthPt + ' / ' + size.heightPt;
  const image = element('img');
  image.src = '/api/documents/' + c.documentId + '/pages/' + number + '/image?dpi=' + DPI;
  image.alt = 'Side ' + number + ' av ' + c.documentName;
  figure.append(image);
  for (const box of boxes) {
    const mark = element('div', null, 'highlight');
    mark.style.left = (100 * box.x / size.widthPt) + '%';
    mark.style.top = (100 * box.y / size.heightPt) + '%';
    mark.style.width = (100 * box.width / size.widthPt) + '%';
    mark.style.height = (100 * box.height / size.heightPt) + '%';
    figure.append(mark);
  }
  figure.append(element('figcaption', 'Side ' + number + (c.pageLabel && number === c.page ? ' (trykket ' + c.pageLabel + ')' : '')));
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
  $('confirm-text').textContent = 'Sitatets status er «' + (STATUS_TEXT[c.quoteStatus] || c.quoteStatus)
    + '». Vil du godkjenne kandidaten likevel?';
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
    $('reject-comment').placeholder = 'Skriv hvorfor, og trykk Enter';
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
      say((body.action === 'ACCEPT' ? 'Godkjent: ' : 'Avvist: ') + (c.name || c.id));
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
      return say('Noen andre har avgjort «' + (c.name || c.id) + '» før deg (nå: ' + (STATE_TEXT[now.reviewState] || now.reviewState)
        + '). Din avgjørelse ble ikke lagret; neste kandidat vises.', true);
    }
    await show();
    return say('Noen andre har endret denne kandidaten mens du så på den. Den er lastet på nytt; se over og avgjør igjen.', true);
  }
  const problem = await response.json().catch(() => ({}));
  say('Avgjørelsen ble ikke lagret (' + response.status + '): ' + (problem.detail || response.statusText), true);
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

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text != null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// Same-origin calls carry the session cookie; a POST also needs the CSRF token the page was rendered with.
function api(url, options = {}) {
  const headers = Object.assign({Accept: 'application/json'}, options.headers);
  if (options.method && options.method !== 'GET') {
    headers[document.querySelector('meta[name=csrf-header]').content] = document.querySelector('meta[name=csrf-token]').content;
  }
  return fetch(url, Object.assign({}, options, {headers, credentials: 'same-origin'}));
}
