// browse.js: load pages in one headless Chromium over the DevTools protocol (on a pipe, so no
// port and no npm package) and print, per page, one JSON line: its console messages and
// exceptions, the rows of each table, the first cell of column 1 of a table after clicking
// that column's heading, whether a click on the diagram zooms it, and a screenshot file.
// usage: node browse.js CHROMIUM PROFILE_DIR SHOT_PREFIX URL...
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');

const [chromium, profile, shotPrefix, ...urls] = process.argv.slice(2);
const browser = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--user-data-dir=' + profile, '--remote-debugging-pipe', '--window-size=1280,1600', 'about:blank',
], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });

let nextId = 1, buffer = '';
const pending = new Map(), waiters = [];
const messages = [];
browser.stdio[4].on('data', (chunk) => {
  buffer += chunk.toString('utf8');
  let end;
  while ((end = buffer.indexOf('\0')) >= 0) {
    const msg = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) reject(new Error(JSON.stringify(msg.error))); else resolve(msg.result);
    } else if (msg.method) {
      if (msg.method === 'Runtime.consoleAPICalled')
        messages.push('console.' + msg.params.type + ': ' + msg.params.args.map((a) => a.value ?? a.description).join(' '));
      else if (msg.method === 'Runtime.exceptionThrown')
        messages.push('exception: ' + (msg.params.exceptionDetails.exception?.description ?? msg.params.exceptionDetails.text));
      else if (msg.method === 'Log.entryAdded')
        messages.push('log.' + msg.params.entry.level + ': ' + msg.params.entry.text);
      for (let i = waiters.length - 1; i >= 0; i--)
        if (waiters[i].method === msg.method) waiters.splice(i, 1)[0].resolve(msg.params);
    }
  }
});

function send(method, params = {}, sessionId) {
  const id = nextId++;
  const msg = { id, method, params };
  if (sessionId) msg.sessionId = sessionId;
  browser.stdio[3].write(JSON.stringify(msg) + '\0');
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
const event = (method) => new Promise((resolve) => waiters.push({ method, resolve }));

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
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  for (const domain of ['Runtime', 'Log', 'Page']) await send(domain + '.enable', {}, sessionId);
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
  await send('Browser.close').catch(() => {});
  browser.kill();
})().catch((e) => { console.error('browse.js: ' + e.message); browser.kill(); process.exit(2); });
