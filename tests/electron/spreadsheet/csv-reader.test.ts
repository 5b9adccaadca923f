import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../electron/services/spreadsheet/csv-reader';

const bytes = (text: string) => new TextEncoder().encode(text);

function rows(input: Uint8Array) {
  const result = readCsv(input);
  if (!result.ok) throw new Error(result.message);
  return result.grid.map((row) => [row.rowNumber, ...row.cells]);
}

describe('readCsv', () => {
  it('reads Swedish Excel CSV: semicolons, a BOM, CRLF and a decimal comma left for the column to parse', () => {
    expect(rows(bytes('\ufeffProcess;Målvärde\r\nMottagning;87,5\r\n'))).toEqual([
      [1, 'Process', 'Målvärde'],
      [2, 'Mottagning', '87,5'],
    ]);
  });

  it('takes the comma as separator when the header has more commas than semicolons', () => {
    expect(rows(bytes('Process,Risk\nA,"B; C"\n'))).toEqual([
      [1, 'Process', 'Risk'],
      [2, 'A', 'B; C'],
    ]);
  });

  it('keeps separators, doubled quotes and line breaks inside quotes, and numbers rows as Excel does', () => {
    const text = 'Process;Risk\n"Mottagning; norr";"Hon sa ""nej""\noch gick"\n\nUtredning;Sista\n';
    expect(rows(bytes(text))).toEqual([
      [1, 'Process', 'Risk'],
      [2, 'Mottagning; norr', 'Hon sa "nej"\noch gick'],
      [4, 'Utredning', 'Sista'],
    ]);
  });

  it('reads a file without a final line break', () => {
    expect(rows(bytes('Process;Risk\nA;B'))).toEqual([
      [1, 'Process', 'Risk'],
      [2, 'A', 'B'],
    ]);
  });

  it('reads the Windows-1252 that plain "CSV (semikolonavgränsad)" still writes', () => {
    // Every character here is below 256, so its code is its Windows-1252 byte (å is 0xE5).
    const latin1 = Uint8Array.from('Process;Risk\nVåld', (char) => char.charCodeAt(0));
    expect(rows(latin1)).toEqual([
      [1, 'Process', 'Risk'],
      [2, 'Våld'],
    ]);
  });

  it('says where a quote is left open, and that an empty file is empty', () => {
    expect(readCsv(bytes('Process;Risk\nA;"öppen\nB;C\n'))).toEqual({ ok: false, message: expect.stringMatching(/^Ett citattecken \("\) på rad 2 avslutas aldrig/) });
    expect(readCsv(bytes('\ufeff\r\n'))).toMatchObject({ ok: false, message: expect.stringMatching(/^Filen är tom\./) });
  });
});
