import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { rememberLanguage, storedLanguage, type Language } from './language';
import { sv } from './sv';

export const i18n: I18n = i18next.createInstance();

// Synchronous init: the resources are bundled, so the first render already has its texts.
void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export async function changeLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}
