// Huquq's start, before the WebAssembly: which language to show, and its texts fetched at
// once, in parallel with the WebAssembly. The build puts FILES (each site file's name and
// content-hashed address), LANGUAGES and INLINE (the files themselves, in the single-file
// build) above this text.
const loading = {};
// A site file's bytes: from the single file itself, else from the site (once per visit).
globalThis.huquqFile = (name) => {
  if (INLINE[name]) return Promise.resolve(Uint8Array.from(atob(INLINE[name]), (c) => c.charCodeAt(0)).buffer);
  if (!FILES[name]) return Promise.reject(new Error('no site file ' + name));
  loading[name] ??= fetch(FILES[name]).then((response) => {
    if (!response.ok) throw new Error(response.status + ' ' + FILES[name]);
    keepOffline(FILES[name]);
    return response.arrayBuffer();
  }).catch((error) => {
    delete loading[name];
    throw error;
  });
  return loading[name];
};
// Before the service worker controls the page (the first visit), it does not see the files
// fetched: tell it to keep them.
function keepOffline(file) {
  if (!('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ huquq: 'keep', files: [file] }));
}
// The language: the one remembered on this device (only if the person chose to be
// remembered), the address's `lang`, the browser's languages, else French.
globalThis.huquqLanguage = (() => {
  const ours = (tag) => (typeof tag === 'string' ? LANGUAGES.find((code) => code === tag.toLowerCase().split(/[-_]/)[0]) : undefined);
  let remembered = null;
  try {
    if (localStorage.getItem('huquq-remember')) remembered = localStorage.getItem('huquq-language');
  } catch {}
  const asked = new URLSearchParams(location.search.slice(0, 2048)).get('lang');
  return ours(remembered) ?? ours(asked) ?? (navigator.languages ?? []).map(ours).find(Boolean) ?? 'fr';
})();
globalThis.huquqFile('texts-' + globalThis.huquqLanguage + '-1').catch(() => {});
