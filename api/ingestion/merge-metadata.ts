import type { DirectiveMetadata, Known } from '../domain/directive';
import type { DirectiveField } from '../domain/directive';

/** One rendition's own reading of the metadata, with what decides how much it is trusted. */
export interface RenditionReading {
  metadata: DirectiveMetadata;
  quality: number;
  /** Earlier renditions win ties, so the result is stable. */
  id: number;
}

export interface MergedMetadata {
  number: string | null;
  kind: DirectiveMetadata['kind']['value'];
  provinceCode: string | null;
  provinceInferred: boolean;
  provinceEvidence: string | null;
  issuer: DirectiveMetadata['issuer']['value'];
  issuedOn: string | null;
  meetingOn: string | null;
  /** The earliest and latest days the directive can be dated (see Directive.datedFrom). */
  datedFrom: string | null;
  datedTo: string | null;
  signer: DirectiveMetadata['signer']['value'];
  subject: string | null;
  recipients: string[];
  missing: Partial<Record<DirectiveField, string>>;
}

type KnownField = Exclude<keyof DirectiveMetadata, 'recipients' | 'issuedFrom'>;

/**
 * A directive's metadata from all its renditions: each field from the best rendition that knows it
 * (highest text quality first; a stated province beats an inferred one). The same set of renditions
 * gives the same answer whatever order they arrived in.
 */
export function mergeMetadata(readings: RenditionReading[]): MergedMetadata {
  const ranked = [...readings].sort((a, b) => b.quality - a.quality || a.id - b.id);
  const missing: MergedMetadata['missing'] = {};

  function pick<K extends KnownField>(field: K, prefer?: (k: DirectiveMetadata[K]) => number): DirectiveMetadata[K] {
    const known = ranked.map((r) => r.metadata[field]).filter((k: Known<unknown>) => k.value !== null);
    if (prefer) known.sort((a, b) => prefer(b as DirectiveMetadata[K]) - prefer(a as DirectiveMetadata[K]));
    if (known.length > 0) return known[0] as DirectiveMetadata[K];
    const reason = ranked.map((r) => r.metadata[field].reason).find((r) => r) ?? 'not stated in any rendition';
    missing[field] = reason;
    return ranked[0].metadata[field];
  }

  const province = pick('province', (k) => (k.value && !k.value.inferred ? 1 : 0));
  const issuedOn = pick('issuedOn').value;
  const meetingOn = pick('meetingOn').value;
  const datedOn = issuedOn ?? meetingOn;
  // Undated: the strongest lower bound any rendition shows (the latest of them).
  const bounds = readings.map((r) => r.metadata.issuedFrom?.value).filter((d): d is string => !!d).sort();
  const recipients = ranked.find((r) => r.metadata.recipients.length > 0)?.metadata.recipients ?? [];
  return {
    number: pick('number').value,
    kind: pick('kind').value,
    provinceCode: province.value?.code ?? null,
    provinceInferred: province.value?.inferred ?? false,
    provinceEvidence: province.value?.evidence ?? null,
    issuer: pick('issuer').value,
    issuedOn,
    meetingOn,
    datedFrom: datedOn ?? bounds.at(-1) ?? null,
    datedTo: datedOn,
    signer: pick('signer').value,
    subject: pick('subject').value,
    recipients,
    missing,
  };
}
