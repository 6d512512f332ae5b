import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { CitationOrderField, CitationRole, ClauseRelation, DocumentKind, EntityOrderField, SortDirection } from './enums';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return (default 20, at most the server maximum, 100 by default).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` from a previous page).' })
  after?: string | null;
}

@InputType({ description: 'Which citations to return.' })
export class CitationFilter {
  @Field(() => [ClauseRelation], { nullable: true, description: 'Only citations under these clause relations, e.g. [RECALLS, REAFFIRMS].' })
  relations?: string[] | null;

  @Field(() => [CitationRole], { nullable: true, description: 'Only citations in these roles, e.g. [ADDRESSEE].' })
  roles?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only citations from the resolution with this UN symbol.' })
  resolutionSymbol?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only citations from resolutions adopted by the body with this id, e.g. "body:general-assembly": with `addressedBy` and `relations: [REQUESTS]`, what the General Assembly requests of a body.',
  })
  adoptedBy?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only citations from resolutions adopted on or after this date, e.g. "2000-01-01".' })
  adoptedFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only citations from resolutions adopted on or before this date, e.g. "2009-12-31".' })
  adoptedTo?: string | null;
}

@InputType({ description: 'The order of citations.' })
export class CitationOrder {
  @Field(() => CitationOrderField, { description: 'What to order by.' })
  field!: string;

  @Field(() => SortDirection, { defaultValue: 'DESC', description: 'Direction; newest first by default.' })
  direction!: string;
}

@InputType({ description: 'The order of a list of entities.' })
export class EntityOrder {
  @Field(() => EntityOrderField, { description: 'What to order by.' })
  field!: string;

  @Field(() => SortDirection, { defaultValue: 'ASC', description: 'Direction.' })
  direction!: string;
}

@InputType({ description: 'Which resolutions to return; every condition given must hold.' })
export class ResolutionFilter {
  @Field(() => String, { nullable: true, description: 'Only resolutions adopted by the body with this id, e.g. "body:chr".' })
  adoptedBy?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only resolutions adopted on or after this date.' })
  adoptedFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only resolutions adopted on or before this date.' })
  adoptedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Only resolutions with a paragraph citing the entity with this id.' })
  cites?: string | null;

  @Field(() => [DocumentKind], { nullable: true, description: 'Only these kinds: [RESOLUTION] leaves out draft resolutions read from their text (kind DRAFT); all when omitted.' })
  kinds?: string[] | null;
}
