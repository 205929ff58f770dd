// browse.js: load pages in one headless Chromium over the DevTools protocol (on a pipe, so no
// port and no npm package) and print, per page, one JSON line: its console messages and
// exceptions, the rows of each table, the first cell of column 1 of a table after clicking
// that column's heading, whether a click on the diagram zooms it, and a screenshot file.
// usage: node browse.js CHROMIUM PROFILE_DIR SHOT_PREFIX URL...
'use strict';
const fs = require('fs');
const { launch } = require('./cdp.js');

const [chromium, profile, shotPrefix, ...urls] = process.argv.slice(2);
const browser = launch(chromium, profile, '1280,1600');
const { send, event, messages } = browser;

// what the test asks of a loaded page, evaluated in it
const inspect = `(() => {
  const tables = {};
  document.querySelectorAll('table[id]').forEach((t) => { tables[t.id] = t.tBodies[0] ? t.tBodies[0].rows.length : 0; });
  const t = document.getElementById('ranking-degree');
  let sorted = null, focusable = document.querySelectorAll('table.sortable th[tabindex="0"]').length;
  if (t) { t.tHead.rows[0].cells[1].click(); sorted = t.tBodies[0].rows[0].cells[1].textContent; }
  const d = document.querySelector('.diagram');
  let zooms = null;
  if (d) { d.click(); zooms = d.classList.contains('full'); d.click(); zooms = zooms && !d.classList.contains('full'); }
  return JSON.stringify({ tables, sorted, focusable, zooms, scripts: document.scripts.length,
    injected: document.querySelectorAll('img, iframe, object, embed').length });
})()`;

(async () => {
  const timer = setTimeout(() => { console.error('browse.js: timed out'); browser.kill(); process.exit(2); }, 60000);
  const sessionId = await browser.open(['Runtime', 'Log', 'Page']);
  for (let i = 0; i < urls.length; i++) {
    messages.length = 0;
    const loaded = event('Page.loadEventFired');
    await send('Page.navigate', { url: urls[i] }, sessionId);
    await loaded;
    const shot = await send('Page.captureScreenshot', { format: 'png' }, sessionId);
    const file = shotPrefix + i + '.png';
    fs.writeFileSync(file, Buffer.from(shot.data, 'base64'));
    const r = await send('Runtime.evaluate', { expression: inspect, returnByValue: true }, sessionId);
    await new Promise((res) => setTimeout(res, 100)); // let late console events arrive
    console.log(JSON.stringify({ url: urls[i], messages: messages.slice(), screenshot: file, ...JSON.parse(r.result.value) }));
  }
  clearTimeout(timer);
  await browser.close();
})().catch((e) => { console.error('browse.js: ' + e.message); browser.kill(); process.exit(2); });
