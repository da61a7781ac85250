import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { AgencyMention, Clause, Directive, Issuer, Measure, Province, Reference, Rendition, SharedPassage, Slogan, SloganMention, Target } from '../../db/entities';
import type { DirectiveField } from '../../domain/directive';
import type { Context } from '../context';
import { loadFound, nestedOr } from '../loaders';
import { nestOf, propertiesOf, selects } from '../look-ahead';
import { prefetchSlogans, slogansOfMentions } from '../prefetch';
import { directivesByNumber } from '../../read/directives';
import { clientError } from '../errors';
import { FIRST_YEAR, isPlausibleYear, LAST_YEAR } from '../../text/dates';
import { IssuerType } from '../issuer/issuer.type';
import { ID_DESCRIPTION, numericKey, toGlobalId } from '../node/global-id';
import type { Page } from '../pagination/connection';
import { PageArgs } from '../pagination/page-args';
import { ProvinceType } from '../province/province.type';
import { RenditionType } from '../rendition/rendition.type';
import { ClauseType } from '../clause/clause.type';
import { AgencyMentionType } from '../agency/agency.type';
import { MeasureType } from '../measure/measure.type';
import { ReferenceType } from '../reference/reference.type';
import { SloganMentionType, SloganType } from '../slogan/slogan.type';
import { TargetType } from '../target/target.type';
import { SharedPassageType } from '../reuse/shared-passage.type';
import { DirectiveFilterArgs } from './directive-filter';
import { findDirectivePage } from './directive-page';
import { DirectiveConnection, DirectiveType, MissingValueType, SignerType } from './directive.type';
import type { Row } from '../../read/rows';

