import { collectIds, ScoredId, topIdsByScore } from './equivalence';

/** A GraphQL request as sent over HTTP. */
export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One benchmark query, asked of both APIs in each one's idiom, with how to read the entity ids out of each answer.
 * The ids are compared once before timing: equal ids mean both did the same work.
 * Adding a query to the benchmark and the load test is adding one entry to BENCH_QUERIES.
 */
export interface BenchQuery {
  /** Short name, used by --only and in the tables. */
  name: string;
  /** What a user asks, in words. */
  question: string;
  ours: GraphqlRequest;
  theirs: GraphqlRequest;
  /** The entity (or hit) ids our answer names. */
  oursIds(data: any): string[];
  /** The entity (or hit) ids the @neo4j/graphql answer names, read the same way. */
  theirsIds(data: any): string[];
  /** The best single statement for the question, hand-written and checked with PROFILE: bench/api/cypher/floor/<name>.cypher. */
  floor: { file: string; params: Record<string, unknown> };
  /**
   * True when our answer was cut at a size limit the other API has no equivalent of (a bounded drawing): then only
   * "ours is part of theirs" can be checked, and the two did not do the same work. The tables say so.
   */
  oursTruncated?(data: any): boolean;
}

/** The Universal Declaration of Human Rights, the instrument the corpus cites most among the human-rights ones. */
const UDHR = 'instrument:udhr';

/** The seed resolution (README, "Graph model"). */
export const SEED_SYMBOL = 'E/CN.4/RES/2003/48';

const SEARCH_WORDS = 'migrant workers';
/** How our API turns the words into Lucene (src/api/graphql/resolvers/search.resolver.ts): every word must match. */
const SEARCH_LUCENE = 'migrant AND workers';
const SEARCH_HITS = 20;
/** Both APIs fetch one hit more than compared, so a tie at the cut is seen from both sides (see topIdsByScore). */
const SEARCH_FETCH = SEARCH_HITS + 1;
/** The largest drawing the API allows by default (MAX_GRAPH_NODES). */
const NEIGHBOURHOOD_LIMIT = 500;

