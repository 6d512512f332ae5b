import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPlain } from '../../src/graph/executor';
import { LoadRepository } from '../../src/graph/load.repository';
import { loadDefaultGraph } from '../../src/services/seed-loader';
import { ingestText } from '../../src/services/ingest-service';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { createLogger } from '../../src/api/http/logger';
import { createContext, WriteSetup } from '../../src/api/graphql/context';
import { connectTestGraph, createTestServer, DATA_DIR, resetAndLoad } from '../support/graph';
import { ROOT_DIR } from '../support/paths';
import { composeGraphql } from '../../src/app/compose-app';
import { testConfig } from '../support/config';

/** Issue 9, item 4: writes that used to damage curated data, each reproduced against the real Neo4j. */

const TEXT = readFileSync(join(ROOT_DIR, 'test/fixtures/texts/ingest/ga-99-901.txt'), 'utf8');
const SEED_FILE = join(DATA_DIR, 'seed', 'chr-resolution-2003-48.txt');
const SEED_TEXT = readFileSync(SEED_FILE, 'utf8');
const ILO_PARAGRAPH = 'Bearing in mind the principles and standards established within the framework of the International Labour Organization,\n\n';
const API_KEY = 'test-key-0123456789abcdef';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let graph: GraphRuntime;
let deps: { load: LoadRepository; read: GraphRuntime['repo'] };
let run: ReturnType<typeof createTestServer>['run'];

/** What the graph holds for a resolution: the GraphQL answer and, straight from Neo4j, the paragraphs attached. */
async function stored(symbol: string) {
  const { data, errors } = await run(`{ resolution(symbol: "${symbol}") { title adoptedOn curated paragraphCount paragraphs { id text } adoptedBy { id } } }`);
  expect(errors).toBeUndefined();
  const session = graph.driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  try {
    const result = await session.run(
      'MATCH (r:Entity {id: $id}) RETURN r {.*} AS props, COUNT { (r)-[:HAS_PARAGRAPH]->(:Paragraph) } AS attached',
      { id: `un:${symbol}` },
    );
    const row = result.records[0];
    return { ...data.resolution, props: toPlain(row.get('props')) as Record<string, unknown>, attached: Number(row.get('attached')) };
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  graph = await connectTestGraph();
  deps = { load: new LoadRepository(graph.executor), read: graph.repo };
  run = createTestServer(graph).run;
});
afterAll(async () => graph.driver.close());

describe('a text headed with the symbol of a catalogued document', () => {
  const FOREIGN = TEXT.replace('A/RES/99/901', 'A/RES/45/158').replace('99/901. Protection of migrant workers', '45/158. Something else entirely');

  beforeAll(async () => resetAndLoad(graph));

  it('keeps the curated title, date, flag and links, attaches its paragraphs and says so', async () => {
    const before = await stored('A/RES/45/158');
    expect(before).toMatchObject({ curated: true, paragraphCount: null, attached: 0 });
    expect(before.title).toMatch(/^International Convention on the Protection of the Rights of All Migrant Workers/);

    const summary = await ingestText(FOREIGN, deps);

    const after = await stored('A/RES/45/158');
    expect({ title: after.title, adoptedOn: after.adoptedOn, curated: after.curated, adoptedBy: after.adoptedBy }).toEqual({
      title: before.title,
      adoptedOn: before.adoptedOn,
      curated: true,
      adoptedBy: before.adoptedBy,
    });
    expect(after.paragraphCount).toBe(7);
    expect(after.attached).toBe(7);
    expect(summary).toMatchObject({ resolutionId: 'un:A/RES/45/158', attachedToCatalogued: true, paragraphCount: 7, replaced: false });
  });

  it('still has its curated facts and paragraphCount equal to the paragraphs attached after a restart', async () => {
    const before = await stored('A/RES/45/158');
    await loadDefaultGraph(graph.executor, DATA_DIR, { data: 'seed' });
    const after = await stored('A/RES/45/158');
    expect(after.title).toBe(before.title);
    expect(after.paragraphCount).toBe(7);
    expect(after.attached).toBe(7);
  });
});

