import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'ladok.language';

/** The remembered choice, else Swedish: the service's language (lagen om tillgänglighet till digital offentlig service). */
export function preferredLanguage(storage: Pick<Storage, 'getItem'> = localStorage): Language {
  const stored = storage.getItem(storageKey);
  return languages.find((language) => language === stored) ?? 'sv';
}

export function rememberLanguage(language: Language, storage: Pick<Storage, 'setItem'> = localStorage) {
  storage.setItem(storageKey, language);
}

export function setupI18n(language: Language = preferredLanguage()) {
  i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: language,
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  return i18next;
}

/** The API reasons the app has a sentence of its own for (the keys of `reasons` in sv.ts and en.ts). */
export const knownReasons: ReadonlySet<string> = new Set(Object.keys(sv.reasons));
