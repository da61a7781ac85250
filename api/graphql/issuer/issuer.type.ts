import { Field, ObjectType } from 'type-graphql';
import { IssuerKindEnum } from '../enums';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Issuer', { implements: NodeInterface, description: 'A body that issues directives, under one canonical name.' })
export class IssuerType extends NodeInterface {
  @Field({ description: 'Canonical name with the province spelled out: "Tỉnh ủy Quảng Ninh".' })
  name!: string;

  @Field(() => IssuerKindEnum, { description: 'What sort of body it is.' })
  kind!: IssuerKindEnum;
}
