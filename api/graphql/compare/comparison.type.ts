import { Field, Int, ObjectType } from 'type-graphql';
import type { Measure, Province, SharedPassage, Slogan, SloganMention, Target } from '../../db/entities';
import { MeasureType } from '../measure/measure.type';
import { ProvinceType } from '../province/province.type';
import { SharedPassageType } from '../reuse/shared-passage.type';
import { SloganMentionType, SloganType } from '../slogan/slogan.type';
import { TargetType } from '../target/target.type';

@ObjectType('TargetCell', { description: "One province's targets for one metric; empty when the province set none." })
export class TargetCellType {
  @Field(() => ProvinceType, { description: 'The province of this column.' })
  province!: Province;

  @Field(() => [TargetType], { description: "The province's targets for the metric, oldest directive first; several when it set it more than once." })
  targets!: Target[];

  @Field({ description: 'True when the province set no target for this metric: an explicit empty cell.' })
  empty!: boolean;
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

  @Field(() => [SloganMentionType], { description: 'Its uses in the compared provinces\' directives, with citations.' })
  mentions!: SloganMention[];
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

  @Field(() => [MeasureType], { description: 'The measures, with citations.' })
  measures!: Measure[];
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

  @Field(() => [TargetRowType], { description: 'One row per metric any compared province set a target for.' })
  targets!: TargetRowType[];

  @Field(() => SloganComparisonType, { description: 'Which slogans they share and which are unique.' })
  slogans!: SloganComparisonType;

  @Field(() => [MeasureRowType], { description: 'One row per measure category, taxonomy order.' })
  measures!: MeasureRowType[];

  @Field(() => [SharedPassageType], {
    description: 'Passages a directive of one compared province shares with a directive of another, each pair once; with categories, only passages that carry a measure of those categories.',
  })
  sharedPassages!: SharedPassage[];
}
