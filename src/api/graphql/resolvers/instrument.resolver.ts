import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { Body } from '../types/body.type';
import { Instrument, TreatySeriesReference } from '../types/instrument.type';
import { Provision } from '../types/provision.type';
import { Resolution } from '../types/resolution.type';
import { treatySeriesOf } from './external-ids.resolver';
import { followMany, followOne } from './follow';

@Resolver(() => Instrument)
export class InstrumentResolver {
  @FieldResolver(() => Resolution, { nullable: true, description: 'The resolution that adopted the instrument (e.g. General Assembly resolution 45/158).' })
  adoptingResolution(@Root() i: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, i.id, 'ADOPTED_IN', 'OUT');
  }

  @FieldResolver(() => Body, { nullable: true, description: 'The body that adopted the instrument: directly, or through its adopting resolution.' })
  async adoptingBody(@Root() i: NodeRecord, @Ctx() ctx: GraphContext) {
    const direct = await followOne(ctx, i.id, 'ADOPTED_BY', 'OUT');
    if (direct) return direct;
    const resolution = await followOne(ctx, i.id, 'ADOPTED_IN', 'OUT');
    return resolution ? followOne(ctx, resolution.id, 'ADOPTED_BY', 'OUT') : null;
  }

  @FieldResolver(() => [Body], { description: 'The treaty bodies that monitor the instrument.' })
  monitoredBy(@Root() i: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, i.id, 'MONITORED_BY', 'OUT');
  }

  @FieldResolver(() => [Provision], { description: 'The provisions of the instrument that the graph knows, in article order.' })
  provisions(@Root() i: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, i.id, 'PART_OF', 'IN');
  }

  @FieldResolver(() => TreatySeriesReference, { nullable: true, description: 'Volume and registration number in the United Nations Treaty Series, where known.' })
  treatySeries(@Root() i: NodeRecord): TreatySeriesReference | null {
    return treatySeriesOf(i);
  }
}
