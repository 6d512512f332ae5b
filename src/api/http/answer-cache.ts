import { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { RequestHandler, Response } from 'express';
import type { GraphContext } from '../graphql/context';

/** Where `attach` puts the HTTP response on a request's context (a symbol: no GraphQL code reads it by name). */
const RESPONSE = Symbol('answer-cache response');

/** One answer as it was sent: the body and the headers Apollo set for it. */
interface Answer {
  body: string;
  contentType: string;
  cacheControl?: string;
  operationName: string | null;
  storedAt: number;
}

/** What a cached answer reports, for the request log and the metrics. */
export interface CachedAnswerEvent {
  requestId: string;
  operationName: string | null;
  ms: number;
}

export interface AnswerCacheOptions {
  /** The graph version token (src/graph/graph-version.ts); undefined: Neo4j cannot be asked, so nothing is served or kept. */
  version: () => Promise<string | undefined>;
  /** How long an answer may be served (CACHE_MAX_AGE_S). */
  maxAgeS: number;
  /** Memory the kept answers may take. */
  maxBytes: number;
  /** Called for every answer served from here (log line, metrics): Apollo's plugins do not run for them. */
  onHit?: (event: CachedAnswerEvent) => void;
}

/**
 * Answers a repeated query over HTTP before Apollo runs: the body Apollo sent the first time, byte for byte, keyed by
 * the graph version token, the query text, the operation name, the variables and the Accept header (which chose the
 * content type). A cached answer skips parsing, validation, the cost estimate, the plugins and serialisation; on the
 * two-core machine of issue 13 that was most of the time of a cache hit.
 *
 * It keeps only what Apollo's response cache (src/api/http/cache.ts) would keep, told by `plugin()`: a query's answer
 * without errors, with data and a cacheable policy, under a known version token. An answer that passed the limits
 * (tokens, depth, aliases, cost, response size) passes them again for the same text and variables: the limits depend
 * on nothing else. The security headers, CORS and the request id are set by the middlewares before this one.
 */
export class AnswerCache {
  private readonly answers: InMemoryLRUCache<Answer>;

  constructor(private readonly options: AnswerCacheOptions) {
    this.answers = new InMemoryLRUCache<Answer>({ maxSize: options.maxBytes, sizeCalculation: (a) => 2 * a.body.length + 256 });
  }

  /** The express middleware, in front of Apollo's (after the body parser and the variables limit). */
  middleware(): RequestHandler {
    return async (req, res, next) => {
      const started = performance.now();
      const body = req.body as Record<string, unknown> | undefined;
      if (req.method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string' || body.extensions !== undefined || /^\s*(mutation|subscription)\b/.test(body.query)) {
        next();
        return;
      }
      let key: string | undefined;
      try {
        const token = await this.options.version();
        if (token === undefined) {
          next();
          return;
        }
        key = JSON.stringify([token, body.query, body.operationName ?? null, body.variables ?? null, req.headers.accept ?? '']);
        const answer = await this.answers.get(key);
        const ageS = answer ? Math.floor((Date.now() - answer.storedAt) / 1000) : 0;
        if (answer && ageS < this.options.maxAgeS) {
          res.status(200);
          res.setHeader('content-type', answer.contentType);
          if (answer.cacheControl) res.setHeader('cache-control', answer.cacheControl);
          res.setHeader('age', String(ageS));
          res.send(answer.body);
          this.options.onHit?.({ requestId: res.locals.requestId as string, operationName: answer.operationName, ms: performance.now() - started });
          return;
        }
      } catch {
        key = undefined; // the cache is an optimisation: on any trouble, Apollo answers
      }
      if (key !== undefined) this.keepWhenSent(res, key);
      next();
    };
  }

  /**
   * Call with each request's context and response (the context function of expressMiddleware). The response rides on
   * the context itself: Apollo Server 5 runs each operation with a shallow copy of the context object (cloneObject in
   * internalExecuteOperation), so a map keyed by the object the context function returned never finds the copy the
   * plugins are given, and no answer was ever kept. Own properties are copied, this one included.
   */
  attach(context: object, res: Response): void {
    (context as { [RESPONSE]?: Response })[RESPONSE] = res;
  }

  /** Marks the answers that may be kept; goes with Apollo's response cache plugins. */
  plugin(): ApolloServerPlugin<GraphContext> {
    return {
      requestDidStart: async ({ contextValue }) => ({
        willSendResponse: async (rc) => {
          const res = (contextValue as { [RESPONSE]?: Response })[RESPONSE];
          if (!res || rc.operation?.operation !== 'query') return;
          const { response } = rc;
          if (response.body.kind !== 'single' || response.body.singleResult.errors || !response.body.singleResult.data) return;
          if ((response.http.status ?? 200) !== 200 || !rc.overallCachePolicy.policyIfCacheable()) return;
          res.locals.answerCacheable = { operationName: rc.operationName ?? null };
        },
      }),
    };
  }

  private keepWhenSent(res: Response, key: string): void {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const cacheable = res.locals.answerCacheable as { operationName: string | null } | undefined;
      if (cacheable && res.statusCode === 200 && typeof body === 'string') {
        const contentType = res.getHeader('content-type');
        const cacheControl = res.getHeader('cache-control');
        if (typeof contentType === 'string') {
          const answer: Answer = { body, contentType, operationName: cacheable.operationName, storedAt: Date.now() };
          if (typeof cacheControl === 'string') answer.cacheControl = cacheControl;
          void this.answers.set(key, answer, { ttl: this.options.maxAgeS }).catch(() => undefined);
        }
      }
      return send(body);
    };
  }
}
