// First contentful paint of the browser pages in Debian's Chromium, against a running API (npm start; BASE_URL,
// default http://127.0.0.1:4000). Run by `npm run bench:pages`. Each page is loaded once cold (the first time since
// the API started, if this is the first run) and then --runs times; it prints the median and the worst, the load
// average, and the target of issue 14 (first meaningful paint under 1 s on the default graph) with ok/MISSED.
'use strict';
const { loadavg } = require('node:os');
const { chromium } = require('playwright-core');

const BASE = (process.env.BASE_URL || 'http://127.0.0.1:4000').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const TARGET_MS = 1000;

const PAGES = [
  '/',
  '/read/E/CN.4/RES/2003/48',
  '/read/A/RES/78/202',
  '/entity/instrument:udhr',
  '/entity/body:secretary-general',
  '/browse',
  '/explore',
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const rows = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.route('**/*', (route) => (route.request().url().startsWith(BASE) ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    const paint = async (path) => {
      const response = await page.goto(BASE + path, { waitUntil: 'load' });
      if (!response || response.status() !== 200) throw new Error(`${path} answered ${response && response.status()}: is the API running at ${BASE} with the default graph?`);
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
    };
    for (const path of PAGES) {
      const first = await paint(path);
      const later = [];
      for (let i = 0; i < RUNS; i++) later.push(await paint(path));
      rows.push({ path, first, median: median(later), worst: Math.max(...later) });
    }
  } finally {
    await browser.close();
  }
  console.log(`First contentful paint in Chromium, ${BASE}, ${RUNS} runs after the first; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('| page | first (ms) | median (ms) | worst (ms) | target < 1000 ms (median) |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of rows) {
    console.log(`| ${r.path} | ${Math.round(r.first)} | ${Math.round(r.median)} | ${Math.round(r.worst)} | ${r.median < TARGET_MS ? 'ok' : 'MISSED'} |`);
  }
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
