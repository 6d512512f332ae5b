import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and a loopback HTTP server', () => {
    const config = loadConfig({});
    expect(config.neo4j.target).toEqual({ mode: 'local', port: 7687, password: undefined });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.maxPageSize).toBe(100);
  });

  it('accepts bolt:// and neo4j:// routing URIs for an external server', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster.example:7687', 'neo4j+s://x.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret-pw' }).neo4j.target).toEqual({ mode: 'external', uri, password: 'secret-pw' });
    }
  });

  it('names every bad variable and points at the README', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', PORT: '99999' })).toThrow(ConfigError);
    try {
      loadConfig({ NEO4J_URI: 'http://localhost:7474', PORT: '99999' });
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain('NEO4J_URI must start with one of bolt://');
      expect(message).toContain('PORT must be 1-65535');
      expect(message).toContain('NEO4J_PASSWORD is required');
      expect(message).toContain('README.md#configuration');
    }
  });

  it('caps neighbourhood drawings at MAX_GRAPH_NODES, 500 unless set', () => {
    expect(loadConfig({}).maxGraphNodes).toBe(500);
    expect(loadConfig({ MAX_GRAPH_NODES: '200' }).maxGraphNodes).toBe(200);
    expect(() => loadConfig({ MAX_GRAPH_NODES: '0' })).toThrow(/MAX_GRAPH_NODES/);
  });
});
