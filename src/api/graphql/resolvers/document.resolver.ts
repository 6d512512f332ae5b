import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NodeRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { Body } from '../types/body.type';
import { Document } from '../types/document.type';
import { Entity } from '../types/entity.interface';
import { Resolution } from '../types/resolution.type';
import { followMany, followOne } from './follow';

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => Body, { nullable: true, description: 'The author: the body or officer that issued the document.' })
  authoredBy(@Root() d: NodeRecord, @Ctx() ctx: GraphContext) {
    return followOne(ctx, d.id, 'AUTHORED_BY', 'OUT');
  }

  @FieldResolver(() => [Entity], { description: 'What the document is about.' })
  concerns(@Root() d: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, d.id, 'CONCERNS', 'OUT');
  }

  @FieldResolver(() => [Resolution], { description: 'Resolutions published in this document (for a report or draft report).' })
  contains(@Root() d: NodeRecord, @Ctx() ctx: GraphContext) {
    return followMany(ctx, d.id, 'REPORTED_IN', 'IN');
  }
}
