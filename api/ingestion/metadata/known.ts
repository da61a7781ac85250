// Constructors for Known<T>: a value with the span it was read from, or null with the reason why.
import type { Known } from '../../domain/directive';

export interface Span {
  start: number;
  end: number;
}

export function known<T>(value: T, span?: Span): Known<T> {
  return span ? { value, reason: null, start: span.start, end: span.end } : { value, reason: null };
}

export function unknown<T>(reason: string): Known<T> {
  return { value: null, reason };
}
