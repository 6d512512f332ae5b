/**
 * The layers of src/ and which way they may point (see docs/architecture.md):
 *
 *   core  <-  graph  <-  services  <-  api  <-  app  <-  main, cli
 *   platform (the embedded Neo4j) imports nothing of the app but config; app and cli use it.
 *
 * `npm run lint:layers` checks them; `npm test` runs it first, so a forbidden import fails the build.
 */
const layer = (name) => `^src/${name}/`;
const only = (names) => `^src/(${names.join('|')})/`;
/** The libraries of the web and GraphQL side: only src/api (and app, cli, main above it) may use them. */
const WEB = 'node_modules/(graphql|type-graphql|express|@apollo|@as-integrations)/';
/** Entry points and the app's wiring, which no layer below the app may reach. */
const TOP = '^src/(main|runtime)\\.ts$';
/** A rule: `from` (a layer) must not import any of `to`. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: layer(from) }, to: { path: to } });

module.exports = {
  forbidden: [
    forbid('core-is-pure', 'src/core (vocabulary, ids, parser, catalogue reading, export writers, errors) imports no other layer of the app.', 'core', [
      only(['graph', 'services', 'api', 'cli', 'platform', 'app']),
      '^src/(main|config|runtime)\\.ts$',
    ]),
    forbid('core-has-no-driver-or-web', 'src/core runs without a database or a web framework: no neo4j-driver, graphql, type-graphql, express or Apollo.', 'core', [
      'node_modules/neo4j-driver/',
      WEB,
    ]),
    forbid('graph-imports-only-core', 'src/graph (driver, executor, repositories) may import src/core and the driver, nothing above it.', 'graph', [
      only(['services', 'api', 'cli', 'platform', 'app']),
      '^src/(main|config|runtime)\\.ts$',
    ]),
    forbid('graph-has-no-web', 'src/graph knows nothing of GraphQL or HTTP; its errors are core errors, mapped to responses by the API.', 'graph', WEB),
    forbid('services-import-core-and-graph', 'src/services join core and graph; they know nothing of the API, the CLI, the app or the embedded Neo4j.', 'services', [
      only(['api', 'cli', 'platform', 'app']),
      TOP,
    ]),
    forbid('services-have-no-web', 'src/services know nothing of GraphQL or HTTP.', 'services', WEB),
    forbid('api-imports-services-graph-core', 'src/api (GraphQL and HTTP) may import services, graph and core; never the CLI, the app or the embedded Neo4j.', 'api', [
      only(['cli', 'platform', 'app']),
      TOP,
    ]),
    forbid('platform-stands-alone', 'src/platform (the embedded Neo4j) imports nothing of the app but the configuration.', 'platform', [
      only(['core', 'graph', 'services', 'api', 'cli', 'app']),
      TOP,
    ]),
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
