import { getNamedType, getNullableType, GraphQLField, GraphQLList, GraphQLNamedType, GraphQLSchema, isCompositeType, isListType, isObjectType, isInterfaceType } from 'graphql';

/**
 * How many items a plain list field (one without `first`, `limit` or `depth`) is counted as returning, so that a list
 * pays for its selection once per item it may return. Taken from the data: the 95th percentile (rounded up) of each
 * list's length over the GA-78 resolutions of data/corpus/ga-78 (`ingest --dry-run --json`), e.g. a
 * resolution has a median of 29 paragraphs, 97 at the 95th percentile and 421 at most. The rare longer lists are held
 * by the response-size bound (MAX_RESPONSE_BYTES), which counts what is really returned.
 *
 * Lists of a page (`nodes`/`edges` of a connection, of a neighbourhood) are absent: the field that asks for the page
 * already pays for `first` or `limit` items. A unit test fails when a list field is in neither group.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Resolution.paragraphs': 100, // p50 29, p95 97, max 421
  'Resolution.cites': 50, // distinct cited entities per resolution: p50 15, p95 44, max 146
  'Resolution.guidedBy': 10,
  'Resolution.about': 5,
  'Resolution.adoptedInstruments': 3,
  'Resolution.agendaItems': 2, // agenda items per resolution: p50 1, max 2 (GA-78)
  'Paragraph.citations': 5, // p50 0, p95 3, max 40
  'Paragraph.clauses': 3, // p95 2, max 4
  'Paragraph.footnotes': 3, // p50 0, p95 3 (the corpus)
  'CitedEntity.citations': 5, // citations of one entity in one resolution: p95 5, max 145
  'Event.resolutionsAdopted': 50, // resolutions per plenary meeting: p95 47, max 55
  'Event.sessionResolutions': 350, // one Assembly session adopts about 330
  'Event.concerns': 5,
  'Document.contains': 40, // resolutions per report: p95 4, max 35
  'Document.concerns': 5,
  'Body.children': 20,
  'Body.monitors': 3,
  'Instrument.monitoredBy': 3,
  'Instrument.provisions': 100, // the longest catalogued treaty (ICMW) has 93 articles
  'Provision.establishes': 3,
  'PreviousVersion.removedParagraphs': 100, // at most the previous version's paragraphs (p95 97)
  'PreviousVersion.removedCitations': 200,
  'GraphPath.nodes': 7, // at most maxHops (6) + 1
  'GraphPath.edges': 6,
};

/** A list field not in LIST_SIZES (one added later without an estimate) is counted as this many items. */
export const DEFAULT_LIST_SIZE = 50;

/** Types whose lists are one page, already paid for by the field that asked for the page. */
export function isPageType(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection') || type.name === 'GraphView';
}

/** Whether a field returns a list of objects (scalar lists cost nothing more: their size is in the response bound). */
export function isObjectList(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNullableType(field.type);
  return isListType(type) && isCompositeType(getNamedType((type as GraphQLList<never>).ofType));
}

/** Every `Type.field` of the schema that returns a list of objects outside a page type: each needs an estimate. */
export function plainObjectLists(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isPageType(type) || !(isObjectType(type) || isInterfaceType(type))) continue;
    if (type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (isObjectList(field)) out.push(`${type.name}.${field.name}`);
    }
  }
  return out.sort();
}
