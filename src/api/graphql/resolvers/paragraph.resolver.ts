import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ParagraphRecord } from '../../../graph/read.repository';
import { GraphContext } from '../context';
import { Citation } from '../types/citation.type';
import { Clause, Footnote, Paragraph } from '../types/paragraph.type';
import { Resolution } from '../types/resolution.type';

@Resolver(() => Paragraph)
export class ParagraphResolver {
  @FieldResolver(() => Resolution, { description: 'The resolution this paragraph belongs to.' })
  resolution(@Root() p: ParagraphRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.entity.load(p.resolutionId);
  }

  @FieldResolver(() => [Citation], { description: 'Everything this paragraph cites, in text order, each with its quote and span.' })
  citations(@Root() p: ParagraphRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.citationsOf.load(p.id);
  }

  @FieldResolver(() => [Clause], { description: 'The clauses of the paragraph: the opening one, then any joined with "and" (e.g. "and takes note of").' })
  clauses(@Root() p: ParagraphRecord): Clause[] {
    const phrases = (p.clausePhrases as string[]) ?? [];
    return phrases.map((phrase, i) => ({
      phrase,
      relation: (p.clauseRelations as string[])[i],
      start: (p.clauseStarts as number[])[i],
      addressee: (p.clauseAddressees as string[])[i] || null,
    }));
  }

  @FieldResolver(() => [Footnote], { description: 'The footnotes its markers point to, in text order; empty when it has none (texts ingested before footnotes were kept have none).' })
  footnotes(@Root() p: ParagraphRecord): Footnote[] {
    const markers = (p.footnoteMarkers as number[] | undefined) ?? [];
    return markers.map((marker, i) => ({ marker, at: (p.footnoteStarts as number[])[i], text: (p.footnoteTexts as string[])[i] }));
  }

  @FieldResolver(() => [String])
  addressees(@Root() p: ParagraphRecord): string[] {
    return (p.addressees as string[] | undefined) ?? [];
  }
}
