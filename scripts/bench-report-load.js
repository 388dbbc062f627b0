// Times opening an HTML report in Debian's Chromium (scripts/bench-report.sh):
//   node bench-report-load.js REPORT.html [RUNS]
// For each run, a fresh page: milliseconds from navigation start until the
// report is ready (its data read, summary drawn, first table page shown:
// body[data-state=ready]), and then until a document is open and until the
// table is re-sorted. Prints one JSON line per run.
'use strict';
const { chromium } = require('playwright-core');
const path = require('path');

const [file, runs = '5'] = process.argv.slice(2);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    for (let i = 0; i < Number(runs); i++) {
      const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
      await page.goto('file://' + path.resolve(file), { timeout: 120000 });
      await page.waitForSelector('body[data-state=ready]', { timeout: 120000 });
      const ready = await page.evaluate(() => Number(document.body.dataset.readyMs));
      const script = await page.evaluate(() => document.getElementById('status').textContent);
      let t = Date.now();
      await page.click('#rows tr');
      await page.waitForSelector('#detail h2');
      const open = Date.now() - t;
      t = Date.now();
      await page.click('th button[data-sort="id"]');
      await page.waitForFunction(() => document.querySelector('th button[data-sort="id"]').classList.contains('asc'));
      const sort = Date.now() - t;
      console.log(JSON.stringify({ run: i + 1, ready_ms: ready, open_ms: open, sort_ms: sort, status: script }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
