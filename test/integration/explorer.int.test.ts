import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../support/browser';
import { startTestHttpApp } from '../support/http-app';
import gold from '../fixtures/gold/chr-resolution-2003-48.json';
import { artifactPath } from '../support/artifacts';

// Code passed to page.evaluate runs in the browser; the project compiles without the DOM library.
declare const window: any;
declare const document: any;

/** Runs in the page: whether GraphiQL's result pane (a CodeMirror, which draws only the lines in view) holds `text`. */
const resultIncludes = (text: string) => {
  const editor = document.querySelector('.result-window .CodeMirror');
  return Boolean(editor && editor.CodeMirror.getValue().includes(text));
};

/** Debian's Chromium (CI installs it in .ci/run). The tests fail, never skip, without it. */
const SEED_ID = 'un:E/CN.4/RES/2003/48';

/** The instruments the seed's "Guided by" paragraph cites, from the gold file. */
const GUIDING = gold.paragraphs
  .filter((p) => p.clauses.some((c) => c.relation === 'GUIDED_BY'))
  .flatMap((p) => p.citations.map((c) => c.target))
  .filter((id) => id.startsWith('instrument:'));

describe('the browser pages in Chromium', () => {
  let base: string;
  let stop: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  let problems: string[];

  beforeAll(async () => {
    expect(GUIDING).toHaveLength(6);
    ({ base, stop } = await startTestHttpApp());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stop?.();
  });

  /** A fresh context per test: empty storage, every request recorded, and anything not on this server refused. */
  beforeEach(async () => {
    ({ context, page, requests, problems } = await openWatchedPage(browser, isLocal, { width: 1400, height: 900 }));
  });
  afterEach(async () => {
    await context.close();
  });

  const isLocal = (url: string) => url.startsWith(`${base}/`) || url.startsWith('data:') || url.startsWith('blob:');
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return ((await response.json()) as { data: any }).data;
  };
  const idle = () => page.waitForFunction(() => document.body.dataset.busy === 'false');

  it('draws the seed from its symbol: the six guiding instruments, quotes on edges, expansion without duplicates, filters', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#search-input', 'E/CN.4/RES/2003/48');
    await page.click('#search-form button[type="submit"]');
    await page.waitForFunction((id) => (window as any).explorer.state.rootId === id, SEED_ID);
    await idle();

    const drawn = await page.evaluate(() => {
      const { cy } = (window as any).explorer;
      return {
        nodes: cy.nodes().map((n: any) => ({ id: n.id(), kind: n.data('kind') })),
        guidedBy: cy.edges('[relation = "GUIDED_BY"]').map((e: any) => ({ source: e.source().id(), target: e.target().id(), quote: e.data('quote') })),
      };
    });
    const instruments = drawn.nodes.filter((n: { kind: string }) => n.kind === 'Instrument').map((n: { id: string }) => n.id);
    expect(instruments).toEqual(expect.arrayContaining(GUIDING));
    expect(drawn.guidedBy.filter((e: { source: string }) => e.source === SEED_ID).map((e: { target: string }) => e.target).sort()).toEqual([...GUIDING].sort());

    // Select the edge to the UDHR by clicking on the canvas, where a person would click.
    const udhrEdge = await page.evaluate(() => {
      const { cy } = (window as any).explorer;
      const edge = cy.edges('[relation = "GUIDED_BY"][target = "instrument:udhr"]');
      const source = edge.source().renderedPosition();
      const target = edge.target().renderedPosition();
      // 40% of the way from the resolution: off the nodes and off the label in the middle.
      return { id: edge.id(), x: source.x + (target.x - source.x) * 0.4, y: source.y + (target.y - source.y) * 0.4 };
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + udhrEdge.x, box.y + udhrEdge.y);
    await page.waitForSelector('#details-body [data-field="quote"]');
    expect(await page.textContent('#details-body [data-field="quote"]')).toBe('Universal Declaration of Human Rights');
    expect(await page.textContent('#details-body [data-field="relation"]')).toBe('GUIDED_BY');
    expect(await page.textContent('#details-body [data-field="paragraph-id"]')).toBe(`${SEED_ID}#pp3`);

    // To refresh docs/explorer.png, copy this screenshot there by hand: tests never write tracked files.
    await page.screenshot({ path: artifactPath('explorer.png') });

    // The IDE link carries the query that made the drawing.
    const ideLink = new URL((await page.getAttribute('#ide-link', 'href'))!, base);
    expect(ideLink.pathname).toBe('/graphql');
    expect(ideLink.searchParams.get('query')).toMatch(/neighbourhood\(id: \$id/);
    expect(JSON.parse(ideLink.searchParams.get('variables')!)).toMatchObject({ id: SEED_ID });

    // Clicking the Convention's node merges its neighbourhood into the drawing, nothing twice.
    const before = await page.evaluate(() => (window as any).explorer.cy.nodes().length);
    const icmw = await page.evaluate(() => {
      const { cy } = (window as any).explorer;
      const node = cy.getElementById('instrument:icmw');
      cy.center(node);
      return node.renderedPosition();
    });
    await page.mouse.click(box.x + icmw.x, box.y + icmw.y);
    await page.waitForFunction(() => (window as any).explorer.state.expanded.has('instrument:icmw'));
    await idle();
    const expected = (
      await graphql('query($id: ID!) { neighbourhood(id: $id) { nodes { id } edges { id } } }', { id: 'instrument:icmw' })
    ).neighbourhood;
    const after = await page.evaluate(() => {
      const { cy } = (window as any).explorer;
      return { nodes: cy.nodes().map((n: any) => n.id()), edges: cy.edges().map((e: any) => e.id()) };
    });
    expect(after.nodes).toEqual(expect.arrayContaining(expected.nodes.map((n: { id: string }) => n.id)));
    expect(after.edges).toEqual(expect.arrayContaining(expected.edges.map((e: { id: string }) => e.id)));
    expect(new Set(after.nodes).size).toBe(after.nodes.length);
    expect(after.nodes.length).toBeGreaterThanOrEqual(before);
    expect(await page.textContent('#details-body h3')).toBe('ICMW');

    // Unticking a kind hides those nodes; ticking it again shows them.
    // The page redraws after each click and after each answer: let the expansion's request finish, then wait (up to
    // 5 s) for the drawing to settle before reading it.
    await page.waitForFunction(() => document.body.dataset.busy !== 'true');
    const settledCount = async (read: () => Promise<number>, settled: (n: number) => boolean) => {
      for (const until = Date.now() + 5000; Date.now() < until; await page.waitForTimeout(100)) if (settled(await read())) break;
      return read();
    };
    const visibleInstruments = (settled: (n: number) => boolean) =>
      settledCount(() => page.evaluate(() => (window as any).explorer.cy.nodes('[kind = "Instrument"]').filter((n: any) => n.visible()).length), settled);
    expect(await visibleInstruments((n) => n >= 6)).toBeGreaterThanOrEqual(6);
    await page.uncheck('#kind-filters input[value="Instrument"]');
    expect(await visibleInstruments((n) => n === 0)).toBe(0);
    await page.check('#kind-filters input[value="Instrument"]');
    expect(await visibleInstruments((n) => n >= 6)).toBeGreaterThanOrEqual(6);
    // Unticking a relation hides its edges.
    await page.uncheck('#relation-filters input[value="GUIDED_BY"]');
    const visibleGuidedBy = () => page.evaluate(() => (window as any).explorer.cy.edges('[relation = "GUIDED_BY"]').filter((e: any) => e.visible()).length);
    expect(await settledCount(visibleGuidedBy, (n) => n === 0)).toBe(0);

    expect(problems).toEqual([]);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(requests.some((url) => url.endsWith('/graphql'))).toBe(true);
  });

  it('says when the server truncated the neighbourhood', async () => {
    await page.goto(`${base}/explore?id=${encodeURIComponent(SEED_ID)}&limit=5`);
    await page.waitForFunction((id) => (window as any).explorer.state.rootId === id, SEED_ID);
    await idle();
    expect(await page.isVisible('#truncated')).toBe(true);
    expect(await page.textContent('#truncated')).toMatch(/^Truncated: the server stopped at 5 nodes/);
    expect(problems).toEqual([]);
  });

  it('tells the user, in words, when an id is unknown', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#search-input', 'instrument:no-such-thing');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#status.error');
    const message = await page.textContent('#status');
    expect(message).toContain('instrument:no-such-thing');
    expect(message).not.toMatch(/MATCH|\.ts:\d+|at /);
    expect(await page.evaluate(() => window.explorer.cy.nodes().length)).toBe(0);
  });

  it('lists full-text hits and draws the one picked', async () => {
    await page.goto(`${base}/explore`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#search-input', 'Special Rapporteur migrants');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#results li');
    await page.click('#results li button >> text=Special Rapporteur');
    await page.waitForFunction(() => (window as any).explorer.state.rootId === 'body:sr-migrants');
    await idle();
    expect(await page.evaluate(() => (window as any).explorer.cy.getElementById('body:sr-migrants').length)).toBe(1);
    expect(problems).toEqual([]);
  });

  it('opens the IDE offline: GraphiQL with the example tabs, and the first one runs', async () => {
    await page.goto(`${base}/graphql`);
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
    const tabs = await page.locator('.graphiql-tab').allTextContents();
    expect(tabs[0]).toContain('WhatGuidesThisResolution');
    expect(tabs.join(' ')).toContain('WhoCitesTheMigrantWorkersConvention');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(resultIncludes, 'Convention on the Rights of the Child');
    const result = await page.evaluate(() => document.querySelector('.result-window .CodeMirror').CodeMirror.getValue());
    for (const label of ['"UDHR"', '"ICCPR"', '"ICESCR"', '"ICERD"', '"CEDAW"', '"CRC"']) expect(result).toContain(label);
    await page.screenshot({ path: artifactPath('ide.png') });

    // The documentation comes from introspection.
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    expect(await page.textContent('.graphiql-doc-explorer')).toContain('Query');

    expect(problems).toEqual([]);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  });

  it('opens a deep link ?query=...&variables=... in the first tab', async () => {
    const query = 'query Deep($id: ID!) { node(id: $id) { id } }';
    await page.goto(`${base}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ id: SEED_ID }))}`);
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    const editor = await page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.getValue());
    expect(editor).toBe(query);
    expect((await page.locator('.graphiql-tab').allTextContents())[0]).toContain('Deep');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(resultIncludes, SEED_ID);
    expect(problems).toEqual([]);
  });
});
