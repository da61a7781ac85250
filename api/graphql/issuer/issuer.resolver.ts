import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Issuer, Province } from '../../db/entities';
import type { Context } from '../context';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import { ProvinceType } from '../province/province.type';
import { IssuerType } from './issuer.type';
import type { Row } from '../../read/rows';

@Resolver(() => IssuerType)
export class IssuerResolver {
  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() issuer: Row<Issuer>): string {
    return toGlobalId('Issuer', issuer.id);
  }

  @FieldResolver(() => ProvinceType, { nullable: true, description: 'Province of the body; null for national bodies.' })
  province(@Root() issuer: Row<Issuer>, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return issuer.province ? loaders.provinceByCode.load(issuer.province.code) : null;
  }
}
