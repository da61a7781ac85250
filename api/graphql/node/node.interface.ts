import { Field, ID, InterfaceType } from 'type-graphql';
import * as entities from '../../db/entities';
import { ID_DESCRIPTION, NODE_TYPES } from './global-id';
import { ROW_TYPE } from '../../read/rows';

/**
 * Resolvers return plain rows (api/read/rows.ts), tagged with their entity's name, or entities (after a
 * write); each entity class has the name of the GraphQL type that describes it.
 */
function typeOf(value: unknown): string | undefined {
  const tagged = (value as { [ROW_TYPE]?: string } | null)?.[ROW_TYPE];
  if (tagged) return NODE_TYPES.find((name) => name === tagged);
  return NODE_TYPES.find((name) => value instanceof entities[name]);
}

@InterfaceType('Node', {
  description: 'An object with a global id, refetchable with `node(id:)`.',
  resolveType: typeOf,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: ID_DESCRIPTION })
  id!: string;
}
