import { AppConfig, loadConfig } from '../../src/config';

/**
 * The configuration tests build the app with: the environment (the tests' Neo4j, see test/global-setup.ts) plus
 * `env`, on 127.0.0.1 and a free port, silent, and without the response cache and /metrics unless `env` turns them
 * on (tests that write through the driver directly would otherwise see cached answers).
 */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  const config = loadConfig({ ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'silent', CACHE_ENABLED: 'false', METRICS_ENABLED: 'false', ...env });
  return { ...config, http: { ...config.http, port: env.PORT ? config.http.port : 0 } };
}
