// Huquq, embedded: add this script to a page holding <iframe data-huquq src=".../index.html">.
// - The frame is made as tall as the window: the guide scrolls inside it, with its quick exit
//   button always at the top, and the frame's height never depends on what a person answers.
// - Quick exit leaves your whole page, not only the frame, for a neutral site: the address in
//   the frame's data-exit attribute if it starts with https://, else a weather search.
// Only messages sent by that frame's own window, from the frame's own origin, are used.
(function () {
  var EXIT = 'https://www.google.com/search?q=m%C3%A9t%C3%A9o';
  function frames() {
    return document.querySelectorAll('iframe[data-huquq]');
  }
  function fit() {
    var all = frames();
    for (var i = 0; i < all.length; i++) all[i].style.height = Math.max(320, window.innerHeight) + 'px';
  }
  fit();
  document.addEventListener('DOMContentLoaded', fit);
  window.addEventListener('resize', fit);
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.huquq !== 'exit') return;
    var all = frames();
    for (var i = 0; i < all.length; i++) {
      var frame = all[i];
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) continue;
      var to = frame.getAttribute('data-exit') || '';
      location.replace(/^https:\/\/[^\s]+$/.test(to) ? to : EXIT);
    }
  });
})();
