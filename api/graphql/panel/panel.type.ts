import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../scalars';
import type { CellStatus } from '../../domain/places';
import type { PanelEvidence } from '../../panel/panel';
import { GRANULARITIES, type Granularity } from '../../panel/panel';
import { CellStatusEnum } from '../enums';
import { ProvinceType } from '../province/province.type';

export const GranularityEnum = Object.fromEntries(GRANULARITIES.map((g) => [g, g])) as Record<Granularity, Granularity>;
registerEnumType(GranularityEnum, {
  name: 'PanelGranularity',
  description: 'The period of a panel row.',
  valuesConfig: { DAY: { description: 'One row per day.' }, WEEK: { description: 'One row per ISO week (Monday to Sunday), clipped to the window: the highest level in force on any of its days.' } },
});

@ObjectType('PanelFact', { description: 'A fact in force in the period that sets the cell\'s value: its level, whether it covers the whole province, and where it was read.' })
export class PanelFactType {
  @Field(() => Int, { description: 'The level this fact sets on the indicator (the codebook\'s first rule that holds).' })
  level!: number;

  @Field({ description: 'True when it covers the whole province (OxCGRT flag 1); false when a district issued it or its words name only some places.' })
  general!: boolean;

  /** The timing row behind it; the resolver reads the fact, its directive and period from it. */
  evidence!: PanelEvidence;
}

@ObjectType('PanelCell', {
  description:
    'One province, period and indicator of the panel, in long format like OxCGRT\'s: the level, its flag, and the facts that set it. ' +
    'null with NO_DOCUMENTS means no document of the province dated by then is held (a gap, not a finding); 0 with NONE_IN_DOCUMENTS means documents are held and none in force sets the indicator.',
})
export class PanelCellType {
  @Field(() => ProvinceType, { description: 'The province.' })
  province!: unknown;

  @Field(() => LocalDate, { description: 'First day of the period.' })
  periodStart!: string;

  @Field(() => LocalDate, { description: 'Last day of the period (the same day for DAY).' })
  periodEnd!: string;

  @Field({ description: 'The indicator\'s code (C1-C8, H1-H3, H6-H8): see `codebook`.' })
  indicator!: string;

  @Field(() => Int, { nullable: true, description: 'The ordinal level of the codebook\'s scale; 0 when no fact held sets it; null when no document of the province is held for the period.' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'OxCGRT\'s flag: 1 general (the whole province), 0 targeted (some places); null when the value is 0 or null.' })
  flag!: number | null;

  @Field(() => CellStatusEnum, { description: 'Why the cell holds what it holds.' })
  status!: CellStatus;

  @Field(() => [PanelFactType], { description: 'The facts in force in the period at the cell\'s level, with their citations.' })
  facts!: PanelFactType[];
}

@ObjectType('Panel', { description: 'A province × period × indicator panel read from the facts in force, with the question it answers.' })
export class PanelType {
  @Field(() => GranularityEnum, { description: 'Days or ISO weeks.' })
  granularity!: Granularity;

  @Field(() => LocalDate, { description: 'First day of the window.' })
  from!: string;

  @Field(() => LocalDate, { description: 'Last day of the window.' })
  to!: string;

  @Field(() => [String], { description: 'The indicators asked, in codebook order.' })
  indicators!: string[];

  @Field(() => [PanelCellType], { description: 'Every cell, by province (in the order asked), then period, then indicator.' })
  cells!: PanelCellType[];
}
