import { Field, Int, ObjectType } from 'type-graphql';
import type { DocumentKind } from '../../domain/directive';
import { DocumentKindEnum } from '../enums';
import { ProvinceType } from '../province/province.type';

@ObjectType('KindCount', { description: 'How many documents of one kind.' })
export class KindCountType {
  @Field(() => DocumentKindEnum, { nullable: true, description: 'The kind of document; null where no kind could be read.' })
  kind!: DocumentKind | null;

  @Field(() => Int, { description: 'Documents of that kind.' })
  documents!: number;
}

@ObjectType('MonthCoverage', { description: 'The documents held of one province for one month.' })
export class MonthCoverageType {
  @Field({ description: 'The month, "2021-09".' })
  month!: string;

  @Field(() => Int, { description: 'Documents dated in the month; 0 is a month the platform holds nothing of the province for.' })
  documents!: number;

  @Field(() => [KindCountType], { description: 'The same documents by kind, most first.' })
  kinds!: KindCountType[];
}

@ObjectType('ProvinceCoverage', {
  description:
    "What the platform holds of one province: before reading an empty comparison cell as \"no such rule\", check that documents of the province in that window are held.",
})
export class ProvinceCoverageType {
  @Field(() => ProvinceType, { description: 'The province.' })
  province!: unknown;

  @Field(() => Int, { description: 'Documents dated in the window.' })
  documents!: number;

  @Field(() => Int, { description: 'Documents of the province with no date at all (outside any window, counted apart).' })
  undated!: number;

  @Field(() => [MonthCoverageType], { description: 'Every month of the window in order, months without documents included.' })
  months!: MonthCoverageType[];
}
