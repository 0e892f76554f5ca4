// The register screens: '/' jumps to the search field, the arrow keys move between the list's entries, and an
// entry opened at #source puts the keyboard on its quote. Everything also works without this script.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const search = document.getElementById('q');
  document.addEventListener('keydown', event => {
    const typing = event.target.closest('input, textarea, select, [contenteditable]');
    if (event.key === '/' && search && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      search.focus();
      search.select();
      return;
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && event.target.classList.contains('entry-link')) {
      const links = [...document.querySelectorAll('#register-table .entry-link')];
      const next = links[links.indexOf(event.target) + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  });
  if (location.hash === '#source') {
    const source = document.getElementById('source');
    if (source) {
      source.focus({preventScroll: true});
      const mark = source.querySelector('.highlight');
      (mark || source).scrollIntoView({block: 'center'});
    }
  }
});
