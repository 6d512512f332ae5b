import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType({ description: 'A full-text search hit: an entity matched by its title, or a paragraph matched by its text.' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance score from the full-text index; higher is better. Comparable within one search only.' })
  score!: number;

  @Field({ description: 'The matched text around the first matching word, up to about 200 characters.' })
  snippet!: string;

  @Field({ description: 'Which text matched: "title" (an entity) or "text" (a paragraph).' })
  matchedField!: string;

  @Field(() => Node, { description: 'The matching entity or paragraph.' })
  node!: unknown;
}
