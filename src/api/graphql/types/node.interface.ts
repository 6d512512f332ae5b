import { Field, ID, InterfaceType } from 'type-graphql';
import { typeNameOf } from './type-name';

/** Anything with a stable global id; `node(id:)` fetches any of them. */
@InterfaceType({ description: 'Anything with a stable, global id. `Query.node(id:)` fetches any of them.', resolveType: typeNameOf })
export abstract class Node {
  @Field(() => ID, { description: 'Stable public identifier; never changes once published. See the README, "Identifiers".' })
  id!: string;
}
