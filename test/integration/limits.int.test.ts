import { loadConfig } from '../../src/config';
import { QueryTimeoutError } from '../../src/graph/errors';
import { toGraphQLError } from '../../src/api/graphql/errors';
import { connectGraph, GraphRuntime } from '../../src/app/graph-runtime';
import { connectTestGraph, resetAndLoad } from '../support/graph';
import { startTestHttp, TestHttp } from '../support/http-server';

const SEED = 'E/CN.4/RES/2003/48';
const API_KEY = 'limits-test-key-0123456789';

/** Small limits, so "just under" and "just over" are short documents. */
const LIMITS = {
  maxDepth: 5,
  maxAliases: 3,
  maxDirectives: 2,
  maxTokens: 80,
  maxCost: 121,
  maxPageSize: 50,
  maxResponseBytes: 4096,
  bodyLimit: '2kb',
  writeBodyLimit: '8kb',
};

/**
 * A query whose fields nest `levels` deep (the root field is level 1) through single objects (a body's parent, its
 * parent, …), so only depth is at stake: a chain through lists would be over the cost limit first.
 */
function nested(levels: number): string {
  let inner = 'id';
  for (let level = levels - 1; level >= 2; level--) inner = `parent { ${inner} }`;
  return `{ body(id: "body:chr") { ${inner} } }`;
}

