import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Resolution } from './resolution.type';

@ObjectType({ description: 'A paragraph of the replaced version whose text is in no paragraph of the new one.' })
export class RemovedParagraph {
  @Field(() => ID, { description: 'Its id in the replaced version, e.g. "un:A/RES/99/901#pp3".' })
  id!: string;

  @Field({ description: 'Its text.' })
  text!: string;
}

@ObjectType({ description: 'A citation of the replaced version (target and quoted words) that the new version no longer makes.' })
export class RemovedCitation {
  @Field(() => ID, { description: 'The entity it cited.' })
  targetId!: string;

  @Field({ description: 'The words that cited it.' })
  quote!: string;
}

@ObjectType({
  description:
    'The version of a text that an ingestion replaced, and what of it is gone. Its hash and counts also stay on the resolution ' +
    '(previousContentHash, previousParagraphCount, previousCitationCount), so a replacement never loses paragraphs without a trace.',
})
export class PreviousVersion {
  @Field({ nullable: true, description: 'sha256 of the replaced text; null when it was stored before versions were recorded.' })
  contentHash?: string;

  @Field(() => Int, { description: 'Paragraphs the replaced version had.' })
  paragraphCount!: number;

  @Field(() => Int, { description: 'Citations the replaced version had.' })
  citationCount!: number;

  @Field(() => [RemovedParagraph], { description: 'Its paragraphs whose text the new version no longer has.' })
  removedParagraphs!: RemovedParagraph[];

  @Field(() => [RemovedCitation], { description: 'Its citations the new version no longer makes.' })
  removedCitations!: RemovedCitation[];
}

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

  @Field({ description: 'sha256 (hex) of the text, stored on the resolution as the version it was written from.' })
  contentHash!: string;

  @Field({
    description:
      'True when the symbol is that of a document of the curated catalogue: its curated title, date and links were kept, and only this ' +
      "text's paragraphs and citations were attached to it.",
  })
  attachedToCatalogued!: boolean;

  @Field(() => PreviousVersion, {
    nullable: true,
    description: 'When this text replaced a different version of the resolution: that version and what it held that this one does not. Null otherwise.',
  })
  previousVersion?: PreviousVersion;

  @Field(() => Int, { description: 'How many paragraphs the resolution has.' })
  paragraphCount!: number;

  @Field(() => Int, { description: 'How many citations (paragraph-to-entity mentions, each with its quote) were found.' })
  citationCount!: number;

  @Field(() => [String], {
    nullable: true,
    description: 'What the parser could not account for in the text (operative numbers that jump, text after the closing lines, no organ or closing line); null when it read the text whole.',
  })
  warnings?: string[];

  @Field(() => [ID], { description: 'Ids of entities that already existed and that the resolution now cites or links to (its body, session, ...).' })
  linkedEntityIds!: string[];

  @Field(() => [ID], { description: 'Ids of entities first met in this text, created as not yet curated (curated: false).' })
  newEntityIds!: string[];
}
