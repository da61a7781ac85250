import { Field, Int, ObjectType } from 'type-graphql';
import type { Measure, Province, Slogan, Target } from '../../db/entities';
import type { ComparisonScope } from './comparison-facts';
import { MeasureType } from '../measure/measure.type';
import { ProvinceType } from '../province/province.type';
import { SloganType } from '../slogan/slogan.type';
import { TargetType } from '../target/target.type';

@ObjectType('TargetCell', { description: "One province's targets for one metric; empty when the province set none." })
export class TargetCellType {
  @Field(() => ProvinceType, { description: 'The province of this column.' })
  province!: Province;

  @Field(() => [TargetType], { description: "The province's targets for the metric, newest directive first (undated last), at most `perCell` of them." })
  targets!: Target[];

  @Field(() => Int, { description: 'How many targets for the metric the province set in all, shown or not.' })
  count!: number;

  @Field({ description: 'True when the province set no target for this metric: an explicit empty cell.' })
  empty!: boolean;

  /** The comparison the cell is of: its `status` field counts the province's documents in the window. */
  scope!: ComparisonScope;
}

@ObjectType('TargetRow', { description: 'One metric across the compared provinces: a row of the side-by-side table.' })
export class TargetRowType {
  @Field({ description: 'Metric code (seeds/lexicons/metrics.json).' })
  metric!: string;

  @Field({ description: 'What the metric measures, in English.' })
  label!: string;

  @Field({ description: 'Unit code of the metric.' })
  unit!: string;

  @Field({ description: 'Measure category the metric belongs to.' })
  category!: string;

  @Field(() => [TargetCellType], { description: 'One cell per compared province, in the order the provinces were asked for.' })
  cells!: TargetCellType[];
}

@ObjectType('SloganUse', { description: 'A slogan and where the compared provinces use it.' })
export class SloganUseType {
  @Field(() => SloganType, { description: 'The slogan.' })
  slogan!: Slogan;

  @Field(() => [ProvinceType], { description: 'The compared provinces that use it.' })
  provinces!: Province[];

  // Ids of the mentions shown; loaded only when a request asks for `mentions` (compare.resolver.ts).
  mentionIds!: number[];

  @Field(() => Int, { description: "How many times the compared provinces' directives use it in all." })
  mentionCount!: number;
}

@ObjectType('ProvinceSlogans', { description: 'Slogans only one of the compared provinces uses.' })
export class ProvinceSlogansType {
  @Field(() => ProvinceType, { description: 'The province.' })
  province!: Province;

  @Field(() => [SloganUseType], { description: 'Slogans this province uses and none of the others does.' })
  slogans!: SloganUseType[];
}

@ObjectType('SloganComparison', { description: 'Slogans shared by all compared provinces, unique to one, or shared by some.' })
export class SloganComparisonType {
  @Field(() => [SloganUseType], { description: 'Used by every compared province.' })
  shared!: SloganUseType[];

  @Field(() => [ProvinceSlogansType], { description: 'For each compared province, in the order asked, the slogans only it uses.' })
  unique!: ProvinceSlogansType[];

  @Field(() => [SloganUseType], { description: 'Used by more than one compared province but not all (only with three or more).' })
  partlyShared!: SloganUseType[];
}

@ObjectType('MeasureCell', { description: "One province's measures of one category." })
export class MeasureCellType {
  @Field(() => ProvinceType, { description: 'The province of this column.' })
  province!: Province;

  @Field(() => Int, { description: 'How many measures of the category its directives give.' })
  count!: number;

  @Field(() => [MeasureType], { description: 'The newest `perCell` of those measures, newest directive first, with citations.' })
  measures!: Measure[];

  /** The comparison the cell is of: its `status` field counts the province's documents in the window. */
  scope!: ComparisonScope;
}

@ObjectType('MeasureRow', { description: 'One measure category across the compared provinces.' })
export class MeasureRowType {
  @Field({ description: 'Category code (seeds/lexicons/categories.json).' })
  category!: string;

  @Field({ description: 'Category name in English.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'The OxCGRT indicator the category maps to, when one does.' })
  oxcgrtCode!: string | null;

  @Field(() => [MeasureCellType], { description: 'One cell per compared province, in the order asked.' })
  cells!: MeasureCellType[];
}

@ObjectType('Comparison', { description: 'Provinces side by side: targets by metric, slogans shared and unique, measures by category, and reused passages.' })
export class ComparisonType {
  @Field(() => [ProvinceType], { description: 'The compared provinces, in the order asked.' })
  provinces!: Province[];

  // What the other fields are computed from, each only when asked for (compare.resolver.ts).
  scope!: ComparisonScope;
}
