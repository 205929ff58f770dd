// cdp.js: one headless Chromium driven over the DevTools protocol on a pipe (no port, no npm
// package), shared by browse.js and browse-view.js. launch() starts the browser and returns:
//   send(method, params, sessionId)  a command; resolves with its result
//   event(method)                    resolves with the next event of that method
//   open(domains)                    a new page with those domains enabled; resolves with its sessionId
//   messages                         console messages, exceptions and log entries, as text
//   requests                         the URL of every request the pages made
//   close()                          closes the browser
'use strict';
const { spawn } = require('child_process');

function launch(chromium, profile, windowSize) {
  const browser = spawn(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--user-data-dir=' + profile, '--remote-debugging-pipe', '--window-size=' + windowSize, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });

  let nextId = 1, buffer = '';
  const pending = new Map(), waiters = [], messages = [], requests = [];
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
        else if (msg.method === 'Network.requestWillBeSent')
          requests.push(msg.params.request.url);
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
  async function open(domains) {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    for (const domain of domains) await send(domain + '.enable', {}, sessionId);
    return sessionId;
  }
  async function close() {
    await send('Browser.close').catch(() => {});
    browser.kill();
  }
  return { send, event, open, messages, requests, close, kill: () => browser.kill() };
}

module.exports = { launch };
