// What every screen's script shares: its texts (rendered into the page by the server in the user's language),
// calls to the JSON API with the CSRF token, and the message line. No inline script: the CSP forbids it.
'use strict';

const App = (() => {
  let texts = null;

  /** The text for a key of the js.* bundle entries, with {0}, {1}, ... filled in; the key itself if it is missing. */
  function t(key, ...args) {
    if (texts === null) texts = JSON.parse(document.getElementById('client-texts')?.textContent || '{}');
    const text = texts[key];
    if (text === undefined) return key;
    return text.replace(/\{(\d+)\}/g, (match, index) => (args[index] === undefined ? match : String(args[index])));
  }

  // Same-origin calls carry the session cookie; anything but a GET also needs the CSRF token the page was rendered with.
  function api(url, options = {}) {
    const headers = Object.assign({Accept: 'application/json'}, options.headers);
    if (options.method && options.method !== 'GET') {
      const header = document.querySelector('meta[name=csrf-header]');
      const token = document.querySelector('meta[name=csrf-token]');
      if (header && token) headers[header.content] = token.content;
    }
    return fetch(url, Object.assign({}, options, {headers, credentials: 'same-origin'}));
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text != null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  return {t, api, element};
})();
