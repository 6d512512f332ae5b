// Saves the screenshots docs/reader.png and docs/entity.png from a running API (npm start; BASE_URL, default
// http://127.0.0.1:4000) in Debian's Chromium. Run by `npm run docs:screenshots`, never by npm test.
'use strict';
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const BASE = (process.env.BASE_URL || 'http://127.0.0.1:4000').replace(/\/$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DOCS = join(__dirname, '..', '..', 'docs');

const SHOTS = [
  { file: 'reader.png', path: '/read/E/CN.4/RES/2003/48', hover: '#pp3 a.cite[data-target="instrument:udhr"]' },
  { file: 'entity.png', path: '/entity/instrument:udhr?organ=body:chr' },
];

(async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.route('**/*', (route) => (route.request().url().startsWith(BASE) ? route.continue() : route.abort('blockedbyclient')));
    const page = await context.newPage();
    for (const shot of SHOTS) {
      const response = await page.goto(BASE + shot.path, { waitUntil: 'load' });
      if (!response || response.status() !== 200) throw new Error(`${shot.path} answered ${response && response.status()}: is the API running at ${BASE} with the default graph?`);
      if (shot.hover) await page.hover(shot.hover);
      await page.screenshot({ path: join(DOCS, shot.file) });
      console.log(`saved docs/${shot.file} from ${BASE}${shot.path}`);
    }
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
