import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { SLOGAN_KIND, type SloganKind } from '../../domain/facts';

/** A motto, strategy, goal or campaign phrase, under its canonical form. Mentions say where it appears. */
@Entity({ tableName: 'slogan' })
export class Slogan {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Unique()
  @Property({ type: 'text' })
  canonical!: string;

  @Enum({ items: [...SLOGAN_KIND.codes], type: 'string' })
  kind!: SloganKind;

  /** English gloss by whoever reviewed the slogan; null until someone has. */
  @Property({ type: 'text', nullable: true })
  gloss!: string | null;

  @Property({ type: 'json', nullable: true })
  expansion!: string[] | null;

  /** Reviewed by a researcher (it is in the slogan lexicon), rather than found by its shape. */
  @Property({ type: 'boolean' })
  reviewed!: boolean;
}
