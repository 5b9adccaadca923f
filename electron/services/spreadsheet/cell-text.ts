import type { CellValue } from 'exceljs';

/**
 * A cell as the text the import validates. Excel turns a typed date into a date
 * cell and a typed number into a number cell, so both are written back the way the
 * template asks for them (ÅÅÅÅ-MM-DD, plain digits); formulas count by their result.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  // Excel stores dates without a zone; exceljs hands them over as UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as CellValue);
  if ('error' in value) return value.error;
  return '';
}
