import { describe, expect, it } from 'vitest';
import { csvCell, csvFile } from '../../../electron/services/documents/csv';

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('CSV for Swedish Excel', () => {
  it('starts with the UTF-8 byte order mark, separates with ; and ends every line with CRLF', () => {
    const bytes = csvFile(['Process', 'Värde'], [['Våld i nära relation', 87.5], ['Lex Sarah', null]]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(bytes)).toBe('\uFEFFProcess;Värde\r\nVåld i nära relation;87,5\r\nLex Sarah;\r\n');
  });

  it('writes numbers with decimal comma, at most two decimals and no trailing zeros', () => {
    expect(csvCell(87.5)).toBe('87,5');
    expect(csvCell(66.666666)).toBe('66,67');
    expect(csvCell(100)).toBe('100');
    expect(csvCell(-0.0001)).toBe('0');
    expect(csvCell(0.125, 3)).toBe('0,125');
  });

  it('quotes text holding the separator, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('Trygghet; säkerhet')).toBe('"Trygghet; säkerhet"');
    expect(csvCell('Rutinen "Barnet i fokus"')).toBe('"Rutinen ""Barnet i fokus"""');
    expect(csvCell('Första raden\nandra raden')).toBe('"Första raden\nandra raden"');
    expect(csvCell('Vanlig text, med komma')).toBe('Vanlig text, med komma');
  });

  it('keeps Excel from running text as a formula', () => {
    expect(csvCell('=SUMMA(A1:A9)')).toBe("'=SUMMA(A1:A9)");
    expect(csvCell('+46 8 123')).toBe("'+46 8 123");
    expect(csvCell('@user')).toBe("'@user");
    expect(csvCell('=A1;B1')).toBe(`"'=A1;B1"`);
  });

  it('leaves empty cells empty', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
  });
});