describe('a corrected seed ingested by a user', () => {
  const CORRECTED = SEED_TEXT.replace(/\n[^\n]*Bearing in mind[^\n]*\n/, '\n');

  beforeAll(async () => resetAndLoad(graph));

  it('is not reverted by the next start, which says it kept the newer version', async () => {
    expect(CORRECTED).not.toBe(SEED_TEXT);
    const shipped = await stored('E/CN.4/RES/2003/48');
    const ingested = await ingestText(CORRECTED, deps);
    expect(ingested.paragraphCount).toBe(shipped.paragraphCount - 1);

    const summary = await loadDefaultGraph(graph.executor, DATA_DIR, { data: 'seed' });

    const after = await stored('E/CN.4/RES/2003/48');
    expect(after.paragraphCount).toBe(shipped.paragraphCount - 1);
    expect(after.attached).toBe(shipped.paragraphCount - 1);
    expect(after.props).toMatchObject({ contentHash: sha256(CORRECTED), source: 'api' });
    expect(summary.texts.kept).toEqual([{ source: 'data/seed/chr-resolution-2003-48.txt', resolutionId: 'un:E/CN.4/RES/2003/48', heldBy: 'api' }]);
  });

  it('skips an unchanged shipped text at start, and rewrites one whose shipped file changed', async () => {
    await resetAndLoad(graph);
    const again = await loadDefaultGraph(graph.executor, DATA_DIR, { data: 'seed' });
    expect(again.texts).toMatchObject({ written: [], unchanged: 1, refused: [], kept: [] });

    const dir = mkdtempSync(join(tmpdir(), 'unhr-data-'));
    try {
      cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => !src.includes('corpus') });
      writeFileSync(join(dir, 'seed', 'chr-resolution-2003-48.txt'), CORRECTED);
      const updated = await loadDefaultGraph(graph.executor, dir, { data: 'seed' });
      expect(updated.texts.written.map((w) => w.resolutionId)).toEqual(['un:E/CN.4/RES/2003/48']);
      const after = await stored('E/CN.4/RES/2003/48');
      expect(after.props).toMatchObject({ contentHash: sha256(CORRECTED), source: 'data/seed/chr-resolution-2003-48.txt', previousContentHash: sha256(SEED_TEXT) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a replacement that removes paragraphs', () => {
  beforeAll(async () => resetAndLoad(graph));

  it('keeps the previous version\'s hash and counts on the resolution and says what it removed', async () => {
    const first = await ingestText(TEXT, deps);
    const corrected = TEXT.replace(ILO_PARAGRAPH, '');

    const summary = await ingestText(corrected, deps);

    expect(summary.replaced).toBe(true);
    expect(summary.previousVersion).toEqual({
      contentHash: sha256(TEXT),
      paragraphCount: first.paragraphCount,
      citationCount: first.citationCount,
      removedParagraphs: [{ id: 'un:A/RES/99/901#pp3', text: ILO_PARAGRAPH.trim() }],
      removedCitations: [{ targetId: 'body:ilo', quote: 'International Labour Organization' }],
    });
    const after = await stored('A/RES/99/901');
    expect(after.props).toMatchObject({
      contentHash: sha256(corrected),
      previousContentHash: sha256(TEXT),
      previousParagraphCount: first.paragraphCount,
      previousCitationCount: first.citationCount,
    });
    expect(after.attached).toBe(first.paragraphCount - 1);
  });

  it('answers the mutation with the previous version and what it removed', async () => {
    const server = composeGraphql(testConfig(), createLogger('silent')).apollo;
    const writes: WriteSetup = { apiKey: API_KEY, presentedKey: API_KEY, load: deps.load };
    const mutate = async (text: string) => {
      const response = await server.executeOperation(
        {
          query: `mutation ($text: String!) { ingestResolution(text: $text) {
            replaced contentHash attachedToCatalogued
            previousVersion { contentHash paragraphCount citationCount removedParagraphs { id text } removedCitations { targetId quote } }
          } }`,
          variables: { text },
        },
        { contextValue: createContext(graph.repo, 100, 'test', writes) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as { data?: any; errors?: any[] };
    };
    await mutate(TEXT);
    const { data, errors } = await mutate(TEXT.replace(ILO_PARAGRAPH, ''));
    expect(errors).toBeUndefined();
    expect(data.ingestResolution).toEqual({
      replaced: true,
      contentHash: sha256(TEXT.replace(ILO_PARAGRAPH, '')),
      attachedToCatalogued: false,
      previousVersion: {
        contentHash: sha256(TEXT),
        paragraphCount: 7,
        citationCount: 11, // the fixture's "Calls upon all States" cites body:states too
        removedParagraphs: [{ id: 'un:A/RES/99/901#pp3', text: ILO_PARAGRAPH.trim() }],
        removedCitations: [{ targetId: 'body:ilo', quote: 'International Labour Organization' }],
      },
    });
  });

  it('keeps the trace when the same text is ingested again, and reports no previous version then', async () => {
    const corrected = TEXT.replace(ILO_PARAGRAPH, '');
    const again = await ingestText(corrected, deps);
    expect(again.previousVersion).toBeUndefined();
    expect((await stored('A/RES/99/901')).props).toMatchObject({ previousContentHash: sha256(TEXT) });
  });
});
