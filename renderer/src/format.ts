const locales = { sv: 'sv-SE', en: 'en-GB' } as const;

/** "24 november 2026" in Swedish; the plain calendar date, without the time of day. */
export function formatDate(iso: string, language: string): string {
  const locale = language === 'en' ? locales.en : locales.sv;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}
