import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { fromGlobalId, numericKey } from './global-id';
import { NodeInterface } from './node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global id; null when it no longer exists.' })
  async node(@Arg('id', () => ID, { description: 'A global id from any `id` field.' }) id: string, @Ctx() { loaders }: Context): Promise<unknown> {
    const { type, key } = fromGlobalId(id);
    // Loaders answer null for a key that does not exist, so a deleted object reads as null, not an error.
    if (type === 'Province') return loaders.provinceByCode.load(key);
    return loaders.byId[type].load(numericKey(id, type));
  }
}