export const BENCH_QUERIES: readonly BenchQuery[] = [
  {
    name: 'guided-by',
    question: 'What guides this resolution: the instruments of its "Guided by" paragraphs, with title and quote',
    ours: {
      query: `query GuidedBy($symbol: String!) {
  resolution(symbol: $symbol) {
    id
    guidedBy { id title citations { relation quote paragraph { id } } }
  }
}`,
      variables: { symbol: SEED_SYMBOL },
    },
    theirs: {
      query: `query GuidedBy($symbol: String!) {
  resolutions(where: { symbol: { eq: $symbol } }) {
    id
    paragraphs(where: { citesConnection: { some: { edge: { relation: { eq: "GUIDED_BY" } } } } }) {
      id
      citesConnection(where: { edge: { relation: { eq: "GUIDED_BY" } } }) {
        edges { properties { relation quote } node { id title } }
      }
    }
  }
}`,
      variables: { symbol: SEED_SYMBOL },
    },
    oursIds: (data) => collectIds(data),
    theirsIds: (data) => collectIds(data),
    floor: { file: 'guided-by', params: { symbol: SEED_SYMBOL } },
  },
  {
    name: 'depth-3',
    question: 'The instruments a resolution cites, the bodies that monitor them, and the other instruments those bodies monitor',
    ours: {
      query: `query Depth3($symbol: String!) {
  resolution(symbol: $symbol) {
    id
    cites(types: [Instrument]) {
      entity { ... on Instrument { id title monitoredBy { id title monitors { id title } } } }
    }
  }
}`,
      variables: { symbol: SEED_SYMBOL },
    },
    theirs: {
      query: `query Depth3($symbol: String!) {
  resolutions(where: { symbol: { eq: $symbol } }) {
    id
    paragraphs {
      cites(where: { typename: [Instrument] }) {
        ... on Instrument { id title monitoredBy { id title monitors { id title } } }
      }
    }
  }
}`,
      variables: { symbol: SEED_SYMBOL },
    },
    oursIds: (data) => collectIds(data),
    theirsIds: (data) => collectIds(data),
    floor: { file: 'depth-3', params: { symbol: SEED_SYMBOL } },
  },
  {
    name: 'search',
    question: `Full-text search for "${SEARCH_WORDS}" over entity titles and paragraph texts, best ${SEARCH_HITS} hits`,
    ours: {
      query: `query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    totalCount
    nodes { score matchedField node { id } }
  }
}`,
      variables: { text: SEARCH_WORDS, first: SEARCH_FETCH },
    },
    theirs: {
      // One fulltext field per type: the library generates them per @fulltext index and type, so a client merges by score.
      query: `query Search($phrase: String!, $first: Int!) {
  paragraphsByText(phrase: $phrase, first: $first, sort: [{ score: DESC }]) { edges { score node { id } } }
  instrumentsByTitle(phrase: $phrase, first: $first, sort: [{ score: DESC }]) { edges { score node { id } } }
  bodiesByTitle(phrase: $phrase, first: $first, sort: [{ score: DESC }]) { edges { score node { id } } }
  documentsByTitle(phrase: $phrase, first: $first, sort: [{ score: DESC }]) { edges { score node { id } } }
  eventsByTitle(phrase: $phrase, first: $first, sort: [{ score: DESC }]) { edges { score node { id } } }
  resolutionsByTitle(phrase: $phrase, first: $first, sort: [{ score: DESC }]) { edges { score node { id } } }
  provisionsByTitle(phrase: $phrase, first: $first, sort: [{ score: DESC }]) { edges { score node { id } } }
}`,
      variables: { phrase: SEARCH_LUCENE, first: SEARCH_FETCH },
    },
    oursIds: (data) => {
      const hits = (data?.search?.nodes ?? []) as { score: number; node: { id: string } }[];
      return topIdsByScore([hits.map((h) => ({ id: h.node.id, score: h.score }))], SEARCH_HITS).ids;
    },
    theirsIds: (data) => {
      const lists = Object.values((data ?? {}) as Record<string, { edges: { score: number; node: { id: string } }[] }>).map(
        (c): ScoredId[] => c.edges.map((e) => ({ id: e.node.id, score: e.score })),
      );
      return topIdsByScore(lists, SEARCH_HITS).ids;
    },
    floor: { file: 'search', params: { lucene: SEARCH_LUCENE, first: SEARCH_FETCH } },
  },
  {
    name: 'neighbourhood',
    question: 'The depth-2 neighbourhood of a resolution over "Guided by" citations and monitoring links (nodes and edges, for a drawing)',
    ours: {
      query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, relations: [GUIDED_BY, MONITORED_BY], limit: ${NEIGHBOURHOOD_LIMIT}) {
    truncated
    nodes { id depth }
    edges { source target relation quote }
  }
}`,
      variables: { id: `un:${SEED_SYMBOL}` },
    },
    theirs: {
      // The same walk spelled out: GUIDED_BY citations out of the resolution, then from each instrument its monitoring
      // bodies and the other resolutions it guides (citations are paragraph -> entity, so a resolution is a hop further).
      query: `query Neighbourhood($symbol: String!) {
  resolutions(where: { symbol: { eq: $symbol } }) {
    id
    paragraphs(where: { citesConnection: { some: { edge: { relation: { eq: "GUIDED_BY" } } } } }) {
      citesConnection(where: { edge: { relation: { eq: "GUIDED_BY" } } }) {
        edges {
          properties { relation quote }
          node {
            id
            ... on Instrument {
              monitoredBy { id }
              citedByParagraphsConnection(where: { edge: { relation: { eq: "GUIDED_BY" } } }) {
                edges { properties { relation quote } node { resolution { id } } }
              }
            }
          }
        }
      }
    }
  }
}`,
      variables: { symbol: SEED_SYMBOL },
    },
    oursIds: (data) => collectIds(data?.neighbourhood?.nodes),
    theirsIds: (data) => collectIds(data),
    oursTruncated: (data) => data?.neighbourhood?.truncated === true,
    floor: { file: 'neighbourhood', params: { id: `un:${SEED_SYMBOL}` } },
  },
  {
    name: 'top-cited',
    question: 'The 20 most cited instruments, with their counts',
    ours: {
      query: `query TopCited {
  instruments(first: 20, orderBy: { field: CITED_BY_COUNT, direction: DESC }) { nodes { id title citedByCount } }
}`,
      variables: {},
    },
    theirs: {
      query: `query TopCited {
  instruments(sort: [{ citedByCount: DESC }, { id: ASC }], limit: 20) { id title citedByCount }
}`,
      variables: {},
    },
    oursIds: (data) => collectIds(data),
    theirsIds: (data) => collectIds(data),
    floor: { file: 'top-cited', params: {} },
  },
  {
    name: 'udhr-citing',
    question: "The Universal Declaration's citing resolutions, newest first, first 50, with how many there are",
    ours: {
      query: `query UdhrCiting($cites: String!) {
  resolutions(first: 50, filter: { cites: $cites }) { totalCount nodes { id symbol } }
}`,
      variables: { cites: UDHR },
    },
    theirs: {
      query: `query UdhrCiting($cites: ID!) {
  resolutions(where: { paragraphs: { some: { cites: { some: { id: { eq: $cites } } } } } }, sort: [{ adoptedOn: DESC }, { id: ASC }], limit: 50) { id symbol }
}`,
      variables: { cites: UDHR },
    },
    oursIds: (data) => collectIds(data),
    theirsIds: (data) => collectIds(data),
    floor: { file: 'udhr-citing', params: { cites: UDHR } },
  },
];

/** The queries named by --only (comma-separated), or all; an unknown name is an error that lists the known ones. */
export function selectQueries(only: string | undefined): BenchQuery[] {
  if (!only) return [...BENCH_QUERIES];
  const names = only.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !BENCH_QUERIES.some((q) => q.name === n));
  if (unknown.length) throw new Error(`unknown query ${unknown.join(', ')}; known: ${BENCH_QUERIES.map((q) => q.name).join(', ')}`);
  return BENCH_QUERIES.filter((q) => names.includes(q.name));
}
