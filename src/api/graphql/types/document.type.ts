import { Directive, Field, ObjectType } from 'type-graphql';
import { Entity } from './entity.interface';
import { DocumentKind } from './enums';
import { Node } from './node.interface';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "symbol")')
@ObjectType({ implements: [Node, Entity], description: 'A UN document other than a resolution: a report, a draft, a conference outcome.' })
export class Document extends Entity {
  @Field(() => DocumentKind, { description: 'What kind of document this is.' })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The UN document symbol, e.g. "E/CN.4/2003/80". Null for a document that has none (an advisory opinion of the International Court of Justice, a decision of a conference of parties cited by number): no symbol is guessed.',
  })
  symbol?: string | null;
}
