import type { Language, ParamValue } from './types';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The formats a placeholder may name after its comma; the renderer's i18next registers the same ones. */
export const messageFormats = {
  dateTime: (value: ParamValue, language: Language): string =>
    new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value)),
  date: (value: ParamValue, language: Language): string =>
    new Intl.DateTimeFormat(locales[language], { dateStyle: 'long' }).format(new Date(`${String(value).slice(0, 10)}T12:00:00`)),
  number: (value: ParamValue, language: Language): string => new Intl.NumberFormat(locales[language]).format(Number(value)),
} as const;

export type MessageFormat = keyof typeof messageFormats;

const PLACEHOLDER = /\{\{\s*([^},\s]+)\s*(?:,\s*([^}\s]+)\s*)?\}\}/g;

/** Fills a text's placeholders the way i18next does, for the main process and the CLI, which run without i18next. */
export function interpolate(text: string, params: Readonly<Record<string, ParamValue>>, language: Language): string {
  return text.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    const formatter = format ? messageFormats[format as MessageFormat] : undefined;
    return formatter ? formatter(value, language) : String(value);
  });
}

/** The param names a text uses, for the test that both languages use the same. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}
