import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Resolution } from './resolution.type';

@ObjectType({ description: 'What `ingestResolution` created and linked, or on a dry run would create and link.' })
export class IngestResult {
  @Field({ description: 'True when nothing was written (dryRun: true): the counts and ids say what an ingestion would do.' })
  dryRun!: boolean;

  @Field({ description: 'The UN symbol read from the text, e.g. "A/RES/45/158".' })
  symbol!: string;

  @Field(() => ID, { description: 'The stable id of the resolution, e.g. "un:A/RES/45/158".' })
  resolutionId!: string;

  @Field(() => Resolution, {
    nullable: true,
    description: 'The resolution as now stored, with everything a Resolution resolves (paragraphs, guidedBy, cites, ...). Null on a dry run.',
  })
  resolution?: unknown;

  @Field({ description: 'True when the graph already held paragraphs of this resolution, which this text replaced (on a dry run: would replace).' })
  replaced!: boolean;

  @Field(() => Int, { description: 'How many paragraphs the resolution has.' })
  paragraphCount!: number;

  @Field(() => Int, { description: 'How many citations (paragraph-to-entity mentions, each with its quote) were found.' })
  citationCount!: number;

  @Field(() => [ID], { description: 'Ids of entities that already existed and that the resolution now cites or links to (its body, session, ...).' })
  linkedEntityIds!: string[];

  @Field(() => [ID], { description: 'Ids of entities first met in this text, created as not yet curated (curated: false).' })
  newEntityIds!: string[];
}
