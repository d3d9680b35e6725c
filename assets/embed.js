// Huquq, embedded: add this script to a page holding <iframe data-huquq src=".../index.html">
// and the frame takes the height of the guide inside it, so the page has one scroll bar.
// Only messages sent by that frame's own window, from the frame's own origin, are used.
(function () {
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.huquq !== 'height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-huquq]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) continue;
      frame.style.height = Math.max(200, Math.min(Math.ceil(data.height), 20000)) + 'px';
    }
  });
})();
