import { DocumentNode, getNamedType, GraphQLResolveInfo, GraphQLSchema, Kind, OperationDefinitionNode, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { FULL_PROJECTION, PlanProjection } from '../../../graph/planned-read';
import { LABEL_PROPERTIES } from '../../../core/model/explore';
import { ENTITY_TYPES } from '../../../core/model/vocabulary';

/**
 * Which stored properties a planned read returns (src/graph/planned-read.ts): only those the operation can read,
 * instead of whole nodes. Depth-3 sent 24 KB per answer through the driver, mostly dates and citations nobody asked
 * for; unpacking them was the largest cost of the API on the cold path.
 *
 * The rows fill per-request loaders, which any resolver of the operation may read, so the set is the union over the
 * whole document: every field selected on an entity type (or on CitedEntity, which is made from the cited node) or on
 * Paragraph, anywhere, under any root field or fragment. A field this table does not know means "every property":
 * a new field can make reads slower until it is listed here, never wrong. test/unit/schema/projection.test.ts checks
 * that every field of these types is listed, so none is forgotten.
 */

/** The properties an entity field reads from its node; `[]` for fields that need only the id and labels (always sent). */
export const ENTITY_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  entityType: [],
  label: LABEL_PROPERTIES,
  curated: ['curated'],
  citedByCount: ['citedByCount'],
  vote: ['votesInFavour', 'votesAgainst', 'abstentions'],
  externalIds: ['wikidata', 'treatyCollectionChapter', 'treatySeriesVolume', 'treatySeriesNumber', 'treatySeriesPage'],
  treatySeries: ['treatySeriesVolume', 'treatySeriesNumber', 'treatySeriesPage'],
  // Stored under the field's own name (type-graphql @Field properties without a field resolver).
  ...same(['title', 'note', 'symbol', 'kind', 'sponsors', 'number', 'adoptedOn', 'votingOutcome', 'paragraphCount', 'shortTitle', 'abbreviation']),
  ...same(['signedOn', 'entryIntoForce', 'establishedOn', 'date', 'year']),
  // Fields that follow links or read other records: they need the id alone.
  ...same([
    'citedBy', 'paragraphs', 'guidedBy', 'cites', 'adoptedBy', 'adoptedAt', 'session', 'reportedIn', 'about', 'adoptedInstruments', 'agendaItems',
    'adoptingResolution', 'adoptingBody', 'monitoredBy', 'provisions', 'parent', 'children', 'establishedBy', 'succeededBy', 'precededBy',
    'monitors', 'addressedBy', 'authoredBy', 'concerns', 'contains', 'instrument', 'establishes', 'heldBy', 'partOf', 'resolutionsAdopted',
    'sessionResolutions',
  ], []),
};

/** CitedEntity copies these from the cited node (resolution.resolver.ts citedEntities); `entity` and `citations` are links. */
export const CITED_ENTITY_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  entityType: [],
  label: LABEL_PROPERTIES,
  title: ['title'],
  entity: [],
  citations: [],
};

/** The properties a Paragraph field reads; its id and its resolution's id are always sent. */
export const PARAGRAPH_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  __typename: [],
  id: [],
  resolution: [],
  citations: [],
  clauses: ['clausePhrases', 'clauseRelations', 'clauseStarts', 'clauseAddressees'],
  footnotes: ['footnoteMarkers', 'footnoteStarts', 'footnoteTexts'],
  ...same(['kind', 'order', 'number', 'part', 'text', 'leadingPhrase', 'relation', 'addressees', 'chapeau', 'tables']),
};

/** The entity types and the interfaces they implement: the nodes the reads return are of these. */
const ENTITY_TYPE_NAMES = new Set<string>(['Entity', 'Node', ...ENTITY_TYPES]);

function same(names: readonly string[], properties?: readonly string[]): Record<string, readonly string[]> {
  return Object.fromEntries(names.map((n) => [n, properties ?? [n]]));
}

const known = new WeakMap<OperationDefinitionNode, PlanProjection>();

/** The projection for the operation being executed; computed once per parsed operation (Apollo keeps parsed documents). */
export function projectionOf(info: GraphQLResolveInfo): PlanProjection {
  let projection = known.get(info.operation);
  if (!projection) {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [info.operation, ...Object.values(info.fragments)] };
    projection = projectDocument(info.schema, document);
    known.set(info.operation, projection);
  }
  return projection;
}

/** What a read for this operation returns: its projection, or everything when the context turns planning off (tests compare both). */
export function operationProjection(ctx: { planner?: boolean }, info: GraphQLResolveInfo): PlanProjection {
  return ctx.planner === false ? FULL_PROJECTION : projectionOf(info);
}

/** The union over every field the document selects on entity, CitedEntity and Paragraph types. */
export function projectDocument(schema: GraphQLSchema, document: DocumentNode): PlanProjection {
  const entity = new Set<string>();
  const paragraph = new Set<string>();
  let allEntity = false;
  let allParagraph = false;
  let citations = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const parentName = getNamedType(parent).name;
        const name = node.name.value;
        if (ENTITY_TYPE_NAMES.has(parentName)) {
          const props = ENTITY_FIELD_PROPERTIES[name];
          if (props === undefined) allEntity = true;
          else props.forEach((p) => entity.add(p));
        } else if (parentName === 'CitedEntity') {
          const props = CITED_ENTITY_FIELD_PROPERTIES[name];
          if (props === undefined) allEntity = true;
          else props.forEach((p) => entity.add(p));
          if (name === 'citations') citations = true;
        } else if (parentName === 'Paragraph') {
          const props = PARAGRAPH_FIELD_PROPERTIES[name];
          if (props === undefined) allParagraph = true;
          else props.forEach((p) => paragraph.add(p));
        }
      },
    }),
  );
  return {
    entity: allEntity ? null : [...entity].sort(),
    paragraph: allParagraph ? null : [...paragraph].sort(),
    citations,
  };
}
