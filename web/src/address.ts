import type { Language } from './i18n/language';

// The state of the page as its address, so that a comparison can be shared and reopened as it was:
// ?provinces=VN-13,VN-21&topic=TESTING&from=2021-09-20&to=2021-10-15&lang=en

export interface PageState {
  provinces: string[];
  /** A category code, or '' for every topic. */
  topic: string;
  from: string | null;
  to: string | null;
  lang: Language;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null): string | null => (value && DAY.test(value) ? value : null);

/** What the address asks for; the topic is null when it names none (the page then picks its default). */
export function readAddress(search: string): Omit<PageState, 'lang' | 'topic'> & { topic: string | null } {
  const params = new URLSearchParams(search);
  return {
    provinces: (params.get('provinces') ?? '').split(',').filter(Boolean),
    topic: params.get('topic'),
    from: day(params.get('from')),
    to: day(params.get('to')),
  };
}

export function writeAddress(state: PageState): string {
  const parts = [`provinces=${state.provinces.join(',')}`, `topic=${state.topic}`];
  if (state.from) parts.push(`from=${state.from}`);
  if (state.to) parts.push(`to=${state.to}`);
  parts.push(`lang=${state.lang}`);
  return `?${parts.join('&')}`;
}

/** The same address in another language: what the language switch links to. */
export function inLanguage(search: string, lang: Language): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  // Commas stay readable in a shared link.
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
