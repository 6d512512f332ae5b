import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser';
import { GraphRuntime } from '../../src/runtime';
import { connectTestGraph, resetAndLoadDefault } from '../support/graph';
import { findLeak } from '../support/api-process';
import { startTestHttp, TestHttp } from '../support/http-server';
import { ROOT_DIR } from '../support/paths';

// Code passed to page.evaluate runs in the browser; the project compiles without the DOM library.
declare const window: any;
declare const document: any;
declare const performance: any;

/** Debian's Chromium (CI installs it in .ci/run). The tests fail, never skip, without it. */
const SEED = 'E/CN.4/RES/2003/48';
const CORPUS = 'A/RES/78/202';
const ARTIFACTS = join(ROOT_DIR, 'test-artifacts', 'reader');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The reader pages over the default graph (seed, catalogue, corpus) in Chromium: reading, following, filtering, a11y, speed. */
describe('the reader pages in Chromium', () => {
  let graph: GraphRuntime;
  let http: TestHttp;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  let problems: string[];

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoadDefault(graph);
    http = await startTestHttp(graph);
    base = http.base;
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await http?.close();
    await graph?.driver.close();
  });

  beforeEach(async () => {
    ({ context, page, requests, problems } = await openWatchedPage(browser, isLocal, { width: 1280, height: 900 }, /status of 40[04]/));
  });
  afterEach(async () => {
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    await context.close();
  });

  const isLocal = (url: string) => url.startsWith(`${base}/`) || url.startsWith('data:') || url.startsWith('blob:');
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });

  /** Runs axe-core in the page and returns the serious and critical violations (rule id and the first offending nodes). */
  const seriousViolations = async () => {
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
    return violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) }));
  };

  it('reads the seed paragraph by paragraph: anchors, marked phrases, linked citations, cards, side panel, IDE link', async () => {
    const response = await page.goto(`${base}/read/${SEED}`);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.textContent('h1')).toBe('International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families');
    expect(await page.textContent('dl.facts')).toContain('23 April 2003');

    // Stable anchors in printed order; the "Guided by" paragraph is PP3 and its phrase carries the relation.
    const anchors = await page.$$eval('li.para', (items: any[]) => items.map((li) => li.id));
    expect(anchors.slice(0, 3)).toEqual(['pp1', 'pp2', 'pp3']);
    expect(anchors).toContain('op1');
    expect(await page.getAttribute('#pp3 .phrase', 'data-relation')).toBe('GUIDED_BY');
    expect(await page.textContent('#pp3 .margin')).toContain('Guided by');

    // The six guiding instruments are linked in PP3 and grouped under "Guided by" in the side panel, each jumping to PP3.
    const guided = await page.$$eval('aside.side section.group', (groups: any[]) => {
      const g = groups.find((s) => s.querySelector('h3 .rel').textContent === 'Guided by');
      return g ? [...g.querySelectorAll('li')].map((li: any) => ({ label: li.querySelector('a').textContent, jump: li.querySelector('a.jump').getAttribute('href') })) : [];
    });
    expect(guided.map((g: any) => g.label).sort()).toEqual(['CEDAW', 'CRC', 'ICCPR', 'ICERD', 'ICESCR', 'UDHR']);
    expect(new Set(guided.map((g: any) => g.jump))).toEqual(new Set(['#pp3']));

    // Focus (keyboard) on the UDHR's span shows its card; Escape hides it.
    const udhr = page.locator('#pp3 a.cite[data-target="instrument:udhr"]');
    expect(await udhr.textContent()).toBe('Universal Declaration of Human Rights');
    await udhr.focus();
    const cardId = (await udhr.getAttribute('aria-describedby'))!;
    await page.waitForSelector(`#${cardId}:not([hidden])`);
    expect(await page.textContent(`#${cardId}`)).toMatch(/Universal Declaration of Human Rights[\s\S]*10 December 1948[\s\S]*Cited/);
    await shot('reader-seed-card');
    await page.keyboard.press('Escape');
    expect(await page.isHidden(`#${cardId}`)).toBe(true);

    // The IDE link carries the query and variables that produced the page; the explorer link its id.
    const ide = new URL((await page.getAttribute('nav.tools a[href^="/graphql"]', 'href'))!, base);
    expect(ide.searchParams.get('query')).toMatch(/query ReaderPage\(\$symbol: String!\)/);
    expect(JSON.parse(ide.searchParams.get('variables')!)).toEqual({ symbol: SEED });
    expect(await page.getAttribute('nav.tools a[href^="/explore"]', 'href')).toBe(`/explore?id=${encodeURIComponent(`un:${SEED}`)}`);
  });

  it('reads a corpus resolution of 56 paragraphs with every citation highlighted by kind', async () => {
    const response = await page.goto(`${base}/read/${CORPUS}`);
    expect(response!.status()).toBe(200);
    const counts = await page.evaluate(() => ({
      paragraphs: document.querySelectorAll('li.para').length,
      cites: document.querySelectorAll('.reader-text a.cite').length,
      kinds: [...new Set([...document.querySelectorAll('.reader-text a.cite')].map((a: any) => [...a.classList].find((c: string) => c.startsWith('kind-'))))],
    }));
    const stored = await http.post({ query: `{ resolution(symbol: "${CORPUS}") { paragraphCount } }` }).then((r) => r.json() as Promise<any>);
    expect(counts.paragraphs).toBe(stored.data.resolution.paragraphCount);
    expect(counts.cites).toBeGreaterThan(20);
    expect(counts.kinds).toEqual(expect.arrayContaining(['kind-Instrument', 'kind-Body']));
    // Footnotes where the text has them: under their paragraph, each marker linked to its note and back.
    const stored2 = await http
      .post({ query: `{ resolution(symbol: "${CORPUS}") { paragraphs { id footnotes { marker text } } } }` })
      .then((r) => r.json() as Promise<any>);
    const withNotes = stored2.data.resolution.paragraphs.filter((p: any) => p.footnotes.length > 0);
    expect(withNotes.length).toBeGreaterThan(0);
    const first = withNotes[0];
    const anchor = first.id.split('#')[1];
    const note = first.footnotes[0];
    expect(await page.textContent(`#${anchor}-fn${note.marker}`)).toContain(note.text);
    await page.click(`#${anchor} sup.fn-ref a[href="#${anchor}-fn${note.marker}"]`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`${anchor}-fn${note.marker}`);
    await page.goto(`${base}/read/${CORPUS}#op5`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('op5');
    await shot('reader-corpus');
  });

  it('follows a citation to its entity page, filters it, and finds the seed among the Universal Declaration citing resolutions', async () => {
    await page.goto(`${base}/read/${SEED}`);
    await page.click('#pp3 a.cite[data-target="instrument:udhr"]');
    await page.waitForURL(`${base}/entity/instrument:udhr`);
    expect(await page.textContent('h1')).toBe('Universal Declaration of Human Rights');
    const total = Number((await page.textContent('p.page-status'))!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(50);
    expect(await page.locator('figure.chart svg rect.bar').count()).toBeGreaterThan(0);
    await shot('entity-udhr');

    // Filter by relation with the keyboard-reachable form: fewer paragraphs, all of that relation.
    await page.selectOption('form.filters select[name="relation"]', 'GUIDED_BY');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/relation=GUIDED_BY/);
    const guided = await page.$$eval('section.year ol.citing .rel', (els: any[]) => els.map((e) => e.textContent));
    expect(guided.length).toBeGreaterThan(0);
    expect(new Set(guided)).toEqual(new Set(['Guided by']));
    const filteredTotal = Number((await page.textContent('p.page-status'))!.match(/^(\d+)/)![1]);
    expect(filteredTotal).toBeLessThan(total);

    // Organ and years: the Commission on Human Rights in 2003 is the seed, quoted in its PP3.
    await page.goto(`${base}/entity/instrument:udhr`);
    await page.selectOption('form.filters select[name="organ"]', 'body:chr');
    await page.fill('form.filters input[name="from"]', '2003');
    await page.fill('form.filters input[name="to"]', '2003');
    await page.press('form.filters input[name="to"]', 'Enter');
    await page.waitForURL(/organ=body%3Achr/);
    const seedLink = page.locator(`section.year a.para-link[href="/read/${SEED}#pp3"]`);
    expect(await seedLink.count()).toBe(1);
    expect(await page.textContent('section.year mark')).toBe('Universal Declaration of Human Rights');
    await shot('entity-udhr-filtered');

    // Paging: the unfiltered list has a next page that continues where the first stopped.
    await page.goto(`${base}/entity/instrument:udhr`);
    const firstPage = await page.$$eval('a.para-link', (as: any[]) => as.map((a) => a.getAttribute('href')));
    await page.click('nav.pager a[rel="next"]');
    const secondPage = await page.$$eval('a.para-link', (as: any[]) => as.map((a) => a.getAttribute('href')));
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((h: string) => firstPage.includes(h))).toEqual([]);
  });

  it('shows a body with what it is asked to do, by whom and when', async () => {
    await page.goto(`${base}/entity/body:secretary-general`);
    const asked = await page.textContent('#asked-h');
    expect(Number(asked!.match(/(\d+) clause/)![1])).toBeGreaterThan(10);
    const first = await page.textContent('section.asked ol.citing li');
    expect(first).toMatch(/Requests|Invites|Calls upon|Urges|Encourages/);
    expect(first).toMatch(/A\/RES\/78\/\d+/);
    await shot('entity-secretary-general');
  });

  it('starts on a page with search, the most cited and the latest; search finds words, symbols and ids', async () => {
    await page.goto(`${base}/`);
    expect(await page.textContent('h1')).toBe('Read UN resolutions with what they cite');
    expect(await page.locator('#mi-h + ol.ranked li').count()).toBeGreaterThan(5);
    expect(await page.textContent('#mi-h + ol.ranked')).toContain('UDHR');
    expect(await page.locator('#lr-h + ol.latest li').count()).toBeGreaterThan(5);
    await shot('start');

    await page.fill('#q2', 'migrant workers');
    await page.press('#q2', 'Enter');
    await page.waitForURL(/\/search\?q=migrant\+workers/);
    expect(await page.locator('ol.hits li').count()).toBeGreaterThan(5);
    await page.goto(`${base}/search?q=${encodeURIComponent(CORPUS)}`);
    expect(new URL(page.url()).pathname).toBe(`/read/${CORPUS}`);
    await page.goto(`${base}/search?q=instrument:icmw`);
    expect(new URL(page.url()).pathname).toBe('/entity/instrument:icmw');

    await page.goto(`${base}/browse`);
    expect(await page.textContent('main')).toContain('Seventy-eighth session of the General Assembly');
    expect(await page.textContent('main')).not.toContain('does not record agenda items');
  });

  it('lists resolutions by agenda item: every item of the session in order, each item\'s page with its resolutions, and the reader\'s header linked back', async () => {
    await page.goto(`${base}/browse`);
    await page.click('main a[href="/browse/agenda"]');
    await page.waitForURL(/\/browse\/agenda$/);
    expect(await page.textContent('h1')).toBe('Resolutions by agenda item');
    expect(await page.textContent('#a0')).toBe('Seventy-eighth session of the General Assembly');
    const rows = await page.$$eval('table.agenda tbody tr', (trs: any[]) => trs.map((tr) => [...tr.children].map((c: any) => c.textContent.trim())));
    // Item order: numbers, then sub-items a..z, aa..gg; every GA-78 resolution is under at least one item.
    const items = rows.map((r: string[]) => r[0]);
    const key = (item: string) => {
      const [, n, sub = ''] = /^(\d+)(?: \((\w+)\))?$/.exec(item)!;
      return [Number(n), sub.length, sub] as const;
    };
    const sorted = [...items].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
    });
    expect(items).toEqual(sorted);
    expect(items.length).toBeGreaterThan(150);
    expect(items.indexOf('99 (z)')).toBeLessThan(items.indexOf('99 (aa)'));
    expect(items.indexOf('71 (b)')).toBeLessThan(items.indexOf('99 (aa)'));
    const row71b = rows.find((r: string[]) => r[0] === '71 (b)')!;
    expect(row71b).toEqual(['71 (b)', 'Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms', '22']);
    expect(rows.reduce((n: number, r: string[]) => n + Number(r[2]), 0)).toBeGreaterThanOrEqual(326);
    await shot('browse-agenda');

    // The keyboard reaches the first item's link from the skip link, and Enter opens it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    let focused = '';
    for (let i = 0; i < 30 && !focused.startsWith('/agenda/'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement.getAttribute('href') ?? '');
    }
    expect(focused).toMatch(/^\/agenda\/agenda:ga:78:/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/agenda\/agenda:ga:78:/);

    await page.goto(`${base}/agenda/agenda:ga:78:71(b)`);
    expect(await page.textContent('h1')).toMatch(/^Promotion and protection of human rights: human rights questions/);
    expect(await page.locator('ol.agenda-resolutions li').count()).toBe(22);
    expect(await page.getAttribute(`ol.agenda-resolutions a[href="/read/${CORPUS}"]`, 'href')).toBe(`/read/${CORPUS}`);
    await shot('agenda-item');

    await page.click(`ol.agenda-resolutions a[href="/read/${CORPUS}"]`);
    await page.waitForURL(new RegExp(`/read/${CORPUS}$`));
    expect(await page.textContent('dl.facts')).toContain('Agenda item');
    expect(await page.getAttribute('dl.facts ul.agenda-facts a', 'href')).toBe('/agenda/agenda:ga:78:71(b)');
  });

  it('lets a keyboard user skip to the content and reach the citations in order', async () => {
    await page.goto(`${base}/read/${SEED}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement.textContent)).toBe('Skip to the content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement.id)).toBe('main');
    let reached = '';
    for (let i = 0; i < 40 && !reached.startsWith('cite'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement.className);
    }
    expect(reached).toMatch(/^cite kind-/);
  });

  it('passes axe-core with no serious or critical violations on every page type', async () => {
    const pages = ['/explore', '/', '/browse', '/browse/agenda', '/agenda/agenda:ga:78:71(b)', '/agenda/agenda:ga:78:999', '/search?q=migrant+workers', `/read/${SEED}`, `/read/${CORPUS}`, '/entity/instrument:udhr', '/entity/body:secretary-general', '/entity/event:ga-78', '/no-such-page', '/read/A/RES/1/99999'];
    const found: Record<string, unknown[]> = {};
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      const violations = await seriousViolations();
      if (violations.length) found[path] = violations;
    }
    expect(found).toEqual({});
  });

  it('opens the explorer on what guides the seed; bundles parallel edges, switches to citations only, exports PNG, SVG and CSV', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForSelector('body[data-ready="true"]');
    const first = await page.evaluate(() => {
      const { cy, state } = window.explorer;
      return { root: state.rootId, instruments: cy.nodes('[kind = "Instrument"]').map((n: any) => n.id()).sort(), relations: [...new Set(cy.edges().map((e: any) => e.data('relation')))] };
    });
    expect(first).toEqual({ root: `un:${SEED}`, instruments: ['instrument:cedaw', 'instrument:crc', 'instrument:icerd', 'instrument:iccpr', 'instrument:icescr', 'instrument:udhr'].sort(), relations: ['GUIDED_BY'] });
    await shot('explorer-first-sight');

    // A corpus resolution: several links between the same two nodes are drawn as one edge with a count.
    await page.evaluate((id: string) => window.explorer.load(id), `un:${CORPUS}`);
    await page.waitForFunction(() => document.body.dataset.busy === 'false');
    const bundle = await page.evaluate(() => {
      const edge = window.explorer.cy.edges('.bundle').filter((e: any) => e.visible())[0];
      const members = window.explorer.cy.edges('.bundled').filter((e: any) => [e.source().id(), e.target().id()].sort().join('|') === edge.data('pair'));
      return { id: edge.id(), count: edge.data('count'), members: members.length, visibleMembers: members.filter((e: any) => e.visible()).length };
    });
    expect(bundle.count).toBeGreaterThan(1);
    expect(bundle).toMatchObject({ members: bundle.count, visibleMembers: 0 });
    await shot('explorer-bundles');
    // Clicking the bundle (emitted as a tap on it) draws its edges one by one.
    await page.evaluate((id: string) => window.explorer.cy.getElementById(id).emit('tap'), bundle.id);
    const expanded = await page.evaluate((pair: string) => window.explorer.cy.edges().not('.bundle').filter((e: any) => e.visible() && [e.source().id(), e.target().id()].sort().join('|') === pair).length, bundle.id.slice('bundle:'.length));
    expect(expanded).toBe(bundle.count);

    // Citations only: every visible plain edge has a paragraph.
    const links = () => page.evaluate(() => window.explorer.cy.edges().not('.bundle').filter((e: any) => e.visible() && !e.data('paragraphId')).length);
    expect(await links()).toBeGreaterThan(0);
    await page.check('input[name="links"][value="citations"]');
    expect(await links()).toBe(0);

    // Exports of the view, made in the browser.
    const saved = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const path = join(ARTIFACTS, download.suggestedFilename());
      await download.saveAs(path);
      return { name: download.suggestedFilename(), body: readFileSync(path) };
    };
    const png = await saved('#export-png');
    expect(png.name).toBe('A_RES_78_202.png');
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    const svg = await saved('#export-svg');
    expect(svg.body.toString()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<circle[\s\S]*<\/svg>$/);
    const csv = (await saved('#export-csv')).body.toString().trim().split('\r\n');
    expect(csv[0]).toBe('resolution,target,relation,paragraph,phrase,quote');
    expect(csv.length).toBeGreaterThan(20);
    expect(csv.slice(1).every((line) => line.startsWith(`un:${CORPUS},`))).toBe(true);
    expect(csv.some((line) => line.includes(`un:${CORPUS}#op`))).toBe(true);
  });

  it('answers unknown pages, symbols and ids with 404 and a way back; hostile paths with a clean 400 or 404', async () => {
    for (const path of ['/no-such-page', '/read/A/RES/1/99999', '/entity/instrument:no-such-thing', '/agenda/agenda:ga:78:999']) {
      const response = await page.goto(`${base}${path}`);
      expect({ path, status: response!.status() }).toEqual({ path, status: 404 });
      expect(await page.getAttribute('main a[href="/"]', 'href')).toBe('/');
    }
    await shot('not-found');
    // A symbol that is not a resolution's (a committee report) opens its entity page instead.
    await page.goto(`${base}/read/A/78/481/Add.2`);
    expect(new URL(page.url()).pathname).toBe('/entity/un:A/78/481/Add.2');
    const hostile = [
      `/read/${'A/'.repeat(3000)}`,
      '/read/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/entity/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '/read/%E0%A4%A',
      '/entity/%00',
      '/read/..%2F..%2Fetc%2Fpasswd',
      '/entity/instrument:udhr?relation=<script>&from=abcd&organ=%27%20OR%201=1',
      '/search?q=' + 'x'.repeat(5000),
    ];
    for (const path of hostile) {
      const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      const body = await response.text();
      expect({ path: path.slice(0, 60), ok: [200, 400, 404].includes(response.status) }).toEqual({ path: path.slice(0, 60), ok: true });
      expect(body).not.toMatch(/<script>alert|onerror=alert|MATCH \(/);
      expect({ path: path.slice(0, 60), leak: findLeak(body) }).toEqual({ path: path.slice(0, 60), leak: undefined });
    }
    // An address that is no agenda item id: a 400 page that says what one looks like.
    const badItem = await fetch(`${base}/agenda/71b`, { headers: { accept: 'text/html' } });
    expect(badItem.status).toBe(400);
    expect(await badItem.text()).toContain('agenda:ga:78:71(b)');
    // Filters that are not understood are dropped, not passed on: the page still answers.
    expect((await fetch(`${base}/entity/instrument:udhr?relation=<script>&from=abcd`)).status).toBe(200);
  });
});
