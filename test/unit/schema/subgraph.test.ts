import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isObjectType } from 'graphql';
import { loadConfig } from '../../../src/config';
import { printGraphSchema } from '../../../src/api/graphql/build-schema';
import { buildSubgraphGraphSchema, FEDERATION_KEYS, printSubgraphGraphSchema } from '../../../src/api/graphql/subgraph';
import { ROOT_DIR } from '../../support/paths';

describe('subgraph.graphql', () => {
  it('is what the code generates (run `npm run schema` after changing src/api/graphql)', () => {
    expect(readFileSync(join(ROOT_DIR, 'subgraph.graphql'), 'utf8')).toBe(printSubgraphGraphSchema());
  });

  it('links Federation 2 and declares the keys on Resolution and Document (id, symbol), Instrument and Body (id)', () => {
    const sdl = printSubgraphGraphSchema();
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
    for (const [type, keys] of Object.entries(FEDERATION_KEYS)) {
      const header = new RegExp(`type ${type} implements [^{]*?((?:\\s*@key\\(fields: "\\w+"\\))+)\\s*\\{`).exec(sdl);
      expect([type, header?.[1].match(/"\w+"/g)]).toEqual([type, keys.map((k) => `"${k}"`)]);
    }
    expect(sdl).not.toMatch(/type (Provision|Event|Paragraph) [^{]*@key/);
  });

  it('adds _service and _entities to the subgraph only, leaving the public schema without them', () => {
    const query = buildSubgraphGraphSchema().getQueryType()!;
    expect(Object.keys(query.getFields())).toEqual(expect.arrayContaining(['_service', '_entities', 'resolution', 'instrument']));
    const entity = buildSubgraphGraphSchema().getType('_Entity');
    expect(entity && !isObjectType(entity) && 'getTypes' in entity ? entity.getTypes().map((t) => t.name).sort() : []).toEqual(['Body', 'Document', 'Instrument', 'Resolution']);
    expect(printGraphSchema()).not.toMatch(/_service|_entities|@key|@link/);
  });
});

describe('the FEDERATION setting', () => {
  it('is off unless set to true or 1', () => {
    expect(loadConfig({}).federation).toBe(false);
    expect(loadConfig({ FEDERATION: 'false' }).federation).toBe(false);
    expect(loadConfig({ FEDERATION: 'true' }).federation).toBe(true);
    expect(loadConfig({ FEDERATION: '1' }).federation).toBe(true);
  });

  it('names the variable when the value is not a boolean', () => {
    expect(() => loadConfig({ FEDERATION: 'yes please' })).toThrow(/FEDERATION/);
  });
});
