import type { LegacyEncoding, RenditionFormat } from '../../domain/rendition';
import { Field, Float, ObjectType } from 'type-graphql';
import { LegacyEncodingEnum, RenditionFormatEnum } from '../enums';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Rendition', {
  implements: NodeInterface,
  description: 'One text of a directive: an OCR of its scan, a portal article, a transcript. Citations point into its `text`.',
})
export class RenditionType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'Where the text came from, as given at ingestion (a file name or an address).' })
  origin!: string | null;

  @Field(() => RenditionFormatEnum, { description: 'How the text reached us; it decided how it was cleaned.' })
  format!: RenditionFormat;

  @Field(() => LegacyEncodingEnum, { nullable: true, description: 'The pre-Unicode encoding the source was written in and converted from (TCVN3, VNI, VIQR); null for Unicode text.' })
  encoding!: LegacyEncoding | null;

  @Field({ description: 'SHA-256 (hex) of the source text (UTF-8, NFC, LF line ends).' })
  checksum!: string;

  @Field(() => Float, { description: 'Share of its syllables that are Vietnamese words, 0 to 1; OCR damage lowers it.' })
  quality!: number;

  @Field({ description: 'The cleaned text (NFC, boilerplate and line breaks of the source removed); every offset refers to it.' })
  text!: string;

  @Field({ description: 'When it was ingested.' })
  ingestedAt!: Date;
}
