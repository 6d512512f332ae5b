import cytoscape from 'cytoscape';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as jsonld from 'jsonld';
import neo4j from 'neo4j-driver';
import { importToolOptions, writeCsv } from '../../src/core/export/csv';
import { toCytoscape } from '../../src/core/export/cytoscape';
import { GraphData } from '../../src/core/export/graph-data';
import { writeGraphml } from '../../src/core/export/graphml';
import { DEFAULT_CONTEXT_URL, nodeIri, readContextDocument, toJsonLd } from '../../src/core/export/jsonld';
import { runNeo4jAdminImport } from '../../src/platform/neo4j/neo4j-import';
import { resolveLocalPassword, startLocalNeo4j, stopLocalNeo4j } from '../../src/platform/neo4j/local-neo4j';
import { ExportRepository, ExportRootNotFoundError } from '../../src/graph/export.repository';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { freePort, getWithHost } from '../support/api-process';
import { connectTestGraph, resetAndLoad } from '../support/graph';
import { ROOT_DIR } from '../support/paths';
import { startTestHttp } from '../support/http-server';

const SEED = 'un:E/CN.4/RES/2003/48';
const ICMW = 'instrument:icmw';
const ELI = 'http://data.europa.eu/eli/ontology#';

type Counts = { nodes: number; relationships: number; labels: Record<string, number>; types: Record<string, number> };

/** Counts of a graph's data (entities and paragraphs; not the cache's :GraphVersion node) straight from Cypher, per label and per relationship type. */
async function countInDatabase(run: (q: string, p?: Record<string, unknown>) => Promise<any[]>): Promise<Counts> {
  const [totals] = await run('CALL () { MATCH (n) WHERE n:Entity OR n:Paragraph RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const labels = await run('MATCH (n) WHERE n:Entity OR n:Paragraph UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
  const types = await run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
  return {
    nodes: totals.nodes,
    relationships: totals.relationships,
    labels: Object.fromEntries(labels.map((r) => [r.label, r.n])),
    types: Object.fromEntries(types.map((r) => [r.type, r.n])),
  };
}

function countExport(graph: GraphData): Counts {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of graph.nodes) for (const l of n.labels) labels[l] = (labels[l] ?? 0) + 1;
  for (const r of graph.relationships) types[r.type] = (types[r.type] ?? 0) + 1;
  const sort = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return { nodes: graph.nodes.length, relationships: graph.relationships.length, labels: sort(labels), types: sort(types) };
}

