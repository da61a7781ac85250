import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../scalars';
import { QueryOrder } from '@mikro-orm/postgresql';
import { Directive, Measure, Target } from '../../db/entities';
import { defaultLexicons } from '../../ingestion/lexicons';
import type { Context } from '../context';
import { clientError } from '../errors';
import { directiveWhere } from '../directive/directive-page';
import { TimelineEntryType } from './timeline.type';

const MAX_ENTRIES = 200;

@Resolver(() => TimelineEntryType)
export class TimelineResolver {
  @Query(() => [TimelineEntryType], {
    description: 'Directives of the given provinces in date order, oldest first, each with the targets and measures it set.',
  })
  async timeline(
    @Arg('provinces', () => [String], { description: 'ISO 3166-2 codes of the provinces to follow.' }) provinces: string[],
    @Arg('categories', () => [String], { nullable: true, description: 'Only targets and measures of these categories.' }) categories: string[] | null,
    @Arg('from', () => LocalDate, { nullable: true, description: 'Only directives dated on or after this day.' }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Only directives dated on or before this day.' }) to: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: `At most this many directives (${MAX_ENTRIES} at most).` }) first: number,
    @Ctx() { em }: Context,
  ): Promise<TimelineEntryType[]> {
    if (first < 0 || first > MAX_ENTRIES) throw clientError('BAD_USER_INPUT', `"first" must be between 0 and ${MAX_ENTRIES}`);
    if (provinces.length === 0) throw clientError('BAD_USER_INPUT', 'give at least one province');
    const directives = await em.find(Directive, directiveWhere({ provinces, from, to }), {
      orderBy: { datedOn: QueryOrder.ASC_NULLS_LAST, id: QueryOrder.ASC },
      limit: first,
    });
    const ids = directives.map((d) => d.id);
    const metrics = categories ? defaultLexicons().metrics.metrics.filter((m) => categories.includes(m.category)).map((m) => m.code) : null;
    const [targets, measures] = await Promise.all([
      em.find(Target, { directive: { $in: ids }, ...(metrics ? { metric: { $in: metrics } } : {}) }, { orderBy: { id: 'asc' } }),
      em.find(Measure, { directive: { $in: ids }, ...(categories ? { category: { $in: categories } } : {}) }, { orderBy: { id: 'asc' } }),
    ]);
    return directives.map((directive) => ({
      date: directive.datedOn,
      directive,
      targets: targets.filter((t) => t.directive.id === directive.id),
      measures: measures.filter((m) => m.directive.id === directive.id),
    }));
  }
}
