import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { repoRoot } from '../../repo-root';
import { GraphContext } from '../graphql/context';
import { Logger } from './logger';
import { createPageQueryRunner } from './reader/page-query';
import { createReaderRouter, pageNotFound } from './reader/reader.routes';
import { VENDOR_PREFIX, vendorAssets } from './vendor-assets';

/** The explorer may talk to this server only: no CDN, no third-party script, no framing. */
export const EXPLORE_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The browser pages: the explorer at /explore (public/explore/), the IDE's start-up script (public/ide/) and the
 * vendor libraries under /assets/vendor/<package>@<version>/ (an allow-list of files from node_modules).
 */
export function createPagesRouter(publicDir = join(repoRoot(), 'public')): express.Router {
  const router = express.Router();
  const vendorByUrl = new Map(Object.values(vendorAssets()).map((asset) => [asset.url, asset]));

  router.use(VENDOR_PREFIX, (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const asset = vendorByUrl.get(VENDOR_PREFIX + req.path);
    if (!asset) return notFound(res);
    // The version is in the URL, so a cached copy never goes stale.
    res.sendFile(asset.path, { headers: { 'content-type': asset.contentType, 'cache-control': `public, max-age=${YEAR_SECONDS}, immutable` } });
  });

  const explorePage = renderPageTemplate(readFileSync(join(publicDir, 'explore', 'index.html'), 'utf8'));
  router.get('/explore', (_req, res) => {
    res.set({ 'content-security-policy': EXPLORE_CONTENT_SECURITY_POLICY, 'cache-control': 'no-cache' }).type('html').send(explorePage);
  });

  // Our own scripts change with the code: the browser revalidates them (ETag) on every load.
  const ownFiles = { index: false, fallthrough: true, cacheControl: false, setHeaders: (res: express.Response) => res.set('cache-control', 'no-cache') };
  router.use('/explore', express.static(join(publicDir, 'explore'), ownFiles));
  router.use('/ide', express.static(join(publicDir, 'ide'), ownFiles));
  router.use(['/assets', '/explore', '/ide'], (_req, res) => notFound(res));
  return router;
}

/**
 * The reader pages (start, browse, search, reader, entity; see docs/reader.md), rendered on the server from GraphQL
 * operations run through `apollo`, and the 404 page that ends the route list.
 */
export function createReaderPages(
  apollo: ApolloServer<GraphContext>,
  createContext: (requestId: string) => GraphContext,
  logger: Logger,
  publicDir = join(repoRoot(), 'public'),
): { router: express.Router; notFound: express.RequestHandler } {
  return { router: createReaderRouter(createPageQueryRunner(apollo, createContext), publicDir, logger), notFound: pageNotFound() };
}

/** Replaces {{vendorName}} placeholders (e.g. {{cytoscapeJs}}) with the versioned vendor URLs. */
export function renderPageTemplate(html: string): string {
  const vendor = vendorAssets() as Record<string, { url: string }>;
  return html.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    if (!vendor[name]) throw new Error(`Unknown vendor asset ${placeholder} in a page template`);
    return vendor[name].url;
  });
}

function notFound(res: express.Response): void {
  res.status(404).type('text/plain').send('Not found. The browser pages are /explore (the graph explorer) and /graphql (the GraphQL IDE).\n');
}
