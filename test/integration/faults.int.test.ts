import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateResolutions } from '../../bench/ingest/generate';
import { loadConfig } from '../../src/config';
import { localBoltUri, resolveLocalPassword, startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j } from '../../src/platform/neo4j/local-neo4j';
import { loadSeedGraph } from '../../src/services/seed-loader';
import { INGEST_CHUNK } from '../../src/services/ingest-service';
import { connectGraph, GraphRuntime } from '../../src/app/graph-runtime';
import { buildOnce, findLeak, freePort, RunningProcess, sleep, startApi, startNode } from '../support/api-process';
import { countGraph } from '../support/graph-counts';
import { DATA_DIR, ROOT_DIR } from '../support/paths';
import { artifactPath } from '../support/artifacts';

/**
 * Faults against the real processes: the API (`node dist/src/main.js`) and the ingest CLI, with a Neo4j of this
 * file's own (home .neo4j-test-faults, port 7716) that the tests stop, start and restart. The shared test Neo4j of
 * the other files is never touched.
 */
const HOME = process.env.FAULTS_NEO4J_HOME ?? join(ROOT_DIR, '.neo4j-test-faults');
const PORT = Number(process.env.FAULTS_NEO4J_PORT ?? 7716);
const PASSWORD = resolveLocalPassword(HOME);
const NEO4J = { homeDir: HOME, port: PORT, password: PASSWORD, log: (line: string) => process.stderr.write(`[faults neo4j] ${line}\n`) };
const URI = localBoltUri(PORT);
/**
 * A Neo4j just started on a busy two-core machine can take over the default 15 s for its first catalogue write; the
 * transaction timeout is not what these tests measure, so they allow 2 minutes (the API still retries timeouts).
 */
const SLOW_MACHINE = { NEO4J_QUERY_TIMEOUT_MS: '120000' };
const QUERY = JSON.stringify({ query: '{ instrument(abbreviation: "ICCPR") { title } }' });
const ICCPR = 'International Covenant on Civil and Political Rights';
/** Several chunks of `npm run ingest` (it writes INGEST_CHUNK files at a time), so a kill can land between chunks and inside one. */
const TEXTS = 3 * INGEST_CHUNK + 20;

jest.setTimeout(300_000);

/**
 * Starts this file's Neo4j. The API, retrying meanwhile, may try its password in the moment between Bolt opening and
 * the launcher setting the password, and so trip Neo4j's failed-login lockout (a few seconds): then wait it out.
 */
async function startNeo4j(): Promise<void> {
  try {
    await startLocalNeo4j(NEO4J);
  } catch (error) {
    if (!/too many times/.test((error as Error).message)) throw error;
    const deadline = Date.now() + 30_000;
    while (!(await statusLocalNeo4j(NEO4J)).boltAnswers) {
      if (Date.now() > deadline) throw error;
      await sleep(1_000);
    }
  }
}

interface Answer {
  started: number;
  ended: number;
  status: number;
  body: string;
  codes: string[];
  ok: boolean;
}

/** Asks for the ICCPR's title; with `unique`, in a text no earlier request used, so no cache can answer it and it meets Neo4j. */
async function ask(base: string, unique?: number): Promise<Answer> {
  const started = Date.now();
  const request = unique === undefined ? QUERY : JSON.stringify({ query: `{ t${unique}: __typename instrument(abbreviation: "ICCPR") { title } }` });
  try {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request, signal: AbortSignal.timeout(30_000) });
    const body = await res.text();
    const json = JSON.parse(body) as { data?: { instrument?: { title?: string } }; errors?: { extensions?: { code?: string } }[] };
    const codes = (json.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
    return { started, ended: Date.now(), status: res.status, body, codes, ok: res.status === 200 && codes.length === 0 && json.data?.instrument?.title === ICCPR };
  } catch (error) {
    return { started, ended: Date.now(), status: 0, body: String(error), codes: ['(transport)'], ok: false };
  }
}

