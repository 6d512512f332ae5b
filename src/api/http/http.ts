import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { ExportRepository } from '../../graph/export.repository';
import { LoadRepository } from '../../graph/load.repository';
import { ReadRepository } from '../../graph/read.repository';
import { apiKeyMatches, createContext, GraphContext } from '../graphql/context';
import { createExportRouter } from './export.routes';
import { Logger } from './logger';
import { ApiMetrics } from './metrics';
import { createPagesRouter, createReaderPages } from './pages.routes';
import { ParsePool } from './parse-pool';
import { securityHeaders } from './security-headers';
import { variablesLimit } from './variables-limit';

export interface HttpOptions {
  host: string;
  port: number;
  maxPageSize: number;
  /** The most nodes a neighbourhood may return (MAX_GRAPH_NODES). */
  maxGraphNodes?: number;
  /** The configured API_KEY; without it (or without `load`) mutations answer FORBIDDEN. */
  apiKey?: string;
  /** Where mutations write. */
  load?: LoadRepository;
  /** False while the graph is still being loaded at start-up; /ready answers 503 until it is true. */
  isLoaded?: () => boolean;
  /** Request body limit without the API key (BODY_LIMIT); default 100kb. */
  bodyLimit?: string;
  /** Request body limit with the API key (WRITE_BODY_LIMIT); default 4mb. */
  writeBodyLimit?: string;
  /** Origins whose pages may call /graphql from a browser (CORS_ORIGINS); default none: same-origin only. */
  corsOrigins?: string[];
  /** Serves GET /metrics when given. */
  metrics?: ApiMetrics;
  /** Serves /export/* and /ns/context.jsonld when given. */
  exporter?: ExportRepository;
  /** The graph version token (src/graph/graph-version.ts): whole-graph exports are kept while it stays the same. */
  graphVersion?: () => Promise<string | undefined>;
  /** Where clients reach the API (PUBLIC_BASE_URL); default http://<host>:<port>. Names the JSON-LD context of exports. */
  publicBaseUrl?: string;
  /** Memory the rendered whole-graph exports may take (EXPORT_CACHE_MAX_MB). */
  exportCacheMaxBytes?: number;
  /** How long /ready waits for Neo4j (READY_TIMEOUT_MS); default 1 s. */
  readyTimeoutMs?: number;
  /** How deep and how large variables may be (MAX_VARIABLES_DEPTH, MAX_VARIABLES_VALUES); default 16 and 5,000. */
  maxVariablesDepth?: number;
  maxVariablesValues?: number;
  /** Where ingestResolution parses texts (worker threads); without it, texts are parsed on the event loop. */
  parsePool?: ParsePool;
}

/** Anonymous requests are queries and stay small; a request with the API key may carry a resolution text (up to 1 MB, JSON-escaped). */
const BODY_LIMIT = '100kb';
const WRITE_BODY_LIMIT = '4mb';

