// Huquq's start: which language to show, its texts fetched at once, in parallel with the
// WebAssembly, then the WebAssembly itself. The build puts above this text FILES (each site
// file's name and content-hashed address), LANGUAGES, INLINE (the files themselves, in the
// single-file build), GUIDE and FULL (the two modules' addresses).
// Quick exit (`huquqQuickExit`) leaves one mark in this site's storage: where it went, nothing
// else. A guide page that Back or Forward reaches again, or that the back-forward cache
// restores, then draws nothing and leaves again at once; a new visit clears the mark. (Session
// storage would not do: Chromium gives a tab new session storage after a visit to another site.)
const MARK = 'left';
const mark = () => {
  try {
    return localStorage.getItem(MARK);
  } catch {
    return null;
  }
};
// Leaves for `to`: inside a frame the whole page goes (embed.js hears where and takes it
// away; without embed.js the frame does it a moment later), else this page.
function leave(to) {
  document.body?.replaceChildren();
  if (top === self) return location.replace(to);
  parent.postMessage({ huquq: 'exit', to }, '*');
  setTimeout(() => {
    try {
      top.location.replace(to);
    } catch {}
    location.replace(to);
  }, 300);
}
const arrival = performance.getEntriesByType?.('navigation')[0]?.type;
const leaving = mark() && arrival !== 'navigate' ? mark() : null;
if (leaving) leave(leaving);
else if (mark()) localStorage.removeItem(MARK);
// The guide in two WebAssembly modules (src/handover.rs): the first, GUIDE, is all the first
// screens need; the second, FULL, is fetched after the first screen and takes over for the
// results, or at once for the counsellor's page and the admin view. The single file has
// FULL only.
const asked = new URLSearchParams(location.search.slice(0, 2048));
const whole = GUIDE === null || asked.get('mode') === 'counsellor' || asked.get('admin') === '1';
// The first module's WebAssembly is asked for here, at once, and only by a page that runs it:
// WebKit does not reuse a preload link's download for this fetch and downloads it twice.
const guideWasm = leaving || whole ? null : fetch(GUIDE.wasm).then(passedBy(GUIDE.wasm));
addEventListener('pageshow', (event) => event.persisted && mark() && leave(mark()));
// The quick exit that embed.js puts on an NGO's page asks the guide to leave as its own does.
addEventListener('message', (event) => {
  if (event.source === parent && parent !== self && event.data?.huquq === 'quick-exit') {
    document.querySelector('[data-action=quick-exit]')?.click();
  }
});
// Forgets what this site keeps on the device (storage, offline copy, service worker) and the
// clipboard if the guide wrote to it, waits for that 300 ms at most, then leaves.
globalThis.huquqQuickExit = (to, clipboard) => {
  document.body?.replaceChildren();
  try {
    localStorage.clear();
    sessionStorage.clear();
    localStorage.setItem(MARK, to);
  } catch {}
  const work = [
    clipboard && navigator.clipboard?.writeText(''),
    // Each worker forgets too, so that one still installing cannot keep the guide after this.
    navigator.serviceWorker?.getRegistrations().then((all) => Promise.all(all.map((r) => {
      for (const worker of [r.installing, r.waiting, r.active]) worker?.postMessage({ huquq: 'forget' });
      return r.unregister();
    }))),
    globalThis.caches?.keys().then((keys) => Promise.all(keys.map(async (key) => {
      const cache = await caches.open(key);
      await Promise.all((await cache.keys()).map((request) => cache.delete(request)));
      return caches.delete(key);
    }))),
  ];
  Promise.race([Promise.allSettled(work), new Promise((done) => setTimeout(done, 300))]).then(() => leave(to));
};
const loading = {};
// A site file's bytes: from the single file itself, else from the site (once per visit;
// `again`: once more, bypassing what the browser kept, after it proved broken).
globalThis.huquqFile = (name, again) => {
  if (INLINE[name]) return Promise.resolve(Uint8Array.from(atob(INLINE[name]), (c) => c.charCodeAt(0)).buffer);
  if (!FILES[name]) return Promise.reject(new Error('no site file ' + name));
  if (again) delete loading[name];
  // Texts are kept offline once used (xtask/src/site.rs), the other files at the first visit.
  const kept = name.startsWith('texts-') ? passedBy(FILES[name]) : (response) => response;
  loading[name] ??= fetch(FILES[name], { cache: again ? 'no-cache' : 'default' }).then(kept).then((response) => {
    if (!response.ok) throw new Error(response.status + ' ' + FILES[name]);
    return response.arrayBuffer();
  }).catch((error) => {
    delete loading[name];
    throw error;
  });
  return loading[name];
};
// A file fetched while no service worker controlled the page (the first visit) went past it:
// it is handed to the worker with its `response` (WebKit's private browsing shares no HTTP
// cache with the worker, which would download it again), or else named for it to fetch; the
// worker keeps what it does not have yet.
function keepOffline(file, response) {
  if (!response) return tellWorker({ huquq: 'keep', file });
  const type = response.headers.get('Content-Type');
  response.clone().arrayBuffer().then((body) => tellWorker({ huquq: 'keep', file, body, type }), () => {});
}
// For a fetch starting now: hands its response to the worker if no worker sees it, which is
// known now, not when it arrives (the worker may take over in between).
function passedBy(file) {
  const seen = navigator.serviceWorker?.controller;
  return (response) => {
    if (!seen && response.ok) keepOffline(file, response);
    return response;
  };
}
function tellWorker(message) {
  navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage(message));
}
let siteFile;
// The site owner's file (src/site.rs), asked for once per visit whichever module asks: its
// text, or null when there is none (the offline worker answers "no content" for a file it
// never saw). The worker, not there yet on a first visit, is handed the text to keep offline.
// The single file has none (its policy allows no request).
globalThis.huquqSiteFile = () => (siteFile ??= GUIDE === null ? Promise.resolve(null) : fetch('huquq-site.toml')
  .then((response) => (response.status === 200 ? response.text() : null))
  .then((text) => {
    if (text !== null) tellWorker({ huquq: 'site', text });
    return text;
  }, () => null));
