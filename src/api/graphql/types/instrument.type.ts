import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Entity } from './entity.interface';
import { InstrumentKind } from './enums';
import { Node } from './node.interface';

@ObjectType({ description: 'Where a treaty is published in the United Nations Treaty Series.' })
export class TreatySeriesReference {
  @Field(() => Int, { description: 'Volume of the United Nations Treaty Series.' })
  volume!: number;

  @Field(() => Int, { description: 'Registration number in the United Nations Treaty Series.' })
  number!: number;

  @Field(() => Int, { nullable: true, description: 'The page of the volume where the treaty begins, where known for certain.' })
  page?: number | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: [Node, Entity], description: 'A legal instrument: a charter, declaration, covenant, convention, treaty, agreement, protocol, ILO instrument, outcome document or set of standards.' })
export class Instrument extends Entity {
  @Field(() => InstrumentKind, { description: 'The legal form of the instrument.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'A common short title, e.g. "Migrant Workers Convention".' })
  shortTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'The usual abbreviation, e.g. "ICCPR".' })
  abbreviation?: string | null;

  @Field(() => String, { nullable: true, description: 'The UN symbol of the document that contains the instrument, where it has one (e.g. A/CONF.157/23).' })
  symbol?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date the text was adopted (the UN Charter: 25 June 1945, by the San Francisco Conference); null where not known.' })
  adoptedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date the text was signed or opened for signature, where that is its date (the UN Charter: 26 June 1945); null where not known.' })
  signedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The date of entry into force; null for declarations and where not known.' })
  entryIntoForce?: string | null;
}
