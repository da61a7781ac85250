import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Directive, Rendition } from '../db/entities';
import { containment, shingles } from '../text/shingles';
import type { Analysis } from './analyse';
import { documentNumberKey } from '../text/document-number';

// Share of 5-word runs two texts must have in common to be renditions of one directive. OCR noise
// costs the notice 370-TB/TU's scan about a third of its runs against the portal copy; directives
// that merely reuse paragraphs are kept apart by their metadata, which must not contradict.
export const SAME_TEXT_THRESHOLD = 0.5;

function equalOrUnknown<T>(field: string, value: T | null): FilterQuery<Directive> {
  return value === null ? {} : { $or: [{ [field]: value }, { [field]: null }] };
}

/**
 * The directive a new text belongs to, if we already hold it: the same number (by its key) in the same province,
 * or, when the new text has no number, a directive with compatible metadata whose texts it nearly
 * repeats. Null means a new directive.
 */
export async function findSameDirective(em: EntityManager, analysis: Analysis): Promise<Directive | null> {
  const { metadata } = analysis;
  const province = metadata.province.value?.code ?? null;
  if (metadata.number.value) {
    // By key: "402-cv/tu", "402 - CV/TU" and Cyrillic look-alikes are the number we hold.
    const byNumber = await em.findOne(Directive, { $and: [{ numberKey: documentNumberKey(metadata.number.value) }, equalOrUnknown('province', province)] });
    if (byNumber) return byNumber;
  }
  const candidates = await em.find(Directive, {
    $and: [
      metadata.number.value ? { number: null } : {},
      equalOrUnknown('province', province),
      equalOrUnknown('kind', metadata.kind.value),
      equalOrUnknown('issuedOn', metadata.issuedOn.value),
      equalOrUnknown('meetingOn', metadata.meetingOn.value),
    ],
  });
  if (candidates.length === 0) return null;
  const renditions = await em.find(Rendition, { directive: { $in: candidates } }, { fields: ['text', 'directive'] });
  const mine = shingles(analysis.cleaned.text);
  let best: { directive: Directive; score: number } | null = null;
  for (const rendition of renditions) {
    const score = containment(mine, shingles(rendition.text));
    if (score >= SAME_TEXT_THRESHOLD && (!best || score > best.score)) best = { directive: rendition.directive, score };
  }
  return best?.directive ?? null;
}
