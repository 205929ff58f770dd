// browse-view.js: load interactive views (export --format html) in one headless Chromium over the
// DevTools protocol (on a pipe: no port, no npm package) and print, per page, one JSON line: its
// console messages and exceptions, every request other than the page itself, how long the view
// took to draw, which node a search selects, what the info panel names, and a screenshot file.
// A QUERY of the form TEXT@YEAR,YEAR... first moves the year slider to each YEAR in turn, as a
// user would, and records what the view then shows (and a screenshot a year), then checks
// "every year" again and records that, before the search.
// usage: node browse-view.js CHROMIUM PROFILE_DIR SHOT_PREFIX URL QUERY [URL QUERY]...
'use strict';
const fs = require('fs');
const { launch } = require('./cdp.js');

const [chromium, profile, shotPrefix, ...rest] = process.argv.slice(2);
const pages = [];
for (let i = 0; i + 1 < rest.length; i += 2) {
  const [query, years] = rest[i + 1].split('@');
  pages.push({ url: rest[i], query, years: years ? years.split(',').map(Number) : [] });
}
const browser = launch(chromium, profile, '1280,900');
const { send, event, messages, requests } = browser;
const sleep = (ms) => new Promise((res) => setTimeout(res, ms));

(async () => {
  const timer = setTimeout(() => { console.error('browse-view.js: timed out'); browser.kill(); process.exit(2); }, 170000);
  const sessionId = await browser.open(['Runtime', 'Log', 'Page', 'Network']);
  const evaluate = async (expression) =>
    (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)).result.value;
  for (let i = 0; i < pages.length; i++) {
    messages.length = 0;
    requests.length = 0;
    const loaded = event('Page.loadEventFired');
    const t0 = Date.now();
    await send('Page.navigate', { url: pages[i].url }, sessionId);
    await loaded;
    // the view draws once before its script ends: the load event comes after it
    const shown = Date.now() - t0;
    const state = JSON.parse(await evaluate(`JSON.stringify((() => {
      const v = document.getElementById('inn-view');
      return { ready: v && v.dataset.ready !== undefined ? +v.dataset.ready : null, drawn: v ? +v.dataset.drawn : null,
        canvases: document.querySelectorAll('#inn-view canvas.inn-canvas').length,
        elements: document.getElementsByTagName('*').length,
        injected: document.querySelectorAll('img, iframe, object, embed, #inn-view script').length };
    })())`));
    await sleep(200); // let the first animation frame and late console events arrive
    const shot = await send('Page.captureScreenshot', { format: 'png' }, sessionId);
    const file = shotPrefix + i + '.png';
    fs.writeFileSync(file, Buffer.from(shot.data, 'base64'));
    // the year slider: move it to each year, then back to every year
    const slider = [];
    const atYear = (y) => `JSON.stringify((() => {
      const v = document.getElementById('inn-view'), r = v.querySelector('input.inn-year-range'),
        all = v.querySelector('.inn-years-all input'), out = v.querySelector('output.inn-year');
      if (!r) return { year: ${JSON.stringify(y)}, slider: false };
      if (${JSON.stringify(y)} === 'all') { all.checked = true; all.dispatchEvent(new Event('change')); }
      else { r.value = String(${JSON.stringify(y)}); r.dispatchEvent(new Event('input')); }
      return { year: ${JSON.stringify(y)}, slider: true, min: +r.min, max: +r.max, value: +r.value, every: all.checked,
        shownYear: +v.dataset.year, nodes: +v.dataset.nodesShown, links: +v.dataset.linksShown, text: out.textContent };
    })())`;
    for (const y of [...pages[i].years, ...(pages[i].years.length ? ['all'] : [])]) {
      const at = JSON.parse(await evaluate(atYear(y)));
      await sleep(100);
      at.drawn = +(await evaluate(`document.getElementById('inn-view').dataset.drawn`));
      const yshot = await send('Page.captureScreenshot', { format: 'png' }, sessionId);
      fs.writeFileSync(shotPrefix + i + '-year-' + y + '.png', Buffer.from(yshot.data, 'base64'));
      slider.push(at);
    }
    // search as a user would: type the query, press Enter; the first match is selected
    const found = JSON.parse(await evaluate(`JSON.stringify((() => {
      const s = document.querySelector('#inn-view input.inn-search');
      if (!s) return { selected: null };
      s.focus();
      s.value = ${JSON.stringify(pages[i].query)};
      s.dispatchEvent(new Event('input'));
      const hits = document.querySelectorAll('#inn-view .inn-results button').length;
      s.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const name = document.querySelector('#inn-view .inn-name');
      return { hits, selected: document.getElementById('inn-view').dataset.selected ?? null,
        name: name ? name.textContent : null,
        infoRows: document.querySelectorAll('#inn-view .inn-info tbody tr').length };
    })())`));
    await sleep(200);
    const selShot = await send('Page.captureScreenshot', { format: 'png' }, sessionId);
    fs.writeFileSync(shotPrefix + i + '-selected.png', Buffer.from(selShot.data, 'base64'));
    const others = requests.filter((u) => u !== pages[i].url);
    console.log(JSON.stringify({ url: pages[i].url, messages: messages.slice(), requests: others, shownMs: shown,
      screenshot: file, ...state, ...found, slider }));
  }
  clearTimeout(timer);
  await browser.close();
})().catch((e) => { console.error('browse-view.js: ' + e.message); browser.kill(); process.exit(2); });
