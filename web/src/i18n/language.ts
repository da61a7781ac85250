import { english, type Strings } from './en';
import { vietnamese } from './vi';

// Which language the page speaks: the address first (a shared link opens as it was shared), then the
// reader's last choice, then the browser's language. Chosen once per page load; the switch is a link.

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'lang';
const dictionaries: Record<Language, Strings> = { vi: vietnamese, en: english };

const isLanguage = (value: string | null): value is Language => value === 'vi' || value === 'en';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage refused (private mode, blocked cookies): the browser's language decides
  }
}

export function chooseLanguage(address: URLSearchParams, remembered: string | null, browser: string): Language {
  const asked = address.get('lang');
  if (isLanguage(asked)) return asked;
  if (isLanguage(remembered)) return remembered;
  return browser.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Keeps the reader's choice for the next visit. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered; the address still carries it
  }
}

export const language: Language = chooseLanguage(new URLSearchParams(location.search), stored(), navigator.language);
/** The chosen language's words. */
export const t: Strings = dictionaries[language];
