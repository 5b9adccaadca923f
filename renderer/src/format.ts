import { formatFileSize } from '../../shared/backups/format';

/** Every date, time and number on screen goes through here, so Swedish and English each read one way everywhere. */
const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'sv-SE');

/** "24 november 2026" in Swedish; the plain calendar date, without the time of day. */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long' }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) as "31 mars 2026"; read at noon so no time zone moves it a day. */
export function formatDay(day: string, language: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T12:00:00`, language) : day;
}

/** "10:15" on the user's own clock. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeStyle: 'short' }).format(new Date(iso));
}

/** "24 november 2026 kl. 10:15" ("24 November 2026 at 10:15") on the user's own clock. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** "87,5" in Swedish, "87.5" in English. */
export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}

/** A plain count: "12", "1 234". */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

/** A no-break space: "87,5 %" never splits over two lines. */
const NBSP = '\u00a0';

function withUnit(number: string, unit: string, language: string): string {
  const trimmed = unit.trim();
  if (!trimmed) return number;
  return trimmed === '%' && language === 'en' ? `${number}%` : `${number}${NBSP}${trimmed}`;
}

/**
 * A result as people in a municipality write it: a percentage always with one
 * decimal ("75,0 %", "87,5 %"), any other figure with at most one ("6,5 dagar", "16 dagar").
 */
export function formatFigure(value: number, unit: string, language: string): string {
  const digits = unit === '%' ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 1 };
  return withUnit(new Intl.NumberFormat(localeOf(language), digits).format(value), unit, language);
}

/** A target or a tolerance as it was set: no decimals added ("90 %", "14 dagar", "87,5 %"). */
export function formatSetValue(value: number, unit: string, language: string): string {
  return withUnit(formatNumber(value, language), unit, language);
}

/** "1,2 MB" or "96 kB". */
export function formatSize(bytes: number, language: string): string {
  return formatFileSize(bytes, localeOf(language));
}

/** Reads "87,5", "87.5" or "100 %" typed by a person; empty is no value, anything else is undefined (not a number). */
export function parseDecimal(text: string): number | null | undefined {
  const cleaned = text.replace(/\s|%/g, '').replace(',', '.');
  if (cleaned === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/**
 * The number as it stands in a form field and is typed back: no grouping, a plain minus and a
 * decimal comma in Swedish, at most six decimals without trailing zeros ("87,5", "-3", "0,125").
 */
export function decimalText(value: number | null, language = 'sv'): string {
  if (value === null) return '';
  const fixed = value.toFixed(6).replace(/\.?0+$/, '');
  const plain = fixed === '-0' ? '0' : fixed;
  return language === 'en' ? plain : plain.replace('.', ',');
}

/** Long sentences shortened for button names and dialogs, so a screen reader does not read a whole paragraph. */
export function shortLabel(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
