'use strict';
// The spamscan report: reads the inert data blocks written by the scan and
// builds the summary, the table and the document view. Everything that came
// from a page is inserted as text (textContent, text nodes) and only ever
// compared or counted: never parsed as HTML, used as a URL, a style, a
// class name or code. Class names come from the fixed lists below.
(function () {
  const KINDS = ['gambling', 'template', 'stuffing', 'link', 'hidden', 'meta'];
  const VERDICTS = ['polluted', 'clean', 'error'];
  const FIELDS = ['body', 'title', 'meta_description', 'meta_keywords', 'hidden'];
  const PAGE_ROWS = 50;
  const GROUPS_SHOWN = 12;
  const SVG = 'http://www.w3.org/2000/svg';
  const started = performance.now();
  const numbers = new Intl.NumberFormat('en');

  const byId = (id) => document.getElementById(id);
  const str = (v) => (typeof v === 'string' ? v : '');
  const num = (v) => (typeof v === 'number' && isFinite(v) ? v : null);
  const count = (v) => (Number.isInteger(v) && v >= 0 ? v : 0);
  const kindClass = (k) => (KINDS.includes(k) ? 'k-' + k : 'k-other');
  const oneOf = (v, list, dflt) => (list.includes(v) ? v : dflt);
  const fmt = (n) => numbers.format(n);
  const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '–');
  // The end of a long name (a path's file name matters most); the whole
  // name goes in the element's title.
  const tail = (s, n) => (s.length > n ? '…' + s.slice(s.length - n + 1) : s);

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const name of Object.keys(attrs)) e.setAttribute(name, String(attrs[name]));
    return e;
  }

  // Code points, the unit of span offsets (JS strings count UTF-16 units).
  function codePoints(s) {
    let n = 0;
    for (const _ of s) n++;
    return n;
  }

  // The host of an http(s) address, read as text: never fetched or opened.
  function hostOf(s) {
    const m = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(s);
    return m ? m[1].toLowerCase() : '';
  }

  // `file`, `file:line` or `file@offset`: the file alone.
  const fileOf = (source) => source.replace(/[:@][0-9]+$/, '');

  // One document line: the index object, a tab, the detail object (parsed
  // when the document is opened).
  function readDocuments() {
    const block = byId('spamscan-documents');
    const raw = block ? block.textContent : '';
    const docs = [];
    let unreadable = 0;
    let at = 0;
    while (at < raw.length) {
      let end = raw.indexOf('\n', at);
      if (end < 0) end = raw.length;
      if (end > at) {
        let tab = raw.indexOf('\t', at);
        if (tab < 0 || tab > end) tab = end;
        let d = null;
        try {
          d = JSON.parse(raw.slice(at, tab));
        } catch (e) {
          d = null;
        }
        if (d && typeof d === 'object' && !Array.isArray(d)) {
          docs.push(documentOf(d, docs.length + 1, tab < end ? raw.slice(tab + 1, end) : ''));
        } else {
          unreadable++;
        }
      }
      at = end + 1;
    }
    return { docs, unreadable };
  }

  function documentOf(d, n, detail) {
    const id = str(d.id);
    const url = str(d.url);
    const source = str(d.source);
    const host = hostOf(url) || hostOf(id);
    const kinds = Array.isArray(d.kinds) ? d.kinds.filter((k) => typeof k === 'string') : [];
    return {
      n,
      id,
      url,
      title: str(d.title),
      source,
      group: host || fileOf(source),
      byHost: host !== '',
      verdict: oneOf(d.verdict, VERDICTS, 'error'),
      score: num(d.score),
      chars: num(d.chars),
      kinds,
      spans: count(d.spans),
      error: str(d.error),
      detail,
      key: null,
    };
  }

  function readSummary() {
    const block = byId('spamscan-summary');
    if (!block) return null;
    try {
      const s = JSON.parse(block.textContent);
      return s && typeof s === 'object' ? s : null;
    } catch (e) {
      return null;
    }
  }

  // ---- summary -------------------------------------------------------

  function figure(label, value, cls) {
    const f = el('div', 'figure' + (cls ? ' ' + cls : ''));
    f.append(el('b', null, value), el('span', null, label));
    return f;
  }

  function card(title) {
    const c = el('div', 'card');
    c.append(el('h2', null, title));
    return c;
  }

  function renderSummary(docs, summary, unreadable) {
    const root = byId('summary');
    root.textContent = '';
    const tally = { polluted: 0, clean: 0, error: 0 };
    const kinds = new Map();
    let spans = 0;
    for (const d of docs) {
      tally[d.verdict]++;
      spans += d.spans;
      for (const k of d.kinds) kinds.set(k, (kinds.get(k) || 0) + 1);
    }
    const scanned = tally.polluted + tally.clean;

    const totals = card('Documents');
    const figures = el('div', 'figures');
    figures.append(
      figure('documents', fmt(docs.length)),
      figure('polluted (' + pct(tally.polluted, scanned) + ')', fmt(tally.polluted), 'polluted'),
      figure('clean', fmt(tally.clean), 'clean'),
      figure('errors', fmt(tally.error), 'error'),
      figure('spans', fmt(spans)),
    );
    totals.append(figures);
    const scan = summary && typeof summary.scan === 'object' && summary.scan ? summary.scan : null;
    if (scan) {
      const parts = [];
      if (num(scan.files) !== null) parts.push(fmt(scan.files) + ' input' + (scan.files === 1 ? '' : 's'));
      if (num(scan.document_bytes) !== null) parts.push((scan.document_bytes / 1e6).toFixed(1) + ' MB of documents');
      if (num(scan.seconds) !== null) parts.push(scan.seconds.toFixed(2) + ' s');
      if (num(scan.threads) !== null && scan.threads > 0) parts.push(scan.threads + ' thread' + (scan.threads === 1 ? '' : 's'));
      totals.append(el('p', null, 'Scanned ' + parts.join(', ') + '.'));
      if (num(scan.documents) !== null && scan.documents !== docs.length) {
        totals.append(el('p', 'warn', 'The scan counted ' + fmt(scan.documents) + ' documents; this report holds ' + fmt(docs.length) + '.'));
      }
    } else {
      totals.append(el('p', 'warn', 'No scan summary: the report is incomplete.'));
    }
    if (summary) {
      const bits = ['spamscan ' + str(summary.spamscan)];
      if (num(summary.threshold) !== null) bits.push('polluted at score ≥ ' + summary.threshold);
      if (num(summary.polluted_chars) !== null) {
        bits.push('text kept per field: ' + fmt(summary.polluted_chars) + ' characters (polluted), ' + fmt(count(summary.clean_chars)) + ' (clean)');
      }
      totals.append(el('p', null, bits.join(' · ')));
    }
    if (unreadable) totals.append(el('p', 'warn', fmt(unreadable) + ' document lines could not be read.'));
    root.append(totals);

    const kindCard = card('By span kind');
    const kt = el('table');
    const khead = el('tr');
    khead.append(el('th', null, 'kind'), el('th', 'num', 'docs'), el('th', 'num', 'share'));
    kt.append(khead);
    for (const k of KINDS.concat([...kinds.keys()].filter((k) => !KINDS.includes(k)))) {
      if (!kinds.has(k) && !KINDS.includes(k)) continue;
      const tr = el('tr');
      const name = el('td');
      name.append(el('span', 'chip ' + kindClass(k), k));
      tr.append(name, el('td', 'num', fmt(kinds.get(k) || 0)), el('td', 'num', pct(kinds.get(k) || 0, scanned)));
      kt.append(tr);
    }
    kindCard.append(kt);
    root.append(kindCard);

    const histogram = card('Page scores');
    histogram.append(scoreHistogram(docs, summary && num(summary.threshold)));
    histogram.append(el('p', null, 'Documents per score band; the dashed line is the verdict threshold.'));
    root.append(histogram);

    root.append(groupCard(docs));
  }

  function scoreHistogram(docs, threshold) {
    const bins = new Array(10).fill(0);
    const polluted = new Array(10).fill(0);
    for (const d of docs) {
      if (d.score === null) continue;
      const b = Math.min(9, Math.max(0, Math.floor(d.score * 10)));
      bins[b]++;
      if (d.verdict === 'polluted') polluted[b]++;
    }
    const max = Math.max(1, ...bins);
    const W = 260, H = 120, top = 14, base = 100, bw = 24;
    const chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img' });
    chart.append(svg('title', {}));
    chart.firstChild.textContent = 'Histogram of page scores';
    for (let i = 0; i < 10; i++) {
      const x = 8 + i * 25;
      const h = Math.round((base - top) * bins[i] / max);
      const hp = Math.round((base - top) * polluted[i] / max);
      chart.append(svg('rect', { class: 'bar', x, y: base - h, width: bw - 2, height: h }));
      if (hp > 0) chart.append(svg('rect', { class: 'bar polluted', x, y: base - hp, width: bw - 2, height: hp }));
      if (bins[i] > 0) {
        const t = svg('text', { x: x + (bw - 2) / 2, y: base - h - 3, 'text-anchor': 'middle' });
        t.textContent = bins[i] >= 10000 ? Math.round(bins[i] / 1000) + 'k' : String(bins[i]);
        chart.append(t);
      }
    }
    for (const [v, label] of [[0, '0'], [5, '0.5'], [10, '1']]) {
      const t = svg('text', { x: 8 + v * 25 - (v === 10 ? 2 : 0), y: base + 12, 'text-anchor': v === 0 ? 'start' : v === 10 ? 'end' : 'middle' });
      t.textContent = label;
      chart.append(t);
    }
    if (threshold !== null && threshold >= 0 && threshold <= 1) {
      const x = 8 + threshold * 250;
      chart.append(svg('line', { class: 'threshold', x1: x, x2: x, y1: top - 6, y2: base }));
    }
    return chart;
  }

  function groupCard(docs) {
    const hosts = docs.filter((d) => d.byHost).length;
    const byWhat = hosts === docs.length ? 'host' : hosts ? 'host or input file' : 'input file';
    const c = card('Polluted share by ' + byWhat);
    const groups = new Map();
    for (const d of docs) {
      let g = groups.get(d.group);
      if (!g) groups.set(d.group, (g = { docs: 0, polluted: 0 }));
      g.docs++;
      if (d.verdict === 'polluted') g.polluted++;
    }
    const sorted = [...groups.entries()].sort((a, b) => b[1].polluted - a[1].polluted || b[1].docs - a[1].docs || (a[0] < b[0] ? -1 : 1));
    const t = el('table');
    const head = el('tr');
    head.append(el('th', null, hosts ? 'host / file' : 'file'), el('th', 'num', 'docs'), el('th', 'num', 'polluted'), el('th', 'bar', ''));
    t.append(head);
    for (const [name, g] of sorted.slice(0, GROUPS_SHOWN)) {
      const tr = el('tr');
      const cell = el('td', 'name');
      const pick = el('button', 'link', tail(name, 24) || '(none)');
      pick.type = 'button';
      pick.title = name + ': show only these documents';
      pick.addEventListener('click', () => {
        byId('search').value = name;
        state.search = name.toLowerCase();
        update(true);
      });
      cell.append(pick);
      const bar = el('td');
      const s = svg('svg', { width: 64, height: 10, viewBox: '0 0 64 10' });
      s.append(svg('rect', { class: 'track', x: 0, y: 1, width: 64, height: 8 }));
      s.append(svg('rect', { class: 'bar polluted', x: 0, y: 1, width: Math.round(64 * g.polluted / g.docs), height: 8 }));
      bar.append(s);
      tr.append(cell, el('td', 'num', fmt(g.docs)), el('td', 'num', pct(g.polluted, g.docs)), bar);
      t.append(tr);
    }
    c.append(t);
    if (sorted.length > GROUPS_SHOWN) c.append(el('p', null, fmt(sorted.length - GROUPS_SHOWN) + ' more; search the table to see any of them.'));
    return c;
  }

  // ---- table ---------------------------------------------------------

  const state = { search: '', verdict: '', kind: '', sort: 'score', dir: -1, page: 0, view: [], selected: 0 };
  let docs = [];
  const VERDICT_RANK = { polluted: 2, error: 1, clean: 0 };
  const SORTS = {
    n: (a, b) => a.n - b.n,
    verdict: (a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict],
    score: (a, b) => (a.score === null ? -1 : a.score) - (b.score === null ? -1 : b.score),
    kinds: (a, b) => a.kinds.length - b.kinds.length || (a.kinds.join() < b.kinds.join() ? -1 : a.kinds.join() > b.kinds.join() ? 1 : 0),
    id: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    source: (a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0),
  };

  function searchKey(d) {
    if (d.key === null) d.key = (d.id + '\n' + d.url + '\n' + d.title + '\n' + d.source).toLowerCase();
    return d.key;
  }

  function update(resetPage) {
    const cmp = SORTS[state.sort] || SORTS.n;
    const dir = state.dir;
    state.view = docs.filter((d) =>
      (!state.verdict || d.verdict === state.verdict) &&
      (!state.kind || d.kinds.includes(state.kind)) &&
      (!state.search || searchKey(d).includes(state.search)));
    state.view.sort((a, b) => dir * cmp(a, b) || a.n - b.n);
    if (resetPage) state.page = 0;
    for (const b of document.querySelectorAll('th button[data-sort]')) {
      b.classList.toggle('asc', b.dataset.sort === state.sort && dir > 0);
      b.classList.toggle('desc', b.dataset.sort === state.sort && dir < 0);
    }
    renderRows();
  }

  function renderRows() {
    const pages = Math.max(1, Math.ceil(state.view.length / PAGE_ROWS));
    state.page = Math.min(state.page, pages - 1);
    const from = state.page * PAGE_ROWS;
    const rows = byId('rows');
    rows.textContent = '';
    for (const d of state.view.slice(from, from + PAGE_ROWS)) rows.append(row(d));
    byId('count').textContent = state.view.length === docs.length
      ? fmt(docs.length) + ' documents'
      : fmt(state.view.length) + ' of ' + fmt(docs.length) + ' documents';
    byId('page').textContent = state.view.length
      ? 'rows ' + fmt(from + 1) + '–' + fmt(Math.min(from + PAGE_ROWS, state.view.length)) + ' · page ' + fmt(state.page + 1) + ' of ' + fmt(pages)
      : 'no documents match';
    byId('first').disabled = byId('prev').disabled = state.page === 0;
    byId('next').disabled = byId('last').disabled = state.page >= pages - 1;
  }

  function row(d) {
    const tr = el('tr');
    tr.tabIndex = 0;
    tr.dataset.n = String(d.n);
    if (d.n === state.selected) tr.className = 'selected';
    const kinds = el('td');
    for (const k of d.kinds) kinds.append(el('span', 'chip ' + kindClass(k), k));
    const name = el('td');
    name.append(el('div', 'docname', d.url || d.id || '(no id)'));
    if (d.url && d.url !== d.id) name.append(el('div', 'sub', d.id));
    if (d.title) name.append(el('div', 'sub', d.title));
    if (d.error) name.append(el('div', 'sub warn', d.error));
    const source = el('td', 'sub', tail(d.source, 36));
    source.title = d.source;
    tr.append(
      el('td', 'num', d.n),
      el('td', 'verdict ' + d.verdict, d.verdict),
      el('td', 'num', d.score === null ? '–' : d.score.toFixed(3)),
      kinds,
      name,
      source,
    );
    tr.addEventListener('click', () => open(d));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open(d);
      }
    });
    return tr;
  }

  // ---- document view -------------------------------------------------

  function entry(dl, term, value, cls) {
    dl.append(el('dt', null, term), el('dd', cls || null, value));
  }

  function open(d) {
    state.selected = d.n;
    for (const tr of byId('rows').children) tr.classList.toggle('selected', tr.dataset.n === String(d.n));
    const root = byId('detail');
    root.textContent = '';
    root.dataset.n = String(d.n);
    root.append(el('h2', null, 'Document ' + fmt(d.n)));
    const dl = el('dl');
    entry(dl, 'id', d.id);
    if (d.url) entry(dl, 'url', d.url);
    if (d.title) entry(dl, 'title', d.title);
    entry(dl, 'source', d.source);
    entry(dl, 'verdict', d.verdict, 'verdict ' + d.verdict);
    if (d.score !== null) entry(dl, 'score', d.score.toFixed(4));
    if (d.chars !== null) entry(dl, 'characters', fmt(d.chars));
    if (d.error) entry(dl, 'error', d.error, 'warn');
    root.append(dl);
    if (!d.detail) {
      if (d.verdict === 'clean') {
        root.append(el('p', 'hint', 'The text of clean documents is not kept in this report (scan with --html-clean-chars N to keep N characters of each).'));
      }
      return;
    }
    let detail;
    try {
      detail = JSON.parse(d.detail);
    } catch (e) {
      root.append(el('p', 'warn', 'This document’s detail could not be read.'));
      return;
    }
    const spans = detail && Array.isArray(detail.spans) ? detail.spans : [];
    const fields = detail && Array.isArray(detail.fields) ? detail.fields : [];
    if (spans.length) root.append(spanTable(spans, fields, root));
    for (const f of fields) {
      if (f && typeof f === 'object' && Array.isArray(f.pieces)) root.append(fieldView(f, spans));
    }
  }

  function where(s) {
    let w = num(s.start) + '–' + num(s.end);
    if (s.field === 'hidden' && num(s.block) !== null) w = 'block ' + s.block + ', ' + w;
    return w;
  }

  function htmlRange(h) {
    return h && typeof h === 'object' && num(h.start) !== null && num(h.end) !== null ? h.start + '–' + h.end : '';
  }

  // Span texts as the fields show them (a span shown whole has no copy).
  function shownTexts(fields) {
    const texts = new Map();
    for (const f of fields) {
      if (!f || !Array.isArray(f.pieces)) continue;
      for (const p of f.pieces) {
        if (Array.isArray(p) && Number.isInteger(p[0]) && typeof p[1] === 'string') texts.set(p[0], (texts.get(p[0]) || '') + p[1]);
      }
    }
    return texts;
  }

  function spanTable(spans, fields, root) {
    const shown = shownTexts(fields);
    const t = el('table', 'spans');
    const head = el('tr');
    for (const h of ['#', 'kind', 'field', 'characters', 'score', 'HTML bytes', 'text']) head.append(el('th', null, h));
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    spans.forEach((s, i) => {
      if (!s || typeof s !== 'object') return;
      const tr = el('tr');
      const kind = el('td');
      kind.append(el('span', 'chip ' + kindClass(s.kind), str(s.kind)));
      tr.append(
        el('td', 'num', i),
        kind,
        el('td', null, oneOf(s.field, FIELDS, '?')),
        el('td', 'num', where(s)),
        el('td', 'num', num(s.score) === null ? '' : s.score.toFixed(3)),
        el('td', 'num', htmlRange(s.html)),
        el('td', 'text', typeof s.text === 'string' ? s.text : shown.get(i) || ''),
      );
      tr.title = 'Show this span in the text';
      tr.addEventListener('click', () => {
        const mark = root.querySelector('mark[data-span="' + i + '"]');
        if (!mark) return;
        mark.scrollIntoView({ block: 'center' });
        mark.classList.add('flash');
        setTimeout(() => mark.classList.remove('flash'), 1200);
      });
      tbody.append(tr);
    });
    t.append(thead, tbody);
    return t;
  }

  function fieldView(f, spans) {
    const box = el('div', 'field');
    const field = oneOf(f.field, FIELDS, '?');
    const h = el('h3', null, field === 'meta_description' ? 'meta description' : field === 'meta_keywords' ? 'meta keywords' : field);
    const notes = [];
    if (field === 'hidden' && num(f.block) !== null) notes.push('block ' + f.block);
    if (htmlRange(f.html)) notes.push('HTML bytes ' + htmlRange(f.html));
    const total = count(f.chars);
    let shown = 0;
    const text = el('div', 'fieldtext');
    text.dataset.field = field;
    if (num(f.block) !== null) text.dataset.block = String(f.block);
    let pos = 0;
    for (const p of f.pieces) {
      if (typeof p === 'string') {
        text.append(document.createTextNode(p));
        const n = codePoints(p);
        pos += n;
        shown += n;
      } else if (typeof p === 'number' && Number.isInteger(p) && p >= 0) {
        const label = f.pieces.length === 1
          ? '[the text is not kept in this report: scan with --html-text-chars or --html-clean-chars to keep it]'
          : '[… ' + fmt(p) + ' character' + (p === 1 ? '' : 's') + ' cut …]';
        text.append(el('span', 'cut', label));
        pos += p;
      } else if (Array.isArray(p) && p.length === 2 && Number.isInteger(p[0]) && typeof p[1] === 'string') {
        const s = spans[p[0]] && typeof spans[p[0]] === 'object' ? spans[p[0]] : {};
        const n = codePoints(p[1]);
        const mark = el('mark', kindClass(s.kind), p[1]);
        mark.dataset.span = String(p[0]);
        mark.dataset.start = String(pos);
        mark.dataset.end = String(pos + n);
        const score = num(s.score);
        mark.dataset.label = KINDS.includes(s.kind) ? s.kind + (score === null ? '' : ' ' + score.toFixed(2)) : 'span';
        mark.title = 'span ' + p[0] + ': ' + mark.dataset.label + ', characters ' + where(s) + (htmlRange(s.html) ? ', HTML bytes ' + htmlRange(s.html) : '');
        text.append(mark);
        pos += n;
        shown += n;
      }
    }
    notes.push(shown < total ? fmt(shown) + ' of ' + fmt(total) + ' characters shown' : fmt(total) + ' characters');
    h.append(' ', el('span', 'fieldnote', '· ' + notes.join(' · ')));
    box.append(h, text);
    return box;
  }

  // ---- start ---------------------------------------------------------

  function start() {
    const read = readDocuments();
    docs = read.docs;
    const summary = readSummary();
    renderSummary(docs, summary, read.unreadable);
    byId('search').addEventListener('input', (e) => {
      state.search = e.target.value.trim().toLowerCase();
      update(true);
    });
    byId('verdict').addEventListener('change', (e) => {
      state.verdict = e.target.value;
      update(true);
    });
    byId('kind').addEventListener('change', (e) => {
      state.kind = e.target.value;
      update(true);
    });
    for (const b of document.querySelectorAll('th button[data-sort]')) {
      b.addEventListener('click', () => {
        const key = b.dataset.sort;
        state.dir = state.sort === key ? -state.dir : key === 'score' || key === 'verdict' ? -1 : 1;
        state.sort = key;
        update(false);
      });
    }
    const go = (to) => () => {
      state.page = to();
      renderRows();
    };
    byId('first').addEventListener('click', go(() => 0));
    byId('prev').addEventListener('click', go(() => Math.max(0, state.page - 1)));
    byId('next').addEventListener('click', go(() => state.page + 1));
    byId('last').addEventListener('click', go(() => Math.floor(Math.max(0, state.view.length - 1) / PAGE_ROWS)));
    update(true);
    const status = byId('status');
    const ms = Math.round(performance.now() - started);
    status.textContent = fmt(docs.length) + ' documents, read in ' + fmt(ms) + ' ms.' + (summary ? '' : ' The report is incomplete: its summary is missing.');
    status.classList.toggle('warn', !summary);
    document.body.dataset.readyMs = String(Math.round(performance.now()));
    document.body.dataset.state = 'ready';
  }

  start();
})();
