/* view.js: innonet's interactive view (export --format html, and the report of a large network).
 * Reads the network from the JSON block #inn-view-data and draws it on one canvas: every node
 * and link is a few numbers in typed arrays, never an element of the page, so 20,000 nodes and
 * 100,000 links stay responsive. Text from the model is only ever set with textContent or drawn
 * with fillText: a label is never markup. Compiled into innonet (src/CMakeLists.txt); the page's
 * Content Security Policy names this exact text by its hash. */
(function () {
  'use strict';
  var root = document.getElementById('inn-view'), block = document.getElementById('inn-view-data');
  if (!root || !block) return;
  var started = performance.now();
  var D = JSON.parse(block.textContent), N = D.nodes, L = D.links, n = N.n, nl = L.n;
  /* the page's own words in the language of --lang (the model's names come in it already) */
  function T(en, zh) { return D.zh ? zh : en; }
  function plural(k, one, many, zh) { return D.zh ? k + ' ' + zh : k + ' ' + (k === 1 ? one : many); }
  var kinds = D.kinds, rels = D.relations, dpr = window.devicePixelRatio || 1;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /* --- geometry: world coordinates, y pointing down (Graphviz's points up) --- */
  var X = new Float64Array(n), Y = new Float64Array(n), W = new Float64Array(n), H = new Float64Array(n);
  var i, j, k;
  for (i = 0; i < n; i++) {
    X[i] = N.x[i];
    Y[i] = -N.y[i];
    W[i] = D.shapes ? N.w[i] : 10;
    H[i] = D.shapes ? N.h[i] : 10;
  }
  var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (i = 0; i < n; i++) {
    minX = Math.min(minX, X[i] - W[i] / 2); maxX = Math.max(maxX, X[i] + W[i] / 2);
    minY = Math.min(minY, Y[i] - H[i] / 2); maxY = Math.max(maxY, Y[i] + H[i] / 2);
  }
  if (!n) { minX = minY = 0; maxX = maxY = 1; }
  var maxHalf = 0; /* the largest node's half size, for finding a node under the pointer */
  for (i = 0; i < n; i++) maxHalf = Math.max(maxHalf, W[i] / 2, H[i] / 2);

  /* neighbours, both directions: node -> (neighbour, link) */
  var deg = new Int32Array(n + 1), adjStart = new Int32Array(n + 1), adjNode = new Int32Array(2 * nl), adjLink = new Int32Array(2 * nl);
  for (j = 0; j < nl; j++) { deg[L.s[j]]++; deg[L.t[j]]++; }
  for (i = 0; i < n; i++) adjStart[i + 1] = adjStart[i] + deg[i];
  var fill = adjStart.slice(0, n);
  for (j = 0; j < nl; j++) {
    adjNode[fill[L.s[j]]] = L.t[j]; adjLink[fill[L.s[j]]++] = j;
    adjNode[fill[L.t[j]]] = L.s[j]; adjLink[fill[L.t[j]]++] = j;
  }
  /* links by relation, drawn one stroke a relation; nodes by kind, one fill a kind */
  function bucket(count, groups, of) {
    var start = new Int32Array(groups + 1), items = new Int32Array(count), at, g;
    for (g = 0; g < count; g++) start[of[g] + 1]++;
    for (g = 0; g < groups; g++) start[g + 1] += start[g];
    at = start.slice(0, groups);
    for (g = 0; g < count; g++) items[at[of[g]]++] = g;
    return { start: start, items: items };
  }
  var byRel = bucket(nl, rels.length, L.rel), byKind = bucket(n, kinds.length, N.kind);
  /* label order on a crowded screen: the most linked first */
  var order = new Int32Array(n);
  for (i = 0; i < n; i++) order[i] = i;
  order.sort(function (a, b) { return deg[b] - deg[a] || a - b; });

  /* a grid over the world for finding the node under the pointer */
  var cells = Math.max(1, Math.min(512, Math.ceil(Math.sqrt(n)))), cw = (maxX - minX) / cells || 1, chh = (maxY - minY) / cells || 1;
  function cellOf(x, y) {
    var cx = Math.min(cells - 1, Math.max(0, Math.floor((x - minX) / cw))), cy = Math.min(cells - 1, Math.max(0, Math.floor((y - minY) / chh)));
    return cy * cells + cx;
  }
  var cellIndex = new Int32Array(n);
  for (i = 0; i < n; i++) cellIndex[i] = cellOf(X[i], Y[i]);
  var grid = bucket(n, cells * cells, cellIndex);

  /* --- what is shown: kinds, relations, year --- */
  var kindOn = kinds.map(function () { return true; }), relOn = rels.map(function () { return true; });
  var yearText = null; /* the year slider's reading, when the model has years (below) */
  var year = 0, nodeOn = new Uint8Array(n), linkOn = new Uint8Array(nl), nodesOn = n, linksOn = nl;
  /* there in year: innonet's --as-of (src/model/transform.c), 0 standing for no since or until */
  function alive(since, until) { return !year || ((!since || since <= year) && (!until || until >= year)); }
  function refilter() {
    nodesOn = linksOn = 0;
    for (i = 0; i < n; i++) nodesOn += nodeOn[i] = kindOn[N.kind[i]] && (!D.years || alive(N.since[i], N.until[i])) ? 1 : 0;
    for (j = 0; j < nl; j++)
      linksOn += linkOn[j] = relOn[L.rel[j]] && nodeOn[L.s[j]] && nodeOn[L.t[j]] && (!D.years || alive(L.since[j], L.until[j])) ? 1 : 0;
    /* what a test or a script reads: the year shown (0: every year) and the nodes and links shown */
    root.dataset.year = year;
    root.dataset.nodesShown = nodesOn;
    root.dataset.linksShown = linksOn;
    if (yearText)
      yearText.textContent = year ? year + ': ' + plural(nodesOn, 'node', 'nodes', '个节点') + T(', ', '，') +
          plural(linksOn, 'link', 'links', '条连接') : T('all years', '所有年份');
  }

  /* --- the page's parts --- */
  var head = el('div', 'inn-head');
  head.appendChild(el('h1', null, D.title));
  /* the view the command was given (--relation, --within, --as-of ...), as every output states it */
  var sub = (D.asOf && !(D.view && D.view.indexOf('as of') >= 0) ? T('As of ', '截至 ') + D.asOf + ' · ' : '') +
      (D.view ? T('View: ', '视图：') + D.view + ' · ' : '') + plural(n, 'node', 'nodes', '个节点') + T(', ', '，') +
      plural(nl, 'link', 'links', '条连接') + T(' · placed by ', ' · 布局：') + D.layout +
      T(' · drag to pan, wheel to zoom, click a node for its details', ' · 拖动平移，滚轮缩放，点击节点查看详情');
  head.appendChild(el('p', 'inn-sub', sub));
  var tools = el('div', 'inn-tools');
  var search = el('input', 'inn-search');
  search.type = 'search';
  search.placeholder = T('search id or label', '按标识或名称搜索');
  search.setAttribute('aria-label', 'search nodes by id or label');
  var results = el('ul', 'inn-results');
  var searchBox = el('div', 'inn-searchbox');
  searchBox.appendChild(search);
  searchBox.appendChild(results);
  tools.appendChild(searchBox);
  var buttons = [['+', T('zoom in', '放大')], ['\u2212', T('zoom out', '缩小')], [T('fit', '全图'), T('fit the whole network', '显示整个网络')]].map(function (b) {
    var e = el('button', 'inn-button', b[0]);
    e.type = 'button';
    e.title = b[1];
    tools.appendChild(e);
    return e;
  });
  /*
   * The year slider, when the model has since or until years: from the first of them to the
   * last, it shows the network as it stood in the year chosen (as --as-of does); "every year"
   * shows every node and link, as the page opens.
   */
  var yearBox = null, yearRange = null, yearAll = null;
  if (D.years) {
    var lo = Infinity, hi = -Infinity;
    [N.since, N.until, L.since, L.until].forEach(function (a) {
      for (var q = 0; q < a.length; q++) if (a[q]) { lo = Math.min(lo, a[q]); hi = Math.max(hi, a[q]); }
    });
    yearBox = el('div', 'inn-years');
    var allLabel = el('label', 'inn-years-all');
    yearAll = el('input');
    yearAll.type = 'checkbox';
    yearAll.checked = true;
    allLabel.appendChild(yearAll);
    allLabel.appendChild(el('span', null, T(' every year', ' 所有年份')));
    yearRange = el('input', 'inn-year-range');
    yearRange.type = 'range';
    yearRange.min = lo; yearRange.max = hi; yearRange.step = 1; yearRange.value = hi;
    yearRange.title = T('the network as it stood in the year chosen', '所选年份时的网络');
    yearRange.setAttribute('aria-label', 'the network as it stood in year');
    yearText = el('output', 'inn-year', T('all years', '所有年份'));
    yearText.setAttribute('aria-live', 'polite');
    yearBox.appendChild(allLabel);
    yearBox.appendChild(el('span', 'inn-year-end', String(lo)));
    yearBox.appendChild(yearRange);
    yearBox.appendChild(el('span', 'inn-year-end', String(hi)));
    yearBox.appendChild(yearText);
    tools.appendChild(yearBox);
  }
  var body = el('div', 'inn-body'), stage = el('div', 'inn-stage'), canvas = el('canvas', 'inn-canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'the network: ' + D.title);
  stage.appendChild(canvas);
  var side = el('div', 'inn-side'), legend = el('div', 'inn-legend'), info = el('div', 'inn-info');
  info.appendChild(el('p', 'inn-note', T('Click a node, or search, for its attributes, measures and provenance.', '点击节点或搜索，查看其属性、指标和来源。')));
  side.appendChild(info);
  if (D.legend) side.appendChild(legend);
  body.appendChild(stage);
  body.appendChild(side);
  root.appendChild(head);
  root.appendChild(tools);
  root.appendChild(body);
  var ctx = canvas.getContext('2d');

  /* the legend is the filter: a box a kind and a relation, with the style the drawing uses */
  function legendRow(on, sample, label, count, toggle) {
    var row = el('label', 'inn-row'), box = el('input');
    box.type = 'checkbox';
    box.checked = on;
    box.addEventListener('change', function () { toggle(box.checked); refilter(); redraw(); });
    row.appendChild(box);
    row.appendChild(sample);
    row.appendChild(el('span', null, label));
    row.appendChild(el('span', 'inn-count', count));
    return row;
  }
  function dash(line) { return line === 'dashed' ? [6, 4] : line === 'dotted' ? [1.5, 3] : []; }
  if (D.legend) {
    legend.appendChild(el('h2', null, T('Kinds', '类型')));
    kinds.forEach(function (kd, q) {
      var s = el('canvas', 'inn-sample'), c = s.getContext('2d');
      s.width = 28 * dpr; s.height = 18 * dpr;
      c.scale(dpr, dpr);
      c.fillStyle = kd.fill; c.strokeStyle = '#333'; c.lineWidth = 1;
      shapePath(c, kd.shape, kd.rounded, 14, 9, 24, 14);
      c.fill(); c.stroke();
      legend.appendChild(legendRow(true, s, kd.label, byKind.start[q + 1] - byKind.start[q], function (v) { kindOn[q] = v; }));
    });
    legend.appendChild(el('h2', null, T('Relations', '关系')));
    rels.forEach(function (rd, q) {
      var count = byRel.start[q + 1] - byRel.start[q];
      if (!count) return;
      var s = el('canvas', 'inn-sample'), c = s.getContext('2d');
      s.width = 28 * dpr; s.height = 18 * dpr;
      c.scale(dpr, dpr);
      c.strokeStyle = rd.color; c.lineWidth = rd.line === 'bold' ? 2.5 : 1.5; c.setLineDash(dash(rd.line));
      c.beginPath(); c.moveTo(2, 9); c.lineTo(26, 9); c.stroke();
      legend.appendChild(legendRow(true, s, rd.label + (rd.arrow ? ' \u2192' : ''), count, function (v) { relOn[q] = v; }));
    });
  }

  /* --- drawing --- */
  var scale = 1, tx = 0, ty = 0, vw = 1, vh = 1, hover = -1, selected = -1, pending = false, drawn = 0;
  /* a Graphviz shape as a canvas path; batch: added to the current path (one fill a kind) */
  function shapePath(c, shape, rounded, x, y, w, h, batch) {
    var a = w / 2, b = h / 2, pts = null;
    if (!batch) c.beginPath();
    switch (shape) {
    case 'box': case 'rect': case 'rectangle': case 'square': case 'box3d': case 'component': case 'folder': case 'tab': case 'note': case 'cylinder': case 'plaintext': case 'plain': case 'none':
      if (rounded && c.roundRect) c.roundRect(x - a, y - b, w, h, Math.min(a, b) * 0.4); else c.rect(x - a, y - b, w, h);
      return;
    case 'diamond': pts = [[0, -1], [1, 0], [0, 1], [-1, 0]]; break;
    case 'hexagon': pts = [[-1, 0], [-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1]]; break;
    case 'octagon': pts = [[-1, -0.4], [-0.4, -1], [0.4, -1], [1, -0.4], [1, 0.4], [0.4, 1], [-0.4, 1], [-1, 0.4]]; break;
    case 'triangle': pts = [[0, -1], [1, 1], [-1, 1]]; break;
    case 'invtriangle': pts = [[-1, -1], [1, -1], [0, 1]]; break;
    case 'house': pts = [[0, -1], [1, -0.3], [1, 1], [-1, 1], [-1, -0.3]]; break;
    case 'invhouse': pts = [[-1, -1], [1, -1], [1, 0.3], [0, 1], [-1, 0.3]]; break;
    case 'pentagon': pts = [[0, -1], [1, -0.25], [0.62, 1], [-0.62, 1], [-1, -0.25]]; break;
    case 'parallelogram': pts = [[-0.6, -1], [1, -1], [0.6, 1], [-1, 1]]; break;
    case 'trapezium': pts = [[-0.6, -1], [0.6, -1], [1, 1], [-1, 1]]; break;
    default:
      c.ellipse(x, y, a, b, 0, 0, 2 * Math.PI);
      return;
    }
    c.moveTo(x + pts[0][0] * a, y + pts[0][1] * b);
    for (var q = 1; q < pts.length; q++) c.lineTo(x + pts[q][0] * a, y + pts[q][1] * b);
    c.closePath();
  }
  function sx(q) { return X[q] * scale + tx; }
  function sy(q) { return Y[q] * scale + ty; }
  /* a node's size on screen: its drawn size, but never too small to see or to point at */
  function half(q, w) { return Math.max(D.shapes ? 2 : 1.6, (w ? W[q] : H[q]) * scale / 2); }
  function fit() {
    var w = maxX - minX, h = maxY - minY;
    scale = Math.min(vw / (w * 1.04 || 1), vh / (h * 1.04 || 1));
    if (!isFinite(scale) || scale <= 0) scale = 1;
    tx = vw / 2 - (minX + w / 2) * scale;
    ty = vh / 2 - (minY + h / 2) * scale;
  }
  function resize() {
    var r = stage.getBoundingClientRect();
    vw = Math.max(100, r.width); vh = Math.max(100, r.height);
    canvas.width = Math.round(vw * dpr); canvas.height = Math.round(vh * dpr);
    canvas.style.width = vw + 'px'; canvas.style.height = vh + 'px';
  }
  function focusSet() {
    var f = hover >= 0 ? hover : selected;
    if (f < 0) return null;
    var set = new Uint8Array(n);
    set[f] = 2;
    for (var q = adjStart[f]; q < adjStart[f + 1]; q++) if (linkOn[adjLink[q]]) set[adjNode[q]] = 1;
    return { node: f, set: set };
  }
  function visible(q, m) {
    var x = sx(q), y = sy(q);
    return x > -m && y > -m && x < vw + m && y < vh + m;
  }
  /* Skia strokes one path of many thousand segments far slower than many short ones: a path a chunk */
  var CHUNK = 512;
  function drawLinks(focus, dim) {
    for (var r = 0; r < rels.length; r++) {
      if (!relOn[r]) continue;
      var rd = rels[r], segs = 0;
      ctx.strokeStyle = rd.color;
      ctx.lineWidth = (rd.line === 'bold' ? 2.2 : 1) * Math.min(1.5, Math.max(0.5, Math.sqrt(scale)));
      ctx.setLineDash(dash(rd.line));
      ctx.beginPath();
      for (var q = byRel.start[r]; q < byRel.start[r + 1]; q++) {
        var e = byRel.items[q], a = L.s[e], b = L.t[e];
        if (!linkOn[e]) continue;
        if (focus && (a === focus.node || b === focus.node) === dim) continue;
        var x1 = sx(a), y1 = sy(a), x2 = sx(b), y2 = sy(b);
        if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > vw && x2 > vw) || (y1 > vh && y2 > vh)) continue;
        ctx.moveTo(x1, y1); ctx.lineTo(x2, y2);
        if (rd.arrow && arrows) arrowAt(a, b, x1, y1, x2, y2);
        if (++segs % CHUNK === 0) { ctx.stroke(); ctx.beginPath(); }
      }
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }
  var arrows = false;
  function arrowAt(a, b, x1, y1, x2, y2) {
    var dx = x2 - x1, dy = y2 - y1, len = Math.sqrt(dx * dx + dy * dy);
    if (len < 12) return;
    var ux = dx / len, uy = dy / len, back = Math.min(half(b, true), half(b, false)) + 1;
    var px = x2 - ux * back, py = y2 - uy * back, s = 7;
    ctx.moveTo(px - ux * s - uy * s * 0.45, py - uy * s + ux * s * 0.45);
    ctx.lineTo(px, py);
    ctx.lineTo(px - ux * s + uy * s * 0.45, py - uy * s - ux * s * 0.45);
    ctx.moveTo(x2, y2);
  }
  function drawNodes(focus, dim) {
    var count = 0, outline = scale > 0.25 || n < 2000;
    function paint() {
      ctx.fill();
      if (outline) ctx.stroke();
      ctx.beginPath();
    }
    ctx.strokeStyle = '#333';
    ctx.lineWidth = 0.6;
    for (var kq = 0; kq < kinds.length; kq++) {
      if (!kindOn[kq]) continue;
      var kd = kinds[kq], inPath = 0;
      ctx.fillStyle = kd.fill;
      ctx.beginPath();
      for (var q = byKind.start[kq]; q < byKind.start[kq + 1]; q++) {
        var v = byKind.items[q];
        if (!nodeOn[v] || (focus && !focus.set[v] !== dim)) continue;
        var a = half(v, true), b = half(v, false);
        if (!visible(v, Math.max(a, b))) continue;
        /* each shape is its own subpath, so one fill covers many nodes of the kind */
        ctx.moveTo(sx(v) + a, sy(v));
        if (D.shapes)
          shapePath(ctx, kd.shape, kd.rounded, sx(v), sy(v), 2 * a, 2 * b, true);
        else
          ctx.arc(sx(v), sy(v), a, 0, 2 * Math.PI);
        count++;
        if (++inPath % CHUNK === 0) paint();
      }
      paint();
    }
    return count;
  }
  function drawLabels(focus, count) {
    ctx.textAlign = D.shapes ? 'center' : 'left';
    ctx.textBaseline = 'middle';
    var shown = 0, limit = D.shapes ? n : 300;
    for (var q = 0; q < n && shown < limit; q++) {
      var v = order[q];
      if (!nodeOn[v] || !visible(v, 0)) continue;
      if (focus && !focus.set[v]) continue;
      if (!D.shapes && !focus && count > 400 && q >= 60) break;
      var text = N.label[v];
      if (D.shapes) {
        var size = Math.min(11 * scale, H[v] * scale * 0.7);
        if (size < 4) continue;
        ctx.font = size + 'px sans-serif';
        ctx.fillStyle = kinds[N.kind[v]].font;
        var w = W[v] * scale * 0.92;
        ctx.fillText(text, sx(v), sy(v), w);
      } else {
        ctx.font = '11px sans-serif';
        ctx.fillStyle = '#222';
        ctx.fillText(text, sx(v) + half(v, true) + 3, sy(v));
      }
      shown++;
    }
  }
  function draw() {
    pending = false;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, vw, vh);
    var focus = focusSet();
    arrows = D.directed && (nl < 3000 || scale > 0.5);
    if (focus) {
      ctx.globalAlpha = nl > 5000 ? 0.04 : 0.12; /* thousands of faint links still add up to grey */
      drawLinks(focus, true);
      drawNodes(focus, true);
      ctx.globalAlpha = 1;
      drawLinks(focus, false);
      drawn = drawNodes(focus, false);
    } else {
      drawLinks(null, false);
      drawn = drawNodes(null, false);
    }
    if (selected >= 0 && nodeOn[selected]) {
      ctx.strokeStyle = '#d00000';
      ctx.lineWidth = 3;
      shapePath(ctx, D.shapes ? kinds[N.kind[selected]].shape : 'circle', false, sx(selected), sy(selected),
          2 * half(selected, true) + 6, 2 * half(selected, false) + 6);
      ctx.stroke();
    }
    drawLabels(focus, drawn);
    root.dataset.drawn = drawn;
  }
  function redraw() {
    if (!pending) { pending = true; requestAnimationFrame(draw); }
  }

  /* --- pointing --- */
  function nodeAt(px, py) {
    var wx = (px - tx) / scale, wy = (py - ty) / scale, best = -1, bestD = Infinity;
    var rx = Math.max(maxHalf, 12 / scale), c0 = cellOf(wx - rx, wy - rx), c1 = cellOf(wx + rx, wy + rx);
    for (var cy = Math.floor(c0 / cells); cy <= Math.floor(c1 / cells); cy++)
      for (var cx = c0 % cells; cx <= c1 % cells; cx++) {
        var c = cy * cells + cx;
        for (var q = grid.start[c]; q < grid.start[c + 1]; q++) {
          var v = grid.items[q];
          if (!nodeOn[v]) continue;
          var dx = Math.abs(px - sx(v)), dy = Math.abs(py - sy(v));
          var a = half(v, true) + (D.shapes ? 0 : 4), b = half(v, false) + (D.shapes ? 0 : 4);
          if (dx > a || dy > b) continue;
          var d = dx * dx + dy * dy;
          if (d < bestD) { bestD = d; best = v; }
        }
      }
    return best;
  }
  var drag = null;
  canvas.addEventListener('pointerdown', function (e) {
    drag = { x: e.offsetX, y: e.offsetY, tx: tx, ty: ty, moved: false };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', function (e) {
    if (drag) {
      var dx = e.offsetX - drag.x, dy = e.offsetY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) { tx = drag.tx + dx; ty = drag.ty + dy; redraw(); }
      return;
    }
    var h = nodeAt(e.offsetX, e.offsetY);
    if (h !== hover) {
      hover = h;
      canvas.title = h >= 0 ? N.label[h] + ' (' + kinds[N.kind[h]].label + ')' : '';
      canvas.style.cursor = h >= 0 ? 'pointer' : 'grab';
      redraw();
    }
  });
  canvas.addEventListener('pointerup', function (e) {
    if (drag && !drag.moved) select(nodeAt(e.offsetX, e.offsetY), false);
    drag = null;
  });
  canvas.addEventListener('pointerleave', function () { if (hover >= 0) { hover = -1; redraw(); } });
  function zoomAt(f, px, py) {
    var s = Math.max(1e-4, Math.min(64, scale * f));
    tx = px - (px - tx) * (s / scale);
    ty = py - (py - ty) * (s / scale);
    scale = s;
    redraw();
  }
  canvas.addEventListener('wheel', function (e) {
    e.preventDefault();
    zoomAt(Math.exp(-e.deltaY * (e.deltaMode ? 0.05 : 0.0015)), e.offsetX, e.offsetY);
  }, { passive: false });
  buttons[0].addEventListener('click', function () { zoomAt(1.5, vw / 2, vh / 2); });
  buttons[1].addEventListener('click', function () { zoomAt(1 / 1.5, vw / 2, vh / 2); });
  buttons[2].addEventListener('click', function () { fit(); redraw(); });
  if (yearAll) {
    var setYear = function () {
      year = yearAll.checked ? 0 : +yearRange.value;
      refilter();
      redraw();
    };
    yearAll.addEventListener('change', setYear);
    /* moving the slider chooses its year: "every year" is then off */
    yearRange.addEventListener('input', function () { yearAll.checked = false; setYear(); });
  }

  /* --- a node's details --- */
  function fmt(x) {
    if (x === null || x === undefined) return 'undefined';
    return Math.abs(x) >= 1e-4 || x === 0 ? String(+x.toPrecision(6)) : x.toExponential(4);
  }
  function table(rows, headings) {
    var t = el('table', 'inn-table'), th = el('thead'), tr = el('tr'), tb = el('tbody');
    headings.forEach(function (h) { tr.appendChild(el('th', null, h)); });
    th.appendChild(tr);
    t.appendChild(th);
    rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (c) { row.appendChild(el('td', null, c)); });
      tb.appendChild(row);
    });
    t.appendChild(tb);
    return t;
  }
  function showInfo(v) {
    while (info.firstChild) info.removeChild(info.firstChild);
    if (v < 0) {
      info.appendChild(el('p', 'inn-note', T('Click a node, or search, for its attributes, measures and provenance.', '点击节点或搜索，查看其属性、指标和来源。')));
      return;
    }
    info.appendChild(el('h2', 'inn-name', N.label[v]));
    var facts = [['id', N.id[v]], ['kind', kinds[N.kind[v]].name === null ? 'none' : kinds[N.kind[v]].name], ['links', deg[v]]];
    if (D.years && N.since[v]) facts.push(['since', N.since[v]]);
    if (D.years && N.until[v]) facts.push(['until', N.until[v]]);
    /* a bound reads as the source said it: {"more_than":140} as "more than 140" */
    (N.attrs[v] || []).forEach(function (p) {
      var b = /^\{"(more_than|at_least)":(-?[0-9.eE+-]+)\}$/.exec(p[1]);
      facts.push(b ? [p[0], b[1].replace('_', ' ') + ' ' + b[2]] : p);
    });
    info.appendChild(el('h3', null, T('Attributes and provenance', '属性和来源')));
    info.appendChild(table(facts, [T('field', '字段'), T('value', '值')]));
    if (D.measures.length) {
      info.appendChild(el('h3', null, T('Measures (rank of ' + n + ')', '指标（' + n + ' 个中的排名）')));
      info.appendChild(table(D.measures.map(function (name, q) {
        return [name, fmt(D.scores[q][v]), D.ranks[q][v]];
      }), [T('measure', '指标'), T('score', '得分'), T('rank', '排名')]));
    }
    var links = el('ul', 'inn-links'), shown = 0;
    for (var q = adjStart[v]; q < adjStart[v + 1] && shown < 200; q++, shown++) {
      var e = adjLink[q], other = adjNode[q], li = el('li'), b = el('button', 'inn-link', N.label[other]);
      var rd = rels[L.rel[e]], out = L.s[e] === v;
      b.type = 'button';
      b.addEventListener('click', select.bind(null, other, true));
      li.appendChild(el('span', null, (D.directed ? (out ? rd.label + ' \u2192 ' : '\u2190 ' + rd.label + ' ') : rd.label + ' \u2014 ')));
      li.appendChild(b);
      var la = L.attrs[e];
      if (la) li.appendChild(el('span', 'inn-evidence', ' ' + la.map(function (p) { return p[0] + ': ' + p[1]; }).join('; ')));
      links.appendChild(li);
    }
    info.appendChild(el('h3', null, T('Links', '连接') + (deg[v] > shown ? T(' (the first ' + shown + ' of ' + deg[v] + ')', '（' + deg[v] + ' 条中的前 ' + shown + ' 条）') : '')));
    info.appendChild(links);
  }
  function select(v, centre) {
    selected = v;
    root.dataset.selected = v >= 0 ? N.id[v] : '';
    if (v >= 0 && centre) {
      var want = D.shapes ? Math.max(scale, 1) : Math.max(scale, 1.5);
      scale = want;
      tx = vw / 2 - X[v] * scale;
      ty = vh / 2 - Y[v] * scale;
    }
    showInfo(v);
    redraw();
  }

  /* --- search by id or label: the exact id first, then ids and labels that start so, then contain --- */
  var found = [];
  function runSearch() {
    var q = search.value.trim().toLowerCase(), exact = [], starts = [], contains = [];
    while (results.firstChild) results.removeChild(results.firstChild);
    found = [];
    if (!q) return;
    for (var v = 0; v < n; v++) {
      var id = N.id[v].toLowerCase(), label = N.label[v].toLowerCase();
      if (id === q || label === q) exact.push(v);
      else if (id.indexOf(q) === 0 || label.indexOf(q) === 0) starts.push(v);
      else if (contains.length < 20 && (id.indexOf(q) >= 0 || label.indexOf(q) >= 0)) contains.push(v);
    }
    found = exact.concat(starts, contains).slice(0, 20);
    if (!found.length) results.appendChild(el('li', 'inn-note', T('no node matches', '没有匹配的节点')));
    found.forEach(function (v) {
      var li = el('li'), b = el('button', 'inn-hit', N.label[v] + (N.label[v] !== N.id[v] ? ' (' + N.id[v] + ')' : ''));
      b.type = 'button';
      b.addEventListener('click', function () { select(v, true); closeResults(); });
      li.appendChild(b);
      results.appendChild(li);
    });
  }
  function closeResults() { while (results.firstChild) results.removeChild(results.firstChild); }
  search.addEventListener('input', runSearch);
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && found.length) { e.preventDefault(); select(found[0], true); closeResults(); }
    if (e.key === 'Escape') { search.value = ''; runSearch(); }
  });

  refilter();
  resize();
  fit();
  draw();
  window.addEventListener('resize', function () { resize(); redraw(); });
  /* for tests and the curious: how long the first drawing took, in milliseconds */
  root.dataset.ready = Math.round(performance.now() - started);
})();
