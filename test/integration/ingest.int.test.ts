import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { cypher } from '../../src/graph/cypher';
import { LoadRepository } from '../../src/graph/load.repository';
import { IngestError } from '../../src/core/ingest/errors';
import { ingestText, ingestTexts } from '../../src/services/ingest-service';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { createLogger } from '../../src/api/http/logger';
import { createContext, GraphContext, WriteSetup } from '../../src/api/graphql/context';
import { connectTestGraph, resetAndLoad } from '../support/graph';
import { ROOT_DIR } from '../support/paths';
import { startTestHttp } from '../support/http-server';
import { composeGraphql } from '../../src/app/compose-app';
import { testConfig } from '../support/config';

const SEED = 'E/CN.4/RES/2003/48';
const SYMBOL = 'A/RES/99/901';
const FIXTURE = join(ROOT_DIR, 'test/fixtures/texts/ingest/ga-99-901.txt');
const TEXT = readFileSync(FIXTURE, 'utf8');
const ILO_PARAGRAPH = 'Bearing in mind the principles and standards established within the framework of the International Labour Organization,\n\n';
const API_KEY = 'test-key-0123456789abcdef';

let graph: GraphRuntime;
let deps: { load: LoadRepository; read: GraphRuntime['repo'] };

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.executor.read(cypher('health/counts'));
  return row as { nodes: number; relationships: number };
}

beforeAll(async () => {
  graph = await connectTestGraph();
  deps = { load: new LoadRepository(graph.executor), read: graph.repo };
});
afterAll(async () => graph.driver.close());

