import { z } from 'zod';

/** Shorter keys are too easy to guess; a key is never echoed in messages. */
const API_KEY_MIN_LENGTH = 16;

/** The most nodes one neighbourhood drawing may ask for, unless MAX_GRAPH_NODES says otherwise. */
export const DEFAULT_MAX_GRAPH_NODES = 500;

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

const port = (fallback: number) =>
  z.coerce.number().int().min(1, 'must be 1-65535').max(65535, 'must be 1-65535').default(fallback);

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** A size like `100kb`, `4mb` or a number of bytes, as express.json's `limit` takes it. */
const byteSize = (fallback: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^\d+(b|kb|mb)?$/, { message: 'must be a size such as 100kb, 4mb or a number of bytes' })
    .default(fallback);

/** Comma-separated origins such as `https://a.example,http://localhost:5173`; each must be a bare origin. */
const originList = z
  .string()
  .default('')
  .transform((v) => v.split(',').map((o) => o.trim()).filter((o) => o.length > 0))
  .refine((list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), {
    message: 'must be a comma-separated list of origins like https://example.org (scheme and host, no path)',
  });

const envSchema = z
  .object({
    NEO4J_URI: z
      .string()
      .trim()
      .optional()
      .refine((v) => v === undefined || v === '' || NEO4J_SCHEMES.some((s) => v.startsWith(`${s}://`)), {
        message: `must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
      }),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_LOCAL_PORT: port(7687),
    NEO4J_QUERY_TIMEOUT_MS: positiveInt(15_000),
    NEO4J_MAX_POOL_SIZE: positiveInt(50),
    NEO4J_ACQUISITION_TIMEOUT_MS: positiveInt(5_000),
    NEO4J_CLIENT_TIMEOUT_MS: positiveInt(20_000),
    READY_TIMEOUT_MS: positiveInt(1_000),
    PUBLIC_BASE_URL: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || /^https?:\/\/[^\s?#]+$/.test(v), { message: 'must be an absolute http(s) URL such as https://graph.example.org (no query or fragment)' }),
    EXPORT_CACHE_MAX_MB: positiveInt(256),
    PARSE_TIMEOUT_MS: positiveInt(20_000),
    PARSE_WORKERS: positiveInt(1),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
    NODE_ENV: z.string().default('development'),
    MAX_PAGE_SIZE: positiveInt(100),
    FEDERATION: z
      .enum(['true', 'false', '1', '0', ''])
      .default('false')
      .transform((v) => v === 'true' || v === '1'),
    MAX_DEPTH: positiveInt(10),
    MAX_ALIASES: positiveInt(15),
    MAX_COST: positiveInt(20_000),
    MAX_TOKENS: positiveInt(2_000),
    MAX_DIRECTIVES: positiveInt(10),
    MAX_RESPONSE_BYTES: byteSize('5mb'),
    MAX_VARIABLES_DEPTH: positiveInt(16),
    MAX_VARIABLES_VALUES: positiveInt(5_000),
    BODY_LIMIT: byteSize('100kb'),
    WRITE_BODY_LIMIT: byteSize('4mb'),
    CORS_ORIGINS: originList,
    CACHE_ENABLED: flag(true),
    CACHE_MAX_AGE_S: z.coerce.number().int().min(0).default(300),
    CACHE_MAX_MB: positiveInt(64),
    CACHE_VERSION_POLL_MS: z.coerce.number().int().min(0).default(1000),
    SLOW_QUERY_MS: z.coerce.number().int().min(0).default(500),
    METRICS_ENABLED: flag(true),
    GRAPH_DATA: z.enum(['corpus', 'seed'], { message: 'must be corpus (the seed and the shipped corpus) or seed (the seed only)' }).default('corpus'),
    MAX_GRAPH_NODES: positiveInt(DEFAULT_MAX_GRAPH_NODES),
    API_KEY: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || v.length >= API_KEY_MIN_LENGTH, {
        message: `must be at least ${API_KEY_MIN_LENGTH} characters (for example the output of \`openssl rand -hex 32\`)`,
      }),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI points at an external server',
      });
    }
  });

/** Where the graph lives: a server we start ourselves, or one the user points us at. */
export type Neo4jTarget =
  | { mode: 'local'; port: number; password?: string }
  | { mode: 'external'; uri: string; password: string };

