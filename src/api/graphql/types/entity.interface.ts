import { Field, Int, InterfaceType } from 'type-graphql';
import { EntityType } from './enums';
import { Node } from './node.interface';
import { typeNameOf } from './type-name';

/** Something a resolution can cite: an instrument, body, document, resolution, provision or event. */
@InterfaceType({
  implements: Node,
  resolveType: typeNameOf,
  description: 'Something a resolution can cite: an instrument, a body, a document, a resolution, a provision or an event.',
})
export abstract class Entity extends Node {
  @Field(() => EntityType, { description: 'Which kind of entity this is.' })
  entityType!: string;

  @Field({ description: 'A short human-readable name for drawing and lists: the abbreviation, short title, title or symbol.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'The full official title or name, as printed. Null when not known for certain.' })
  title?: string | null;

  @Field({ description: 'True for entries of the curated catalogue; false for entities first met in a text and not yet checked.' })
  curated!: boolean;

  @Field(() => String, { nullable: true, description: 'A curator\'s note about this entry (sources, caveats).' })
  note?: string | null;

  @Field(() => Int, {
    description: 'How many citations of this entity the graph holds: the `totalCount` of `citedBy` without filters. Stored and kept up to date with every write, so lists can be ordered by it (`orderBy: {field: CITED_BY_COUNT, direction: DESC}`).',
  })
  citedByCount!: number;
}
