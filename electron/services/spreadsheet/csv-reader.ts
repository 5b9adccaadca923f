import { isBlank, type Grid } from './grid';
import { EMPTY_FILE } from './problems';

export type CsvResult = { ok: true; grid: Grid } | { ok: false; message: string };

/**
 * UTF-8 with or without BOM is what "CSV UTF-8" in Excel writes; the plain
 * "CSV (semikolonavgränsad)" of a Swedish Excel still writes Windows-1252, so that is
 * the fallback when the bytes are not valid UTF-8.
 */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Swedish Excel separates with ";" (the comma is the decimal sign); others use ",". The header decides. */
function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * RFC 4180 records: quoted fields may hold the delimiter, "" for a quote and line
 * breaks. Each record is one row as Excel shows it, so its number is the record's
 * position, however many lines a quoted field spans.
 */
export function readCsv(bytes: Uint8Array): CsvResult {
  const text = decode(bytes);
  if (text.trim() === '') return { ok: false, message: EMPTY_FILE };
  const delimiter = detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStartRecord = 0;

  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteStartRecord = records.length + 1;
    } else if (char === delimiter) endField();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += char;
  }
  if (quoted) {
    return { ok: false, message: `Ett citattecken (") på rad ${quoteStartRecord} avslutas aldrig. Kontrollera att varje text inom citattecken slutar med ett citattecken.` };
  }
  if (field !== '' || record.length > 0) endRecord();

  const grid: Grid = records
    .map((cells, index) => ({ rowNumber: index + 1, cells }))
    .filter((row) => !isBlank(row.cells));
  return { ok: true, grid };
}
