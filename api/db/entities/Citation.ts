import { Embeddable, Property } from '@mikro-orm/postgresql';

/** Where a fact was read: a span of its rendition's text, the quote itself, and the rule that found it. */
@Embeddable()
export class Citation {
  @Property({ type: 'integer', fieldName: 'start_offset' })
  start!: number;

  @Property({ type: 'integer', fieldName: 'end_offset' })
  end!: number;

  @Property({ type: 'text' })
  quote!: string;

  @Property({ type: 'text' })
  rule!: string;
}
