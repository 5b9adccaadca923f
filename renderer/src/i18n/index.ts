import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messageFormats, type MessageFormat } from '../../../shared/messages/render';
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

// The catalogue's formats, so `{{when, dateTime}}` reads the same here as in the CLI.
for (const [name, format] of Object.entries(messageFormats) as [MessageFormat, (typeof messageFormats)[MessageFormat]][]) {
  i18n.services.formatter?.add(name, (value: string | number, lng: string | undefined) => format(value, lng === 'en' ? 'en' : 'sv'));
}

export async function changeLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}
