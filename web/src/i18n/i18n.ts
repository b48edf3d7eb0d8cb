// The UI language: pt-BR by default, English on request, remembered in
// localStorage across reloads. The <html lang> attribute follows it so screen
// readers pronounce the text in the right language.
import { createStore, safeStorage, useStore } from '../store.ts';
import type { Locale } from '../format.ts';
import { en } from './messages-en.ts';
import { ptBR, type Messages } from './messages-pt-br.ts';

const STORAGE_KEY = 'arremate.locale';
const catalogues: Record<Locale, Messages> = { 'pt-BR': ptBR, en };

const stored = safeStorage.read(STORAGE_KEY);
export const localeStore = createStore<Locale>(stored === 'en' ? 'en' : 'pt-BR');

export function setLocale(locale: Locale): void {
  safeStorage.write(STORAGE_KEY, locale);
  localeStore.set(locale);
  document.documentElement.lang = locale;
}

export function useI18n(): { locale: Locale; t: Messages } {
  const locale = useStore(localeStore);
  return { locale, t: catalogues[locale] };
}
