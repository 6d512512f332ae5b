import { Field, ID, ObjectType } from 'type-graphql';
import { Citation } from './citation.type';
import { Entity } from './entity.interface';
import { EntityType } from './enums';

@ObjectType({ description: 'An entity a resolution cites, with every citation that justifies the link (paragraph, relation, quote).' })
export class CitedEntity {
  @Field(() => ID, { description: 'Id of the cited entity.' })
  id!: string;

  @Field({ description: 'Short name of the cited entity.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Full title of the cited entity.' })
  title?: string | null;

  @Field(() => EntityType, { description: 'Kind of the cited entity.' })
  entityType!: string;

  @Field(() => Entity, { description: 'The cited entity itself, to follow its links.' })
  entity!: unknown;

  @Field(() => [Citation], { description: 'The citations, in paragraph order: the provenance of the link.' })
  citations!: Citation[];
}
