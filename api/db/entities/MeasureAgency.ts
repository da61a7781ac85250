import { Entity, Index, ManyToOne, PrimaryKeyProp } from '@mikro-orm/postgresql';
import { Agency } from './Agency';
import { Measure } from './Measure';

/** Which agencies a measure assigns: the pivot of Measure.agencies, indexed both ways. */
@Entity({ tableName: 'measure_agency' })
export class MeasureAgency {
  [PrimaryKeyProp]?: ['measure', 'agency'];

  @ManyToOne({ entity: () => Measure, primary: true, deleteRule: 'cascade' })
  measure!: Measure;

  // Filtering measures by agency reads the pivot from the agency side.
  @Index()
  @ManyToOne({ entity: () => Agency, primary: true })
  agency!: Agency;
}
