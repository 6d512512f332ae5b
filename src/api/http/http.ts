import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { describeError, ErrorDescription, internalErrorDescription } from '../../core/errors';
import { AppConfig } from '../../config';
import { ExportRepository } from '../../graph/export.repository';
import { LoadRepository } from '../../graph/load.repository';
import { ReadRepository } from '../../graph/read.repository';
import { apiKeyMatches, createContext, GraphContext } from '../graphql/context';
import { createExportRouter } from './export.routes';
import { Logger } from './logger';
import { AnswerCache } from './answer-cache';
import { ApiMetrics } from './metrics';
import { createPagesRouter, createReaderPages } from './pages.routes';
import { ParsePool } from './parse-pool';
import { securityHeaders } from './security-headers';
import { variablesLimit } from './variables-limit';

/** The settings of the HTTP layer: all from the validated configuration (src/config.ts), which holds every default. */
export type HttpConfig = Pick<AppConfig, 'http' | 'maxPageSize' | 'maxGraphNodes' | 'apiKey' | 'corsOrigins' | 'publicBaseUrl' | 'exportCacheMaxBytes' | 'readyTimeoutMs' | 'limits'>;

/** What the HTTP layer serves with, besides its configuration; src/app/compose-app.ts builds them. */
export interface HttpDeps {
  /** Where mutations write. */
  load: LoadRepository;
  /** Serves /export/* and /ns/context.jsonld. */
  exporter: ExportRepository;
  /** False while the graph is still being loaded at start-up; /ready answers 503 until it is true. */
  isLoaded: () => boolean;
  /** Serves GET /metrics when given (METRICS_ENABLED). */
  metrics?: ApiMetrics;
  /** The graph version token (src/graph/graph-version.ts): whole-graph exports are kept while it stays the same (CACHE_ENABLED). */
  graphVersion?: () => Promise<string | undefined>;
  /** Where ingestResolution parses texts (worker threads). */
  parsePool: ParsePool;
  /** Serves repeated queries before Apollo runs (CACHE_ENABLED). */
  answers?: AnswerCache;
}

/** Serves GraphQL at /graphql, liveness at /health and readiness (Neo4j answers) at /ready. */
export function createHttpApp(apollo: ApolloServer<GraphContext>, repo: ReadRepository, config: HttpConfig, deps: HttpDeps, logger: Logger) {
  const app = express();
  app.disable('x-powered-by');
  app.use(assignRequestId);
  app.use(securityHeaders());
  if (deps.metrics) app.get('/metrics', deps.metrics.handler());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      // Answered within READY_TIMEOUT_MS even when Neo4j does not answer at all (a frozen server).
      const readyTimeoutMs = config.readyTimeoutMs;
      const ping = repo.ping();
      ping.catch(() => undefined);
      await Promise.race([ping, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), readyTimeoutMs)))]);
      if (!deps.isLoaded()) {
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

  const { bodyLimit, writeBodyLimit } = config.limits;
  const smallJson = express.json({ limit: bodyLimit });
  const largeJson = express.json({ limit: writeBodyLimit });
  // First among the routes: every GraphQL request would otherwise be matched against each page route before it.
  app.use(
    '/graphql',
    // Only listed origins get CORS headers; a browser on any other origin is refused. Apollo's CSRF prevention
    // (on by default) separately refuses simple requests that skipped the preflight.
    cors({ origin: config.corsOrigins, allowedHeaders: ['content-type', 'x-api-key', 'authorization', 'x-request-id', 'apollo-require-preflight'] }),
    (req, res, next) => (apiKeyMatches(config.apiKey, presentedKey(req)) ? largeJson : smallJson)(req, res, next),
    variablesLimit({ maxDepth: config.limits.maxVariablesDepth, maxValues: config.limits.maxVariablesValues }),
    ...(deps.answers ? [deps.answers.middleware()] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const parse = (text: string) => deps.parsePool.parse(text);
        const context = createContext(repo, config.maxPageSize, requestId, { apiKey: config.apiKey, presentedKey: presentedKey(req), load: deps.load, parse }, config.maxGraphNodes);
        deps.answers?.attach(context, res);
        return context;
      },
    }),
  );

  // The reader pages (/, /read, /entity, /search, /browse) run their GraphQL operations through this same Apollo server.
  const readerPages = createReaderPages(apollo, (requestId) => createContext(repo, config.maxPageSize, requestId, {}, config.maxGraphNodes), logger);
  app.use(readerPages.router);

  app.get('/', (_req, res) => {
    res.type('text/plain').send(
      'UN human-rights instruments knowledge graph.\n' +
        'POST GraphQL queries to /graphql, for example:\n' +
        `  curl -s http://${config.http.host}:${config.http.port}/graphql -H 'content-type: application/json' \\\n` +
        `    -d '{"query":"{ resolution(symbol: \\"E/CN.4/RES/2003/48\\") { guidedBy { label title } } }"}'\n` +
        'The schema is in schema.graphql; see README.md for example queries.\n' +
        'In a browser: /explore draws the graph, /graphql opens a GraphQL IDE with example queries.\n',
    );
  });

  app.use(createPagesRouter());
  app.use(createExportRouter(deps.exporter, logger, { publicBaseUrl: config.publicBaseUrl, graphVersion: deps.graphVersion, cacheMaxBytes: config.exportCacheMaxBytes }));

  app.use(readerPages.notFound);

  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const requestId = res.locals.requestId as string;
    const limits = config.apiKey ? `limit ${bodyLimit}, or ${writeBodyLimit} with the API key` : `limit ${bodyLimit}`;
    const failure = describeHttpError(error, limits, requestId);
    if (failure.status === 500) logger.error({ err: error, requestId }, 'http error');
    else logger.info({ requestId, status: failure.status, code: failure.code, reason: error.type ?? null }, 'http request refused');
    deps.metrics?.countHttpError(failure.code);
    res.status(failure.status).json({ errors: [{ message: failure.message, extensions: failure.extensions }] });
  });

  return app;
}

/**
 * How the HTTP layer answers an error before GraphQL runs: a body the parser refused (too large, not JSON) is the
 * client's (its 4xx, code BAD_REQUEST, as GraphQL-over-HTTP names a malformed request); an AppError as
 * src/core/errors.ts describes it; anything else is internal (500, masked, with the request id).
 */
export function describeHttpError(error: Error & { status?: number; type?: string }, limits: string, requestId: string): ErrorDescription {
  const known = describeError(error);
  if (known) return known;
  if (!(error.status && error.status >= 400 && error.status < 500)) return internalErrorDescription({ requestId });
  const message =
    error.type === 'entity.too.large'
      ? `Request body too large (${limits}). Send a shorter query; long texts go to ingestResolution with the API key.`
      : 'Malformed request body: send JSON.';
  return { code: 'BAD_REQUEST', status: error.status, message, retryable: false, extensions: { code: 'BAD_REQUEST' } };
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
