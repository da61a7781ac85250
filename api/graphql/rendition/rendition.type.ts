import type { LegacyEncoding, OriginFormat, RenditionFormat } from '../../domain/rendition';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LegacyEncodingEnum, OriginFormatEnum, RenditionFormatEnum } from '../enums';
import { NodeInterface } from '../node/node.interface';
import { SIMPLE } from '../simple-fields';

@ObjectType('Rendition', {
  simpleResolvers: SIMPLE,
  implements: NodeInterface,
  description: 'One text of a directive: an OCR of its scan, a portal article, a transcript. Citations point into its `text`.',
})
export class RenditionType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'Where the text came from, as given at ingestion (a file name or an address).' })
  origin!: string | null;

  @Field(() => RenditionFormatEnum, { description: 'How the text reached us; it decided how it was cleaned.' })
  format!: RenditionFormat;

  @Field(() => LegacyEncodingEnum, { nullable: true, description: 'The pre-Unicode or 8-bit encoding the source was written in and converted from (TCVN3, VNI, VIQR, Windows-1258); null for Unicode text.' })
  encoding!: LegacyEncoding | null;

  @Field({ description: 'SHA-256 (hex) of the source text (UTF-8, NFC, LF line ends).' })
  checksum!: string;

  @Field(() => OriginFormatEnum, { description: 'The kind of file the text was read from: a text file, a PDF\'s text layer, OCR of a PDF\'s pages or of a page image, a Word document.' })
  originFormat!: OriginFormat;

  @Field(() => Float, { nullable: true, description: 'Mean confidence of the OCR\'s words, 0 to 1, weighted by their letters; null when the text was not read by OCR. It scales `quality` down.' })
  ocrConfidence!: number | null;

  @Field(() => [Int], {
    nullable: 'itemsAndList',
    description: 'For a PDF or a page image: the offset in `text` where each page begins, page 1 first (null where a page could not be located). Null for a text file and a Word document (which has no fixed pages).',
  })
  pageStarts!: (number | null)[] | null;

  @Field(() => Float, { description: 'Share of its syllables that are Vietnamese words, 0 to 1, times `ocrConfidence` for a text read by OCR; OCR damage lowers it. The best-scoring text of a directive gives its facts.' })
  quality!: number;

  @Field({ description: 'When it was ingested.' })
  ingestedAt!: Date;
}
