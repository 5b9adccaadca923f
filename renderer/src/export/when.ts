import { formatDate } from '../format';

/** "24 november 2026 kl. 10:15" in the user's own time zone. */
export function formatWhen(iso: string, language: string): string {
  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  return `${formatDate(iso, language)} ${language === 'en' ? 'at' : 'kl.'} ${time}`;
}

export const fileNameOf = (file: string) => file.split(/[\\/]/).pop() ?? file;
