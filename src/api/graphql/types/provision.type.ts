import { Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { Node } from './node.interface';

@ObjectType({ implements: [Node, Entity], description: 'A provision of an instrument, such as an article.' })
export class Provision extends Entity {
  @Field({ description: 'The number of the article as printed, e.g. "72".' })
  number!: string;
}
