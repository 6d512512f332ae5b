import { getIntrospectionQuery, IntrospectionInputTypeRef, IntrospectionQuery, IntrospectionType, IntrospectionTypeRef } from 'graphql';
import { GraphRuntime } from '../../src/app/graph-runtime';
import { findLeak } from '../support/api-process';
import { countGraph, GraphCounts } from '../support/graph-counts';
import { startTestHttpApp } from '../support/http-app';

/** Strings that would do harm if any of them ever became Cypher text, or that stress parsers and indexes. */
const HOSTILE_STRINGS: readonly string[] = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '$param',
  '`Entity`) DETACH DELETE n //',
  '\u0000\u202e\u{1F600} \\u0027 Ω */ /*',
  'UDHR" OR title:* AND "',
  'a'.repeat(100_000),
];
/** Numbers around and beyond the limits of GraphQL's Int. */
const HOSTILE_INTS: readonly string[] = ['-1', '2147483648', '1e100', '-2147483649', '0'];

interface Reply {
  status: number;
  text: string;
}

describe('hostile input over HTTP', () => {
  let graph: GraphRuntime;
  let base: string;
  let stop: () => Promise<void>;
  let before: GraphCounts;
  let schema: IntrospectionQuery['__schema'];
  const seen = { requests: 0, codes: new Map<string, number>() };

  beforeAll(async () => {
    ({ base, graph, stop } = await startTestHttpApp());
    before = await countGraph(graph.driver);
    const introspection = await post(JSON.stringify({ query: getIntrospectionQuery() }));
    schema = (JSON.parse(introspection.text) as { data: IntrospectionQuery }).data.__schema;
  });
  afterAll(async () => {
    await stop();
    process.stderr.write(`[hostile] ${seen.requests} requests; codes: ${JSON.stringify(Object.fromEntries(seen.codes))}\n`);
  });

  async function send(init: RequestInit & { path?: string }): Promise<Reply> {
    const response = await fetch(`${base}${init.path ?? '/graphql'}`, { method: 'POST', ...init });
    seen.requests += 1;
    return { status: response.status, text: await response.text() };
  }
  const post = (body: string | Uint8Array, contentType: string | null = 'application/json') =>
    send({ body, headers: contentType === null ? {} : { 'content-type': contentType } });
  const query = (q: string) => post(JSON.stringify({ query: q }));

  /** The guarantees for every hostile request: no 5xx, every error has a code (and not an internal one), nothing leaks. */
  function expectSafe(reply: Reply, what: string): void {
    const context = `${what}: ${reply.status} ${reply.text.slice(0, 300)}`;
    expect([context, reply.status < 500]).toEqual([context, true]);
    expect([context, findLeak(reply.text)]).toEqual([context, undefined]);
    let body: { errors?: { extensions?: { code?: string } }[] } | undefined;
    try {
      body = JSON.parse(reply.text);
    } catch {
      body = undefined;
    }
    if (reply.status >= 400) expect([context, body?.errors?.length ?? 0]).toEqual([context, expect.any(Number)]);
    for (const e of body?.errors ?? []) {
      const code = e.extensions?.code;
      seen.codes.set(code ?? '(none)', (seen.codes.get(code ?? '(none)') ?? 0) + 1);
      expect([context, typeof code]).toEqual([context, 'string']);
      expect([context, code]).not.toEqual([context, 'INTERNAL_SERVER_ERROR']);
    }
    if (reply.status >= 400 && reply.status !== 404 && reply.status !== 405) expect([context, body?.errors?.length ?? 0]).not.toEqual([context, 0]);
  }

  describe('query shapes', () => {
    it('a document nested 100 levels deep', async () => {
      const open = Array.from({ length: 100 }, () => 'children {').join(' ');
      const reply = await query(`{ body(abbreviation: "CMW") { ${open} id ${'}'.repeat(100)} } }`);
      expectSafe(reply, 'depth 100');
    });

    it('10,000 aliases, and 2,000 aliases of a field that reads the graph', async () => {
      expectSafe(await query(`{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}:__typename`).join(' ')} }`), '10k aliases');
      expectSafe(await query(`{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}:bodies(first:100){totalCount}`).join(' ')} }`), '2k graph aliases');
    });

    it('a 1 MB document', async () => {
      const reply = await query(`{ __typename ${' '.repeat(1_000_000)} }`);
      expectSafe(reply, '1 MB');
      expect(reply.status).toBe(413);
    });

    it('cost bombs through nested lists', async () => {
      const nest = (depth: number): string =>
        depth === 0 ? 'id' : `citedBy(first: 100) { totalCount nodes { quote resolution { id ${nest(depth - 1)} } } }`;
      expectSafe(await query(`{ instrument(abbreviation: "UDHR") { ${nest(6)} } }`), 'citedBy bomb');
      expectSafe(await query(`{ resolutions(first: 100) { nodes { paragraphs { citations { target { id ... on Instrument { ${nest(3)} } } } } } } }`), 'paragraph bomb');
    });

    it('unknown fields, arguments and types', async () => {
      for (const q of ['{ nope }', '{ resolution(symbol: "x") { nope } }', '{ bodies(nope: 1) { totalCount } }', '{ ... on Nope { id } }', 'mutation { nope }', 'subscription { nope }']) {
        const reply = await query(q);
        expectSafe(reply, q);
        expect(reply.status).toBe(400);
      }
    });

    it('variables of the wrong type', async () => {
      const cases: [string, unknown][] = [
        ['query($f: Int) { bodies(first: $f) { totalCount } }', { f: 'ten' }],
        ['query($f: Int) { bodies(first: $f) { totalCount } }', { f: 2 ** 31 }],
        ['query($f: Int) { bodies(first: $f) { totalCount } }', { f: 1e100 }],
        ['query($s: String!) { bySymbol(symbol: $s) { id } }', { s: { $ne: null } }],
        ['query($s: String!) { bySymbol(symbol: $s) { id } }', { s: null }],
        ['query($s: String!) { bySymbol(symbol: $s) { id } }', {}],
        ['query($s: String!) { bySymbol(symbol: $s) { id } }', 'not an object'],
      ];
      for (const [q, variables] of cases) {
        const reply = await post(JSON.stringify({ query: q, variables }));
        expectSafe(reply, `${q} ${JSON.stringify(variables)}`);
        expect(reply.status).toBe(400);
      }
    });
  });

  describe('transport', () => {
    it('malformed JSON and JSON that is not a GraphQL request', async () => {
      for (const body of ['{"query": ', '{', 'null', '[]', '[1,2]', '"x"', '42', '{"query": 42}', '{"query": "{ __typename }", "variables": 5}', '{"query": "{ __typename }", "extensions": "x"}', '{"query":"{ __typename }"}'.repeat(3)]) {
        const reply = await post(body);
        expectSafe(reply, body);
        expect(reply.status).toBe(400);
      }
    });

    it('wrong or missing content types', async () => {
      const body = JSON.stringify({ query: '{ __typename }' });
      for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/xml', null]) {
        const reply = await post(type?.startsWith('multipart') ? `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${body}\r\n--x--\r\n` : body, type);
        expectSafe(reply, `content-type ${type}`);
        expect(reply.status).toBeGreaterThanOrEqual(400);
      }
    });

    it('bytes that are not UTF-8', async () => {
      const prefix = Buffer.from('{"query":"{ bySymbol(symbol: \\"');
      const suffix = Buffer.from('\\") { id } }"}');
      for (const bad of [[0xff, 0xfe], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
        expectSafe(await post(new Uint8Array(Buffer.concat([prefix, Buffer.from(bad), suffix]))), `bytes ${bad}`);
      }
      expectSafe(await post(new Uint8Array([0xff, 0xfe, 0x00, 0x7b])), 'binary body');
      expectSafe(await post(new Uint8Array(Buffer.from('{"query":"{ __typename }"}', 'utf16le')), 'application/json; charset=utf-16'), 'utf-16');
    });

    it('other methods and paths', async () => {
      expectSafe(await send({ method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } }), 'PUT');
      expectSafe(await send({ method: 'DELETE' }), 'DELETE');
      expectSafe(await send({ method: 'GET', path: '/graphql?query=%7B' }), 'GET malformed');
      expectSafe(await send({ method: 'GET', path: '/nope/../../etc/passwd' }), 'GET traversal');
    });
  });

  describe('every argument of the root fields and of the items of root lists', () => {
    const named = (t: IntrospectionTypeRef): string => ('ofType' in t && t.ofType ? named(t.ofType) : (t as { name: string }).name);
    const isList = (t: IntrospectionTypeRef): boolean => t.kind === 'LIST' || (t.kind === 'NON_NULL' && isList(t.ofType));
    const typeOf = (name: string): IntrospectionType => schema.types.find((t) => t.name === name)!;

    /** A valid literal for a required argument we are not attacking. */
    function filler(t: IntrospectionInputTypeRef): string {
      const type = typeOf(named(t));
      let literal: string;
      if (type.kind === 'ENUM') literal = type.enumValues[0].name;
      else if (type.kind === 'INPUT_OBJECT') {
        literal = `{ ${type.inputFields.filter((f) => f.type.kind === 'NON_NULL' && f.defaultValue == null).map((f) => `${f.name}: ${filler(f.type)}`).join(', ')} }`;
      } else literal = ({ Int: '1', Float: '1.5', Boolean: 'true', LocalDate: '"2003-04-24"' } as Record<string, string>)[type.name] ?? '"x"';
      return isList(t) ? `[${literal}]` : literal;
    }

    type Place = { label: string; build: (literal: string) => string };

    /** Every field of `typeName` with an argument (or an input-object field) of one of `scalars`: the field's text with a hole. */
    function fieldPlaces(typeName: string, scalars: string[]): Place[] {
      const type = typeOf(typeName);
      if (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE') return [];
      const out: Place[] = [];
      for (const field of type.fields) {
        const returned = typeOf(named(field.type));
        const selection = returned.kind === 'OBJECT' || returned.kind === 'INTERFACE' || returned.kind === 'UNION' ? ' { __typename }' : '';
        const args = (hole: { arg: string; path: string[] }, literal: string) =>
          field.args
            .filter((a) => a.name === hole.arg || (a.type.kind === 'NON_NULL' && a.defaultValue == null))
            .map((a) => {
              if (a.name !== hole.arg) return `${a.name}: ${filler(a.type)}`;
              if (hole.path.length === 0) return `${a.name}: ${isList(a.type) ? `[${literal}]` : literal}`;
              const input = typeOf(named(a.type));
              if (input.kind !== 'INPUT_OBJECT') throw new Error('not an input object');
              const fields = input.inputFields
                .filter((f) => f.name === hole.path[0] || (f.type.kind === 'NON_NULL' && f.defaultValue == null))
                .map((f) => `${f.name}: ${f.name === hole.path[0] ? (isList(f.type) ? `[${literal}]` : literal) : filler(f.type)}`);
              const object = `{ ${fields.join(', ')} }`;
              return `${a.name}: ${isList(a.type) ? `[${object}]` : object}`;
            })
            .join(', ');
        for (const arg of field.args) {
          const argType = typeOf(named(arg.type));
          const holes: string[][] = [];
          if (scalars.includes(argType.name)) holes.push([]);
          if (argType.kind === 'INPUT_OBJECT') for (const f of argType.inputFields) if (scalars.includes(named(f.type))) holes.push([f.name]);
          for (const path of holes) {
            out.push({ label: `${typeName}.${field.name}(${[arg.name, ...path].join('.')})`, build: (literal) => `${field.name}(${args({ arg: arg.name, path }, literal)})${selection}` });
          }
        }
      }
      return out;
    }

    /**
     * Every place a literal of `scalars` can go: the arguments of every query and mutation field, and one level down,
     * the arguments of the fields of the items of every root list (`{ bodies(first: 1) { nodes { citedBy(after: …) … } } }`).
     */
    function targets(scalars: string[]): Place[] {
      const out: Place[] = [];
      for (const root of [schema.queryType, schema.mutationType].filter(Boolean)) {
        const keyword = root!.name === schema.mutationType?.name ? 'mutation' : 'query';
        for (const place of fieldPlaces(root!.name, scalars)) out.push({ label: place.label, build: (literal) => `${keyword} { ${place.build(literal)} }` });
      }
      const query = typeOf(schema.queryType.name);
      if (query.kind !== 'OBJECT') return out;
      for (const list of query.fields) {
        if (!list.args.some((a) => a.name === 'first') || list.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null)) continue;
        const connection = typeOf(named(list.type));
        const nodes = connection.kind === 'OBJECT' ? connection.fields.find((f) => f.name === 'nodes') : undefined;
        if (!nodes) continue;
        for (const place of fieldPlaces(named(nodes.type), scalars)) {
          out.push({ label: `Query.${list.name}.nodes > ${place.label}`, build: (literal) => `query { ${list.name}(first: 1) { nodes { ${place.build(literal)} } } }` });
        }
      }
      return out;
    }

    it('takes the hostile strings in every String and ID argument, and in every such field of an input object', async () => {
      const places = targets(['String', 'ID']);
      expect(places.length).toBeGreaterThan(30);
      process.stderr.write(`[hostile] ${places.length} string/ID argument places x ${HOSTILE_STRINGS.length} strings\n`);
      for (const place of places) {
        for (const s of HOSTILE_STRINGS) {
          const reply = await query(place.build(JSON.stringify(s)));
          expectSafe(reply, `${place.label} <- ${JSON.stringify(s.slice(0, 40))}`);
        }
      }
    });

    it('takes huge, negative and fractional numbers in every Int argument', async () => {
      const places = targets(['Int']);
      expect(places.length).toBeGreaterThan(10);
      for (const place of places) {
        for (const n of HOSTILE_INTS) {
          const reply = await query(place.build(n));
          expectSafe(reply, `${place.label} <- ${n}`);
        }
      }
    });
  });

  describe('afterwards', () => {
    it('leaves the graph as it was: the same nodes per label and relationships per type', async () => {
      expect(seen.requests).toBeGreaterThan(300);
      expect(await countGraph(graph.driver)).toEqual(before);
    });
  });
});
