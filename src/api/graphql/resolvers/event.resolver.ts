import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { Body } from '../types/body.type';
import { Entity } from '../types/entity.interface';
import { Event } from '../types/event.type';
import { Resolution } from '../types/resolution.type';
import { followMany, followOne } from './follow';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => Body, { nullable: true, description: 'The body whose meeting or session this is.' })
  heldBy(@Root() e: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, e.id, 'HELD_BY', 'OUT');
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The session a meeting belongs to.' })
  partOf(@Root() e: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, e.id, 'PART_OF', 'OUT');
  }

  @FieldResolver(() => [Entity], { description: 'What the event concerns, e.g. the instrument that entered into force.' })
  concerns(@Root() e: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, e.id, 'CONCERNS', 'OUT');
  }

  @FieldResolver(() => [Resolution], { description: 'Resolutions adopted at this meeting.' })
  resolutionsAdopted(@Root() e: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, e.id, 'ADOPTED_AT', 'IN');
  }

  @FieldResolver(() => [Resolution], { description: 'Resolutions adopted during this session.' })
  sessionResolutions(@Root() e: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, e.id, 'IN_SESSION', 'IN');
  }
}
