import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CLAUSE_RELATIONS, LINK_TYPES } from '../../../core/model/vocabulary';
import { EntityType } from './enums';

const LINK_DESCRIPTIONS: Record<(typeof LINK_TYPES)[number], string> = {
  PART_OF: 'Catalogue link: a body of a parent body, an article of its instrument, a meeting of its session.',
  ESTABLISHED_BY: 'Catalogue link: a body to the resolution or provision that established it.',
  SUCCEEDED_BY: 'Catalogue link: a body to the body that replaced it.',
  MONITORED_BY: 'Catalogue link: an instrument to the treaty body that monitors it.',
  ADOPTED_IN: 'Catalogue link: an instrument to the resolution that adopted it.',
  ADOPTED_BY: 'Catalogue link: a resolution or instrument to the body that adopted it.',
  ADOPTED_AT: 'Catalogue link: a resolution to the meeting it was adopted at.',
  IN_SESSION: 'Catalogue link: a resolution to the session it was adopted in.',
  HELD_BY: 'Catalogue link: an event to the body that held it.',
  CONCERNS: 'Catalogue link: an event, document or body to what it concerns.',
  AUTHORED_BY: 'Catalogue link: a document to the body that wrote it.',
  REPORTED_IN: 'Catalogue link: a resolution to the report or draft it is published in.',
  ABOUT: 'Catalogue link: a resolution to what it is about.',
};

/** The clause relations and the catalogue link types, from the vocabulary: every kind of edge a drawing can hold. */
export const GraphRelation = Object.fromEntries([...Object.keys(CLAUSE_RELATIONS), ...LINK_TYPES].map((v) => [v, v])) as Record<string, string>;
registerEnumType(GraphRelation, {
  name: 'GraphRelation',
  description:
    'The kind of an edge in a drawing: a clause relation (a resolution citing something in one of its paragraphs, e.g. GUIDED_BY) or a catalogue link between entities (e.g. MONITORED_BY).',
  valuesConfig: Object.fromEntries([
    ...Object.entries(CLAUSE_RELATIONS).map(([k, v]) => [k, { description: `Citation in a clause with the leading phrase: ${v}.` }]),
    ...LINK_TYPES.map((t) => [t, { description: LINK_DESCRIPTIONS[t] }]),
  ]),
});

@ObjectType({ description: 'An entity in a drawing, with what a front end needs to show it.' })
export class GraphNode {
  @Field(() => ID, { description: 'The stable id of the entity; `node(id:)` fetches all of it.' })
  id!: string;

  @Field({ description: 'A short name to draw: the symbol of a document, else the abbreviation, short title or title.' })
  label!: string;

  @Field(() => EntityType, { description: 'Which kind of entity this is.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The full title, where known.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The UN document symbol, where it has one.' })
  symbol?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An ISO date to place it at: adoption, the day (or only the year) of an event, or the establishment of a body. Null when not known.',
  })
  date?: string | null;

  @Field(() => Int, { description: 'How many hops from the root (neighbourhood) or from the start (paths); the root is 0.' })
  depth!: number;
}

@ObjectType({
  description:
    'An edge in a drawing, pointing the way it points in the graph. A citation (resolution -> paragraph -> entity) is one edge from the resolution, with its paragraph and quote; a catalogue link has null paragraph fields.',
})
export class GraphEdge {
  @Field(() => ID, { description: 'Stable and unique: "<paragraphId>/<citation key>" for a citation, "<source>|<TYPE>|<target>" for a link.' })
  id!: string;

  @Field(() => ID, { description: 'The id of the entity the edge starts at (the citing resolution for a citation).' })
  source!: string;

  @Field(() => ID, { description: 'The id of the entity the edge points at.' })
  target!: string;

  @Field(() => GraphRelation, { description: 'The clause relation of a citation, or the type of a link.' })
  relation!: string;

  @Field(() => ID, { nullable: true, description: 'The paragraph that makes the citation, e.g. "un:E/CN.4/RES/2003/48#op5"; null for links.' })
  paragraphId?: string | null;

  @Field(() => String, { nullable: true, description: 'The paragraph as printed references name it: "PP3" (third preambular), "OP5" (operative 5); null for links.' })
  paragraphLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'The exact words of the paragraph that name the target; null for links.' })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'The leading phrase of the clause, e.g. "Recalling"; null for links.' })
  phrase?: string | null;
}

@ObjectType({ description: 'The entities around one entity, with the edges between them, ready to draw.' })
export class GraphView {
  @Field(() => ID, { description: 'The id the neighbourhood was asked for.' })
  rootId!: string;

  @Field(() => [GraphNode], { description: 'The root first, then the nearest entities first; within a hop, by id.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Every edge (of the asked relations) between two returned nodes, by id.' })
  edges!: GraphEdge[];

  @Field({ description: 'True when more entities lay within the depth than `limit` allowed; ask for a smaller depth, fewer relations or kinds, or a larger limit.' })
  truncated!: boolean;

  @Field(() => Int, { description: 'The node limit that was applied.' })
  limit!: number;
}

@ObjectType({ description: 'One connection between two entities, hop by hop, with the provenance of every hop.' })
export class GraphPath {
  @Field(() => Int, { description: 'Number of hops (edges); a citation through a paragraph counts as one.' })
  length!: number;

  @Field(() => [GraphNode], { description: 'The entities along the path, from the start (depth 0) to the end.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The edges along the path, in order; edge i joins nodes i and i+1, in either direction.' })
  edges!: GraphEdge[];

  @Field({
    description:
      'The path as a sentence chain, e.g. "E/CN.4/RES/2003/48 (PP4) BEARS_IN_MIND ILO"; hops after the first start with "->", and a hop walked against its direction reads "X <- RELATION (OP5) Y" (Y RELATION X).',
  })
  explanation!: string;
}
