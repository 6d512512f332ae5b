// Talking to this server's /graphql: POST application/json (which Apollo's CSRF prevention accepts), nothing else.

export const ENDPOINT = '/graphql';

export const NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!, $relations: [GraphRelation!], $kinds: [EntityType!]) {
  neighbourhood(id: $id, depth: $depth, limit: $limit, relations: $relations, kinds: $kinds) {
    rootId
    truncated
    limit
    nodes { id label kind title symbol date depth }
    edges { id source target relation paragraphId paragraphLabel quote phrase }
  }
}`;

export const SEARCH_QUERY = `query Search($text: String!) {
  search(text: $text, first: 10) {
    totalCount
    nodes { matchedField snippet node { __typename id ... on Entity { label } } }
  }
}`;

export const BY_SYMBOL_QUERY = `query BySymbol($symbol: String!) {
  bySymbol(symbol: $symbol) { id label }
}`;

export const VOCABULARY_QUERY = `query Vocabulary {
  relations: __type(name: "GraphRelation") { enumValues { name description } }
  kinds: __type(name: "EntityType") { enumValues { name } }
}`;

export const PARAGRAPH_QUERY = `query Paragraph($id: ID!) {
  node(id: $id) {
    ... on Paragraph { id kind number leadingPhrase text citations { relation quote target { id label } } }
  }
}`;

/**
 * Runs one GraphQL request; resolves with its data or throws an Error with the server's message (and its code).
 * `onBusy(+1)` and `onBusy(-1)` bracket the request.
 */
export async function graphql(query, variables, onBusy = () => {}) {
  onBusy(+1);
  try {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    let body;
    try {
      body = await response.json();
    } catch {
      throw new Error(`The server answered ${response.status} without JSON.`);
    }
    if (body.errors && body.errors.length) {
      const error = new Error(body.errors.map((e) => e.message).join(' '));
      error.code = body.errors[0].extensions && body.errors[0].extensions.code;
      throw error;
    }
    return body.data;
  } finally {
    onBusy(-1);
  }
}

/** A deep link into the GraphQL IDE at /graphql with this query and its variables. */
export function ideUrl(query, variables) {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables, null, 2));
  return `${ENDPOINT}?${params}`;
}
