import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { statisticsSource } from '../../reference/province-statistics';
import { Province } from '../../db/entities';
import type { Context } from '../context';
import { DirectiveConnection } from '../directive/directive.type';
import { DirectiveScopeArgs } from '../directive/directive-filter';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import { PageArgs } from '../pagination/page-args';
import type { Page } from '../pagination/connection';
import { ProvinceType } from './province.type';
import type { Row } from '../../read/rows';

@Resolver(() => ProvinceType)
export class ProvinceResolver {
  @Query(() => [ProvinceType], { description: 'All 63 province-level units, ordered by code.' })
  provinces(@Ctx() { em }: Context): Promise<Province[]> {
    return em.find(Province, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => ProvinceType, { nullable: true, description: 'One province by ISO 3166-2 code ("VN-21"); null if no such code.' })
  province(@Arg('code', { description: 'ISO 3166-2 code, e.g. "VN-13".' }) code: string, @Ctx() { loaders }: Context): Promise<Province | null> {
    return loaders.provinceByCode.load(code.trim().toUpperCase());
  }

  @FieldResolver(() => String, { description: 'Where population and areaKm2 come from: publisher, table, year and address.' })
  populationSource(): string {
    const s = statisticsSource();
    return `${s.publisher}, ${s.title}, ${s.year}: ${s.url}`;
  }

  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() province: Row<Province>): string {
    return toGlobalId('Province', province.code);
  }

  @FieldResolver(() => DirectiveConnection, { description: "This province's directives, newest first." })
  directives(
    @Root() province: Row<Province>,
    @Args() page: PageArgs,
    @Args() filter: DirectiveScopeArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Page<unknown>> {
    return loaders.directivePageByProvince.load({ province: province.code, filter: { ...filter }, page: { ...page } });
  }
}
