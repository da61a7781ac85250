import { h, vi, type Child } from './dom';
import { formatDate, formatNumber } from './format';
import type { CellStatus, PageCitationFragment } from './generated/graphql';
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
  /**
   * A province's cell of a comparison row: its name, then its facts and how many older ones are not shown;
   * or, empty, why: "no documents" is a gap in the corpus, `none` what the province's documents say.
   */
  provinceCell(cell: ComparisonCell, none: string, shown: number, facts: () => Child): HTMLElement;
  open: OpenQuote;
}

/** What a comparison cell says about itself, whatever facts it holds. */
export interface ComparisonCell {
  status: CellStatus;
  /** Facts in all, shown or not. */
  count: number;
  province: { code: string };
}

export function viewKit(provinces: { code: string; name: string }[], open: OpenQuote): ViewKit {
  const names = new Map(provinces.map((p) => [p.code, p.name]));
  const name = (code: string | undefined) => (code && names.get(code)) ?? code ?? '?';
  return {
    provinceCount: provinces.length,
    name,
    columns: (cells) => h('div', { class: 'cols', style: `--cols: ${provinces.length}` }, cells),
    quoteButton: (citation, label) =>
      h('button', { type: 'button', class: 'quote-link', title: t.showQuote, onclick: () => open(citation) }, label ?? vi(`“${citation.quote}”`)),
    provinceCell: (cell, none, shown, facts) => {
      const empty = cell.count === 0;
      return h(
        'article',
        { class: empty ? 'cell empty' : 'cell', 'data-province': cell.province.code },
        h('h4', { lang: 'vi' }, name(cell.province.code)),
        empty ? h('p', { class: 'none' }, cell.status === 'NO_DOCUMENTS' ? t.noDocuments : none) : facts(),
        cell.count > shown ? h('p', { class: 'more' }, t.older(formatNumber(cell.count - shown))) : null,
      );
    },
    open,
  };
}

/** "370-TB/TU of 28 September 2021" / "370-TB/TU ngày 28/9/2021": how a reader cites a directive. */
export const directiveLine = (d: { number?: string | null; datedOn?: string | null }): string => t.directiveOf(d.number ?? t.unnumbered, formatDate(d.datedOn));
