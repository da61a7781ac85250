import type { Strength } from '../../domain/facts';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Agency, Directive, Measure } from '../../db/entities';
import { AgencyType } from '../agency/agency.type';
import { CitationType, citationOf, type CitationValue } from '../citation/citation.type';
import { DeadlineType, deadlineOf } from '../citation/deadline.type';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { FactFilterArgs } from '../fact-filter';
import { measureCondition } from '../../read/filters';
import { ID_DESCRIPTION, toGlobalId } from '../node/global-id';
import type { Page } from '../pagination/connection';
import { findPageById } from '../pagination/id-page';
import { PageArgs } from '../pagination/page-args';
import { MeasureConnection, MeasureType } from './measure.type';
import { StrengthEnum } from '../enums';
import type { Row } from '../../read/rows';
import { referenced } from '../loaders';

@ArgsType()
class MeasureFilterArgs extends FactFilterArgs {
  @Field(() => [String], { nullable: true, description: 'Only measures whose main category is one of these codes.' })
  categories?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only measures mapped to these OxCGRT indicators ("H2", "C8"...).' })
  oxcgrtCodes?: string[] | null;

  @Field(() => [StrengthEnum], { nullable: true, description: 'Only measures of these strengths.' })
  strengths?: Strength[] | null;

  @Field(() => [String], { nullable: true, description: 'Only measures assigned to one of these agencies (canonical names, e.g. "Sở Y tế").' })
  agencies?: string[] | null;
}

@Resolver(() => MeasureType)
export class MeasureResolver {
  @Query(() => MeasureConnection, { description: 'Measures across all directives, filtered, in extraction order.' })
  measures(@Args() filter: MeasureFilterArgs, @Args() page: PageArgs, @Ctx() { reads }: Context): Promise<Page<Measure>> {
    return findPageById(reads, Measure, measureCondition(filter), page);
  }

  @FieldResolver(() => ID, { description: ID_DESCRIPTION })
  id(@Root() measure: Row<Measure>): string {
    return toGlobalId('Measure', measure.id);
  }

  @FieldResolver(() => [AgencyType], { description: 'The agencies the instruction assigns (or its clause, when the instruction names none).' })
  agencies(@Root() measure: Row<Measure>, @Ctx() { loaders }: Context): Promise<Agency[]> {
    return loaders.agenciesByMeasure.load(measure.id);
  }

  @FieldResolver(() => DeadlineType, { nullable: true, description: 'By when, if the text says.' })
  deadline(@Root() measure: Row<Measure>): DeadlineType | null {
    return deadlineOf(measure);
  }

  @FieldResolver(() => CitationType, { description: 'The instruction\'s own words.' })
  citation(@Root() measure: Row<Measure>): CitationValue {
    return citationOf(measure);
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive that gives it.' })
  directive(@Root() measure: Row<Measure>, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, measure.directive.id);
  }
}
