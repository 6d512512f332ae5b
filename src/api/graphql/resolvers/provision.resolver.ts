import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { Body } from '../types/body.type';
import { Instrument } from '../types/instrument.type';
import { Provision } from '../types/provision.type';
import { followMany, followOne } from './follow';

@Resolver(() => Provision)
export class ProvisionResolver {
  @FieldResolver(() => Instrument, { nullable: true, description: 'The instrument the provision belongs to.' })
  instrument(@Root() p: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, p.id, 'PART_OF', 'OUT');
  }

  @FieldResolver(() => [Body], { description: 'Bodies established by this provision (e.g. article 72 establishes the Committee on Migrant Workers).' })
  establishes(@Root() p: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, p.id, 'ESTABLISHED_BY', 'IN');
  }
}
