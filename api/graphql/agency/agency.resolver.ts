import type { AgencyLevel } from '../../domain/facts';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Agency, AgencyMention, Directive } from '../../db/entities';
import { allOf, mentionedIn } from '../../read/filters';
import { CitationType, citationOf, type CitationValue } from '../citation/citation.type';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import type { Page } from '../pagination/connection';
import { findPageById } from '../pagination/id-page';
import { PageArgs } from '../pagination/page-args';
import { AgencyConnection, AgencyMentionType, AgencyType } from './agency.type';
import { AgencyLevelEnum } from '../enums';
import type { Row } from '../../read/rows';
import { referenced } from '../loaders';

@ArgsType()
class AgencyFilterArgs {
  @Field(() => [AgencyLevelEnum], { nullable: true, description: 'Only agencies of these tiers.' })
  levels?: AgencyLevel[] | null;

  @Field(() => [String], { nullable: true, description: 'Only agencies named by directives of these provinces (ISO 3166-2 codes).' })
  provinces?: string[] | null;
}

@Resolver(() => AgencyType)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'Agencies named by directives, in the order first met.' })
  agencies(@Args() filter: AgencyFilterArgs, @Args() page: PageArgs, @Ctx() { reads }: Context): Promise<Page<Agency>> {
    const levels = filter.levels ? { sql: 't.level = any(?)', params: [filter.levels] } : undefined;
    return findPageById(reads, Agency, allOf(...(levels ? [levels] : []), mentionedIn('agency_mention', filter.provinces)), page);
  }

  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() agency: Row<Agency>): string {
    return toGlobalId('Agency', agency.id);
  }

  @FieldResolver(() => [AgencyMentionType], { description: 'Every place a directive names this agency.' })
  mentions(@Root() agency: Row<Agency>, @Ctx() { loaders }: Context): Promise<AgencyMention[]> {
    return loaders.agencyMentionsByAgency.load(agency.id);
  }
}

@Resolver(() => AgencyMentionType)
export class AgencyMentionResolver {
  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() mention: Row<AgencyMention>): string {
    return toGlobalId('AgencyMention', mention.id);
  }

  @FieldResolver(() => String)
  async canonicalName(@Root() mention: Row<AgencyMention>, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.byId.Agency.load(mention.agency.id))!.canonicalName;
  }

  @FieldResolver(() => AgencyLevelEnum)
  async level(@Root() mention: Row<AgencyMention>, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.byId.Agency.load(mention.agency.id))!.level;
  }

  @FieldResolver(() => AgencyType, { description: 'The agency named.' })
  agency(@Root() mention: Row<AgencyMention>, @Ctx() { loaders }: Context): Promise<Agency> {
    return referenced(loaders.byId.Agency, mention.agency.id);
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive that names it.' })
  directive(@Root() mention: Row<AgencyMention>, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, mention.directive.id);
  }

  @FieldResolver(() => CitationType, { description: 'The words that name the agency, as written.' })
  citation(@Root() mention: Row<AgencyMention>): CitationValue {
    return citationOf(mention);
  }
}
