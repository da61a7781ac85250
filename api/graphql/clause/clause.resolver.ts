import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Clause, Rendition } from '../../db/entities';
import type { Context } from '../context';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import { RenditionType } from '../rendition/rendition.type';
import { ClauseType } from './clause.type';
import type { Row } from '../../read/rows';
import { referenced } from '../loaders';

@Resolver(() => ClauseType)
export class ClauseResolver {
  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() clause: Row<Clause>): string {
    return toGlobalId('Clause', clause.id);
  }

  @FieldResolver(() => ClauseType, { nullable: true, description: 'The clause this one is nested in; null at top level.' })
  parent(@Root() clause: Row<Clause>, @Ctx() { loaders }: Context): Promise<Clause | null> | null {
    return clause.parent ? loaders.byId.Clause.load(clause.parent.id) : null;
  }

  @FieldResolver(() => RenditionType, { description: 'The rendition whose text the offsets refer to.' })
  rendition(@Root() clause: Row<Clause>, @Ctx() { loaders }: Context): Promise<Rendition> {
    return referenced(loaders.byId.Rendition, clause.rendition.id);
  }
}
