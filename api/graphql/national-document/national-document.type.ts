import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../scalars';
import { ProvinceType } from '../province/province.type';
import { DirectiveType } from '../directive/directive.type';
import { ReferenceType } from '../reference/reference.type';

@ObjectType('NationalDocument', { description: 'A national document provinces cite (16/CT-TTg, 128/NQ-CP...), from the reference catalogue seeds/national-documents.json.' })
export class NationalDocumentType {
  @Field({ description: 'Its number as printed, as references store it: "1699/CĐ-TTg".' })
  number!: string;

  @Field({ description: 'Kind of document: a code of seeds/lexicons/document-kinds.json (CHI_THI, NGHI_QUYET, NGHI_DINH...).' })
  kind!: string;

  @Field({ description: 'The body that issued it: "Thủ tướng Chính phủ", "Chính phủ", "Bộ Y tế".' })
  issuer!: string;

  @Field(() => LocalDate, { description: 'The day it was issued: what implementations count days from.' })
  issuedOn!: string;

  @Field({ description: 'Its title (trích yếu), as officially given.' })
  title!: string;

  @Field({ description: 'An English title.' })
  titleEn!: string;

  @Field({ description: 'Where the entry was checked.' })
  sourceUrl!: string;

  @Field(() => String, { nullable: true, description: 'What a reader should know: which of two documents of the same number this is, what replaced it.' })
  note!: string | null;
}

@ObjectType('Implementation', { description: 'A directive that cites the document: which, when, and the words that cite it.' })
export class ImplementationType {
  @Field(() => DirectiveType, { description: 'The citing directive.' })
  directive!: unknown;

  @Field(() => ReferenceType, { description: 'Its first citation of the document, with the quote.' })
  reference!: unknown;

  @Field(() => Int, { nullable: true, description: 'Days from the document\'s issue to the directive\'s date; null when either date is unknown.' })
  daysAfter!: number | null;
}

@ObjectType('ProvinceImplementations', { description: 'How one province took up a national document.' })
export class ProvinceImplementationsType {
  @Field(() => ProvinceType, { nullable: true, description: 'The province; null for citing directives whose province is unknown.' })
  province!: unknown;

  @Field(() => Int, { description: 'Directives of the province that cite the document.' })
  directives!: number;

  @Field(() => LocalDate, { nullable: true, description: 'The date of its first citing directive.' })
  firstCitedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from the document\'s issue to that first citation.' })
  daysAfter!: number | null;

  @Field(() => [ImplementationType], { description: 'Its first citing directives, oldest first (at most `perProvince`).' })
  citations!: ImplementationType[];
}

@ObjectType('Implementations', { description: 'Which provinces cited a document, with what, and how many days after it was issued.' })
export class ImplementationsType {
  @Field({ description: 'The number asked, as references store it.' })
  number!: string;

  @Field(() => NationalDocumentType, { nullable: true, description: 'Its catalogue entry; null when the catalogue does not hold it (days after are then null).' })
  document!: NationalDocumentType | null;

  @Field(() => [ProvinceImplementationsType], { description: 'Provinces that cite it, earliest first.' })
  provinces!: ProvinceImplementationsType[];
}
