/** The longest path `paths` considers, in entity hops (a citation through a paragraph is one hop). */
export const MAX_PATH_HOPS = 6;

/** The properties a node is drawn with (src/api/graphql/graph-view.ts toGraphNode): its label, title and symbol, its date. */
export const LABEL_PROPERTIES = ['abbreviation', 'shortTitle', 'title', 'symbol'] as const;
export const DATE_PROPERTIES = ['adoptedOn', 'date', 'establishedOn', 'year'] as const;

/**
 * What the drawing reads (neighbourhood, paths) return of each node, besides its id and labels: these alone, not the
 * whole node (a neighbourhood of 500 nodes sent every date and note of each).
 */
export const DRAWN_NODE_PROPERTIES: readonly string[] = [...new Set<string>([...LABEL_PROPERTIES, ...DATE_PROPERTIES])];
