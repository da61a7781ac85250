import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Rendition } from '../../db/entities';
import type { Context } from '../context';
import { RenditionType } from '../rendition/rendition.type';
import { CitationType, type CitationValue } from './citation.type';

@Resolver(() => CitationType)
export class CitationResolver {
  @FieldResolver(() => RenditionType, { description: 'The rendition whose text the offsets refer to.' })
  async rendition(@Root() citation: CitationValue, @Ctx() { loaders }: Context): Promise<Rendition> {
    return (await loaders.byId.Rendition.load(citation.renditionId))!;
  }
}
