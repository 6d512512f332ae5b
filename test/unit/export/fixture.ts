import { GraphData, PropertySchema } from '../../../src/core/export/graph-data';

/** A tiny graph with every kind of element the writers handle, and characters that need escaping. */
export function sampleGraph(): GraphData {
  const schema: PropertySchema = {
    node: new Map([
      ['abbreviation', 'string'],
      ['adoptedOn', 'date'],
      ['aliases', 'string[]'],
      ['clauseStarts', 'float[]'],
      ['curated', 'boolean'],
      ['id', 'string'],
      ['kind', 'string'],
      ['order', 'float'],
      ['symbol', 'string'],
      ['text', 'string'],
      ['title', 'string'],
    ]),
    relationship: new Map([
      ['chapter', 'string'],
      ['end', 'float'],
      ['key', 'string'],
      ['quote', 'string'],
      ['relation', 'string'],
      ['start', 'float'],
    ]),
  };
  return {
    schema,
    nodes: [
      { id: 'un:X/RES/1', labels: ['Document', 'Entity', 'Resolution'], properties: { id: 'un:X/RES/1', symbol: 'X/RES/1', title: 'Rights & "duties" <of> all', adoptedOn: '2003-04-23', curated: false } },
      { id: 'un:X/RES/1#op1', labels: ['Paragraph'], properties: { id: 'un:X/RES/1#op1', kind: 'OPERATIVE', order: 1, text: 'Welcomes the Convention,\nand calls upon\u0001 States', clauseStarts: [0, 27] } },
      { id: 'instrument:c', labels: ['Entity', 'Instrument'], properties: { id: 'instrument:c', title: 'The Convention', abbreviation: 'C', kind: 'CONVENTION', aliases: ['the Convention', 'C-1'], curated: true } },
      { id: 'body:b', labels: ['Body', 'Entity'], properties: { id: 'body:b', title: 'A Body', curated: true } },
    ],
    relationships: [
      { id: 'HAS_PARAGRAPH:un:X/RES/1>un:X/RES/1#op1', type: 'HAS_PARAGRAPH', source: 'un:X/RES/1', target: 'un:X/RES/1#op1', properties: {} },
      {
        id: 'CITES:un:X/RES/1#op1@4>instrument:c',
        type: 'CITES',
        source: 'un:X/RES/1#op1',
        target: 'instrument:c',
        properties: { key: 'un:X/RES/1#op1@4>instrument:c', relation: 'WELCOMES', quote: 'the "Convention" & <annex>', start: 9, end: 23 },
      },
      { id: 'ADOPTED_BY:un:X/RES/1>body:b', type: 'ADOPTED_BY', source: 'un:X/RES/1', target: 'body:b', properties: {} },
      { id: 'REPORTED_IN:un:X/RES/1>body:b', type: 'REPORTED_IN', source: 'un:X/RES/1', target: 'body:b', properties: { chapter: 'XIV' } },
    ],
  };
}
