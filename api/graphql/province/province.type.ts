import type { Region } from '../../domain/places';
import type { ProvinceKind } from '../../domain/places';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ProvinceKindEnum, RegionEnum } from '../enums';
import { NodeInterface } from '../node/node.interface';
import { SIMPLE } from '../simple-fields';

@ObjectType('Province', {
  simpleResolvers: SIMPLE,
  implements: NodeInterface,
  description: 'A province-level unit of Vietnam as of 2021: one of 58 provinces or 5 centrally-run cities.',
})
export class ProvinceType extends NodeInterface {
  @Field({ description: 'ISO 3166-2 code: "VN-13" for Quảng Ninh, "VN-HP" for Hải Phòng.' })
  code!: string;

  @Field({ description: 'Name with diacritics, as Vietnamese writes it: "Thanh Hóa".' })
  name!: string;

  @Field({ description: 'Name without diacritics: "Thanh Hoa".' })
  asciiName!: string;

  @Field(() => ProvinceKindEnum, { description: 'Province or centrally-run city.' })
  kind!: ProvinceKind;

  @Field(() => RegionEnum, { description: 'Socio-economic region.' })
  region!: Region;

  @Field(() => Int, {
    nullable: true,
    description: 'Average population of 2021, General Statistics Office (table V02.01; see `populationSource`): what figures per head are put per 1,000 of.',
  })
  population!: number | null;

  @Field(() => Float, { nullable: true, description: 'Area in km², same source and year as population.' })
  areaKm2!: number | null;
}
