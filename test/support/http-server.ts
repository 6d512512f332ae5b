import { App, composeApp } from '../../src/app/compose-app';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { AppConfig, RequestLimits } from '../../src/config';
import { Logger } from '../../src/api/http/logger';
import { buildOnce } from './api-process';
import { testConfig } from './config';

/** What a test server may differ in from the tests' configuration. */
export interface TestHttpOptions {
  /** Environment variables on top of the tests' (CACHE_ENABLED, SLOW_QUERY_MS, FEDERATION, ...). */
  env?: Record<string, string>;
  limits?: Partial<RequestLimits>;
  apiKey?: string;
  corsOrigins?: string[];
  logger?: Logger;
  /** Changes to the finished configuration (a fixed port, a public base URL). */
  configure?: (config: AppConfig) => AppConfig;
}

/** A running API on a free port over the given graph, built by composeApp as main.ts builds it. */
export interface TestHttp {
  base: string;
  app: App;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the whole app (composeApp) over `graph` on 127.0.0.1 with an ephemeral port; the test keeps `graph` open. */
export async function startTestHttp(graph: GraphRuntime, options: TestHttpOptions = {}): Promise<TestHttp> {
  const base = testConfig(options.env);
  let config: AppConfig = {
    ...base,
    apiKey: options.apiKey ?? base.apiKey,
    corsOrigins: options.corsOrigins ?? base.corsOrigins,
    limits: { ...base.limits, ...options.limits },
    maxPageSize: options.limits?.maxPageSize ?? base.maxPageSize,
  };
  config = options.configure ? options.configure(config) : config;
  // With the key, ingestResolution parses in worker threads as in production; they run the compiled dist/.
  if (config.apiKey) buildOnce();
  const app = await composeApp(config, { graph, logger: options.logger, loadGraph: false });
  return {
    base: app.base,
    app,
    post: (body, headers = {}) =>
      fetch(`${app.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: () => app.close({ graceMs: 0 }),
  };
}
