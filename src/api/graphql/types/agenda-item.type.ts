import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from './connection.type';

@ObjectType({
  description:
    'An item of the agenda of one session of a UN organ, under which resolutions were considered and adopted, e.g. item 71 (b) of the General Assembly\'s seventy-eighth session, "Promotion and protection of human rights: human rights questions, …". Read from the "Agenda item" line of each text\'s header.',
})
export class AgendaItem {
  @Field(() => ID, { description: 'The stable id: `agenda:` + organ + `:` + session + `:` + item, e.g. "agenda:ga:78:71(b)" or "agenda:ga:78:13". A partner can join on it.' })
  id!: string;

  @Field({ description: 'The organ whose agenda it is: "ga" (General Assembly), "hrc" (Human Rights Council), "chr" (Commission on Human Rights), "ecosoc" or "sc".' })
  organ!: string;

  @Field({ description: 'The session, as the header names it: "78" for the seventy-eighth session, "ES-10" for the tenth emergency special session, "S-27" for a special session, a year ("2044") for ECOSOC.' })
  session!: string;

  @Field(() => Int, { description: 'The item number, e.g. 71.' })
  number!: number;

  @Field(() => String, { nullable: true, description: 'The sub-item letter(s), e.g. "b" or "aa"; null for an item without sub-items.' })
  subItem?: string | null;

  @Field({ description: 'The item as printed, e.g. "71 (b)".' })
  item!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The item\'s title as the headers print it (the one most of its texts print); null when no text tells it reliably (a header naming several items whose titles run on together).',
  })
  title?: string | null;

  @Field(() => Int, { description: 'How many resolutions (and drafts) in the graph were considered under it.' })
  resolutionCount!: number;
}

export const AgendaItemConnection = Connection(AgendaItem, 'AgendaItem', 'agenda items');
