import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Entity } from './entity.interface';
import { EventKind } from './enums';
import { Node } from './node.interface';

@ObjectType({ implements: [Node, Entity], description: 'A dated event: a meeting, a session, an entry into force.' })
export class Event extends Entity {
  @Field(() => EventKind, { description: 'What kind of event this is.' })
  kind!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day of the event, where it is one day and known.' })
  date?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year of the event.' })
  year?: number | null;
}
