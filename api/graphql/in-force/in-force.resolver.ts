import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Directive, StatedPeriod } from '../../db/entities';
import type { FactTiming, InForce } from '../../in-force/periods';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { MeasureType } from '../measure/measure.type';
import { TargetType } from '../target/target.type';
import { PeriodEndType, PeriodStartType, StatedPeriodType } from './in-force.type';

// effectiveFrom, effectiveTo and supersededBy on Target and Measure: one resolver shape for both kinds of
// fact, reading the request's inForce loader (one statement for every fact of a request).

function periodOf(loaders: Context['loaders'], kind: FactTiming['kind'], id: number): Promise<InForce> {
  return loaders.inForce.load(`${kind}:${id}`);
}

function inForceResolver(kind: FactTiming['kind'], type: typeof TargetType | typeof MeasureType, what: string) {
  @Resolver(() => type)
  class InForceResolver {
    @FieldResolver(() => StatedPeriodType, { nullable: true, description: `What the ${what}'s own words say about when it is in force; null when they say nothing.` })
    period(@Root() fact: { rendition: { id: number }; period: StatedPeriod | null }): StatedPeriodType | null {
      const p = fact.period;
      // A nullable embedded value can come back as an object of nulls: no citation means no statement.
      if (!p?.citation?.quote) return null;
      const { start, end, quote, rule } = p.citation;
      return { from: p.from, to: p.to, days: p.days, untilFurtherNotice: p.untilFurtherNotice, citation: { renditionId: fact.rendition.id, start, end, quote, rule } };
    }

    @FieldResolver(() => PeriodStartType, { description: `The first day the ${what} is in force, why, and the words that set it.` })
    async effectiveFrom(@Root() fact: { id: number }, @Ctx() { loaders }: Context): Promise<PeriodStartType> {
      return (await periodOf(loaders, kind, fact.id)).from;
    }

    @FieldResolver(() => PeriodEndType, {
      description: `The last day the ${what} is in force (a stated end or duration, its deadline, or the day before a later directive replaces it), or why it has none.`,
    })
    async effectiveTo(@Root() fact: { id: number }, @Ctx() { loaders }: Context): Promise<PeriodEndType> {
      return (await periodOf(loaders, kind, fact.id)).to;
    }

    @FieldResolver(() => DirectiveType, {
      nullable: true,
      description: `The later directive of the same province (or of a body over the issuer) that sets the same ${kind === 'TARGET' ? 'metric' : 'indicator'} and so ends this ${what}; null when none does.`,
    })
    async supersededBy(@Root() fact: { id: number }, @Ctx() { loaders }: Context): Promise<Directive | null> {
      const { to } = await periodOf(loaders, kind, fact.id);
      return to.supersededBy === null ? null : loaders.byId.Directive.load(to.supersededBy);
    }
  }
  return InForceResolver;
}

export const TargetInForceResolver = inForceResolver('TARGET', TargetType, 'target');
export const MeasureInForceResolver = inForceResolver('MEASURE', MeasureType, 'measure');
