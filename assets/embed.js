// Huquq, embedded: add this script to a page holding <iframe data-huquq src=".../index.html">.
// - The frame is made as tall as the window: the guide scrolls inside it, and the frame's
//   height never depends on what a person answers.
// - A quick exit button of its own stays at the top of your page however it is scrolled, in
//   the language of the frame's `lang` setting, else of your page's `lang`.
// - Quick exit leaves your whole page, not only the frame, for a neutral site: the address in
//   the frame's data-exit attribute if it starts with https://, else the one the guide gives
//   (its site file's exit_to), else a weather search. Your page, reached again by Back or
//   Forward or restored from the browser's cache, then shows nothing and leaves again.
// Only messages sent by that frame's own window, from the frame's own origin, are used, and
// the only message sent to the frame asks it to leave.
(function () {
  var EXIT = 'https://www.google.com/search?q=m%C3%A9t%C3%A9o';
  // Each language's "quick exit", written in by the build: every language of the guide (a
  // language without that text fails the build) and French always (xtask/src/site.rs
  // `exit_labels` refuses a table without it), so no label of this script's own is needed.
  var LABELS = {};
  var MARK = 'huquq-left';
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-huquq]'));
  }
  function https(to) {
    return /^https:\/\/[^\s]+$/.test(to || '') ? to : null;
  }
  function marked() {
    try {
      return localStorage.getItem(MARK);
    } catch (e) {
      return null;
    }
  }
  var leaving = false;
  function leave(to) {
    // Once: a second departure would cancel the first.
    if (leaving) return;
    leaving = true;
    try {
      localStorage.setItem(MARK, to);
    } catch (e) {}
    frames().forEach(function (frame) {
      frame.remove();
    });
    location.replace(to);
  }
  var arrival = window.performance && performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
  if (marked() && arrival && arrival.type !== 'navigate') return leave(marked());
  try {
    localStorage.removeItem(MARK);
  } catch (e) {}
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && marked()) leave(marked());
  });
  function origin(frame) {
    return new URL(frame.src, location.href).origin;
  }
  function fit() {
    frames().forEach(function (frame) {
      frame.style.height = Math.max(320, window.innerHeight) + 'px';
    });
  }
  function button() {
    var frame = frames()[0];
    if (!frame || document.querySelector('.huquq-quick-exit')) return;
    var asked = new URL(frame.src, location.href).searchParams.get('lang') || '';
    var page = (document.documentElement.lang || '').toLowerCase().split('-')[0];
    // French is the guide's fallback language.
    var label = LABELS[asked] || LABELS[page] || LABELS.fr;
    var exit = document.createElement('button');
    exit.type = 'button';
    exit.className = 'huquq-quick-exit';
    exit.textContent = label;
    exit.lang = LABELS[asked] ? asked : LABELS[page] ? page : 'fr';
    exit.style.cssText = 'position:fixed;top:0;inset-inline-end:0;z-index:2147483647;margin:0.25rem;' +
      'min-height:2.75rem;padding:0.25rem 1rem;font:inherit;font-weight:700;cursor:pointer;' +
      'background:#a30000;color:#fff;border:2px solid #fff;border-radius:0.5rem';
    exit.addEventListener('click', function () {
      // The guide forgets what it kept on the device, then says where to go; if it cannot
      // answer in time, leave all the same.
      frames().forEach(function (f) {
        f.contentWindow && f.contentWindow.postMessage({ huquq: 'quick-exit' }, origin(f));
      });
      setTimeout(function () {
        leave(https(frame.getAttribute('data-exit')) || EXIT);
      }, 600);
    });
    document.body.appendChild(exit);
  }
  fit();
  function ready() {
    fit();
    button();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
  window.addEventListener('resize', fit);
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.huquq !== 'exit') return;
    frames().forEach(function (frame) {
      if (event.source !== frame.contentWindow || event.origin !== origin(frame)) return;
      leave(https(frame.getAttribute('data-exit')) || https(data.to) || EXIT);
    });
  });
})();
