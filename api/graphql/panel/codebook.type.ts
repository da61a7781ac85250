import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Direction, Strength } from '../../domain/facts';
import { DirectionEnum, StrengthEnum } from '../enums';

@ObjectType('IndicatorLevel', { description: 'One level of an indicator\'s ordinal scale.' })
export class IndicatorLevelType {
  @Field(() => Int, { description: 'The value the panel gives.' })
  level!: number;

  @Field({ description: 'What it means (after OxCGRT\'s codebook).' })
  meaning!: string;
}

@ObjectType('IndicatorRule', { description: 'A rule that reads a level from one fact in force: every condition given must hold; rules are tried in order.' })
export class IndicatorRuleType {
  @Field(() => Int, { description: 'The level the fact sets when the rule holds.' })
  level!: number;

  @Field(() => [String], { nullable: true, description: 'TARGET or MEASURE; any when null.' })
  kinds!: string[] | null;

  @Field(() => [StrengthEnum], { nullable: true, description: 'The measure\'s strength is one of these; any when null.' })
  strength!: Strength[] | null;

  @Field(() => [DirectionEnum], { nullable: true, description: 'The measure\'s direction is one of these; any when null.' })
  direction!: Direction[] | null;

  @Field(() => [String], { nullable: true, description: 'The fact\'s quote has one of these phrases (matched without diacritics); any when null.' })
  phrases!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The target\'s metric is one of these; any when null.' })
  metrics!: string[] | null;

  @Field(() => Float, { nullable: true, description: 'The target\'s value is at most this; no bound when null.' })
  max!: number | null;
}

@ObjectType('Indicator', { description: 'An indicator of the research panel: its scale and the rules that read it from the facts.' })
export class IndicatorType {
  @Field({ description: 'OxCGRT code: C1-C8 (containment and closure), H1-H3, H6-H8 (health system).' })
  code!: string;

  @Field({ description: 'OxCGRT\'s name for it.' })
  name!: string;

  @Field(() => [IndicatorLevelType], { description: 'The ordinal scale, from 0.' })
  scale!: IndicatorLevelType[];

  @Field(() => [String], { description: 'Phrases that bring a measure of another indicator to this one too.' })
  phrases!: string[];

  @Field(() => [IndicatorRuleType], { description: 'The rules, in the order they are tried.' })
  rules!: IndicatorRuleType[];

  @Field(() => Int, { nullable: true, description: 'The level of a fact of this indicator no rule takes; null when such a fact sets no level.' })
  fallback!: number | null;
}

@ObjectType('Codebook', { description: 'How the panel is read from the facts, as data (seeds/lexicons/indicators.json): what front-ends and papers cite instead of the file.' })
export class CodebookType {
  @Field({ description: 'How a value is read: which facts count, how a day\'s value is chosen, how phrases match.' })
  about!: string;

  @Field({ description: 'How OxCGRT\'s flag (general 1, targeted 0) is read.' })
  flagAbout!: string;

  @Field(() => [String], { description: 'Phrases that make a fact general (the whole province).' })
  generalPhrases!: string[];

  @Field(() => [String], { description: 'Phrases that make a fact targeted (some places), unless it also has a general phrase.' })
  targetedPhrases!: string[];

  @Field(() => [IndicatorType], { description: 'The indicators, in codebook order.' })
  indicators!: IndicatorType[];
}