// The language to start in, decided here and nowhere else (the app reads `huquqLanguage`;
// tests/e2e/language.test.mjs shows the choice): the one remembered on this device (only if
// the person chose to be remembered), else the address's `lang`, else the first of the
// browser's languages that the guide has, else French. Its first texts are fetched at once.
globalThis.huquqLanguage = (() => {
  const ours = (tag) => (typeof tag === 'string' ? LANGUAGES.find((code) => code === tag.toLowerCase().split(/[-_]/)[0]) : undefined);
  let remembered = null;
  try {
    if (localStorage.getItem('huquq-remember')) remembered = localStorage.getItem('huquq-language');
  } catch {}
  return ours(remembered) ?? ours(asked.get('lang')) ?? (navigator.languages ?? []).map(ours).find(Boolean) ?? 'fr';
})();
if (!leaving) globalThis.huquqFile('texts-' + globalThis.huquqLanguage + '-1').catch(() => {});
// The welcome the build wrote into the page in every language (xtask/src/first_screen.rs),
// each in a template: the chosen one is put in now, before any module arrives. Until the app
// takes the page (mounting empties `<body>`), a tap on its Start is kept for the app
// (`huquqStartTapped`, src/ui/welcome.rs), and its quick exit and Escape three times leave
// for the app's default address (EXIT_TO in src/privacy.rs); a site owner's own address is
// the app's to read.
const EXIT = 'https://www.google.com/search?q=m%C3%A9t%C3%A9o';
const firstScreen = document.getElementById('first-screen');
const chosen = firstScreen?.querySelector(`template[lang="${globalThis.huquqLanguage}"]`);
if (chosen && !leaving && !whole) {
  firstScreen.replaceChildren(chosen.content);
  document.documentElement.lang = chosen.lang;
  document.documentElement.dir = chosen.dir;
  document.title = firstScreen.querySelector('.brand').textContent;
  firstScreen.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'start') globalThis.huquqStartTapped = true;
    if (action === 'quick-exit') globalThis.huquqQuickExit(EXIT);
  });
  const presses = [];
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !firstScreen.isConnected) return;
    presses.push(event.timeStamp);
    if (presses.filter((at) => event.timeStamp - at < 2000).length >= 3) globalThis.huquqQuickExit(EXIT);
  });
}
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
// `attempt`: a try after a failure asks for the script again under another address, since a
// browser keeps a failed import.
async function run(module, attempt, ahead = false) {
  if (module === FULL && FILES['results-css'] && !document.querySelector('link[data-results]')) {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = FILES['results-css'];
    style.dataset.results = '';
    document.head.append(style);
  }
  const glue = await import(attempt ? module.glue + '?' + attempt : module.glue);
  const wasm = module === GUIDE ? guideWasm ?? module.wasm : await globalThis.huquqFile('full-wasm', attempt > 0);
  // Read by the module's start, which runs within `default`: gone after, even on a failure.
  if (ahead) globalThis.huquqAhead = true;
  try {
    await glue.default({ module_or_path: wasm });
  } finally {
    delete globalThis.huquqAhead;
  }
  if (module === GUIDE) keepOffline(GUIDE.glue);
}
// The second module, fetched after the first screen, is started then too, ahead: compiled,
// its rules and texts read, it waits (src/handover.rs `wait_if_ahead`) and takes over at
// once when the first module hands over, instead of starting at the last tap.
let ahead = null;
let aheadTried = false;
globalThis.huquqPrefetch = () => {
  import(FULL.glue).then(() => keepOffline(FULL.glue), () => {});
  globalThis.huquqFile('details').catch(() => {});
  if (aheadTried) return;
  aheadTried = true;
  ahead = run(FULL, 0, true);
  ahead.catch(() => {
    ahead = null;
  });
};
// The first module hears whether the second started (src/handover.rs); if not, it stays.
// A try again (`attempt`), or a hand-over with none waiting, starts another second module,
// under an address of its own once one was tried ahead: a glue that started stays started.
const resume = () => {
  const begin = globalThis.huquqResume;
  delete globalThis.huquqResume;
  return begin();
};
globalThis.huquqFull = (attempt) => (ahead && !attempt ? ahead.then(resume) : run(FULL, aheadTried ? attempt + 1 : attempt));
// A page that opens on the second module and cannot have it starts on the first, which says so.
if (!leaving) await (whole ? run(FULL).catch((error) => (GUIDE ? run(GUIDE) : Promise.reject(error))) : run(GUIDE));
