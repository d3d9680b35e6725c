// Huquq's start: which language to show, its texts fetched at once, in parallel with the
// WebAssembly, then the WebAssembly itself. The build puts above this text FILES (each site
// file's name and content-hashed address), LANGUAGES, INLINE (the files themselves, in the
// single-file build), GUIDE and FULL (the two modules' addresses).
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
// Listening (src/ui/listen.rs): the browser's speech synthesis, only with a voice of the
// language that runs on the device itself (`localService`), never another language's.
globalThis.huquqSpeech = {
  voice(language) {
    const voices = globalThis.speechSynthesis?.getVoices() ?? [];
    return voices.find((v) => v.localService && v.lang.split(/[-_]/)[0].toLowerCase() === language) ?? null;
  },
  // Reads `sentences` one after the other; `reading` hears each one's index, then -1.
  read(sentences, language, reading) {
    const voice = this.voice(language);
    this.stop();
    if (!voice) return reading(-1);
    sentences.forEach((sentence, index) => {
      const utterance = new SpeechSynthesisUtterance(sentence);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onstart = () => reading(index);
      if (index === sentences.length - 1) utterance.onend = () => reading(-1);
      speechSynthesis.speak(utterance);
    });
  },
  stop() {
    globalThis.speechSynthesis?.cancel();
  },
  whenVoicesChange(changed) {
    globalThis.speechSynthesis?.addEventListener?.('voiceschanged', changed);
  },
};
// The guide in two WebAssembly modules (src/handover.rs): the first, GUIDE, is all the first
// screens need; the second, FULL, is fetched after the first screen and takes over for the
// results, or at once for the counsellor's page and the admin view. The single file has
// FULL only.
async function run(module) {
  if (module === FULL && FILES['results-css']) {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = FILES['results-css'];
    document.head.append(style);
  }
  const glue = await import(module.glue);
  await glue.default({ module_or_path: module.wasm ?? (await globalThis.huquqFile('full-wasm')) });
}
globalThis.huquqPrefetch = () => {
  import(FULL.glue).then(() => keepOffline(FULL.glue), () => {});
  for (const name of ['full-wasm', 'details']) globalThis.huquqFile(name).catch(() => {});
};
globalThis.huquqFull = () => run(FULL).catch((error) => console.error('huquq:', error));
const asked = new URLSearchParams(location.search.slice(0, 2048));
const whole = GUIDE === null || asked.get('mode') === 'counsellor' || asked.get('admin') === '1';
await run(whole ? FULL : GUIDE);
