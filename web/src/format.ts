import type { DeadlineKind } from './generated/graphql';

// Numbers as Vietnamese readers and the directives themselves write them: "15.000", "0,5".
const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatNumber = (value: number): string => numberFormat.format(value);

/** A LocalDate ("2021-09-28") as Vietnamese documents write it ("28/9/2021"); never through Date, so no time zone shift. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const [year, month, day] = iso.split('-');
  return `${Number(day)}/${Number(month)}/${year}`;
}

export interface DeadlineFields {
  kind: DeadlineKind;
  date?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  days?: number | null;
  event?: string | null;
}

export function describeDeadline(d: DeadlineFields): string {
  switch (d.kind) {
    case 'BY_DATE':
      return `by ${formatDate(d.date)}`;
    case 'ON_DATE':
      return `on ${formatDate(d.date)}`;
    case 'WITHIN_PERIOD':
      return `between ${formatDate(d.periodStart)} and ${formatDate(d.periodEnd)}`;
    case 'WITHIN_DAYS_OF_EVENT':
      return `within ${d.days ?? '?'} days of “${d.event ?? '?'}”`;
  }
}

/** Folds case and Vietnamese diacritics so that "thanh hoa" finds "Thanh Hóa". */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
