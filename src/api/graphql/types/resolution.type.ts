import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Entity } from './entity.interface';
import { DocumentKind, VotingOutcome } from './enums';
import { Node } from './node.interface';

@ObjectType({ description: 'The result of a recorded vote.' })
export class VoteCount {
  @Field(() => Int, { description: 'Votes in favour.' })
  inFavour!: number;

  @Field(() => Int, { description: 'Votes against.' })
  against!: number;

  @Field(() => Int, { description: 'Abstentions.' })
  abstentions!: number;
}

@Directive('@key(fields: "id")')
@Directive('@key(fields: "symbol")')
@ObjectType({ implements: [Node, Entity], description: 'A resolution of a UN body (or a draft resolution, kind DRAFT), with its paragraphs and everything they cite.' })
export class Resolution extends Entity {
  @Field(() => String, {
    nullable: true,
    description:
      'The UN document symbol, e.g. "E/CN.4/RES/2003/48". Null for a resolution of a body outside the UN symbol schemes that a text cites by number only (its id says whose it is, e.g. "resolution:ccpcj:25/2"): no symbol is guessed.',
  })
  symbol?: string | null;

  @Field(() => DocumentKind, { nullable: true, description: 'RESOLUTION for an adopted resolution (or DECISION); DRAFT for a draft resolution read from its text, e.g. "A/C.3/78/L.30".' })
  kind?: string | null;

  @Field(() => [String], { nullable: true, description: 'The sponsors a draft resolution names, as printed, e.g. ["Argentina", "Bolivia (Plurinational State of)"]; null when the text names none.' })
  sponsors?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The resolution number as printed, e.g. "2003/48" or "2200 A (XXI)".' })
  number?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date of adoption.' })
  adoptedOn?: string | null;

  @Field(() => VotingOutcome, { nullable: true, description: 'How it was adopted, where the text says so.' })
  votingOutcome?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many paragraphs the graph holds for it (null for resolutions known only as citations).' })
  paragraphCount?: number | null;
}
