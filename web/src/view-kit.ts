import { h, vi, type Child } from './dom';
import { formatDate } from './format';
import type { PageCitationFragment } from './generated/graphql';
import { t } from './i18n/language';

// What every part of the comparison view shares: province names, one column per province, and the
// button that opens a quote in its original text.

export type OpenQuote = (citation: PageCitationFragment) => void;

export interface ViewKit {
  provinceCount: number;
  name(code: string | undefined): string;
  /** One grid track per province; CSS turns it into a single column on narrow screens. */
  columns(cells: Child[]): HTMLElement;
  quoteButton(citation: PageCitationFragment, label?: Child): HTMLElement;
  open: OpenQuote;
}

export function viewKit(provinces: { code: string; name: string }[], open: OpenQuote): ViewKit {
  const names = new Map(provinces.map((p) => [p.code, p.name]));
  return {
    provinceCount: provinces.length,
    name: (code) => (code && names.get(code)) ?? code ?? '?',
    columns: (cells) => h('div', { class: 'cols', style: `--cols: ${provinces.length}` }, cells),
    quoteButton: (citation, label) =>
      h('button', { type: 'button', class: 'quote-link', title: t.showQuote, onclick: () => open(citation) }, label ?? vi(`“${citation.quote}”`)),
    open,
  };
}

/** "370-TB/TU of 28 September 2021" / "370-TB/TU ngày 28/9/2021": how a reader cites a directive. */
export const directiveLine = (d: { number?: string | null; datedOn?: string | null }): string => t.directiveOf(d.number ?? t.unnumbered, formatDate(d.datedOn));
