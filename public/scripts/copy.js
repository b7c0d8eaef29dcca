/*
 * Copy buttons for the "Cite this" blocks of a meeting page. Progressive: the texts are
 * already on the page and selectable, so without this script nothing is missing; with it,
 * each element marked `data-copy` gets a button after it that copies its text. An external
 * file (never inline) so a Content-Security-Policy of `script-src 'self'` allows it.
 */
(() => {
  'use strict';

  /** Copies `text`: the Clipboard API where allowed (secure contexts), else a selection. */
  async function copyText(text, source) {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return;
    }
    // Plain http (a local preview): select the text and use the older command.
    const selection = window.getSelection();
    const range = document.createRange();
    range.selectNodeContents(source);
    selection.removeAllRanges();
    selection.addRange(range);
    const ok = document.execCommand('copy');
    selection.removeAllRanges();
    if (!ok) throw new Error('copy refused');
  }

  for (const source of document.querySelectorAll('[data-copy]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    const label = source.getAttribute('data-copy') || 'Copy';
    button.textContent = label;
    // A polite live region beside the button reads the result out to screen readers.
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    let timer = 0;
    button.addEventListener('click', async () => {
      try {
        await copyText(source.textContent ?? '', source);
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Press Ctrl+C (⌘C) to copy the selected text';
        window.getSelection()?.selectAllChildren(source);
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(() => (status.textContent = ''), 4000);
    });
    const bar = document.createElement('div');
    bar.className = 'copy-bar';
    bar.append(button, status);
    source.after(bar);
  }
})();
