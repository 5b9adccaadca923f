import { formatFileSize } from '../../../shared/backups/format';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

/** "31 mars 2026 kl. 10:00": when a backup was taken, in the user's language and clock. */
export function formatTakenAt(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

export function formatSize(bytes: number, language: string): string {
  return formatFileSize(bytes, locale(language));
}
