/*
 * The one script of every page, kept small (a meeting page ships nothing else but the copy
 * buttons). An external file, never inline, so a Content-Security-Policy of `script-src 'self'`
 * allows it.
 *
 * 1. `/` (outside a text field) or Ctrl+K / Cmd+K focuses the search box: the search page's
 *    own, else the header's. Without this script the box is still there and still works.
 * 2. A page opened from a search result carries the words searched in `?highlight=`: then,
 *    and only then, Pagefind's highlighter (pagefind/pagefind-highlight.js, beside this
 *    folder) is loaded to mark them, and the paragraph the result linked to (`#p3`), or else
 *    the first marked word, is scrolled into view.
 */
(() => {
  'use strict';

  // Must match HIGHLIGHT_PARAM in src/pages/search/_client.ts.
  const HIGHLIGHT_PARAM = 'highlight';
  const script = document.currentScript;

  /** Whether typing `/` into `target` means the character, not the shortcut. */
  function isTextField(target) {
    return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextField(event.target);
    if (!commandK && !slash) return;
    const field = document.querySelector('main [data-search-input]') || document.querySelector('[data-search-input]');
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  });

  const params = new URLSearchParams(window.location.search);
  if (!params.has(HIGHLIGHT_PARAM) || !script || !document.querySelector('[data-pagefind-body]')) return;
  import(new URL('../pagefind/pagefind-highlight.js', script.src).href)
    .then(() => {
      // addStyles: false: the marks are styled by the site's stylesheet (no inline <style>).
      new window.PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = (id && document.getElementById(id)) || document.querySelector('.entry__text mark, [data-pagefind-body] mark');
      if (target) target.scrollIntoView({ block: id ? 'start' : 'center' });
    })
    .catch(() => {
      // No index (a build without Pagefind): the page reads the same without marks.
    });
})();
