import type { DeadlineKind } from './generated/graphql';
import { t } from './i18n/language';

// Every number and date the page shows goes through here, in the chosen language's conventions:
// Vietnamese "15.000", "11,1" and "28/9/2021"; English "15,000", "11.1" and "28 September 2021" (the month in
// full: no reader can take it for a day).

const numberFormat = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2 });
const perHeadFormat = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat(t.locale, {
  day: 'numeric',
  month: t.locale === 'vi-VN' ? 'numeric' : 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatNumber = (value: number): string => numberFormat.format(value);
/** A figure per 1,000 people: one decimal is all a comparison needs ("11,1", "11.1"). */
export const formatPerHead = (value: number): string => perHeadFormat.format(value);
/** A share from 0 to 1: 0.92 is "92%" (vi "92 %" where the locale says so). */
export const formatShare = (value: number): string => percentFormat.format(value);

/** A LocalDate ("2021-09-28") read as a calendar day in UTC, so no time zone moves it to the day before. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t.undated;
  const [year, month, day] = iso.split('-').map(Number);
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

export interface DeadlineFields {
  kind: DeadlineKind;
  date?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  days?: number | null;
  hours?: number | null;
  event?: string | null;
}

export function describeDeadline(d: DeadlineFields): string {
  switch (d.kind) {
    case 'BY_DATE':
      return t.by(formatDate(d.date));
    case 'ON_DATE':
      return t.on(formatDate(d.date));
    case 'WITHIN_PERIOD':
      return t.between(formatDate(d.periodStart), formatDate(d.periodEnd));
    case 'WITHIN_DAYS_OF_EVENT':
      if (d.hours !== null && d.hours !== undefined) return t.withinHours(formatNumber(d.hours), d.event ?? '?');
      return t.withinDays(d.days === null || d.days === undefined ? '?' : formatNumber(d.days), d.event ?? '?');
  }
}

/** Folds case and Vietnamese diacritics so that "thanh hoa" finds "Thanh Hóa". */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