describe('ingesting a resolution text into the graph', () => {
  let server: ApolloServer<GraphContext>;
  const query = async (q: string, writes: WriteSetup = {}) => {
    const response = await server.executeOperation({ query: q }, { contextValue: createContext(graph.repo, 100, 'test', writes) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  };

  beforeAll(async () => {
    await resetAndLoad(graph);
    server = composeGraphql(testConfig(), createLogger('silent')).apollo;
  });

  it('links a second resolution to the instruments the seed cites: UDHR is then cited by both', async () => {
    const before = await query('{ instrument(abbreviation: "UDHR") { citedBy { nodes { resolution { symbol } } } } }');
    expect(before.data.instrument.citedBy.nodes.map((n: any) => n.resolution.symbol)).toEqual([SEED]);

    const summary = await ingestText(TEXT, deps);

    expect(summary).toMatchObject({ symbol: SYMBOL, resolutionId: `un:${SYMBOL}`, paragraphCount: 7, citationCount: 11, replaced: false, dryRun: false });
    expect(summary.linkedEntityIds).toEqual(expect.arrayContaining(['instrument:udhr', 'instrument:iccpr', 'instrument:icescr', 'instrument:icmw', 'body:ilo', 'body:general-assembly']));
    // body:states ("Calls upon all States") is new until the catalogue has the collective actors.
    expect(summary.newEntityIds.filter((id: string) => id !== 'body:states').sort()).toEqual(['event:ga-100', 'event:ga-99', 'event:ga-99-meeting-71', 'un:A/99/455/Add.2']);
    const { data, errors } = await query('{ instrument(abbreviation: "UDHR") { citedBy { nodes { resolution { symbol } } } } }');
    expect(errors).toBeUndefined();
    expect(data.instrument.citedBy.nodes.map((n: any) => n.resolution.symbol).sort()).toEqual([SYMBOL, SEED].sort());
    const icmw = await query('{ instrument(abbreviation: "ICMW") { citedBy(first: 50) { nodes { resolution { symbol } } } } }');
    expect(new Set(icmw.data.instrument.citedBy.nodes.map((n: any) => n.resolution.symbol))).toEqual(new Set([SEED, SYMBOL]));
  });

  it('changes nothing when the same text is ingested again, and says it replaced the previous version', async () => {
    const before = await counts();
    const again = await ingestText(TEXT, deps);
    expect(await counts()).toEqual(before);
    expect(again.replaced).toBe(true);
    expect(again.newEntityIds).toEqual([]);
  });

  it('replaces the old paragraphs cleanly with those of a corrected text (one paragraph fewer)', async () => {
    const corrected = TEXT.replace(ILO_PARAGRAPH, '');
    expect(corrected).not.toBe(TEXT);
    const before = await counts();

    const summary = await ingestText(corrected, deps);

    expect(summary.paragraphCount).toBe(6);
    // One paragraph node fewer; its HAS_PARAGRAPH and its one citation (of the ILO) are gone.
    expect(await counts()).toEqual({ nodes: before.nodes - 1, relationships: before.relationships - 2 });
    const { data } = await query(`{
      resolution(symbol: "${SYMBOL}") { paragraphCount paragraphs { id order text } }
      body(abbreviation: "ILO") { citedBy { nodes { resolution { symbol } } } }
    }`);
    expect(data.resolution.paragraphCount).toBe(6);
    expect(data.resolution.paragraphs.map((p: any) => p.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(data.resolution.paragraphs.map((p: any) => p.text).join('\n')).not.toContain('International Labour Organization');
    expect(data.resolution.paragraphs[2]).toMatchObject({ id: `un:${SYMBOL}#pp3`, text: expect.stringMatching(/^Deeply concerned at/) });
    expect(data.body.citedBy.nodes.map((n: any) => n.resolution.symbol)).toEqual([SEED]);
  });

  it('writes nothing for a text that is not a resolution', async () => {
    const before = await counts();
    await expect(ingestText('Minutes of the staff picnic\n\nWe had sandwiches and it did not rain at all.', deps)).rejects.toThrow(IngestError);
    await expect(ingestText(TEXT.replace('The General Assembly,', 'The Picnic Committee,'), deps)).rejects.toThrow(/organ line/);
    expect(await counts()).toEqual(before);
  });

  describe('the ingestResolution mutation', () => {
    const mutation = (text: string, dryRun = false) =>
      `mutation { ingestResolution(text: ${JSON.stringify(text)}, dryRun: ${dryRun}) {
        dryRun symbol resolutionId replaced paragraphCount citationCount linkedEntityIds newEntityIds
        resolution { symbol paragraphCount guidedBy { label } }
      } }`;
    const withKey = (key: string): WriteSetup => ({ apiKey: API_KEY, presentedKey: key, load: deps.load });

    beforeAll(async () => resetAndLoad(graph));

    it('is FORBIDDEN while the server has no API key, and writes nothing', async () => {
      const before = await counts();
      const { data, errors } = await query(mutation(TEXT), { presentedKey: API_KEY, load: deps.load });
      expect(data?.ingestResolution ?? null).toBeNull();
      expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(errors?.[0].message).toMatch(/^Writes are disabled: set API_KEY/);
      expect(await counts()).toEqual(before);
    });

    it('is FORBIDDEN with a wrong or missing key, and writes nothing', async () => {
      const before = await counts();
      for (const setup of [withKey('wrong-key-0123456789abcdef'), withKey(''), { apiKey: API_KEY, load: deps.load }]) {
        const { errors } = await query(mutation(TEXT), setup);
        expect(errors?.[0].extensions.code).toBe('FORBIDDEN');
        expect(errors?.[0].message).toMatch(/^Send the API key in the x-api-key header/);
      }
      expect(await counts()).toEqual(before);
    });

    it('with the right key, a dry run reports what would be created and writes nothing', async () => {
      const before = await counts();
      const { data, errors } = await query(mutation(TEXT, true), withKey(API_KEY));
      expect(errors).toBeUndefined();
      expect(data.ingestResolution).toMatchObject({ dryRun: true, symbol: SYMBOL, paragraphCount: 7, citationCount: 11, resolution: null });
      expect(data.ingestResolution.newEntityIds.sort()).toEqual(['event:ga-100', 'event:ga-99', 'event:ga-99-meeting-71', 'un:A/99/455/Add.2']);
      expect(await counts()).toEqual(before);
    });

    it('with the right key, stores the resolution and returns it, resolvable like any other', async () => {
      const { data, errors } = await query(mutation(TEXT), withKey(API_KEY));
      expect(errors).toBeUndefined();
      const result = data.ingestResolution;
      expect(result).toMatchObject({ dryRun: false, symbol: SYMBOL, resolutionId: `un:${SYMBOL}`, replaced: false, paragraphCount: 7, citationCount: 11 });
      expect(result.linkedEntityIds).toEqual(expect.arrayContaining(['instrument:udhr', 'instrument:icmw']));
      expect(result.newEntityIds.filter((id: string) => id !== 'body:states')).toHaveLength(4);
      expect(result.resolution).toEqual({ symbol: SYMBOL, paragraphCount: 7, guidedBy: [{ label: 'UDHR' }, { label: 'ICCPR' }, { label: 'ICESCR' }] });
    });

    it('answers BAD_USER_INPUT with the reason for a text that is not a resolution, or one over 1 MB', async () => {
      const before = await counts();
      const notResolution = await query(mutation('Dear colleagues, lunch is at noon on Friday in the usual room.'), withKey(API_KEY));
      expect(notResolution.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(notResolution.errors?.[0].message).toMatch(/resolution/);
      const huge = await query(mutation(TEXT + ' x'.repeat(600_000)), withKey(API_KEY));
      expect(huge.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(huge.errors?.[0].message).toMatch(/limit is 1 MB/);
      expect(await counts()).toEqual(before);
    });
  });
});

describe('ingestResolution over HTTP', () => {
  let server: Server;
  let base: string;
  let stopApollo: () => Promise<void>;

  beforeAll(async () => {
    await resetAndLoad(graph);
    const api = await startTestHttp(graph, { apiKey: API_KEY });
    stopApollo = () => api.close();
    server = api.app.server;
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await stopApollo();
  });

  const ingest = async (headers: Record<string, string>) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: 'mutation($text: String!) { ingestResolution(text: $text) { symbol paragraphCount } }', variables: { text: TEXT } }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('reads the key from x-api-key or Authorization: Bearer, and refuses requests without it', async () => {
    const anonymous = await ingest({});
    expect(anonymous.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(anonymous.body.errors[0].message).toMatch(/x-api-key/);
    const header = await ingest({ 'x-api-key': API_KEY });
    expect(header.body).toEqual({ data: { ingestResolution: { symbol: SYMBOL, paragraphCount: 7 } } });
    const bearer = await ingest({ authorization: `Bearer ${API_KEY}` });
    expect(bearer.body.data.ingestResolution.symbol).toBe(SYMBOL);
  });

  it('accepts a resolution-sized body only with the key (anonymous requests stay under 100 kB)', async () => {
    const big = JSON.stringify({ query: 'mutation($text: String!) { ingestResolution(text: $text, dryRun: true) { symbol } }', variables: { text: TEXT + '\n'.repeat(200_000) } });
    const post = (headers: Record<string, string>) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: big });
    expect((await post({})).status).toBe(413);
    const keyed = await post({ 'x-api-key': API_KEY });
    expect(keyed.status).toBe(200);
    expect(((await keyed.json()) as any).data.ingestResolution.symbol).toBe(SYMBOL);
  });
});

describe('ingesting many texts at once (the bulk path the CLI uses)', () => {
  /** A second resolution, different symbol and session, citing the same instruments and the same new report. */
  const OTHER = TEXT.replace(/99\/901/g, '99/902');

  it('builds exactly the graph that ingesting the texts one by one builds, and a bad text fails alone', async () => {
    await resetAndLoad(graph);
    await ingestText(TEXT, deps);
    await ingestText(OTHER, deps);
    const oneByOne = await counts();

    await resetAndLoad(graph);
    const results = await ingestTexts([TEXT, 'Minutes of the staff picnic\n\nWe had sandwiches.', OTHER, TEXT], deps);

    expect(await counts()).toEqual(oneByOne);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true]);
    const [first, bad, second, again] = results;
    expect(bad.ok || bad.error).toBeInstanceOf(IngestError);
    if (!first.ok || !second.ok || !again.ok) throw new Error('expected the good texts to be ingested');
    // The report introduced by the first text is new there, and already existing for the second.
    expect(first.summary.newEntityIds).toContain('un:A/99/455/Add.2');
    expect(second.summary.newEntityIds).not.toContain('un:A/99/455/Add.2');
    expect(second.summary.linkedEntityIds).toContain('un:A/99/455/Add.2');
    expect([first.summary.replaced, second.summary.replaced, again.summary.replaced]).toEqual([false, false, true]);
    const stored = await graph.repo.bySymbols([SYMBOL, 'A/RES/99/902']);
    expect([...stored.values()].map((n) => n.paragraphCount)).toEqual([7, 7]);
  });
});

describe('npm run ingest (the CLI)', () => {
  let dir: string;
  const CLI = join(ROOT_DIR, 'dist/src/cli/ingest.js');

  /** Runs the built CLI with the test database's connection settings (set by test/global-setup.ts), stdout/stderr not a terminal. */
  const runCli = (args: string[], env: Record<string, string | undefined> = {}) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT_DIR, stdio: 'pipe' });
    await resetAndLoad(graph);
    dir = mkdtempSync(join(tmpdir(), 'unhr-ingest-'));
    writeFileSync(join(dir, 'a-good.txt'), TEXT);
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe, 0x00, 0x01]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests the good file, names each bad file with what to do, and exits non-zero', async () => {
    const before = await counts();
    const { code, stdout, stderr } = await runCli([dir]);

    expect(code).toBe(1);
    expect(stdout).toMatch(/✓ .*a-good\.txt: A\/RES\/99\/901: 7 paragraphs, 11 citations, linked \d+ existing and 4 new entities/);
    expect(stderr).toMatch(/✗ .*b-empty\.txt: The file is empty\./);
    expect(stderr).toMatch(/✗ .*c-binary\.txt: The input looks binary .*pdftotext/);
    expect(stdout).toMatch(/Ingested 1 of 3 file\(s\): .* resolutions\/s\).*; 2 failed\./);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at .*:\d+:\d+/);
    const after = await counts();
    expect(after.nodes).toBeGreaterThan(before.nodes);
    const stored = await graph.repo.bySymbols([SYMBOL]);
    expect(stored.get(SYMBOL)?.paragraphCount).toBe(7);
  });

  it('says what a replacement removed, and that a catalogued symbol kept its curated facts', async () => {
    await resetAndLoad(graph);
    const corrected = join(dir, 'corrected', 'a-good.txt');
    mkdirSync(join(dir, 'corrected'));
    writeFileSync(corrected, TEXT.replace(ILO_PARAGRAPH, ''));
    expect((await runCli([join(dir, 'a-good.txt')])).code).toBe(0);

    const { code, stdout } = await runCli([corrected]);

    expect(code).toBe(0);
    expect(stdout).toMatch(/\(replaced the previous version: sha256 [0-9a-f]{12}…, 7 paragraphs and 11 citations; removed 1 paragraph\(s\) \(pp3\) and 1 citation\(s\) \(body:ilo\)\)/);
    const catalogued = join(dir, 'corrected', 'a-res-45-158.txt');
    writeFileSync(catalogued, TEXT.replace('A/RES/99/901', 'A/RES/45/158').replace('99/901.', '45/158.'));
    const attached = await runCli([catalogued]);
    expect(attached.stdout).toContain('A/RES/45/158 is in the curated catalogue, so its title, date and links were kept and the paragraphs attached to it');
  });

  it('with --dry-run --json prints the parsed structures and never connects to Neo4j', async () => {
    await resetAndLoad(graph);
    const before = await counts();
    // An unreachable server: a dry run that tried to connect would fail.
    const { code, stdout, stderr } = await runCli([join(dir, 'a-good.txt'), '--dry-run', '--json'], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'unused-password' });

    expect(stderr).not.toMatch(/not reachable/);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ok: true, summary: { symbol: SYMBOL, dryRun: true, paragraphCount: 7 }, parsed: { symbol: SYMBOL, number: '99/901' } });
    expect(results[0].parsed.paragraphs[0].citations.map((c: any) => c.target)).toEqual(['instrument:udhr', 'instrument:iccpr', 'instrument:icescr']);
    expect(await counts()).toEqual(before);
    expect((await graph.repo.bySymbols([SYMBOL])).has(SYMBOL)).toBe(false);
  });

  it('stops with one clear message and exit code 1 when Neo4j is unreachable', async () => {
    const { code, stdout, stderr } = await runCli([dir], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'unused-password' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:9 is not reachable \(.*ECONNREFUSED.*\)\. Start it \(npm run db:start\) or check NEO4J_URI/);
  });
});
