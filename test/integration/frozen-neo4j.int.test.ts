import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLeak, RunningProcess, sleep, startTestApi } from '../support/api-process';
import { ROOT_DIR } from '../support/paths';

/**
 * Issue 9, finding 5: with Neo4j frozen (SIGSTOP), every request and /ready hung for as long as it stayed frozen.
 * The API (the real process) now gives up on a silent Neo4j after NEO4J_CLIENT_TIMEOUT_MS with 503
 * SERVICE_UNAVAILABLE, and /ready answers within READY_TIMEOUT_MS (1 s). The shared test Neo4j is frozen for a few
 * seconds and always resumed.
 */
const HOME = process.env.NEO4J_TEST_HOME ?? join(ROOT_DIR, '.neo4j-test');
const QUERY = JSON.stringify({ query: '{ instrument(abbreviation: "ICCPR") { title } }' });

jest.setTimeout(180_000);

describe('a frozen Neo4j', () => {
  let api: RunningProcess;
  let base: string;

  beforeAll(async () => {
    // The client bound is at least the server's transaction timeout + 1 s (src/runtime.ts): 2 s + 1 s.
    ({ api, base } = await startTestApi({ NEO4J_QUERY_TIMEOUT_MS: '2000', NEO4J_CLIENT_TIMEOUT_MS: '3000', CACHE_ENABLED: 'false', LOG_LEVEL: 'warn' }));
  });
  afterAll(async () => {
    await api?.kill();
  });

  const ask = async (path = '/graphql') => {
    const started = Date.now();
    const response = path === '/graphql' ? await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY }) : await fetch(`${base}${path}`);
    const text = await response.text();
    return { status: response.status, text, ms: Date.now() - started };
  };

  it('answers 503 SERVICE_UNAVAILABLE within the configured time, /ready within 1 s, and recovers when Neo4j resumes', async () => {
    // The catalogue is loaded by the other files' runs or this API's start; wait until a query answers.
    let before = await ask();
    for (let i = 0; i < 60 && before.status !== 200; i++) {
      await sleep(1_000);
      before = await ask();
    }
    expect(before.status).toBe(200);
    const pid = Number(readFileSync(join(HOME, 'run', 'neo4j.pid'), 'utf8').trim());
    process.kill(pid, 'SIGSTOP');
    try {
      const [query, ready] = await Promise.all([ask(), ask('/ready')]);
      expect(ready.status).toBe(503);
      expect(ready.ms).toBeLessThan(1_000 + 500);
      expect(query.status).toBe(503);
      expect(JSON.parse(query.text).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(query.ms).toBeLessThan(3_000 + 1_500);
      expect(findLeak(query.text)).toBeUndefined();
      process.stderr.write(`[frozen] query 503 after ${query.ms} ms, /ready 503 after ${ready.ms} ms\n`);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    let after = await ask();
    for (let i = 0; i < 20 && after.status !== 200; i++) {
      await sleep(500);
      after = await ask();
    }
    expect(after.status).toBe(200);
  });
});