describe('faults: Neo4j down, restarted, SIGTERM, SIGKILL mid-ingest', () => {
  let api: RunningProcess | undefined;
  let ingest: RunningProcess | undefined;
  let base = '';
  let apiPort = 0;
  const tmp = mkdtempSync(join(tmpdir(), 'unhr-faults-'));

  beforeAll(async () => {
    buildOnce();
    await stopLocalNeo4j(NEO4J);
  });
  afterEach(() => {
    // The API's log, for a failure's post-mortem (test-artifacts/ is not committed).
    if (api) writeFileSync(artifactPath('faults-api.log'), api.text());
  });
  afterAll(async () => {
    await api?.kill();
    await ingest?.kill();
    await stopLocalNeo4j(NEO4J);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('a. starts and listens while Neo4j is down, says 503 until Neo4j comes, then becomes ready by itself', async () => {
    apiPort = await freePort();
    base = `http://127.0.0.1:${apiPort}`;
    api = await startApi({ neo4jUri: URI, password: PASSWORD, port: apiPort, env: SLOW_MACHINE });

    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { status: string }).status).toBe('not ready');

    const down = await ask(base);
    expect(down.status).toBe(503);
    expect(down.codes).toEqual(['SERVICE_UNAVAILABLE']);
    expect(findLeak(down.body)).toBeUndefined();

    await startNeo4j();
    const back = Date.now();
    let status = 0;
    // Ready once the catalogue and seed are loaded (about 20 s on a busy two-core machine).
    while (Date.now() - back < 120_000) {
      status = (await fetch(`${base}/ready`)).status;
      if (status === 200) break;
      await sleep(250);
    }
    expect(status).toBe(200);
    const answer = await ask(base);
    expect(answer.ok).toBe(true);
    process.stderr.write(`[faults] a: ready ${Date.now() - back} ms after Neo4j answered\n`);
    expect(api.text()).not.toMatch(/internal error/i);
  });

  it('b. recovers within 10 s when Neo4j restarts under load, answering SERVICE_UNAVAILABLE meanwhile', async () => {
    const answers: Answer[] = [];
    let running = true;
    // Each request is new: a repeated one is answered from the answer cache without Neo4j, outage or not.
    let asked = 0;
    const client = async () => {
      while (running) {
        answers.push(await ask(base, asked++));
        await sleep(50);
      }
    };
    const clients = Array.from({ length: 10 }, client);
    const warm = Date.now();
    while (answers.filter((a) => a.ok).length < 20 && Date.now() - warm < 60_000) await sleep(100);
    const stopped = Date.now();
    await stopLocalNeo4j(NEO4J);
    await sleep(2_000);
    await startNeo4j();
    const back = Date.now();
    await sleep(12_000);
    running = false;
    await Promise.all(clients);

    const before = answers.filter((a) => a.ended < stopped);
    const failures = answers.filter((a) => !a.ok);
    const lastFailure = Math.max(back, ...failures.map((a) => a.ended));
    process.stderr.write(
      `[faults] b: ${answers.length} requests, ${failures.length} failed during the outage; ` +
        `recovered ${lastFailure - back} ms after Neo4j answered again\n`,
    );
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((a) => a.ok)).toBe(true);
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect([f.status, f.codes]).toEqual([503, ['SERVICE_UNAVAILABLE']]);
      expect(findLeak(f.body)).toBeUndefined();
    }
    expect(lastFailure - back).toBeLessThan(10_000);
    const late = answers.filter((a) => a.started > back + 10_000);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((a) => a.ok)).toBe(true);
    expect(api!.text()).not.toMatch(/internal error/i);
  });

  it('c. on SIGTERM finishes the request in flight, refuses new connections and exits 0 with the driver closed', async () => {
    const body = Buffer.from(QUERY);
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: apiPort, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // A slow client: half the body now, the rest after SIGTERM.
      req.write(body.subarray(0, 10));
      setTimeout(() => req.end(body.subarray(10)), 1_500);
    });
    await sleep(300);
    const signalled = Date.now();
    api!.child.kill('SIGTERM');
    await api!.waitForLine(/SIGTERM received/, 2_000);
    await expect(fetch(`${base}/health`)).rejects.toThrow();

    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body).data.instrument.title).toBe(ICCPR);
    const exit = await Promise.race([api!.exited, sleep(8_000).then(() => undefined)]);
    expect(exit).toEqual({ code: 0, signal: null });
    process.stderr.write(`[faults] c: exited ${Date.now() - signalled} ms after SIGTERM\n`);
    expect(api!.text()).toMatch(/Stopped cleanly: in-flight requests answered, Neo4j driver closed/);
    api = undefined;
  });

  describe('d. SIGKILL mid-ingest', () => {
    let graph: GraphRuntime;
    const files = join(tmp, 'texts');
    const env = { NEO4J_URI: URI, NEO4J_PASSWORD: PASSWORD, ...SLOW_MACHINE };

    beforeAll(async () => {
      graph = await connectGraph(loadConfig({ ...process.env, ...env }));
      rmSync(files, { recursive: true, force: true });
      mkdirSync(files, { recursive: true });
      for (const r of generateResolutions(TEXTS, 48)) writeFileSync(join(files, `${r.name}.txt`), r.text);
    });
    afterAll(async () => {
      await graph?.driver.close();
    });

    async function emptyAndLoadCatalogue(): Promise<void> {
      const session = graph.driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
      await loadSeedGraph(graph.executor, DATA_DIR);
    }

    /** Per resolution with text: its paragraphCount, and per paragraph id the number of citations it holds. */
    async function resolutionShapes(): Promise<Map<string, { paragraphCount: number; orders: number[]; citations: Record<string, number>; links: number }>> {
      const session = graph.driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.run(
          `MATCH (r:Resolution) WHERE r.paragraphCount IS NOT NULL
           OPTIONAL MATCH (r)-[:HAS_PARAGRAPH]->(p:Paragraph)
           WITH r, p, COUNT { (p)-[:CITES]->() } AS cites
           ORDER BY p.order
           RETURN r.id AS id, r.paragraphCount AS paragraphCount, COUNT { (r)-->(:Entity) } AS links,
                  collect(p.order) AS orders, collect([p.id, cites]) AS citations`,
        );
        return new Map(
          result.records.map((rec) => [
            rec.get('id') as string,
            {
              paragraphCount: Number(rec.get('paragraphCount')),
              orders: (rec.get('orders') as unknown[]).map(Number),
              citations: Object.fromEntries((rec.get('citations') as [string | null, unknown][]).filter(([p]) => p !== null).map(([p, n]) => [p, Number(n)])),
              links: Number(rec.get('links')),
            },
          ]),
        );
      } finally {
        await session.close();
      }
    }

    async function orphanParagraphs(): Promise<number> {
      const session = graph.driver.session({ defaultAccessMode: 'READ' });
      try {
        const result = await session.run('MATCH (p:Paragraph) WHERE NOT (:Resolution)-[:HAS_PARAGRAPH]->(p) RETURN count(p) AS n');
        return Number(result.records[0].get('n'));
      } finally {
        await session.close();
      }
    }

    it('leaves no partial resolution, and a re-run gives the same graph as one clean run', async () => {
      await emptyAndLoadCatalogue();
      const cleanStarted = Date.now();
      ingest = startNode('src/cli/ingest.js', env, [files]);
      expect((await ingest.exited).code).toBe(0);
      const cleanMs = Date.now() - cleanStarted;
      const cleanCounts = await countGraph(graph.driver);
      const cleanShapes = await resolutionShapes();
      expect(cleanShapes.size).toBe(TEXTS + 1); // the seed and the synthetic texts
      process.stderr.write(`[faults] d: clean ingest of ${TEXTS} texts in ${cleanMs} ms\n`);

      await emptyAndLoadCatalogue();
      ingest = startNode('src/cli/ingest.js', env, [files]);
      const done = () => ingest!.output.filter((l) => l.startsWith('✓')).length;
      // The first chunk's lines come out when it is written; the next chunks are then in flight.
      while (done() === 0 && ingest.running) await sleep(20);
      ingest.child.kill('SIGKILL');
      expect(await ingest.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const ingestedBeforeKill = done();
      expect(ingestedBeforeKill).toBeLessThan(TEXTS);

      const shapes = await resolutionShapes();
      process.stderr.write(`[faults] d: killed after ${ingestedBeforeKill} reported files; the graph holds ${shapes.size - 1} synthetic resolutions\n`);
      expect(shapes.size - 1).toBeGreaterThanOrEqual(ingestedBeforeKill);
      expect(shapes.size - 1).toBeLessThan(TEXTS);
      for (const [id, shape] of shapes) {
        // Every resolution the graph holds is whole: all its paragraphs (orders 1..n), each with all its citations.
        expect({ id, ...shape }).toEqual({ id, ...cleanShapes.get(id)! });
        expect(shape.orders).toEqual(Array.from({ length: shape.paragraphCount }, (_, i) => i + 1));
      }
      expect(await orphanParagraphs()).toBe(0);

      ingest = startNode('src/cli/ingest.js', env, [files]);
      expect((await ingest.exited).code).toBe(0);
      expect(await countGraph(graph.driver)).toEqual(cleanCounts);
      expect(await resolutionShapes()).toEqual(cleanShapes);
    });
  });
});
