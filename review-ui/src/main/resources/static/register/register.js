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
  const source = document.getElementById('source');
  if (location.hash === '#source' && source) {
    source.focus({preventScroll: true});
    // once the page image is laid out, bring the quote's mark to the middle of the screen
    window.addEventListener('load', () => (source.querySelector('.highlight') || source).scrollIntoView({block: 'center'}));
  }
});
