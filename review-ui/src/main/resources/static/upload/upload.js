// The upload screen: files chosen with the picker or dropped on the zone are sent one by one (two at a time) to
// POST /api/documents, each with its own progress bar and result in plain words; then one run over the chosen ones.
// XMLHttpRequest rather than fetch: only it reports upload progress. Texts come from App.t (js.* keys), never from here.
'use strict';

(() => {
  const PARALLEL = 2;
  const main = document.querySelector('main.upload');
  const maxSize = Number(main.dataset.maxFileSize);
  const maxSizeText = main.dataset.maxFileSizeText;
  const list = document.getElementById('files');
  const queue = [];
  let active = 0;

  document.addEventListener('DOMContentLoaded', () => {
    const input = document.getElementById('file-input');
    input.addEventListener('change', () => {
      add(input.files);
      input.value = ''; // the same file chosen again is a new upload
    });
    wireDropZone(document.getElementById('drop-zone'));
    document.getElementById('run-form').addEventListener('submit', startRun);
    updateRunCount();
  });

  function wireDropZone(zone) {
    // a file dropped beside the zone must not make the browser leave the page to show it
    for (const type of ['dragover', 'drop']) window.addEventListener(type, event => event.preventDefault());
    zone.addEventListener('dragover', event => {
      event.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', event => {
      event.preventDefault();
      zone.classList.remove('over');
      add(event.dataTransfer.files);
    });
  }

  function add(files) {
    for (const file of files) {
      const row = rowFor(file);
      list.append(row.element);
      if (file.size > maxSize) {
        finish(row, {status: 'REJECTED', reasonCode: 'TOO_LARGE'}); // refused here: no need to send it to be told
      } else {
        queue.push(row);
      }
    }
    document.getElementById('no-files').hidden = list.children.length > 0;
    next();
  }

  function rowFor(file) {
    const element = App.element('li', null, 'file');
    const name = App.element('span', file.name, 'file-name');
    name.append(App.element('span', size(file.size), 'file-size'));
    const progress = App.element('progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-label', App.t('upload.progress', file.name));
    const result = App.element('p', App.t('upload.status.waiting'), 'file-result');
    element.append(name, progress, result);
    return {file, element, progress, result, documentId: null};
  }

  function next() {
    while (active < PARALLEL && queue.length) {
      active++;
      send(queue.shift()).finally(() => {
        active--;
        next();
      });
    }
  }

  function send(row) {
    return new Promise(resolve => {
      const request = new XMLHttpRequest();
      request.open('POST', '/api/documents');
      request.setRequestHeader('Accept', 'application/json');
      const header = document.querySelector('meta[name=csrf-header]');
      const token = document.querySelector('meta[name=csrf-token]');
      if (header && token) request.setRequestHeader(header.content, token.content);
      request.upload.addEventListener('progress', event => {
        if (!event.lengthComputable) return;
        const percent = Math.floor(100 * event.loaded / event.total);
        row.progress.value = percent;
        row.result.textContent = percent < 100 ? App.t('upload.status.uploading', percent) : App.t('upload.status.checking');
      });
      request.addEventListener('load', () => {
        if (request.status === 200) {
          finish(row, JSON.parse(request.responseText)[0]);
        } else {
          const key = request.status === 403 || request.status === 413 ? 'upload.http.' + request.status : 'upload.http.other';
          failed(row, App.t(key, request.status));
        }
        resolve();
      });
      request.addEventListener('error', () => {
        failed(row, App.t('upload.http.network'));
        resolve();
      });
      const form = new FormData();
      form.append('files', row.file, row.file.name);
      request.send(form);
    });
  }

  function finish(row, outcome) {
    row.progress.value = 100;
    row.element.classList.add(outcome.status.toLowerCase());
    row.element.dataset.status = outcome.status;
    if (outcome.status === 'REJECTED') {
      row.result.textContent = App.t('upload.status.REJECTED', reason(outcome.reasonCode));
      if (outcome.reason) row.element.append(details(outcome.reason));
      return;
    }
    row.documentId = outcome.documentId;
    row.element.dataset.document = outcome.documentId;
    row.result.textContent = outcome.status === 'DUPLICATE'
      ? App.t('upload.status.DUPLICATE') : App.t('upload.status.STORED');
    row.element.append(actions(row, outcome.status === 'STORED'));
    updateRunCount();
  }

  function failed(row, why) {
    row.element.classList.add('failed');
    row.element.dataset.status = 'FAILED';
    row.result.textContent = App.t('upload.status.failed', why);
  }

  function reason(code) {
    const text = App.t('documents.reason.' + code, maxSizeText);
    return text === 'documents.reason.' + code ? App.t('documents.reason.unknown') : text;
  }

  function details(technical) {
    const box = App.element('details');
    box.append(App.element('summary', App.t('documents.reason.details')), App.element('code', technical));
    return box;
  }

  function actions(row, include) {
    const box = App.element('div', null, 'file-actions');
    const label = App.element('label');
    const check = App.element('input', null, 'include');
    check.type = 'checkbox';
    check.checked = include;
    check.value = row.documentId;
    check.addEventListener('change', updateRunCount);
    label.append(check, App.element('span', App.t('upload.include')));
    const link = App.element('a', App.t('upload.open'));
    link.href = '/documents/' + row.documentId;
    box.append(label, link);
    return box;
  }

  function chosen() {
    return [...new Set([...list.querySelectorAll('input.include:checked')].map(check => Number(check.value)))];
  }

  function updateRunCount() {
    const count = chosen().length;
    document.getElementById('run-count').textContent = App.t('upload.run.count', count);
    document.getElementById('start-run').disabled = count === 0;
  }

  async function startRun(event) {
    event.preventDefault();
    const message = document.getElementById('run-message');
    const ids = chosen();
    if (!ids.length) return say(message, App.t('upload.run.nothing'), true);
    const button = document.getElementById('start-run');
    button.disabled = true;
    const response = await App.api('/api/runs', {
      method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({documentIds: ids, proposer: document.getElementById('proposer').value,
        validate: document.getElementById('validate').checked})
    }).catch(() => null);
    if (response && response.status === 202) {
      window.location.assign('/runs/' + (await response.json()).id);
      return;
    }
    button.disabled = false;
    const detail = response ? ((await response.json().catch(() => ({}))).detail || response.status) : App.t('upload.http.network');
    say(message, App.t('upload.run.failed', detail), true);
  }

  function say(element, text, problem) {
    element.textContent = text;
    element.classList.toggle('problem', Boolean(problem));
  }

  function size(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }
})();
