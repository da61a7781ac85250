import type { SloganKind } from '../../domain/facts';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Directive, Province, Slogan, SloganMention } from '../../db/entities';
import { allOf, mentionedIn } from '../../read/filters';
import { CitationType, citationOf, type CitationValue } from '../citation/citation.type';
import type { Context } from '../context';
import { loadFound, referenced } from '../loaders';
import { DirectiveType } from '../directive/directive.type';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import type { Page } from '../pagination/connection';
import { findPageById } from '../pagination/id-page';
import { PageArgs } from '../pagination/page-args';
import { ProvinceType } from '../province/province.type';
import { SloganConnection, SloganMentionType, SloganType } from './slogan.type';
import { SloganKindEnum } from '../enums';
import type { Row } from '../../read/rows';

@ArgsType()
class SloganFilterArgs {
  @Field(() => [SloganKindEnum], { nullable: true, description: 'Only slogans of these kinds.' })
  kinds?: SloganKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Only slogans used by directives of these provinces (ISO 3166-2 codes).' })
  provinces?: string[] | null;
}

@Resolver(() => SloganType)
export class SloganResolver {
  @Query(() => SloganConnection, { description: 'Slogans used by directives, in the order first met.' })
  slogans(@Args() filter: SloganFilterArgs, @Args() page: PageArgs, @Ctx() { reads }: Context): Promise<Page<Slogan>> {
    const kinds = filter.kinds ? { sql: 't.kind = any(?)', params: [filter.kinds] } : undefined;
    return findPageById(reads, Slogan, allOf(...(kinds ? [kinds] : []), mentionedIn('slogan_mention', filter.provinces)), page);
  }

  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() slogan: Row<Slogan>): string {
    return toGlobalId('Slogan', slogan.id);
  }

  @FieldResolver(() => Boolean, { deprecationReason: 'Use `reviewed`.', description: 'The same as `reviewed`.' })
  known(@Root() slogan: Row<Slogan>): boolean {
    return slogan.reviewed;
  }

  @FieldResolver(() => [SloganMentionType], { description: 'Every place a directive uses it.' })
  mentions(@Root() slogan: Row<Slogan>, @Ctx() { loaders }: Context): Promise<SloganMention[]> {
    return loaders.sloganMentionsBySlogan.load(slogan.id);
  }

  @FieldResolver(() => [ProvinceType], { description: 'The provinces whose directives use it, by code.' })
  async provinces(@Root() slogan: Row<Slogan>, @Ctx() { loaders }: Context): Promise<Province[]> {
    const mentions = await loaders.sloganMentionsBySlogan.load(slogan.id);
    const directives = await loadFound(loaders.byId.Directive, [...new Set(mentions.map((m) => m.directive.id))]);
    const codes = [...new Set(directives.flatMap((d) => (d.province ? [d.province.code] : [])))].sort();
    return loadFound(loaders.provinceByCode, codes);
  }
}

@Resolver(() => SloganMentionType)
export class SloganMentionResolver {
  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() mention: Row<SloganMention>): string {
    return toGlobalId('SloganMention', mention.id);
  }

  @FieldResolver(() => SloganType, { description: 'The slogan used.' })
  slogan(@Root() mention: Row<SloganMention>, @Ctx() { loaders }: Context): Promise<Slogan> {
    return referenced(loaders.byId.Slogan, mention.slogan.id);
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive that uses it.' })
  directive(@Root() mention: Row<SloganMention>, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, mention.directive.id);
  }

  @FieldResolver(() => CitationType, { description: 'The words as the directive writes them.' })
  citation(@Root() mention: Row<SloganMention>): CitationValue {
    return citationOf(mention);
  }
}
