import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TreatySeriesReference } from './instrument.type';

/** The identifier systems `Query.byExternalId` can look entries up by. */
export const ExternalIdScheme = {
  WIKIDATA: 'WIKIDATA',
  TREATY_COLLECTION: 'TREATY_COLLECTION',
  TREATY_SERIES: 'TREATY_SERIES',
} as const;
export type ExternalIdScheme = (typeof ExternalIdScheme)[keyof typeof ExternalIdScheme];

registerEnumType(ExternalIdScheme, {
  name: 'ExternalIdScheme',
  description: 'An identifier system outside this graph, for joining with other data sets.',
  valuesConfig: {
    WIKIDATA: { description: 'A Wikidata item id, e.g. "Q42".' },
    TREATY_COLLECTION: { description: 'A UN Treaty Collection ("Status of Treaties") reference: chapter and number, e.g. "IV-13".' },
    TREATY_SERIES: { description: 'A UN Treaty Series volume and registration number, written "<volume>/<number>", e.g. "2220/39481".' },
  },
});

@ObjectType({
  description: 'Identifiers of a catalogue entry in other systems. Each is given only where known for certain; null means not recorded, not "none".',
})
export class ExternalIds {
  @Field(() => String, { nullable: true, description: 'The Wikidata item id, e.g. "Q42".' })
  wikidata?: string | null;

  @Field(() => String, { nullable: true, description: 'The Wikidata item page.' })
  wikidataUrl?: string | null;

  @Field(() => TreatySeriesReference, { nullable: true, description: 'Where the treaty is published in the United Nations Treaty Series (a treaty and its protocols can share a registration number).' })
  treatySeries?: TreatySeriesReference | null;

  @Field(() => String, { nullable: true, description: 'The UN Treaty Collection ("Status of Treaties") reference, e.g. "IV-13" for the Migrant Workers Convention.' })
  treatyCollectionChapter?: string | null;

  @Field(() => String, { nullable: true, description: 'The status page of the treaty in the UN Treaty Collection (signatures, ratifications, reservations); given for chapters IV and V, whose addresses are checked.' })
  treatyCollectionUrl?: string | null;
}