describe('bulk exports of the real graph', () => {
  let graph: GraphRuntime;
  let exporter: ExportRepository;
  let whole: GraphData;
  let source: Counts;
  const run = async (q: string, p: Record<string, unknown> = {}) => {
    const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    try {
      return (await session.run(q, p)).records.map((r) => {
        const o = r.toObject();
        for (const k of Object.keys(o)) if (neo4j.isInt(o[k])) o[k] = o[k].toNumber();
        return o;
      });
    } finally {
      await session.close();
    }
  };

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    exporter = new ExportRepository(graph.executor);
    source = await countInDatabase(run);
    whole = await exporter.wholeGraph(undefined, 25); // small pages, so paging itself is exercised
  });
  afterAll(async () => {
    await graph.driver.close();
  });

  it('reads every node and relationship, page by page, each once', () => {
    expect(source.nodes).toBeGreaterThan(100);
    expect(countExport(whole)).toEqual(source);
    expect(new Set(whole.nodes.map((n) => n.id)).size).toBe(whole.nodes.length);
    expect(new Set(whole.relationships.map((r) => r.id)).size).toBe(whole.relationships.length);
  });

  it('Cytoscape.js loads the export with the counts and degrees of the graph', async () => {
    const doc = JSON.parse(JSON.stringify(toCytoscape(whole)));
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().length).toBe(source.nodes);
    expect(cy.edges().length).toBe(source.relationships);
    const [{ degree }] = await run('MATCH (n {id: $id})-[r]-() RETURN count(r) AS degree', { id: SEED });
    expect(degree).toBeGreaterThan(20);
    expect(cy.getElementById(SEED).degree(false)).toBe(degree);
    expect(cy.getElementById(SEED).data('kind')).toBe('Resolution');
  });

  it('GraphML validates, parses and carries the citation of the Migrant Workers Convention with its quote', async () => {
    const xml = writeGraphml(whole);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['key', 'node', 'edge', 'data'].includes(n) }).parse(xml).graphml;
    expect(doc.graph.node).toHaveLength(source.nodes);
    expect(doc.graph.edge).toHaveLength(source.relationships);
    const cited = await run('MATCH (p:Paragraph)-[c:CITES]->(:Entity {id: $id}) WHERE p.id STARTS WITH $seed RETURN p.id AS paragraph, c.quote AS quote ORDER BY c.key LIMIT 1', { id: ICMW, seed: SEED });
    expect(cited).toHaveLength(1);
    const edge = doc.graph.edge.find((e: any) => e['@source'] === cited[0].paragraph && e['@target'] === ICMW);
    expect(edge).toBeDefined();
    expect(edge.data.find((d: any) => d['@key'] === 'e_quote')['#text']).toBe(cited[0].quote);
    expect(edge.data.find((d: any) => d['@key'] === 'e_type')['#text']).toBe('CITES');
  });

  it('JSON-LD expands with the published context: the seed resolution eli:cites the Migrant Workers Convention', async () => {
    const documentLoader = async (url: string) => {
      if (url === DEFAULT_CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: readContextDocument() };
      throw new Error(`no network in tests: ${url}`);
    };
    const expanded = (await jsonld.expand(toJsonLd(whole) as any, { documentLoader: documentLoader as any })) as any[];
    expect(expanded).toHaveLength(source.nodes);
    const seed = expanded.find((n) => n['@id'] === nodeIri(SEED));
    expect(seed[`${ELI}cites`]).toEqual(expect.arrayContaining([{ '@id': nodeIri(ICMW) }]));
    const quads = (await jsonld.toRDF(toJsonLd(whole) as any, { format: 'application/n-quads', documentLoader: documentLoader as any })) as unknown as string;
    const lines = quads.trim().split('\n');
    expect(lines.length).toBeGreaterThan(source.nodes + source.relationships);
    expect(lines).toContain(`<${nodeIri(SEED)}> <${ELI}cites> <${nodeIri(ICMW)}> .`);
  });

  it('exports a neighbourhood: paragraphs are one hop, what they cite two', async () => {
    const one = await exporter.neighbourhood(SEED, 1);
    const [{ n }] = await run('MATCH (r {id: $id})--(m) RETURN count(DISTINCT m) AS n', { id: SEED });
    expect(one.nodes).toHaveLength(n + 1);
    expect(one.nodes.some((x) => x.labels.includes('Paragraph'))).toBe(true);
    // Cited by a paragraph of the seed but not linked to the seed itself, e.g. the CRC under GUIDED_BY.
    const onlyCited = await run('MATCH (r {id: $id})-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(t) WHERE NOT (r)--(t) RETURN DISTINCT t.id AS id ORDER BY id', { id: SEED });
    expect(onlyCited.map((x) => x.id)).toContain('instrument:crc');
    for (const { id } of onlyCited) expect(one.nodes.map((x) => x.id)).not.toContain(id);
    const two = await exporter.neighbourhood(SEED, 2);
    for (const { id } of onlyCited) expect(two.nodes.map((x) => x.id)).toContain(id);
    const ids = new Set(two.nodes.map((x) => x.id));
    expect(two.relationships.every((r) => ids.has(r.source) && ids.has(r.target))).toBe(true);
    const [{ m }] = await run('MATCH (r {id: $id})-[*0..2]-(x) RETURN count(DISTINCT x) AS m', { id: SEED });
    expect(ids.size).toBe(m);
    await expect(exporter.neighbourhood('instrument:no-such-thing', 1)).rejects.toBeInstanceOf(ExportRootNotFoundError);
  });

  describe('over HTTP', () => {
    let server: Server;
    let base: string;
    let stopApollo: () => Promise<void>;
    beforeAll(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      const api = await startTestHttp(graph, { configure: (c) => ({ ...c, http: { host: '127.0.0.1', port }, publicBaseUrl: base }) });
      stopApollo = () => api.close();
      server = api.app.server;
    });
    afterAll(async () => {
      await stopApollo();
    });

    it.each([
      ['graph.cyjs.json', 'application/json'],
      ['graph.graphml', 'application/graphml+xml'],
      ['graph.jsonld', 'application/ld+json'],
      ['nodes.csv', 'text/csv'],
      ['relationships.csv', 'text/csv'],
    ])('serves /export/%s with its content type and file name', async (file, type) => {
      const res = await fetch(`${base}/export/${file}?root=${encodeURIComponent(SEED)}&depth=1`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
      expect((await res.text()).length).toBeGreaterThan(100);
    });

    it('serves the whole graph, and a JSON-LD document whose context this server publishes', async () => {
      const cyjs = (await (await fetch(`${base}/export/graph.cyjs.json`)).json()) as any;
      expect(cyjs.elements.nodes).toHaveLength(source.nodes);
      const doc = (await (await fetch(`${base}/export/graph.jsonld?root=${encodeURIComponent(ICMW)}`)).json()) as any;
      expect(doc['@context']).toBe(`${base}/ns/context.jsonld`);
      const context = await fetch(doc['@context']);
      expect(context.headers.get('content-type')).toContain('application/ld+json');
      const contextDoc = await context.json();
      expect(contextDoc).toEqual(readContextDocument());
      const loader = async (url: string) => ({ contextUrl: undefined, documentUrl: url, document: (await (await fetch(url)).json()) as any });
      const expanded = (await jsonld.expand(doc, { documentLoader: loader as any })) as any[];
      expect(expanded.find((n) => n['@id'] === nodeIri(ICMW))).toBeDefined();
    });

    it('names the configured base in @context, whatever Host the request carries', async () => {
      const res = await getWithHost(`${base}/export/graph.jsonld`, 'evil.example:666');
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)['@context']).toBe(`${base}/ns/context.jsonld`);
      expect(res.body).not.toContain('evil.example');
    });

    it.each([
      ['depth=2', /depth needs a root/],
      ['root=x&depth=9', /whole number from 1 to 3/],
      ['root=', /root is empty/],
      ['root=a&root=b', /Give root once/],
      ['format=xml', /Unknown parameter "format"/],
    ])('answers ?%s with 400 BAD_USER_INPUT and a message that says what to do', async (query, message) => {
      const res = await fetch(`${base}/export/graph.graphml?${query}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(message);
    });

    it('answers an unknown root with 404 NOT_FOUND', async () => {
      const res = await fetch(`${base}/export/nodes.csv?root=instrument:no-such-thing`);
      expect(res.status).toBe(404);
      const body = (await res.json()) as any;
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(body.errors[0].message).toContain('instrument:no-such-thing');
    });
  });

  describe('npm run export (the CLI)', () => {
    const CLI = join(ROOT_DIR, 'dist/src/cli/export.js');
    let dir: string;
    const runCli = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT_DIR, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    beforeAll(() => {
      execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT_DIR, stdio: 'pipe' });
      dir = mkdtempSync(join(tmpdir(), 'unhr-export-cli-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the whole graph to a file with progress on stderr and a one-line summary', async () => {
      const out = join(dir, 'out.graphml');
      const { code, stdout, stderr } = await runCli(['--format', 'graphml', '--out', out]);
      expect(code).toBe(0);
      expect(stderr).toContain(`read ${source.nodes} nodes and ${source.relationships} relationships`);
      expect(stdout.trim()).toMatch(new RegExp(`^exported ${source.nodes} nodes and ${source.relationships} relationships as graphml to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in \\d+ ms$`));
      expect(XMLValidator.validate(readFileSync(out, 'utf8'))).toBe(true);
    });

    it('writes CSV to a directory and a neighbourhood to stdout, keeping stdout clean', async () => {
      const csv = await runCli(['--format', 'csv', '--out', join(dir, 'csv')]);
      expect(csv.code).toBe(0);
      expect(existsSync(join(dir, 'csv', 'nodes.csv')) && existsSync(join(dir, 'csv', 'relationships.csv'))).toBe(true);
      const { code, stdout, stderr } = await runCli(['--format', 'cytoscape', '--root', SEED, '--depth', '1']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).elements.nodes.map((n: any) => n.data.id)).toContain(SEED);
      expect(stderr).toMatch(/exported \d+ nodes and \d+ relationships as cytoscape to stdout \(within 1 hop of/);
    });

    it('fails with one clear line and exit code 1 on an unknown root or format', async () => {
      const missing = await runCli(['--format', 'jsonld', '--root', 'instrument:no-such-thing']);
      expect(missing.code).toBe(1);
      expect(missing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Export failed: No node has the id "instrument:no-such-thing"\. Use an entity id/)]);
      const format = await runCli(['--format', 'pdf']);
      expect(format.code).toBe(1);
      expect(format.stderr).toMatch(/^Export failed: unknown format "pdf"; use one of cytoscape, graphml, jsonld, csv\./);
      expect(`${missing.stderr}${format.stderr}`).not.toMatch(/\n\s+at .*:\d+:\d+/);
    });
  });

  it('round-trips the CSV through neo4j-admin database import full into an empty database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unhr-export-csv-'));
    // A second Neo4j home inside the test home (already git-ignored), on the test port + 10 (7712 for 7702).
    const homeDir = join(process.env.NEO4J_TEST_HOME ?? join(ROOT_DIR, '.neo4j-test'), 'csv-import');
    const port = Number(process.env.NEO4J_TEST_PORT ?? 7688) + 10;
    const password = resolveLocalPassword(homeDir);
    const options = { homeDir, port, password };
    await stopLocalNeo4j(options);
    rmSync(join(homeDir, 'data'), { recursive: true, force: true });
    try {
      const csv = writeCsv(whole);
      writeFileSync(join(dir, 'nodes.csv'), csv.nodes);
      writeFileSync(join(dir, 'relationships.csv'), csv.relationships);
      const output = await runNeo4jAdminImport(homeDir, importToolOptions(join(dir, 'nodes.csv'), join(dir, 'relationships.csv')));
      expect(output).toContain('IMPORT DONE');
      const started = await startLocalNeo4j(options);
      const driver = neo4j.driver(started.uri, neo4j.auth.basic('neo4j', password));
      try {
        const runImported = async (q: string, p: Record<string, unknown> = {}) => {
          const session = driver.session({ database: 'neo4j' });
          try {
            return (await session.run(q, p)).records.map((r) => {
              const o = r.toObject();
              for (const k of Object.keys(o)) if (neo4j.isInt(o[k])) o[k] = o[k].toNumber();
              return o;
            });
          } finally {
            await session.close();
          }
        };
        expect(await countInDatabase(runImported)).toEqual(source);
        const [imported] = await runImported('MATCH (i {id: $id}) RETURN i.title AS title, i.aliases AS aliases, i.curated AS curated', { id: ICMW });
        const [original] = await run('MATCH (i {id: $id}) RETURN i.title AS title, i.aliases AS aliases, i.curated AS curated', { id: ICMW });
        expect(imported).toEqual(original);
        const [seedDate] = await runImported('MATCH (r {id: $id}) RETURN toString(r.adoptedOn) AS d', { id: SEED });
        const [sourceDate] = await run('MATCH (r {id: $id}) RETURN toString(r.adoptedOn) AS d', { id: SEED });
        expect(seedDate.d).toBe(sourceDate.d);
      } finally {
        await driver.close();
      }
    } finally {
      await stopLocalNeo4j(options);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
