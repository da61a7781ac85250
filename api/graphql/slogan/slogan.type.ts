import type { SloganKind } from '../../domain/facts';
import { SloganKindEnum } from '../enums';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../node/node.interface';
import { Connection } from '../pagination/connection';
import { SIMPLE } from '../simple-fields';

@ObjectType('Slogan', { simpleResolvers: SIMPLE, implements: NodeInterface, description: 'A motto, strategy, goal or campaign phrase directives repeat, under one canonical form.' })
export class SloganType extends NodeInterface {
  @Field({ description: 'Canonical form, with diacritics: "Vắc xin + 5K + công nghệ + truyền thông".' })
  canonical!: string;

  @Field(() => SloganKindEnum, { description: 'Motto, strategy, goal or campaign.' })
  kind!: SloganKind;

  @Field(() => String, { nullable: true, description: 'English gloss by whoever reviewed the slogan; null until someone has (see reviewed).' })
  gloss!: string | null;

  @Field(() => [String], { nullable: true, description: 'What the phrase stands for, when it abbreviates a list: 5K is khẩu trang, khử khuẩn, khoảng cách, không tập trung, khai báo y tế.' })
  expansion!: string[] | null;

  @Field({
    description:
      'True when a researcher reviewed the slogan (it is in seeds/lexicons/slogans.json, with its gloss); false when it was found by its shape ' +
      '(a quoted motto after "phương châm", a numeric slogan such as "2 không", a simile) and has no gloss yet.',
  })
  reviewed!: boolean;
}

@ObjectType('SloganConnection', { description: 'A page of slogans.' })
export class SloganConnection extends Connection(SloganType, 'Slogan') {}

@ObjectType('SloganMention', { simpleResolvers: SIMPLE, implements: NodeInterface, description: 'One place where a directive uses a slogan.' })
export class SloganMentionType extends NodeInterface {
  @Field({ description: 'True when the text puts the phrase in quotation marks.' })
  quoted!: boolean;
}
