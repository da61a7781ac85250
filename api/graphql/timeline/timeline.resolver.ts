import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../scalars';
import { Directive, Measure, Target } from '../../db/entities';
import { defaultLexicons } from '../../ingestion/lexicons';
import type { Context } from '../context';
import { clientError } from '../errors';
import { knownCodes } from '../../read/codes';
import { directiveScope } from '../../read/filters';
import { readRows } from '../../read/rows';
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
    @Ctx() { reads: em }: Context,
  ): Promise<TimelineEntryType[]> {
    if (first < 0 || first > MAX_ENTRIES) throw clientError('BAD_USER_INPUT', `"first" must be between 0 and ${MAX_ENTRIES}`);
    if (provinces.length === 0) throw clientError('BAD_USER_INPUT', 'give at least one province');
    const scope = directiveScope({ provinces, from, to });
    if (categories) categories = knownCodes('category', categories);
    const directives = await readRows(em, Directive, scope.sql, scope.params, 't.dated_on asc nulls last, t.id', { limit: first });
    const ids = directives.map((d) => d.id);
    const metrics = categories ? defaultLexicons().metrics.metrics.filter((m) => categories.includes(m.category)).map((m) => m.code) : null;
    const [targets, measures] = await Promise.all([
      readRows(em, Target, `t.directive_id = any(?)${metrics ? ' and t.metric = any(?)' : ''}`, [ids, ...(metrics ? [metrics] : [])], 't.id'),
      readRows(em, Measure, `t.directive_id = any(?)${categories ? ' and t.category = any(?)' : ''}`, [ids, ...(categories ? [categories] : [])], 't.id'),
    ]);
    return directives.map((directive) => ({
      date: directive.datedOn,
      directive,
      targets: targets.filter((t) => t.directive.id === directive.id),
      measures: measures.filter((m) => m.directive.id === directive.id),
    }));
  }
}
