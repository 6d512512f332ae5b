import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { LoadRepository } from '../graph/load.repository';
import { ReadRepository } from '../graph/read.repository';
import { apiKeyMatches, createContext, GraphContext } from '../schema/context';
import { Logger } from './logger';

export interface HttpOptions {
  host: string;
  port: number;
  maxPageSize: number;
  /** The configured API_KEY; without it (or without `load`) mutations answer FORBIDDEN. */
  apiKey?: string;
  /** Where mutations write. */
  load?: LoadRepository;
  /** False while the graph is still being loaded at start-up; /ready answers 503 until it is true. */
  isLoaded?: () => boolean;
}

/** Anonymous requests are queries and stay small; a request with the API key may carry a resolution text (up to 1 MB, JSON-escaped). */
const BODY_LIMIT = '100kb';
const WRITE_BODY_LIMIT = '4mb';

/** Serves GraphQL at /graphql, liveness at /health and readiness (Neo4j answers) at /ready. */
export function createHttpApp(apollo: ApolloServer<GraphContext>, repo: ReadRepository, options: HttpOptions, logger: Logger) {
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    try {
      await repo.ping();
      if (options.isLoaded && !options.isLoaded()) {
        res.status(503).json({ status: 'not ready', neo4j: 'reachable', hint: 'The graph is still being loaded; try again in a few seconds.' });
        return;
      }
      res.json({ status: 'ready', neo4j: 'reachable' });
    } catch {
      res.status(503).json({ status: 'not ready', neo4j: 'unreachable', hint: 'The API retries by itself; check that Neo4j is running.' });
    }
  });

  app.get('/', (_req, res) => {
    res.type('text/plain').send(
      'UN human-rights instruments knowledge graph.\n' +
        'POST GraphQL queries to /graphql, for example:\n' +
        `  curl -s http://${options.host}:${options.port}/graphql -H 'content-type: application/json' \\\n` +
        `    -d '{"query":"{ resolution(symbol: \\"E/CN.4/RES/2003/48\\") { guidedBy { label title } } }"}'\n` +
        'The schema is in schema.graphql; see README.md for example queries.\n',
    );
  });

  const smallJson = express.json({ limit: BODY_LIMIT });
  const largeJson = express.json({ limit: WRITE_BODY_LIMIT });
  app.use(
    '/graphql',
    cors(),
    (req, res, next) => (apiKeyMatches(options.apiKey, presentedKey(req)) ? largeJson : smallJson)(req, res, next),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers['x-request-id'];
        const requestId = typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
        return createContext(repo, options.maxPageSize, requestId, { apiKey: options.apiKey, presentedKey: presentedKey(req), load: options.load });
      },
    }),
  );

  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'http error');
    const limits = options.apiKey ? 'limit 100 kB, or 4 MB with the API key' : 'limit 100 kB';
    const message = error.type === 'entity.too.large' ? `Request body too large (${limits}).` : status === 500 ? 'Internal error.' : 'Malformed request body: send JSON.';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return app;
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