describe('request limits over HTTP: just under passes, just over gets HTTP 400 with a code and a message naming the limit', () => {
  let graph: GraphRuntime;
  let api: TestHttp;

  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetAndLoad(graph);
    api = await startTestHttp(graph, { limits: LIMITS, apiKey: API_KEY });
  });
  afterAll(async () => {
    await api.close();
    await graph.driver.close();
  });

  const send = async (query: string, headers: Record<string, string> = {}) => {
    const response = await api.post({ query }, headers);
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] } };
  };

  const expectRefused = (result: { status: number; body: any }, code: string, message: RegExp) => {
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors[0].extensions.code).toBe(code);
    expect(result.body.errors[0].message).toMatch(message);
    expect(JSON.stringify(result.body)).not.toMatch(/stacktrace|\.ts:\d+|MATCH /);
  };

  it('depth: 5 levels pass, 6 are refused', async () => {
    const under = await send(nested(5));
    expect(under.body.errors).toBeUndefined();
    expect(under.status).toBe(200);
    expect(under.body.data.body.parent).toEqual({ parent: null }); // the Commission's parent is ECOSOC, which has none
    expectRefused(await send(nested(6)), 'GRAPHQL_VALIDATION_FAILED', /depth limit of 5 exceeded, found 6\. Select fewer nested levels/);
  });

  it('aliases: 3 pass, 4 are refused', async () => {
    const under = await send(`{ a: resolution(symbol: "${SEED}") { id } b: resolution(symbol: "${SEED}") { id } c: resolution(symbol: "${SEED}") { id } }`);
    expect(under.status).toBe(200);
    expect(under.body.data.c).toEqual({ id: `un:${SEED}` });
    const over = await send(`{ a: resolution(symbol: "${SEED}") { id } b: resolution(symbol: "${SEED}") { id } c: resolution(symbol: "${SEED}") { id } d: resolution(symbol: "${SEED}") { id } }`);
    expectRefused(over, 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 3 exceeded, found 4\. Send fewer aliased fields/);
  });

  it('directives: 2 pass, 3 are refused', async () => {
    const under = await send(`{ resolution(symbol: "${SEED}") { id @include(if: true) label @skip(if: false) } }`);
    expect(under.status).toBe(200);
    expect(under.body.data.resolution.label).toBeDefined();
    const over = await send(`{ resolution(symbol: "${SEED}") { id @include(if: true) label @skip(if: false) title @skip(if: true) } }`);
    expectRefused(over, 'GRAPHQL_VALIDATION_FAILED', /Directives limit of 2 exceeded, found 3\. Use fewer/);
  });

  it('tokens: a document of 80 tokens passes, 81 are refused while parsing (not HTTP 500, graphql-armor issue 571)', async () => {
    const document = (tokens: number) => `{ ${Array(tokens - 2).fill('__typename').join(' ')} }`;
    const under = await send(document(80));
    expect(under.status).toBe(200);
    expect(under.body.data).toEqual({ __typename: 'Query' });
    expectRefused(await send(document(81)), 'GRAPHQL_PARSE_FAILED', /more than 80 tokens .* the limit\. Send a shorter document/);
  });

  it('comments are not tokens: a long comment passes the token limit', async () => {
    const result = await send(`# ${'x'.repeat(500)}\n{ __typename }`);
    expect(result.status).toBe(200);
  });

  it('cost: 1 + 40 × 3 = 121 passes, 1 + 41 × 3 = 124 is refused before anything runs', async () => {
    const under = await send('{ resolutions(first: 40) { nodes { id label } } }');
    expect(under.status).toBe(200);
    expect(under.body.data.resolutions.nodes.length).toBeGreaterThan(1);
    expect(under.body.data.resolutions.nodes).toContainEqual({ id: `un:${SEED}`, label: SEED });
    expectRefused(await send('{ resolutions(first: 41) { nodes { id label } } }'), 'QUERY_TOO_COMPLEX', /estimated cost is 124, over the limit of 121\. .*smaller pages/);
  });

  it('cost counts nested pages: the default page size of 20 multiplies the selection under it', async () => {
    // 1 + 20 × (1 + 1 + 20 × 2) = 841 with the defaults, far over 121.
    expectRefused(await send('{ resolutions { nodes { id citedBy { nodes { quote } } } } }'), 'QUERY_TOO_COMPLEX', /estimated cost is \d+, over the limit of 121/);
  });

  it('response size: an answer within 4 kB passes, a larger one is refused with HTTP 400 RESPONSE_TOO_LARGE and no partial data', async () => {
    const under = await send(`{ resolution(symbol: "${SEED}") { paragraphs { number } } }`);
    expect(under.status).toBe(200);
    expect(under.body.data.resolution.paragraphs.length).toBe(21);
    // Cost 1 + 1 + 100 × 1 = 102, within the cost limit; 21 paragraph texts are about 10 kB.
    expectRefused(await send(`{ resolution(symbol: "${SEED}") { paragraphs { text } } }`), 'RESPONSE_TOO_LARGE', /Response too large: the answer would be over 4 kB, the limit\. Ask for fewer items/);
  });

  it('variables: 1,000 levels of nesting get HTTP 400 BAD_USER_INPUT with a request id, before anything hashes them (10,000 were HTTP 500)', async () => {
    // 1,000 levels fit the 8 kB body this server takes with the key; the check does not depend on the depth.
    const depth = 1_000;
    const body = `{"query":"query($x: String!) { search(text: $x) { totalCount } }","variables":{"x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
    const response = await api.post(body, { 'x-api-key': API_KEY });
    expect(response.status).toBe(400);
    const json = (await response.json()) as any;
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].extensions.requestId).toBe(response.headers.get('x-request-id'));
    expect(json.errors[0].message).toMatch(/nest more than 16 levels deep, the limit/);
  });

  it('an unknown persisted-query hash keeps Apollo\'s own code, PERSISTED_QUERY_NOT_FOUND', async () => {
    const response = await api.post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } } });
    expect(response.status).toBeLessThan(500);
    const json = (await response.json()) as any;
    expect(json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('page size: first 50 passes, 51 is refused with HTTP 400 before the query runs', async () => {
    const under = await send('{ resolutions(first: 50) { totalCount } }');
    expect(under.status).toBe(200);
    expect(under.body.data.resolutions.totalCount).toBeGreaterThan(1);
    expectRefused(await send('{ resolutions(first: 51) { totalCount } }'), 'BAD_USER_INPUT', /"first" must be between 0 and 50; Query\.resolutions asks for 51/);
  });

  it('page size in a variable is checked too', async () => {
    const response = await api.post({ query: 'query Page($n: Int) { resolutions(first: $n) { totalCount } }', variables: { n: 500 } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('request body: 2 kB passes, one byte more is refused with 413 and the limit in the message', async () => {
    const body = (bytes: number) => {
      const base = JSON.stringify({ query: '# \n{ __typename }' });
      return JSON.stringify({ query: `# ${'x'.repeat(bytes - base.length)}\n{ __typename }` });
    };
    expect(Buffer.byteLength(body(2048))).toBe(2048);
    expect((await api.post(body(2048))).status).toBe(200);
    const over = await api.post(body(2049));
    expect(over.status).toBe(413);
    const json = (await over.json()) as any;
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(json.errors[0].message).toContain('Request body too large (limit 2kb, or 8kb with the API key)');
  });

  it('request body: with the API key the larger limit applies', async () => {
    const big = JSON.stringify({ query: `# ${'x'.repeat(4000)}\n{ __typename }` });
    expect((await api.post(big)).status).toBe(413);
    expect((await api.post(big, { 'x-api-key': API_KEY })).status).toBe(200);
    const tooBig = JSON.stringify({ query: `# ${'x'.repeat(9000)}\n{ __typename }` });
    expect((await api.post(tooBig, { 'x-api-key': API_KEY })).status).toBe(413);
  });

  it('malformed documents get HTTP 400 GRAPHQL_PARSE_FAILED, malformed JSON HTTP 400 BAD_REQUEST', async () => {
    expectRefused(await send('query {'), 'GRAPHQL_PARSE_FAILED', /Syntax Error/);
    expectRefused(await send('test'), 'GRAPHQL_PARSE_FAILED', /Syntax Error: Unexpected Name "test"/);
    const badJson = await api.post('{"query": ');
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('the Neo4j transaction timeout (NEO4J_QUERY_TIMEOUT_MS)', () => {
  it('stops a read that runs longer and reports it as a timeout the client can act on', async () => {
    const config = loadConfig({ ...process.env, NEO4J_QUERY_TIMEOUT_MS: '300' });
    const graph = await connectGraph(config);
    try {
      const slow = { name: 'test/slow-read', text: 'UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n' };
      const started = Date.now();
      const error = await graph.executor.read(slow).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(QueryTimeoutError);
      expect(Date.now() - started).toBeLessThan(10_000);
      const shown = toGraphQLError(error);
      expect(shown?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT' });
      expect(shown?.message).toMatch(/took too long and was stopped/);
    } finally {
      await graph.driver.close();
    }
  });
});
