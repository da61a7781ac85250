import { Field, Int, ObjectType } from 'type-graphql';

/** Where the server serves a kept file (see server/source-files.ts); a PDF viewer opens `#page=N`. */
export function sourceFileUrl(checksum: string, page?: number | null): string {
  return `/source-files/${checksum}${page ? `#page=${page}` : ''}`;
}

@ObjectType('SourceFile', { description: 'The PDF, page image or Word document a rendition was read from, kept as it was received.' })
export class SourceFileType {
  @Field({ description: 'SHA-256 (hex) of the file\'s bytes.' })
  checksum!: string;

  @Field({ description: 'application/pdf, image/png, image/jpeg, image/tiff or, for a Word document, application/vnd.openxmlformats-officedocument.wordprocessingml.document.' })
  mediaType!: string;

  @Field(() => Int, { description: 'Size of the file in bytes.' })
  byteSize!: number;

  @Field(() => Int, { description: 'Pages in the file (1 for an image and for a Word document, whose pages its reader lays out).' })
  pageCount!: number;

  @Field({ description: 'Address (relative to the API\'s origin) that serves the file itself.' })
  url!: string;
}