@Resolver(() => DirectiveType)
export class DirectiveResolver {
  @Query(() => DirectiveConnection, { description: 'Directives matching every filter given, newest first, a page at a time.' })
  async directives(@Args() filter: DirectiveFilterArgs, @Args() page: PageArgs, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Page<Directive>> {
    const found = await findDirectivePage(context, filter, page, nestOf(info, ['edges', 'node']), propertiesOf(info, ['edges', 'node']));
    if (selects(info, ['edges', 'node'], 'slogans')) await prefetchSlogans(found.edges.map((e) => e.node), context.loaders.byId.Slogan);
    return found;
  }

  @Query(() => DirectiveType, {
    nullable: true,
    description:
      'One directive, by global id or by document number ("370-TB/TU"). A number two provinces share needs `province`; one a province gave in two years (numbering starts again each year), `year`. Null when none matches.',
  })
  async directive(
    @Arg('id', () => ID, { nullable: true, description: 'Global id of the directive.' }) id: string | null,
    @Arg('number', () => String, { nullable: true, description: 'Document number; case, spaces and look-alike letters aside: "402-CV/TU", "402-cv/tu".' }) number: string | null,
    @Arg('province', () => String, { nullable: true, description: 'ISO 3166-2 code narrowing a number lookup.' }) province: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Year narrowing a number lookup: numbering starts again each year. An undated directive of that number still matches.' })
    year: number | null,
    @Ctx() { reads, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Directive | null> {
    if ((id == null) === (number == null)) throw clientError('BAD_USER_INPUT', 'give exactly one of "id" or "number"');
    if (id != null) return loaders.byId.Directive.load(numericKey(id, 'Directive'));
    if (year != null && !isPlausibleYear(year)) throw clientError('BAD_USER_INPUT', `"year" must be between ${FIRST_YEAR} and ${LAST_YEAR}`);
    const found = await directivesByNumber(reads, number!, province, year ?? null, nestOf(info), propertiesOf(info));
    if (found.length > 1) {
      throw clientError('AMBIGUOUS', `several directives are numbered "${number}"; add "province" or "year" to choose one`);
    }
    return found[0] ?? null;
  }

  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() directive: Row<Directive>): string {
    return toGlobalId('Directive', directive.id);
  }

  @FieldResolver(() => ProvinceType, { nullable: true, description: 'Province the directive applies to; null when the texts do not tell.' })
  province(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Province | Promise<Province | null> | null {
    return nestedOr(directive, 'province', () => (directive.province ? loaders.provinceByCode.load(directive.province.code) : null));
  }

  @FieldResolver(() => IssuerType, { nullable: true, description: 'The body that issued the directive.' })
  issuer(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Issuer | Promise<Issuer | null> | null {
    return nestedOr(directive, 'issuer', () => (directive.issuer ? loaders.byId.Issuer.load(directive.issuer.id) : null));
  }

  @FieldResolver(() => SignerType, { nullable: true, description: 'Who signed it; null when no readable signature block survives.' })
  signer(@Root() directive: Row<Directive>): SignerType | null {
    if (!directive.signerName) return null;
    return { name: directive.signerName, title: directive.signerTitle, onBehalfOf: directive.signerOnBehalfOf };
  }

  @FieldResolver(() => [MissingValueType], { description: 'Each metadata field that is null, with the reason.' })
  missing(@Root() directive: Row<Directive>): MissingValueType[] {
    return (Object.entries(directive.missing) as [DirectiveField, string][]).map(([field, reason]) => ({ field, reason }) as MissingValueType);
  }

  @FieldResolver(() => [RenditionType], { description: 'Every text of this directive, the best (highest quality) first.' })
  renditions(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Rendition[] | Promise<Rendition[]> {
    return nestedOr(directive, 'renditions', () => loaders.renditionsByDirective.load(directive.id));
  }

  @FieldResolver(() => [ClauseType], { description: 'The numbered structure of the best rendition, in document order.' })
  async clauses(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Promise<Clause[]> {
    const [best] = await nestedOr(directive, 'renditions', () => loaders.renditionsByDirective.load(directive.id));
    return best ? nestedOr(best, 'clauses', () => loaders.clausesByRendition.load(best.id)) : [];
  }

  // Facts come from the directive's best rendition only: the other renditions do not repeat them.

  @FieldResolver(() => [MeasureType], { description: 'What the directive orders, encourages or forbids, in text order.' })
  measures(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Measure[] | Promise<Measure[]> {
    return nestedOr(directive, 'measures', () => loaders.measuresByDirective.load(directive.id));
  }

  @FieldResolver(() => [TargetType], { description: 'Its quantitative targets, in text order.' })
  targets(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Target[] | Promise<Target[]> {
    return nestedOr(directive, 'targets', () => loaders.targetsByDirective.load(directive.id));
  }

  @FieldResolver(() => [SloganType], { description: 'The slogans it uses, each once, in order of first use.' })
  slogans(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Slogan[] | Promise<Slogan[]> {
    // Loaded with the page (prefetch.ts), or from the mentions, nested or loaded, and then by id.
    return nestedOr(directive, 'slogans', async () => {
      const mentions = await nestedOr(directive, 'sloganMentions', () => loaders.sloganMentionsByDirective.load(directive.id));
      return loadFound(loaders.byId.Slogan, slogansOfMentions(mentions));
    });
  }

  @FieldResolver(() => [SloganMentionType], { description: 'Every use of a slogan, with its citation, in text order.' })
  sloganMentions(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): SloganMention[] | Promise<SloganMention[]> {
    return nestedOr(directive, 'sloganMentions', () => loaders.sloganMentionsByDirective.load(directive.id));
  }

  @FieldResolver(() => [AgencyMentionType], { description: 'Every agency it names, with its citation, in text order.' })
  agencies(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Promise<AgencyMention[]> {
    return loaders.agencyMentionsByDirective.load(directive.id);
  }

  @FieldResolver(() => [ReferenceType], { description: 'Other documents it cites.' })
  references(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Reference[] | Promise<Reference[]> {
    return nestedOr(directive, 'references', () => loaders.referencesByDirective.load(directive.id));
  }

  @FieldResolver(() => [ReferenceType], { description: 'Citations of this directive by other directives of the corpus.' })
  citedBy(@Root() directive: Row<Directive>, @Ctx() { loaders }: Context): Promise<Reference[]> {
    return loaders.referencesByCited.load(directive.id);
  }

  @FieldResolver(() => [SharedPassageType], {
    description: 'Passages of this directive that other directives repeat nearly word for word, by other directive then position.',
  })
  async sharedPassages(
    @Root() directive: Row<Directive>,
    @Arg('with', () => ID, { nullable: true, description: 'Only passages shared with this directive (global id).' }) other: string | null,
    @Ctx() { loaders }: Context,
  ): Promise<SharedPassage[]> {
    const passages = await loaders.sharedPassagesByDirective.load(directive.id);
    if (other == null) return passages;
    const otherId = numericKey(other, 'Directive');
    return passages.filter((p) => p.other.id === otherId);
  }
}
