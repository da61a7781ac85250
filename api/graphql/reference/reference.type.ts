import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../scalars';
import { NodeInterface } from '../node/node.interface';
import { Connection } from '../pagination/connection';
import { SIMPLE } from '../simple-fields';

@ObjectType('Reference', { simpleResolvers: SIMPLE, implements: NodeInterface, description: 'Another document a directive cites, linked to it when the corpus holds it.' })
export class ReferenceType extends NodeInterface {
  @Field({ description: 'Number of the cited document, normalised: "1699/CĐ-TTg", "362-TB/TU".' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'Kind of the cited document when the text names it: CONG_DIEN, THONG_BAO, GIAY_MOI...' })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'Its issuer as the text names it: "Thủ tướng Chính phủ".' })
  issuer!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Its date when the text gives it.' })
  issuedOn!: string | null;
}

@ObjectType('ReferenceConnection', { description: 'A page of references.' })
export class ReferenceConnection extends Connection(ReferenceType, 'Reference') {}
