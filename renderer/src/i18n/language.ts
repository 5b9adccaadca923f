import { readSetting, writeSetting } from '../storage';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const LANGUAGE_SETTING = 'kvalitetshjulet.language';

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

export function storedLanguage(): Language {
  const stored = readSetting(LANGUAGE_SETTING);
  return isLanguage(stored) ? stored : 'sv';
}

export function rememberLanguage(language: Language): void {
  writeSetting(LANGUAGE_SETTING, language);
}
