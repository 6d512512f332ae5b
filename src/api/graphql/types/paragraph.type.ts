import { Field, Int, ObjectType } from 'type-graphql';
import { ClauseRelation, ParagraphKind } from './enums';
import { Node } from './node.interface';

@ObjectType({ description: 'One clause of a paragraph: a leading phrase and what it does.' })
export class Clause {
  @Field({ description: 'The leading phrase exactly as printed, e.g. "Calls again upon".' })
  phrase!: string;

  @Field(() => ClauseRelation, { description: 'The relation the phrase maps to.' })
  relation!: string;

  @Field(() => Int, { description: 'Character offset of the phrase in the paragraph text.' })
  start!: number;

  @Field(() => String, { nullable: true, description: 'Whom the clause addresses, as printed (operative clauses), e.g. "the Secretary-General".' })
  addressee?: string | null;
}

@ObjectType({ description: 'A footnote of a paragraph, as the text prints it: the marker, where it stood, and the note.' })
export class Footnote {
  @Field(() => Int, { description: 'The footnote number the marker carries, e.g. 12.' })
  marker!: number;

  @Field(() => Int, { description: 'Character offset in the paragraph text where the marker stood (markers are not part of `text`).' })
  at!: number;

  @Field({ description: 'The footnote as printed, e.g. "A/78/123." or "United Nations, Treaty Series, vol. 2220, No. 39481."' })
  text!: string;
}

@ObjectType({ implements: Node, description: 'A paragraph of a resolution, preambular or operative, with its full text.' })
export class Paragraph extends Node {
  @Field(() => ParagraphKind, { description: 'Preambular or operative.' })
  kind!: string;

  @Field(() => Int, { description: 'Position in the resolution, 1-based, preambular paragraphs first.' })
  order!: number;

  @Field(() => String, { nullable: true, description: 'The printed number of an operative paragraph ("5"); null for preambular paragraphs, which are not numbered.' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'The part ("A") or section ("II") of a resolution in parts or in sections each numbered from 1; null otherwise.' })
  part?: string | null;

  @Field({ description: 'The full text of the paragraph, without its number.' })
  text!: string;

  @Field({ description: 'The phrase the paragraph opens with, e.g. "Guided by".' })
  leadingPhrase!: string;

  @Field(() => ClauseRelation, { description: 'The relation of the opening clause.' })
  relation!: string;

  @Field(() => [String], { description: 'The addressees of its clauses, as printed.' })
  addressees!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The words printed once above a run of numbered paragraphs and governing each of them, e.g. "Resolves that:" (the first clause\'s phrase is then the chapeau\'s verb, at offset 0); null when the paragraph has none.',
  })
  chapeau?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Tables the paragraph announces (budget, staffing or assessment tables), kept apart from `text`: one string per table, its cells in reading order joined by " | "; null when it announces none.',
  })
  tables?: string[] | null;
}
