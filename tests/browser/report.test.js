// Browser test of the HTML report, run by scripts/test-browser.sh:
//
//   node report.test.js REPORT.html REPORT.jsonl OUT_DIR
//
// REPORT.html and REPORT.jsonl are `spamscan scan --format html` and
// `--format report` of the same fixtures (tests/fixtures/report: hostile
// pages, ids and texts). In Debian's Chromium it checks that
//   * no script from page content ran: the payloads set window.__pwned (or
//     the document title), which must stay untouched, and the DOM holds no
//     element or attribute the payloads would create;
//   * the console has no errors, warnings or CSP violations (so the page's
//     own code needs nothing the policy forbids), and nothing is fetched;
//   * every span is highlighted at the offsets and with the text the JSON
//     report gives, in its field;
//   * the same holds with the CSP removed: escaping alone keeps content inert;
// and saves screenshots in OUT_DIR.
'use strict';

const { chromium } = require('playwright-core');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const [reportPath, jsonlPath, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node report.test.js REPORT.html REPORT.jsonl OUT_DIR');
  process.exit(2);
}
const expected = fs
  .readFileSync(jsonlPath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function openReport(browser, file) {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
  });
  // Runs before the page's own scripts (and outside its CSP).
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  await page.goto('file://' + path.resolve(file));
  await page.waitForSelector('body[data-state=ready]', { timeout: 30000 });
  return { page, problems };
}

// The highlighted pieces of the open document.
function marks(page) {
  return page.$$eval('#detail mark', (ms) =>
    ms.map((m) => {
      const box = m.closest('.fieldtext');
      return {
        span: Number(m.dataset.span),
        start: Number(m.dataset.start),
        end: Number(m.dataset.end),
        text: m.textContent,
        field: box.dataset.field,
        block: box.dataset.block === undefined ? null : Number(box.dataset.block),
      };
    }),
  );
}

async function openDocument(page, n) {
  await page.click(`#rows tr[data-n="${n}"]`);
  await page.waitForFunction((n) => document.getElementById('detail').dataset.n === String(n), n);
}

// Nothing the payloads would create exists, and none of them ran.
async function assertInert(page, label) {
  const state = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      pwned: window.__pwned,
      title: document.title,
      scripts: document.scripts.length,
      styles: document.querySelectorAll('style').length,
      foreign: all
        .filter((e) => ['IMG', 'IFRAME', 'OBJECT', 'EMBED', 'TEXTAREA', 'A', 'LINK', 'BASE', 'FORM'].includes(e.tagName))
        .map((e) => e.tagName),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
      // (Chromium itself leaves an empty style="" on a search field it has
      // typed into.)
      inline: all
        .filter((e) => e.getAttribute('style') || e.hasAttribute('href') || e.hasAttribute('src'))
        .map((e) => e.outerHTML),
      svgScripts: document.querySelectorAll('svg script, svg foreignObject').length,
    };
  });
  assert.strictEqual(state.pwned, undefined, `${label}: a payload ran (window.__pwned = ${state.pwned})`);
  assert.strictEqual(state.title, 'spamscan report', `${label}: the title changed`);
  assert.strictEqual(state.scripts, 3, `${label}: script elements (2 data blocks, 1 program)`);
  assert.strictEqual(state.styles, 1, `${label}: style elements`);
  assert.deepStrictEqual(state.foreign, [], `${label}: elements from page content`);
  assert.deepStrictEqual(state.handlers, [], `${label}: inline handlers`);
  assert.deepStrictEqual(state.inline, [], `${label}: style, href or src attributes`);
  assert.strictEqual(state.svgScripts, 0, `${label}: scripts in SVG`);
}

