import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { ISSUER_KIND, ISSUER_LEVEL, type IssuerKind, type IssuerLevel } from '../../domain/directive';
import { Province } from './Province';

/** The body that issued a directive, under one canonical name ("Tỉnh ủy Quảng Ninh"). */
@Entity({ tableName: 'issuer' })
// One per name and province: ten provinces have a "Ủy ban nhân dân huyện Châu Thành", each its own body.
@Index({
  name: 'issuer_name_province_unique',
  expression: 'create unique index "issuer_name_province_unique" on "issuer" ("name", coalesce("province_code", \'\'))',
})
export class Issuer {
  [OptionalProps]?: 'level' | 'district';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text' })
  name!: string;

  @Enum({
    items: [...ISSUER_KIND.codes],
    type: 'string',
  })
  kind!: IssuerKind;

  /** A province's body, a district's or a commune's. */
  @Enum({ items: [...ISSUER_LEVEL.codes], type: 'string', default: 'PROVINCE' })
  level: IssuerLevel = 'PROVINCE';

  /** The district of a district's (or a commune's) body, as the 2021 gazetteer spells it. */
  @Property({ type: 'text', nullable: true })
  district: string | null = null;

  @Index()
  @ManyToOne({ entity: () => Province, nullable: true, fieldName: 'province_code' })
  province!: Province | null;
}
