import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp } from '@mikro-orm/postgresql';
import { Directive } from './Directive';

/**
 * A sample of the hashed word runs of a directive's best text. Two directives sharing several of them
 * probably share passages: this finds the few directives worth comparing word by word, by index,
 * instead of comparing a new text with the whole corpus.
 */
@Entity({ tableName: 'directive_fingerprint' })
// Hash first, directive included: the candidate search reads holders of a hash from the index alone.
@Index({ properties: ['hash', 'directive'] })
export class DirectiveFingerprint {
  [PrimaryKeyProp]?: ['directive', 'hash'];

  @ManyToOne({ entity: () => Directive, primary: true, deleteRule: 'cascade' })
  directive!: Directive;

  @PrimaryKey({ type: 'integer' })
  hash!: number;
}
