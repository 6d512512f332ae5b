import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('defaults to the local Neo4j and a loopback HTTP server', () => {
    const config = loadConfig({});
    expect(config.neo4j.target).toEqual({ mode: 'local', port: 7687, password: undefined });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.maxPageSize).toBe(100);
  });

  it('loads the corpus by default; GRAPH_DATA=seed chooses the seed only, and anything else is refused by name', () => {
    expect(loadConfig({}).graphData).toBe('corpus');
    expect(loadConfig({ GRAPH_DATA: 'seed' }).graphData).toBe('seed');
    expect(() => loadConfig({ GRAPH_DATA: 'everything' })).toThrow(/GRAPH_DATA must be corpus .* or seed/);
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

  it('has safe defaults for the request limits, CORS, cache, logs and metrics', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxCost: 20000,
      maxTokens: 2000,
      maxDirectives: 10,
      maxPageSize: 100,
      bodyLimit: '100kb',
      writeBodyLimit: '4mb',
    });
    expect(config.corsOrigins).toEqual([]);
    expect(config.cache).toEqual({ enabled: true, maxAgeS: 300, maxBytes: 64 * 1024 * 1024, versionPollMs: 1000 });
    expect(config.slowQueryMs).toBe(500);
    expect(config.metricsEnabled).toBe(true);
  });

  it('reads the limits, CORS origins and switches from the environment', () => {
    const config = loadConfig({
      MAX_DEPTH: '4',
      MAX_COST: '500',
      BODY_LIMIT: '20KB',
      CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      CACHE_ENABLED: 'false',
      METRICS_ENABLED: '0',
      CACHE_VERSION_POLL_MS: '0',
    });
    expect(config.limits).toMatchObject({ maxDepth: 4, maxCost: 500, bodyLimit: '20kb' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(config.cache.enabled).toBe(false);
    expect(config.cache.versionPollMs).toBe(0);
    expect(config.metricsEnabled).toBe(false);
  });

  it('refuses bad limits, origins and switches with a message per variable', () => {
    expect(() => loadConfig({ MAX_DEPTH: '0', BODY_LIMIT: 'lots', CORS_ORIGINS: 'https://a.example/path', CACHE_ENABLED: 'maybe' })).toThrow(
      /MAX_DEPTH .*; BODY_LIMIT must be a size such as 100kb.*; CORS_ORIGINS must be a comma-separated list of origins.*; CACHE_ENABLED must be true or false/,
    );
  });

  it('caps neighbourhood drawings at MAX_GRAPH_NODES, 500 unless set', () => {
    expect(loadConfig({}).maxGraphNodes).toBe(500);
    expect(loadConfig({ MAX_GRAPH_NODES: '200' }).maxGraphNodes).toBe(200);
    expect(() => loadConfig({ MAX_GRAPH_NODES: '0' })).toThrow(/MAX_GRAPH_NODES/);
  });
});