/** Serves GraphQL at /graphql, liveness at /health and readiness (Neo4j answers) at /ready. */
export function createHttpApp(apollo: ApolloServer<GraphContext>, repo: ReadRepository, options: HttpOptions, logger: Logger) {
  const app = express();
  app.disable('x-powered-by');
  app.use(assignRequestId);
  app.use(securityHeaders());
  if (options.metrics) app.get('/metrics', options.metrics.handler());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      // Answered within READY_TIMEOUT_MS even when Neo4j does not answer at all (a frozen server).
      const readyTimeoutMs = options.readyTimeoutMs ?? 1_000;
      const ping = repo.ping();
      ping.catch(() => undefined);
      await Promise.race([ping, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), readyTimeoutMs)))]);
      if (options.isLoaded && !options.isLoaded()) {
        res.status(503).json({ status: 'not ready', neo4j: 'reachable', hint: 'The graph is still being loaded; try again in a few seconds.' });
        return;
      }
      res.json({ status: 'ready', neo4j: 'reachable' });
    } catch {
      res.status(503).json({ status: 'not ready', neo4j: 'unreachable', hint: 'The API retries by itself; check that Neo4j is running.' });
    } finally {
      clearTimeout(timer);
    }
  });

  // The reader pages (/, /read, /entity, /search, /browse) run their GraphQL operations through this same Apollo server.
  const readerPages = createReaderPages(apollo, (requestId) => createContext(repo, options.maxPageSize, requestId, {}, options.maxGraphNodes), logger);
  app.use(readerPages.router);

  app.get('/', (_req, res) => {
    res.type('text/plain').send(
      'UN human-rights instruments knowledge graph.\n' +
        'POST GraphQL queries to /graphql, for example:\n' +
        `  curl -s http://${options.host}:${options.port}/graphql -H 'content-type: application/json' \\\n` +
        `    -d '{"query":"{ resolution(symbol: \\"E/CN.4/RES/2003/48\\") { guidedBy { label title } } }"}'\n` +
        'The schema is in schema.graphql; see README.md for example queries.\n' +
        'In a browser: /explore draws the graph, /graphql opens a GraphQL IDE with example queries.\n',
    );
  });

  app.use(createPagesRouter());
  if (options.exporter) {
    const publicBaseUrl = options.publicBaseUrl ?? `http://${options.host}:${options.port}`;
    app.use(createExportRouter(options.exporter, logger, { publicBaseUrl, graphVersion: options.graphVersion, cacheMaxBytes: options.exportCacheMaxBytes }));
  }

  const bodyLimit = options.bodyLimit ?? BODY_LIMIT;
  const writeBodyLimit = options.writeBodyLimit ?? WRITE_BODY_LIMIT;
  const smallJson = express.json({ limit: bodyLimit });
  const largeJson = express.json({ limit: writeBodyLimit });
  app.use(
    '/graphql',
    // Only listed origins get CORS headers; a browser on any other origin is refused. Apollo's CSRF prevention
    // (on by default) separately refuses simple requests that skipped the preflight.
    cors({ origin: options.corsOrigins ?? [], allowedHeaders: ['content-type', 'x-api-key', 'authorization', 'x-request-id', 'apollo-require-preflight'] }),
    (req, res, next) => (apiKeyMatches(options.apiKey, presentedKey(req)) ? largeJson : smallJson)(req, res, next),
    variablesLimit({ maxDepth: options.maxVariablesDepth ?? 16, maxValues: options.maxVariablesValues ?? 5_000 }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const parse = options.parsePool ? (text: string) => options.parsePool!.parse(text) : undefined;
        return createContext(repo, options.maxPageSize, requestId, { apiKey: options.apiKey, presentedKey: presentedKey(req), load: options.load, parse }, options.maxGraphNodes);
      },
    }),
  );

  app.use(readerPages.notFound);

  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const requestId = res.locals.requestId as string;
    if (status === 500) logger.error({ err: error, requestId }, 'http error');
    const limits = options.apiKey ? `limit ${bodyLimit}, or ${writeBodyLimit} with the API key` : `limit ${bodyLimit}`;
    const message =
      error.type === 'entity.too.large'
        ? `Request body too large (${limits}). Send a shorter query; long texts go to ingestResolution with the API key.`
        : status === 500
          ? 'Internal error. It has been logged; if it persists, report it with the requestId of this error.'
          : 'Malformed request body: send JSON.';
    const extensions = status === 500 ? { code: 'INTERNAL_SERVER_ERROR', requestId } : { code: 'BAD_REQUEST' };
    if (status !== 500) logger.info({ requestId, status, code: extensions.code, reason: error.type ?? null }, 'http request refused');
    options.metrics?.countHttpError(extensions.code);
    res.status(status).json({ errors: [{ message, extensions }] });
  });

  return app;
}

/** Takes the caller's x-request-id if it is a plain token, else makes one; echoed in the response header and in logs. */
function assignRequestId(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const header = req.headers['x-request-id'];
  const requestId = typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('x-request-id', requestId);
  next();
}

/** The API key a request presents: the x-api-key header, or an Authorization: Bearer token. */
function presentedKey(req: express.Request): string | undefined {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return bearer?.[1];
}

/** Starts listening; resolves with the server once the port is bound. */
export function listen(app: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
