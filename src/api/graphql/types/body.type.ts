import { Directive, Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Entity } from './entity.interface';
import { BodyKind } from './enums';
import { Node } from './node.interface';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: [Node, Entity],
  description: 'A body: a principal or subsidiary organ, a treaty body, a special procedure, the Secretariat, a conference, an agency or a programme.',
})
export class Body extends Entity {
  @Field(() => BodyKind, { description: 'What kind of body this is.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'A common short name.' })
  shortTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'The usual abbreviation, e.g. "CMW".' })
  abbreviation?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the body or mandate was established, where known for certain.' })
  establishedOn?: string | null;
}
