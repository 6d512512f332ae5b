/** A ready example in the IDE: one GraphiQL tab, titled by its operation name. */
export interface IdeExample {
  query: string;
  variables?: string;
}

/**
 * The example tabs the IDE opens with, first tab first. The first is the README's "What guides this resolution?";
 * a test checks that every one of them is valid against the schema.
 */
export const IDE_EXAMPLES: IdeExample[] = [
  {
    query: `# What guides this resolution?
# The instruments its "Guided by" paragraph names, with the words it quotes.
# Run it with the play button or Ctrl-Enter; the book icon (top left) documents every type and field.
query WhatGuidesThisResolution {
  resolution(symbol: "E/CN.4/RES/2003/48") {
    guidedBy {
      label
      title
      citations { relation quote paragraph { id order } }
    }
  }
}
`,
  },
  {
    query: `# Which paragraphs of which resolutions cite the Migrant Workers Convention, and how?
query WhoCitesTheMigrantWorkersConvention {
  instrument(id: "instrument:icmw") {
    title
    citedBy(first: 10) {
      totalCount
      nodes {
        relation
        quote
        resolution { symbol }
        paragraph { id }
      }
    }
  }
}
`,
  },
  {
    query: `# Full-text search over titles and paragraph text: every word must match.
query Search($text: String!) {
  search(text: $text, first: 5) {
    totalCount
    nodes { matchedField snippet node { __typename id } }
  }
}
`,
    variables: JSON.stringify({ text: 'Special Rapporteur migrants' }, null, 2),
  },
  {
    query: `# The neighbourhood of an entity, as drawn by the explorer (/explore): nodes and edges one step away.
query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 50) {
    truncated
    nodes { id label kind }
    edges { source target relation paragraphLabel quote }
  }
}
`,
    variables: JSON.stringify({ id: 'un:E/CN.4/RES/2003/48' }, null, 2),
  },
];