// Opens every document and checks its highlights against the JSON report.
async function checkDocuments(page, label) {
  // Input order, as the JSON report is.
  await page.click('th button[data-sort="n"]');
  const rows = await page.$$eval('#rows tr', (rs) => rs.map((r) => Number(r.dataset.n)));
  assert.deepStrictEqual(rows, expected.map((_, i) => i + 1), `${label}: table in input order`);
  let highlighted = 0;
  for (const [i, doc] of expected.entries()) {
    await openDocument(page, i + 1);
    const detailText = await page.$eval('#detail', (d) => d.textContent);
    assert.ok(detailText.includes(doc.id), `${label}: document ${i + 1} shows its id as text`);
    if (doc.verdict === 'error') {
      assert.ok(detailText.includes(doc.error), `${label}: the error message of ${doc.id}`);
      continue;
    }
    const found = await marks(page);
    const seen = new Set();
    for (const m of found) {
      const span = doc.spans[m.span];
      assert.ok(span, `${label}: mark for a span that does not exist: ${JSON.stringify(m)}`);
      assert.strictEqual(m.field, span.field, `${label}: field of span ${m.span} of ${doc.id}`);
      assert.strictEqual(m.block, span.block === undefined ? null : span.block, `${label}: block of span ${m.span}`);
      assert.strictEqual(m.start, span.start, `${label}: start of span ${m.span} of ${doc.id}`);
      assert.strictEqual(m.end, span.end, `${label}: end of span ${m.span} of ${doc.id}`);
      assert.strictEqual(m.text, span.text, `${label}: text of span ${m.span} of ${doc.id}`);
      seen.add(m.span);
    }
    assert.strictEqual(seen.size, doc.spans.length, `${label}: every span of ${doc.id} is highlighted`);
    highlighted += seen.size;
    // The span table lists them with score and, for hidden spans, the HTML range.
    const listed = await page.$$eval('#detail table.spans tbody tr', (rs) => rs.map((r) => r.textContent));
    assert.strictEqual(listed.length, doc.spans.length);
    for (const [k, s] of doc.spans.entries()) {
      assert.ok(listed[k].includes(s.text), `${label}: span ${k} of ${doc.id} listed with its text`);
      if (s.html) assert.ok(listed[k].includes(`${s.html.start}–${s.html.end}`), `${label}: HTML range of ${k}`);
    }
    await assertInert(page, `${label}, document ${i + 1}`);
  }
  assert.ok(highlighted >= 8, `${label}: only ${highlighted} spans highlighted`);
}

// Every control once: filters, search, sorting, paging, the span list.
async function exerciseControls(page) {
  const count = () => page.$$eval('#rows tr', (rs) => rs.length);
  await page.selectOption('#verdict', 'polluted');
  assert.strictEqual(await count(), expected.filter((d) => d.verdict === 'polluted').length);
  await page.selectOption('#verdict', 'error');
  assert.strictEqual(await count(), 1);
  await page.selectOption('#verdict', '');
  await page.selectOption('#kind', 'hidden');
  assert.strictEqual(await count(), expected.filter((d) => (d.spans || []).some((s) => s.kind === 'hidden')).length);
  await page.selectOption('#kind', '');
  await page.fill('#search', 'javascript:');
  assert.strictEqual(await count(), expected.filter((d) => (d.id + (d.url || '')).toLowerCase().includes('javascript:')).length);
  await page.fill('#search', '');
  for (const key of ['verdict', 'score', 'kinds', 'id', 'source', 'n']) {
    await page.click(`th button[data-sort="${key}"]`);
    await page.click(`th button[data-sort="${key}"]`);
  }
  for (const b of ['#last', '#prev', '#next', '#first']) {
    if (await page.$eval(b, (e) => !e.disabled)) await page.click(b);
  }
  const groups = await page.$$('.card button.link');
  assert.ok(groups.length > 0, 'the polluted share by host or file');
  await groups[0].click();
  assert.ok((await count()) >= 1);
  await page.fill('#search', '');
  await page.dispatchEvent('#search', 'input');
}

// A fresh view of the report with one document open, as a person sees it.
async function screenshot(browser, id, file) {
  const { page } = await openReport(browser, reportPath);
  await page.setViewportSize({ width: 1360, height: 1000 });
  const n = expected.findIndex((d) => d.id.endsWith(id)) + 1;
  assert.ok(n > 0, `no fixture ${id}`);
  await openDocument(page, n);
  await page.screenshot({ path: path.join(outDir, file) });
  await page.close();
}

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const { page, problems } = await openReport(browser, reportPath);
    const status = await page.$eval('#status', (s) => s.textContent);
    assert.ok(status.startsWith(`${expected.length} documents`), status);
    await assertInert(page, 'with CSP');
    await checkDocuments(page, 'with CSP');
    await exerciseControls(page);
    await assertInert(page, 'with CSP, after the controls');
    const violations = await page.evaluate(() => window.__violations);
    assert.deepStrictEqual(violations, [], 'CSP violations');
    assert.deepStrictEqual(problems, [], 'console errors, page errors or requests');
    await page.close();
    await screenshot(browser, 'news-injected.html', 'report.png');
    await screenshot(browser, 'hostile.html', 'report-hostile.png');

    // Escaping alone: the same page without its Content-Security-Policy.
    const html = fs.readFileSync(reportPath, 'utf8');
    const bare = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    assert.notStrictEqual(bare, html, 'the CSP meta element was not found');
    const barePath = path.join(outDir, 'report-without-csp.html');
    fs.writeFileSync(barePath, bare);
    const second = await openReport(browser, barePath);
    await assertInert(second.page, 'without CSP');
    await checkDocuments(second.page, 'without CSP');
    await exerciseControls(second.page);
    await assertInert(second.page, 'without CSP, after the controls');
    assert.deepStrictEqual(second.problems, [], 'console errors, page errors or requests without CSP');
    console.log(`browser test: ${expected.length} documents checked with and without CSP; screenshots in ${outDir}`);
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
