// One run, live: while it is queued or running the page asks GET /api/runs/{id} once a second and updates each
// document's row in place. Polling rather than server-sent events: the progress is written to the database by
// whichever server instance runs the document's job (possibly another one), so an event stream would itself have
// to poll the database for every open page; polling the existing JSON endpoint gives the same one-second delay
// with no held connection, nothing for a proxy to buffer, and nothing to reconnect after a server restart.
'use strict';

(() => {
  const INTERVAL_MS = 1000;
  const OPEN = ['QUEUED', 'RUNNING'];
  const main = document.querySelector('main.run');
  const runId = main.dataset.run;
  let timer = null;

  document.addEventListener('DOMContentLoaded', () => {
    const cancel = document.getElementById('cancel-run');
    if (cancel) cancel.addEventListener('click', cancelRun);
    if (main.dataset.open === 'true') schedule();
  });

  function schedule() {
    timer = window.setTimeout(poll, INTERVAL_MS);
  }

  async function poll() {
    const response = await App.api('/api/runs/' + runId).catch(() => null);
    if (!response || !response.ok) {
      say(App.t('runs.live.lost'), true);
      return schedule();
    }
    const run = await response.json();
    render(run);
    if (OPEN.includes(run.status)) schedule();
  }

  function render(run) {
    const open = OPEN.includes(run.status);
    main.dataset.open = String(open);
    const status = document.getElementById('run-status');
    status.textContent = App.t('runs.status.' + run.status);
    status.className = 'badge ' + ({FINISHED: 'ok', CANCELLED: 'warn', RUNNING: 'running'}[run.status] || '');
    const done = run.documents.filter(d => d.status === 'DONE').length;
    const failed = run.documents.filter(d => d.status === 'FAILED').length;
    const progress = document.getElementById('run-progress');
    progress.max = run.documents.length;
    progress.value = done + failed;
    document.getElementById('run-progress-text').textContent = App.t('runs.progress', done, run.documents.length, failed);
    for (const d of run.documents) renderDocument(d);
    const cancel = document.getElementById('cancel-run');
    if (cancel) cancel.hidden = !open;
    // said from the run's state, not from who saw the change first: this poll or the cancel button's answer
    say(App.t(open ? 'runs.live' : run.status === 'CANCELLED' ? 'runs.cancel.done' : 'runs.live.finished'), false);
  }

  function renderDocument(d) {
    const row = document.querySelector('#run-documents tr[data-document="' + d.documentId + '"]');
    if (!row) return;
    const badge = row.querySelector('.status');
    badge.textContent = App.t('runs.doc.' + d.status);
    badge.className = 'badge status ' + ({DONE: 'ok', FAILED: 'bad', CANCELLED: 'warn', RUNNING: 'running'}[d.status] || '');
    row.querySelector('.attempts').textContent = d.attempts;
    row.querySelector('.candidates').textContent = d.candidates == null ? '–' : d.candidates;
    const cell = row.querySelector('.error');
    if (!d.error) return cell.replaceChildren();
    if (cell.dataset.error === d.error) return; // keep an opened <details> open
    cell.dataset.error = d.error;
    const key = 'documents.reason.' + d.errorCode;
    const plain = App.t(key);
    const box = App.element('details');
    box.append(App.element('summary', App.t('documents.reason.details')), App.element('code', d.error));
    const body = App.element('div', null, 'error-body');
    body.append(App.element('span', plain === key ? App.t('documents.reason.unknown') : plain, 'plain'), box);
    cell.replaceChildren(body);
  }

  async function cancelRun() {
    if (!window.confirm(App.t('runs.cancel.confirm'))) return;
    const button = document.getElementById('cancel-run');
    button.disabled = true;
    const response = await App.api('/api/runs/' + runId + '/cancel', {method: 'POST'}).catch(() => null);
    button.disabled = false;
    if (response && response.ok) {
      window.clearTimeout(timer);
      return render(await response.json());
    }
    const detail = response ? ((await response.json().catch(() => ({}))).detail || response.status) : App.t('runs.live.lost');
    say(App.t('runs.cancel.failed', detail), true);
  }

  function say(text, problem) {
    const live = document.getElementById('live');
    live.textContent = text;
    live.classList.toggle('problem', problem);
  }
})();
