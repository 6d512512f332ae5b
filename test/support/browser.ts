import { existsSync } from 'node:fs';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium, which the browser tests drive through playwright-core (.ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Starts headless Chromium, or says how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is needed for the browser tests and is not at ${CHROMIUM}. Install it with ` +
        '`apt-get update && apt-get install -y --no-install-recommends chromium` (as root; .ci/run does this in CI).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** A page in a fresh context that refuses every request not on this server and records requests and page errors. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Page errors and console errors (but those `ignoreConsole` matches). */
  problems: string[];
}

export async function openWatchedPage(
  browser: Browser,
  isLocal: (url: string) => boolean,
  viewport: { width: number; height: number },
  ignoreConsole?: RegExp,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const requests: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !(ignoreConsole && ignoreConsole.test(message.text()))) problems.push(`console: ${message.text()}`);
  });
  return { context, page, requests, problems };
}
