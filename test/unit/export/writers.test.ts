import cytoscape from 'cytoscape';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as jsonld from 'jsonld';
import { CsvExportError, neo4jAdminImportCommand, writeCsv } from '../../../src/core/export/csv';
import { toCytoscape } from '../../../src/core/export/cytoscape';
import { writeGraphml } from '../../../src/core/export/graphml';
import { DEFAULT_CONTEXT_URL, nodeIri, readContextDocument, toJsonLd } from '../../../src/core/export/jsonld';
import { sampleGraph } from './fixture';

const ELI = 'http://data.europa.eu/eli/ontology#';
const UNHR = 'https://w3id.org/unhr-graph/ns#';

describe('Cytoscape.js JSON', () => {
  it('loads in cytoscape with every node and edge, typed and labelled', () => {
    const doc = toCytoscape(sampleGraph());
    const cy = cytoscape({ headless: true, elements: doc.elements as cytoscape.ElementsDefinition });
    expect(cy.nodes().length).toBe(4);
    expect(cy.edges().length).toBe(4);
    expect(cy.getElementById('un:X/RES/1').degree(false)).toBe(3);
    const instrument = cy.getElementById('instrument:c');
    expect(instrument.data('kind')).toBe('Instrument');
    expect(instrument.data('category')).toBe('CONVENTION');
    expect(instrument.data('label')).toBe('C');
    const cites = cy.getElementById('CITES:un:X/RES/1#op1@4>instrument:c');
    expect(cites.data('relation')).toBe('CITES');
    expect(cites.data('clauseRelation')).toBe('WELCOMES');
  });
});

describe('GraphML', () => {
  const xml = writeGraphml(sampleGraph());
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });
  const doc = parser.parse(xml).graphml;
  const dataOf = (el: any, key: string) => el.data.find((d: any) => d['@key'] === key)?.['#text'];

  it('is well-formed XML with a key (name and type) for every attribute used', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const keys = new Map<string, any>(doc.key.map((k: any) => [k['@id'], k]));
    for (const el of [...doc.graph.node, ...doc.graph.edge]) {
      for (const d of el.data) expect(keys.has(d['@key'])).toBe(true);
    }
    expect(keys.get('n_order')).toMatchObject({ '@for': 'node', '@attr.name': 'order', '@attr.type': 'double' });
    expect(keys.get('n_curated')['@attr.type']).toBe('boolean');
    expect(keys.get('e_quote')).toMatchObject({ '@for': 'edge', '@attr.type': 'string' });
    expect(doc.graph['@edgedefault']).toBe('directed');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const resolution = doc.graph.node.find((n: any) => n['@id'] === 'un:X/RES/1');
    expect(dataOf(resolution, 'n_title')).toBe('Rights & "duties" <of> all');
    expect(xml).toContain('Rights &amp; "duties" &lt;of&gt; all');
    const edge = doc.graph.edge.find((e: any) => e['@source'] === 'un:X/RES/1#op1');
    expect(dataOf(edge, 'e_quote')).toBe('the "Convention" & <annex>');
    expect(xml).not.toContain('\u0001');
  });

  it('writes lists as JSON arrays and numbers as numbers', () => {
    const instrument = doc.graph.node.find((n: any) => n['@id'] === 'instrument:c');
    expect(JSON.parse(dataOf(instrument, 'n_aliases'))).toEqual(['the Convention', 'C-1']);
    expect(dataOf(instrument, 'n_labels')).toBe(':Entity:Instrument');
  });
});

describe('JSON-LD', () => {
  const context = readContextDocument();
  const documentLoader = async (url: string) => {
    if (url === DEFAULT_CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: context };
    throw new Error(`no network in tests: ${url}`);
  };

  it('expands with the shipped context into ELI citations with provenance', async () => {
    const expanded = (await jsonld.expand(toJsonLd(sampleGraph()) as any, { documentLoader: documentLoader as any })) as any[];
    const byId = new Map(expanded.map((n) => [n['@id'], n]));
    const resolution = byId.get(nodeIri('un:X/RES/1'));
    expect(resolution['@type']).toEqual(expect.arrayContaining([`${UNHR}Resolution`, `${ELI}LegalResource`, 'https://schema.org/Legislation']));
    expect(resolution[`${ELI}cites`]).toEqual([{ '@id': nodeIri('instrument:c') }]);
    expect(resolution[`${ELI}passed_by`]).toEqual([{ '@id': nodeIri('body:b') }]);
    expect(resolution[`${ELI}date_document`]).toEqual([{ '@value': '2003-04-23', '@type': 'http://www.w3.org/2001/XMLSchema#date' }]);
    const paragraph = byId.get(nodeIri('un:X/RES/1#op1'));
    expect(paragraph[`${ELI}is_part_of`]).toEqual([{ '@id': nodeIri('un:X/RES/1') }]);
    const [citation] = paragraph[`${UNHR}citation`];
    expect(citation[`${UNHR}cited`]).toEqual([{ '@id': nodeIri('instrument:c') }]);
    expect(citation[`${UNHR}clauseRelation`]).toEqual([{ '@id': `${UNHR}WELCOMES` }]);
    expect(citation[`${UNHR}quote`]).toEqual([{ '@value': 'the "Convention" & <annex>' }]);
    const [detail] = resolution[`${UNHR}linkDetail`];
    expect(detail[`${UNHR}chapter`]).toEqual([{ '@value': 'XIV' }]);
  });

  it('gives every node an absolute IRI from its stable id', () => {
    const doc = toJsonLd(sampleGraph(), { idBase: 'https://example.org/id/' }) as any;
    expect(doc['@graph'].map((n: any) => n['@id'])).toContain('https://example.org/id/un%3AX%2FRES%2F1%23op1');
  });
});

describe('CSV for neo4j-admin', () => {
  const csv = writeCsv(sampleGraph());

  it('writes typed headers, labels and lists with the ; delimiter', () => {
    const rows = parse(csv.nodes, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]).slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['adoptedOn:date', 'aliases:string[]', 'clauseStarts:double[]', 'curated:boolean', 'order:double', 'title']));
    expect(Object.keys(rows[0])).not.toContain('id');
    const instrument = rows.find((r) => r['id:ID'] === 'instrument:c')!;
    expect(instrument[':LABEL']).toBe('Entity;Instrument');
    expect(instrument['aliases:string[]']).toBe('the Convention;C-1');
    expect(rows.find((r) => r['id:ID'] === 'un:X/RES/1#op1')!.text).toContain('\nand calls upon');
  });

  it('writes relationships by their end ids, type and properties', () => {
    const rows = parse(csv.relationships, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    const cites = rows.find((r) => r[':TYPE'] === 'CITES')!;
    expect(cites).toMatchObject({ ':START_ID': 'un:X/RES/1#op1', ':END_ID': 'instrument:c', quote: 'the "Convention" & <annex>', 'start:double': '9' });
  });

  it('refuses a list element that contains the array delimiter, naming it', () => {
    const graph = sampleGraph();
    graph.nodes[2].properties.aliases = ['a;b'];
    expect(() => writeCsv(graph)).toThrow(CsvExportError);
    expect(() => writeCsv(graph)).toThrow(/instrument:c\.aliases/);
  });

  it('documents the import command with the options the files need', () => {
    expect(neo4jAdminImportCommand()).toContain("--array-delimiter=';' --multiline-fields=true");
  });
});
