import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Directive, Target } from '../../db/entities';
import { isPerHeadUnit, targetPerThousandPeople } from '../../reference/province-statistics';
import { CitationType, citationOf, type CitationValue } from '../citation/citation.type';
import { DeadlineType, deadlineOf } from '../citation/deadline.type';
import type { Context } from '../context';
import { nestOf, propertiesOf, selects } from '../look-ahead';
import { prefetchReferences } from '../prefetch';
import { DirectiveType } from '../directive/directive.type';
import { FactFilterArgs } from '../fact-filter';
import { targetCondition } from '../../read/filters';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import type { Page } from '../pagination/connection';
import { findPageById } from '../pagination/id-page';
import { PageArgs } from '../pagination/page-args';
import { TargetConnection, TargetQualifiersType, TargetType } from './target.type';
import type { Row } from '../../read/rows';
import { nestedOr, referenced } from '../loaders';

@ArgsType()
class TargetFilterArgs extends FactFilterArgs {
  @Field(() => [String], { nullable: true, description: 'Only these metrics (codes of seeds/lexicons/metrics.json).' })
  metrics?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these units (codes of seeds/lexicons/units.json).' })
  units?: string[] | null;
}

@Resolver(() => TargetType)
export class TargetResolver {
  @Query(() => TargetConnection, { description: 'Quantitative targets across all directives, filtered, in extraction order.' })
  async targets(@Args() filter: TargetFilterArgs, @Args() page: PageArgs, @Ctx() { reads, loaders }: Context, @Info() info: GraphQLResolveInfo): Promise<Page<Target>> {
    const found = await findPageById(reads, Target, targetCondition(filter), page, nestOf(info, ['edges', 'node']), propertiesOf(info, ['edges', 'node']));
    if (selects(info, ['edges', 'node'], 'directive')) {
      // Only the columns the directives' fields read, when the look-ahead knows them.
      const only = propertiesOf(info, ['edges', 'node', 'directive']);
      await prefetchReferences(found.edges.map((e) => e.node), 'directive', only ? loaders.byIdReading(Directive, only) : loaders.byId.Directive);
    }
    return found;
  }

  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() target: Row<Target>): string {
    return toGlobalId('Target', target.id);
  }

  @FieldResolver(() => TargetQualifiersType, { description: 'What qualifies the number.' })
  qualifiers(@Root() t: Row<Target>): TargetQualifiersType {
    return { poolSize: t.poolSize, dose: t.dose, scope: t.scope, scopeCount: t.scopeCount, scopeTotal: t.scopeTotal, population: t.population, condition: t.condition };
  }

  @FieldResolver(() => DeadlineType, { nullable: true, description: 'When the target is to be reached, if the text says.' })
  deadline(@Root() target: Row<Target>): DeadlineType | null {
    return deadlineOf(target);
  }

  @FieldResolver(() => CitationType, { description: 'The words that state the target.' })
  citation(@Root() target: Row<Target>): CitationValue {
    return citationOf(target);
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive that sets it.' })
  directive(@Root() target: Row<Target>, @Ctx() { loaders }: Context): Directive | Promise<Directive> {
    // Loaded with the page (prefetch.ts), or else now.
    return nestedOr(target, 'directive', () => referenced(loaders.byId.Directive, target.directive.id));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'The value per 1,000 people of the directive\'s province (2021 population, `Province.population`), for counts that grow with the population ' +
      '(samples, doses, beds: the units marked perHead in seeds/lexicons/units.json); null for other units or without a province. The raw value is always `value`.',
  })
  async perThousandPeople(@Root() target: Row<Target>, @Ctx() { loaders }: Context): Promise<number | null> {
    if (!isPerHeadUnit(target.unit)) return null; // no need to load the province
    const directive = await loaders.byId.Directive.load(target.directive.id);
    const province = directive?.province ? await loaders.provinceByCode.load(directive.province.code) : null;
    return targetPerThousandPeople(target.value, target.unit, province?.population ?? null);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'For pooled testing (qualifiers.poolSize set): the tubes run, value / poolSize. A pooled figure counts the people sampled, poolSize to a tube: ' +
      '"75.000 mẫu gộp 5/ngày" is 75,000 people in 15,000 tubes, the same capacity as "15.000 mẫu đơn/ngày". Null for other targets.',
  })
  pooledTubes(@Root() target: Row<Target>): number | null {
    return target.poolSize ? target.value / target.poolSize : null;
  }
}
