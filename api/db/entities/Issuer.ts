import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { ISSUER_KIND, ISSUER_LEVEL, type IssuerKind, type IssuerLevel } from '../../domain/directive';
import { Province } from './Province';

/** The body that issued a directive, under one canonical name ("Tỉnh ủy Quảng Ninh"). */
@Entity({ tableName: 'issuer' })
export class Issuer {
  [OptionalProps]?: 'level' | 'district';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
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
