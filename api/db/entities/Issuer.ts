import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import type { IssuerKind } from '../../ingestion/document';
import { Province } from './Province';

/** The body that issued a directive, under one canonical name ("Tỉnh ủy Quảng Ninh"). */
@Entity({ tableName: 'issuer' })
export class Issuer {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text' })
  name!: string;

  @Enum({
    items: ['PARTY_COMMITTEE', 'PARTY_STANDING_COMMITTEE', 'STEERING_COMMITTEE', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'OTHER'],
    type: 'string',
  })
  kind!: IssuerKind;

  @Index()
  @ManyToOne({ entity: () => Province, nullable: true, fieldName: 'province_code' })
  province!: Province | null;
}
