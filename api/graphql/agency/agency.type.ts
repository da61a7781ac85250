import type { AgencyLevel } from '../../domain/facts';
import { AgencyLevelEnum } from '../enums';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { Connection } from '../pagination/connection';

@ObjectType('Agency', { implements: NodeInterface, description: 'A body directives assign work to, under one canonical name across spellings.' })
export class AgencyType extends NodeInterface {
  @Field({ description: 'Canonical name: "Sở Giao thông vận tải" for every spelling of it.' })
  canonicalName!: string;

  @Field(() => AgencyLevelEnum, { description: 'Tier of government.' })
  level!: AgencyLevel;
}

@ObjectType('AgencyConnection', { description: 'A page of agencies.' })
export class AgencyConnection extends Connection(AgencyType, 'Agency') {}

@ObjectType('AgencyMention', { implements: NodeInterface, description: 'One place where a directive names an agency.' })
export class AgencyMentionType extends NodeInterface {
  @Field({ description: 'Canonical name of the agency named.' })
  canonicalName!: string;

  @Field(() => AgencyLevelEnum, { description: 'Tier of government of the agency named.' })
  level!: AgencyLevel;
}
