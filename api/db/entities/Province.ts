import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';

export type ProvinceKind = 'PROVINCE' | 'CITY';
export type Region =
  | 'NORTHERN_MIDLANDS_AND_MOUNTAINS'
  | 'RED_RIVER_DELTA'
  | 'NORTH_CENTRAL_AND_CENTRAL_COAST'
  | 'CENTRAL_HIGHLANDS'
  | 'SOUTHEAST'
  | 'MEKONG_DELTA';

/** A province-level unit as of 2021 (58 provinces and 5 centrally-run cities), keyed by ISO 3166-2 code. */
@Entity({ tableName: 'province' })
export class Province {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  asciiName!: string;

  @Enum({ items: ['PROVINCE', 'CITY'], type: 'string' })
  kind!: ProvinceKind;

  @Property({ type: 'text' })
  region!: Region;
}