/** The whole, validated configuration of the application. */
export interface AppConfig {
  neo4j: {
    target: Neo4jTarget;
    user: string;
    database: string;
    queryTimeoutMs: number;
    maxPoolSize: number;
    /** How long a request waits for a free connection (NEO4J_ACQUISITION_TIMEOUT_MS). */
    acquisitionTimeoutMs: number;
    /** How long the API waits for any answer from Neo4j before it gives up on it as unavailable (NEO4J_CLIENT_TIMEOUT_MS). */
    clientTimeoutMs: number;
  };
  /** How long /ready waits for Neo4j before answering 503 (READY_TIMEOUT_MS). */
  readyTimeoutMs: number;
  /** Where clients reach the API; the base of the JSON-LD export's context URL (PUBLIC_BASE_URL), never a request header. */
  publicBaseUrl: string;
  /** Memory the rendered whole-graph exports may take (EXPORT_CACHE_MAX_MB). */
  exportCacheMaxBytes: number;
  /** Parsing of texts sent to ingestResolution: worker threads and the time one text may take. */
  parse: { workers: number; timeoutMs: number };
  http: { host: string; port: number };
  logLevel: string;
  logFormat: 'auto' | 'json' | 'pretty';
  production: boolean;
  maxPageSize: number;
  /** The most nodes `neighbourhood` returns (its `limit` may not exceed it). */
  maxGraphNodes: number;
  /** The key clients send to use mutations; unset means writes over the API are disabled. */
  apiKey?: string;
  /** Serve /graphql as an Apollo Federation 2 subgraph (adds `_service`, `_entities` and the `@key`s). */
  federation: boolean;
  /** What one request may ask for; see src/api/http/limits.ts. */
  limits: RequestLimits;
  /** Origins whose browser pages may call the API; empty means same-origin only. */
  corsOrigins: string[];
  cache: { enabled: boolean; maxAgeS: number; maxBytes: number; versionPollMs: number };
  /** Neo4j queries slower than this are logged as warnings (by query file name, never with parameters). */
  slowQueryMs: number;
  metricsEnabled: boolean;
  /** What the start-up load reads besides the catalogue: `corpus` (the seed and data/corpus) or `seed` (the seed only). */
  graphData: 'corpus' | 'seed';
}

/** Per-request limits: each refuses a request with HTTP 400 and a message naming the limit. */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  maxPageSize: number;
  /** The largest answer, counted while it is built (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
  /** How deeply variable values may nest, and how many values (objects, lists, scalars) they may hold in all. */
  maxVariablesDepth: number;
  maxVariablesValues: number;
  /** Request body limit without the API key, as express.json takes it (`100kb`). */
  bodyLimit: string;
  /** Request body limit with the API key (a resolution text). */
  writeBodyLimit: string;
}

/** Raised when the environment cannot be turned into a configuration; the message names each bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the configuration. This is the only module that reads process.env.
 * Every variable is documented in README.md, section "Configuration".
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}. See README.md#configuration.`);
  }
  const e = parsed.data;
  const target: Neo4jTarget = e.NEO4J_URI
    ? { mode: 'external', uri: e.NEO4J_URI, password: e.NEO4J_PASSWORD as string }
    : { mode: 'local', port: e.NEO4J_LOCAL_PORT, password: e.NEO4J_PASSWORD || undefined };
  return {
    neo4j: {
      target,
      user: e.NEO4J_USER,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
      clientTimeoutMs: e.NEO4J_CLIENT_TIMEOUT_MS,
    },
    readyTimeoutMs: e.READY_TIMEOUT_MS,
    publicBaseUrl: (e.PUBLIC_BASE_URL || `http://${e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    exportCacheMaxBytes: e.EXPORT_CACHE_MAX_MB * 1024 * 1024,
    parse: { workers: e.PARSE_WORKERS, timeoutMs: e.PARSE_TIMEOUT_MS },
    http: { host: e.HOST, port: e.PORT },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    production: e.NODE_ENV === 'production',
    maxPageSize: e.MAX_PAGE_SIZE,
    federation: e.FEDERATION,
    maxGraphNodes: e.MAX_GRAPH_NODES,
    ...(e.API_KEY ? { apiKey: e.API_KEY } : {}),
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxCost: e.MAX_COST,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxResponseBytes: toBytes(e.MAX_RESPONSE_BYTES),
      maxVariablesDepth: e.MAX_VARIABLES_DEPTH,
      maxVariablesValues: e.MAX_VARIABLES_VALUES,
      bodyLimit: e.BODY_LIMIT,
      writeBodyLimit: e.WRITE_BODY_LIMIT,
    },
    corsOrigins: e.CORS_ORIGINS,
    cache: { enabled: e.CACHE_ENABLED, maxAgeS: e.CACHE_MAX_AGE_S, maxBytes: e.CACHE_MAX_MB * 1024 * 1024, versionPollMs: e.CACHE_VERSION_POLL_MS },
    slowQueryMs: e.SLOW_QUERY_MS,
    metricsEnabled: e.METRICS_ENABLED,
    graphData: e.GRAPH_DATA,
  };
}

/** A byteSize value (`5mb`, `100kb`, `2048`) as a number of bytes. */
export function toBytes(size: string): number {
  const match = /^(\d+)(b|kb|mb)?$/.exec(size.trim().toLowerCase());
  if (!match) throw new ConfigError(`"${size}" is not a size such as 100kb, 4mb or a number of bytes`);
  const unit = match[2] === 'mb' ? 1024 * 1024 : match[2] === 'kb' ? 1024 : 1;
  return Number(match[1]) * unit;
}
