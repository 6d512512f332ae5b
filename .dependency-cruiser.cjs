/**
 * The layers of src/ and which way they may point (see docs/architecture.md):
 *
 *   core  <-  graph  <-  services  <-  api  <-  app  <-  main, cli
 *   platform (the embedded Neo4j) imports nothing of the app but config; app and cli use it.
 *
 * `npm run lint:layers` checks them; `npm test` runs it first, so a forbidden import fails the build.
 */
const layer = (name) => `^src/${name}/`;
const APP_LAYERS = ['graph', 'services', 'api', 'cli', 'platform', 'app'];
const only = (names) => `^src/(${names.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core (vocabulary, ids, parser, catalogue reading, export writers, errors) imports no other layer of the app.',
      severity: 'error',
      from: { path: layer('core') },
      to: { path: [only(APP_LAYERS), '^src/(main|config|runtime)\\.ts$'] },
    },
    {
      name: 'core-has-no-driver-or-web',
      comment: 'src/core runs without a database or a web framework: no neo4j-driver, graphql, type-graphql, express or Apollo.',
      severity: 'error',
      from: { path: layer('core') },
      to: { path: 'node_modules/(neo4j-driver|graphql|type-graphql|express|@apollo|@as-integrations)/' },
    },
    {
      name: 'graph-imports-only-core',
      comment: 'src/graph (driver, executor, repositories) may import src/core and the driver, nothing above it.',
      severity: 'error',
      from: { path: layer('graph') },
      to: { path: [only(['services', 'api', 'cli', 'platform', 'app']), '^src/(main|config|runtime)\\.ts$'] },
    },
    {
      name: 'graph-has-no-web',
      comment: 'src/graph knows nothing of GraphQL or HTTP; errors it raises are core errors, mapped to responses by the API.',
      severity: 'error',
      from: { path: layer('graph') },
      to: { path: 'node_modules/(graphql|type-graphql|express|@apollo|@as-integrations)/' },
    },
    {
      name: 'services-import-core-and-graph',
      comment: 'src/services join core and graph; they know nothing of the API, the CLI, the app or the embedded Neo4j.',
      severity: 'error',
      from: { path: layer('services') },
      to: { path: [only(['api', 'cli', 'platform', 'app']), '^src/(main|runtime)\\.ts$'] },
    },
    {
      name: 'services-have-no-web',
      severity: 'error',
      from: { path: layer('services') },
      to: { path: 'node_modules/(graphql|type-graphql|express|@apollo|@as-integrations)/' },
    },
    {
      name: 'api-imports-services-graph-core',
      comment: 'src/api (GraphQL and HTTP) may import services, graph and core; never the CLI, the app or the embedded Neo4j.',
      severity: 'error',
      from: { path: layer('api') },
      to: { path: [only(['cli', 'platform', 'app']), '^src/(main|runtime)\\.ts$'] },
    },
    {
      name: 'platform-stands-alone',
      comment: 'src/platform (the embedded Neo4j) imports nothing of the app but the configuration.',
      severity: 'error',
      from: { path: layer('platform') },
      to: { path: [only(['core', 'graph', 'services', 'api', 'cli', 'app']), '^src/(main|runtime)\\.ts$'] },
    },
    {
      name: 'nothing-imports-main-or-cli',
      comment: 'main.ts and the CLI commands are entry points: nothing imports them (cli/ helpers may be shared inside cli/).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: ['^src/main\\.ts$', layer('cli')] },
    },
    {
      name: 'no-circular',
      comment:
        'Dependencies point one way: a cycle means two modules are one thing, or one belongs lower. Known exception: the ' +
        "parser's citations.ts shares Mention/TextContext/discover with bodies.ts and provisions.ts, which it calls back " +
        '(moving those into a mentions.ts of their own ends it; the parser is being reworked, so it is left for then).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/core/ingest/(citations|bodies|provisions)\\.ts$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    exclude: { path: '^dist/' },
  },
};
