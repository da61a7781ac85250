import { language, t } from './language';

// The words written in index.html (marked data-t, data-t-placeholder, data-t-label), put in the chosen
// language before anything else is shown.

type Key = { [K in keyof typeof t]: (typeof t)[K] extends string ? K : never }[keyof typeof t];
const word = (key: string | undefined): string => (key && typeof t[key as Key] === 'string' ? t[key as Key] : key ?? '');

export function applyStaticText(root: Document): void {
  root.documentElement.lang = language;
  root.title = t.title;
  for (const element of root.querySelectorAll<HTMLElement>('[data-t]')) element.textContent = word(element.dataset.t);
  for (const element of root.querySelectorAll<HTMLInputElement>('[data-t-placeholder]')) element.placeholder = word(element.dataset.tPlaceholder);
  for (const element of root.querySelectorAll<HTMLElement>('[data-t-label]')) element.setAttribute('aria-label', word(element.dataset.tLabel));
}
