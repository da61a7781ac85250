import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../scalars';
import type { Directive, Measure, Target } from '../../db/entities';
import type { Granularity } from '../../panel/panel';
import { codebookData } from '../../panel/codebook';
import { PANEL_LIMITS, panel } from '../../panel/panel-query';
import { CodebookType } from './codebook.type';
import type { CitationValue } from '../citation/citation.type';
import { CitationType } from '../citation/citation.type';
import type { Context } from '../context';
import { DirectiveType } from '../directive/directive.type';
import { PeriodEndType, PeriodStartType } from '../in-force/in-force.type';
import { MeasureType } from '../measure/measure.type';
import { TargetType } from '../target/target.type';
import { GranularityEnum, PanelFactType, PanelType } from './panel.type';
import { referenced } from '../loaders';

@Resolver(() => PanelType)
export class PanelResolver {
  @Query(() => CodebookType, { description: 'The panel\'s codebook: indicators, scales and the rules that read them from the facts.' })
  codebook(): CodebookType {
    return codebookData();
  }

  @Query(() => PanelType, {
    description:
      'The research panel: per province, day (or week) and indicator, the OxCGRT-style level the facts in force set, with the facts behind each value. ' +
      `At most ${PANEL_LIMITS.provinces} provinces and ${PANEL_LIMITS.cells} cells. The same rows as /export/panel.csv.`,
  })
  async panel(
    @Arg('provinces', () => [String], { description: 'ISO 3166-2 codes: ["VN-13", "VN-21"].' }) provinces: string[],
    @Arg('from', () => LocalDate, { description: 'First day of the window.' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day of the window.' }) to: string,
    @Arg('indicators', () => [String], { nullable: true, description: 'Indicator codes of the codebook; all when omitted.' }) indicators: string[] | null,
    @Arg('granularity', () => GranularityEnum, { defaultValue: 'DAY', description: 'DAY or WEEK.' }) granularity: Granularity,
    @Ctx() { em, loaders }: Context,
  ): Promise<PanelType> {
    const answer = await panel(em, { provinces, from, to, indicators, granularity }, loaders);
    const byCode = new Map(answer.provinces.map((p) => [p.code, p]));
    return {
      ...answer.request,
      cells: answer.cells.map((c) => ({ ...c, province: byCode.get(c.province)!, facts: c.evidence.map((e) => ({ level: e.level, general: e.general, evidence: e })) })),
    };
  }
}

@Resolver(() => PanelFactType)
export class PanelFactResolver {
  @FieldResolver(() => TargetType, { nullable: true, description: 'The target, when the fact is one.' })
  target(@Root() f: PanelFactType, @Ctx() { loaders }: Context): Promise<Target | null> | null {
    return f.evidence.fact.kind === 'TARGET' ? loaders.byId.Target.load(f.evidence.fact.id) : null;
  }

  @FieldResolver(() => MeasureType, { nullable: true, description: 'The measure, when the fact is one.' })
  measure(@Root() f: PanelFactType, @Ctx() { loaders }: Context): Promise<Measure | null> | null {
    return f.evidence.fact.kind === 'MEASURE' ? loaders.byId.Measure.load(f.evidence.fact.id) : null;
  }

  @FieldResolver(() => CitationType, { description: 'The words that state the fact.' })
  citation(@Root() f: PanelFactType): CitationValue {
    return f.evidence.fact.citation;
  }

  @FieldResolver(() => DirectiveType, { description: 'The directive that sets it.' })
  directive(@Root() f: PanelFactType, @Ctx() { loaders }: Context): Promise<Directive> {
    return referenced(loaders.byId.Directive, f.evidence.fact.directiveId);
  }

  @FieldResolver(() => PeriodStartType, { description: 'Since when it is in force.' })
  effectiveFrom(@Root() f: PanelFactType): PeriodStartType {
    return f.evidence.inForce.from;
  }

  @FieldResolver(() => PeriodEndType, { description: 'Until when it is in force, or why it is open-ended.' })
  effectiveTo(@Root() f: PanelFactType): PeriodEndType {
    return f.evidence.inForce.to;
  }
}
