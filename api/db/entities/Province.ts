import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/postgresql';
import { PROVINCE_KIND, type ProvinceKind, type Region } from '../../domain/places';


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

  @Enum({ items: [...PROVINCE_KIND.codes], type: 'string' })
  kind!: ProvinceKind;

  @Property({ type: 'text' })
  region!: Region;

  /** Average population of 2021 (General Statistics Office); figures per head are per 1,000 of it. */
  @Property({ type: 'integer', nullable: true })
  population!: number | null;

  @Property({ type: 'double', nullable: true })
  areaKm2!: number | null;
}
