import type { DirectiveField, DocumentKind } from '../../domain/directive';
import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../scalars';
import { DirectiveFieldEnum, DocumentKindEnum } from '../enums';
import { NodeInterface } from '../node/node.interface';
import { Connection } from '../pagination/connection';
import { SIMPLE } from '../simple-fields';

@ObjectType('Signer', { simpleResolvers: SIMPLE, description: 'Who signed a directive, as the signature block prints it.' })
export class SignerType {
  @Field({ description: 'Name under the signature, as written: "Lại Thế Nguyên".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Position printed above the name: "PHÓ BÍ THƯ THƯỜNG TRỰC".' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Authority line when signing for a body: "T/M BAN THƯỜNG VỤ" (on behalf of), "T/L" (by order of); several in turn joined by ", ": "T/M ỦY BAN NHÂN DÂN, K/T CHỦ TỊCH".' })
  onBehalfOf!: string | null;
}

@ObjectType('MissingValue', { description: 'A metadata field the texts do not give, and why it is null.' })
export class MissingValueType {
  @Field(() => DirectiveFieldEnum, { description: 'The field of Directive that is null.' })
  field!: DirectiveField;

  @Field({ description: 'Why: what the texts say or lack, in words a researcher can check.' })
  reason!: string;
}

@ObjectType('Directive', {
  simpleResolvers: SIMPLE,
  implements: NodeInterface,
  description:
    'A directive issued by a provincial body (notice, letter, instruction...), however many texts of it we hold. ' +
    'Unknown metadata is null, and `missing` says why.',
})
export class DirectiveType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'Document number as printed, normalised: "370-TB/TU", "11-TB/BCĐ".' })
  number!: string | null;

  @Field(() => DocumentKindEnum, { nullable: true, description: 'Kind of document: notice, official letter...' })
  kind!: DocumentKind | null;

  @Field(() => String, { nullable: true, description: 'Subject line (trích yếu), without "V/v" or "về việc".' })
  subject!: string | null;

  @Field({ description: 'True when the province is not stated but inferred from places the text names; see provinceEvidence.' })
  provinceInferred!: boolean;

  @Field(() => String, { nullable: true, description: 'The words that name the province or places in it.' })
  provinceEvidence!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day the directive was issued.' })
  issuedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Day of the meeting whose conclusions the directive announces, when it reports one.' })
  meetingOn!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The issue date, or the meeting date when the issue date is unknown: what lists are ordered by.',
  })
  datedOn!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The earliest day the directive can be dated: datedOn when known; otherwise the latest date the text shows it follows ' +
      '(a document it cites, a meeting it reports), "issued on or after". Date filters use it, so an undated directive is still found near its time.',
  })
  datedFrom!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The latest day the directive can be dated: datedOn when known; null when nothing bounds it.' })
  datedTo!: string | null;

  @Field(() => [String], { description: 'Addressees (Kính gửi) and distribution list (Nơi nhận), archive copies left out.' })
  recipients!: string[];
}

@ObjectType('DirectiveConnection', { description: 'A page of directives, newest first.' })
export class DirectiveConnection extends Connection(DirectiveType, 'Directive') {}
