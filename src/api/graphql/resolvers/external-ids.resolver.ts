import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { userError } from '../errors';
import { NodeRecord } from '../../../graph/read.repository';
import { parseExternalId, treatyCollectionUrl, wikidataUrl } from '../../../core/model/external-ids';
import { GraphContext } from '../context';
import { Body } from '../types/body.type';
import { Entity } from '../types/entity.interface';
import { ExternalIds, ExternalIdScheme } from '../types/external-ids.type';
import { Instrument, TreatySeriesReference } from '../types/instrument.type';

const MAX_VALUE_LENGTH = 100;

/** Volume, registration number and (where known) page in the UN Treaty Series, from the node's properties. */
export function treatySeriesOf(node: NodeRecord): TreatySeriesReference | null {
  const volume = node.treatySeriesVolume as number | undefined;
  const number = node.treatySeriesNumber as number | undefined;
  if (!volume || !number) return null;
  return { volume, number, page: (node.treatySeriesPage as number | undefined) ?? null };
}

/** The external identifiers stored on a node, with the links derived from them. */
export function externalIdsOf(node: NodeRecord): ExternalIds {
  const wikidata = (node.wikidata as string | undefined) ?? null;
  const chapter = (node.treatyCollectionChapter as string | undefined) ?? null;
  return {
    wikidata,
    wikidataUrl: wikidata ? wikidataUrl(wikidata) : null,
    treatySeries: treatySeriesOf(node),
    treatyCollectionChapter: chapter,
    treatyCollectionUrl: chapter ? treatyCollectionUrl(chapter) : null,
  };
}

@Resolver(() => Instrument)
export class InstrumentExternalIdsResolver {
  @FieldResolver(() => ExternalIds, { description: 'Identifiers of the instrument in other systems (Wikidata, UN Treaty Series, UN Treaty Collection), where known for certain.' })
  externalIds(@Root() i: NodeRecord): ExternalIds {
    return externalIdsOf(i);
  }
}

@Resolver(() => Body)
export class BodyExternalIdsResolver {
  @FieldResolver(() => ExternalIds, { description: 'Identifiers of the body in other systems (Wikidata), where known for certain.' })
  externalIds(@Root() b: NodeRecord): ExternalIds {
    return externalIdsOf(b);
  }
}

@Resolver()
export class ExternalIdQueryResolver {
  @Query(() => Entity, {
    nullable: true,
    description:
      'The catalogue entry another data set knows by its own identifier, e.g. byExternalId(scheme: TREATY_COLLECTION, value: "IV-13"). Null if no entry has it.',
  })
  async byExternalId(
    @Arg('scheme', () => ExternalIdScheme, { description: 'Which identifier system the value belongs to.' }) scheme: ExternalIdScheme,
    @Arg('value', { description: 'The identifier, written as that system writes it (see ExternalIdScheme).' }) value: string,
    @Ctx() ctx: GraphContext,
  ): Promise<NodeRecord | null> {
    if (value.length > MAX_VALUE_LENGTH) throw userError('BAD_USER_INPUT', `"value" must be at most ${MAX_VALUE_LENGTH} characters.`);
    const parsed = parseExternalId(scheme, value);
    if (!parsed.ok) throw userError('BAD_USER_INPUT', `"${value.trim()}" is not a valid ${scheme} identifier: ${parsed.problem}.`);
    const found =
      parsed.scheme === 'TREATY_SERIES'
        ? await ctx.repo.byExternalIds('TREATY_SERIES', [{ value: parsed.value, volume: parsed.volume, number: parsed.number }])
        : await ctx.repo.byExternalIds(parsed.scheme, [parsed.value]);
    // The catalogue check (assertExternalIdsUnique) keeps each value on at most one entry.
    return found.get(parsed.value)?.[0] ?? null;
  }
}
