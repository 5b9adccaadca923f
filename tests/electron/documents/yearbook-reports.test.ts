import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { buildYearbookPdf } from '../../../electron/services/documents/yearbook/yearbook-pdf';
import type { YearComparison } from '../../../shared/comparison';
import { comparedRegisters, SMALL_REGISTER_UNIT } from '../../support/compared-registers';
import { REGISTER_UNIT } from '../../support/reports-register';
import { testServices } from '../../support/services';
import { tempDbFile, tempDir } from '../../support/temp-db';
import { pdfText } from './pdf-text';

const file = tempDbFile();
let comparison: YearComparison;

beforeAll(() => {
  const services = testServices(file);
  comparedRegisters(services.repos);
  comparison = services.repos.comparison.forYear(2026);
  services.close();
});

async function cli(args: string[]): Promise<string[]> {
  const out: string[] = [];
  expect(await runCli(args, { out: (line) => out.push(line), err: (line) => out.push(`FEL ${line}`) })).toBe(0);
  return out;
}

describe('the registers in the kvalitetsbokslut and cli compare', () => {
  it('gives the kvalitetsbokslut a section with each unit’s reports per kind and category, open lex Sarah and time to investigate', async () => {
    const bytes = await buildYearbookPdf(comparison, { createdAt: '2027-01-15T09:00:00.000Z', appVersion: '0.1.0' });
    fs.writeFileSync(path.join(tempDir('kh-yearbook-reports-'), 'kvalitetsbokslut.pdf'), bytes);
    const text = (await pdfText(bytes)).pageTexts.join(' ');
    const section = text.slice(text.indexOf('Avvikelser, klagomål och lex Sarah'));
    expect(section).toContain('Öppna lex Sarah');
    expect(section).toContain('Utredningstid (median, dagar)');
    expect(section).toContain('Per kategori');
    expect(section).toContain('Dokumentation');
    expect(section).toContain('Ingen kategori');
  });

  it('prints the same figures from cli compare, as JSON and as CSV for Swedish Excel', async () => {
    const printed = JSON.parse((await cli(['compare', '--db', file, '--year', '2026'])).join('\n')) as YearComparison;
    expect(printed.reports).toEqual(comparison.reports);
    expect(printed.units.map((unit) => unit.name)).toEqual([REGISTER_UNIT, SMALL_REGISTER_UNIT]);
    const csv = await cli(['compare', '--db', file, '--year', '2026', '--format', 'csv']);
    expect(csv).toContain(`Rapporter;Kategori;${REGISTER_UNIT};${SMALL_REGISTER_UNIT}`);
    expect(csv).toContain('Avvikelse;Alla;17;1');
    expect(csv).toContain('Avvikelse;Dokumentation;8;0');
    expect(csv).toContain('Öppna lex Sarah-rapporter;;5;1');
    expect(csv).toContain('Utredningstid, median (dagar);;13;3');
  });
});
