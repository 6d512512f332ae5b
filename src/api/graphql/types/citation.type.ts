import { Field, Int, ObjectType } from 'type-graphql';
import { CitationRole, ClauseRelation } from './enums';

@ObjectType({ description: 'One citation: a paragraph of a resolution that names an entity, with the words that justify the link.' })
export class Citation {
  @Field({ description: 'Stable key of this citation: paragraph id, offset and target id.' })
  key!: string;

  @Field(() => ClauseRelation, { description: 'The relation of the clause the mention stands in (e.g. GUIDED_BY, REQUESTS).' })
  relation!: string;

  @Field({ description: 'The leading phrase of that clause, as printed.' })
  phrase!: string;

  @Field({ description: 'The exact quoted words of the mention.' })
  quote!: string;

  @Field(() => Int, { description: 'Character offset where the quote starts in the paragraph text.' })
  start!: number;

  @Field(() => Int, { description: 'Character offset just after the quote.' })
  end!: number;

  @Field(() => CitationRole, { description: 'ADDRESSEE when the cited body is whom the clause addresses.' })
  role!: string;
}
