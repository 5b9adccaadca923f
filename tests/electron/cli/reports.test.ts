import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { messageText } from '../../../shared/messages/catalogue';
import { EXPECTED_TERTIALS } from '../../support/reports-fixture';
import { fillFixtureRegister, REGISTER_UNIT } from '../../support/reports-register';
import { testServices } from '../../support/services';
import { tempDbFile, tempDir } from '../../support/temp-db';

const PERSONAL_IDENTITY = messageText('sv', 'validation.personalIdentityNumber');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

function fixtureFile() {
  const file = tempDbFile();
  const services = testServices(file);
  fillFixtureRegister(services.repos);
  services.close();
  return file;
}

const base = (file: string) => ['--db', file, '--unit', REGISTER_UNIT, '--year', '2026'];

describe('cli reports summary', () => {
  const file = fixtureFile();

  it('prints the tertial compilation as JSON, equal to the figures counted by hand', async () => {
    const { io, out, err } = capture();
    expect(await runCli(['reports', 'summary', ...base(file), '--period', 'tertial', '--format', 'json'], io)).toBe(0);
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join('\n'));
    expect(printed.unit).toBe(REGISTER_UNIT);
    for (const [index, expected] of EXPECTED_TERTIALS.entries()) {
      const period = printed.periods[index];
      expect(period.period.key).toBe(expected.key);
      expect(period.total).toEqual(expected.total);
      expect(Object.fromEntries(period.byKind.map((row: { kind: string; received: unknown }) => [row.kind, row.received]))).toEqual(expected.received);
      expect(period.lexSarah).toEqual(expected.lexSarah);
    }
  });

  it('prints it as CSV for Swedish Excel: BOM, semicolons, decimal comma', async () => {
    const { io, out } = capture();
    expect(await runCli(['reports', 'summary', ...base(file), '--format', 'csv'], io)).toBe(0);
    expect(out[0]).toBe('\uFEFFPeriod;Från;Till;Typ;Indelning;Värde;Antal;Föregående period;Samma period föregående år;Andel (%)');
    expect(out).toContain('Tertial 1 2026;2026-01-01;2026-04-30;Alla;Totalt;;16;3;2;');
    expect(out).toContain('Tertial 1 2026;2026-01-01;2026-04-30;Avvikelse;Kategori;Dokumentation;3;0;2;');
    expect(out).toContain('Tertial 1 2026;2026-01-01;2026-04-30;Synpunkt;Utredda inom gränsen;;1;;;33,33');
    expect(out).toContain('Tertial 2 2026;2026-05-01;2026-08-31;Avvikelse;Utredda inom gränsen;;4;;;57,14');
    expect(out).toContain('Tertial 3 2026;2026-09-01;2026-12-31;Lex Sarah-rapport;Anmälda till IVO;;1;;;');
  });

  it('lists the register', async () => {
    const { io, out } = capture();
    expect(await runCli(['reports', 'list', ...base(file), '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n')).reports).toHaveLength(40);
    const csv = capture();
    expect(await runCli(['reports', 'list', ...base(file), '--format', 'csv'], csv.io)).toBe(0);
    expect(csv.out).toHaveLength(41);
    expect(csv.out[1]).toMatch(/^2026-01-08;Avvikelse;Dokumentation;;Mottagen;Rapport 1;R-1;Förhandsbedömning;/);
  });

  it('says so in Swedish when the unit has no plan for the year', async () => {
    const { io, err } = capture();
    expect(await runCli(['reports', 'list', '--db', file, '--unit', REGISTER_UNIT, '--year', '2024', '--format', 'json'], io)).toBe(1);
    expect(err[0]).toContain('har ingen kvalitetsplan för 2024');
  });
});

const HEADER = 'Inkom;Typ;Kategori;Inkom via;Anonym;Ärendereferens;Beskrivning;Process;Kvalitetsområden;Status;Slutsats;Utredd av;Utredning klar;Allvarlig;Anmäld till IVO;IVO:s diarienummer;Återkoppling;Avslutad';

function csvFile(lines: string[]): string {
  const file = path.join(tempDir(), 'register.csv');
  fs.writeFileSync(file, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
  return file;
}

function count(file: string): Promise<number> {
  const { io, out } = capture();
  return runCli(['reports', 'list', ...base(file), '--format', 'json'], io).then(() => JSON.parse(out.join('\n')).reports.length);
}

describe('cli reports import', () => {
  it('imports an existing register row by row, status and handling included', async () => {
    const file = fixtureFile();
    const register = csvFile([
      '2026-02-03;Avvikelse;Dokumentation;;;A-101;Journalanteckning saknades;Utredning;Trygghet och säkerhet;Mottagen;;;;;;;;',
      '2026-02-10;Klagomål;Bemötande;Telefon;Nej;K-7;;Förhandsbedömning;;Avslutad;Samtal med handläggaren;EC;2026-02-20;;;;2026-02-21;2026-02-25',
      '2026-03-01;Lex Sarah;Missförhållande;;;LS-2;Placering utan uppföljning;Utredning;"Trygghet och säkerhet, Tillgänglighet";Avslutad;Rutinen följdes inte;EC;2026-03-05;Ja;2026-03-08;3.5.1-9/2026;;2026-03-10',
      '2026-03-15;Synpunkt;Beröm;E-tjänst;Ja;;;;;;;;;;;;;',
    ]);
    const { io, out, err } = capture();
    expect(await runCli(['reports', 'import', ...base(file), '--file', register], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([`Importerade 4 rapporter till registret för ${REGISTER_UNIT} 2026: 1 avvikelse, 1 klagomål, 1 synpunkt, 1 lex Sarah-rapport.`]);
    expect(await count(file)).toBe(44);
    const services = testServices(file);
    const plan = services.repos.plans.list(services.repos.units.findByName(REGISTER_UNIT)!.id).find((p) => p.year === 2026)!;
    const lexSarah = services.repos.reports.list(plan.id, { search: 'LS-2' });
    expect(lexSarah).toMatchObject([{ status: 'avslutad', serious: true, ivoReportedOn: '2026-03-08', closedOn: '2026-03-10', processName: 'Utredning' }]);
    expect(lexSarah[0]!.qualityAreaIds).toHaveLength(2);
    services.close();
  });

  it('imports nothing when a row is wrong, and says which row and column in Swedish', async () => {
    const file = fixtureFile();
    const register = csvFile([
      '2026-02-03;Avvikelse;Dokumentation;;;A-101;Gäller 19121212-1212;;;;;;;;;;;',
      '2026-02-04;Avvikelse;Okänd kategori;;;;;;;;;;;;;;;',
      '2026-02-05;Klagomål;Bemötande;;;;;;;Avslutad;;;;;;;;',
      '31/12/2026;Avvikelse;;;;;;;;;;;;;;;;',
      '2026-02-06;Synpunkt;;;;;;;;;;;;;;;;',
    ]);
    const { io, err } = capture();
    expect(await runCli(['reports', 'import', ...base(file), '--file', register], io)).toBe(1);
    expect(err[0]).toBe('Inget importerades. Rätta följande i filen och försök igen:');
    expect(err).toContain(`Rad 2, Beskrivning: ${PERSONAL_IDENTITY}`);
    expect(err.find((line) => line.startsWith('Rad 3, Kategori:'))).toContain('Enheten har ingen kategori ”Okänd kategori” för avvikelse');
    expect(err.find((line) => line.startsWith('Rad 4, Status:'))).toContain('utredningens slutsats');
    expect(err).toContain('Rad 5, Inkom: ”31/12/2026” är inget datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.');
    expect(await count(file)).toBe(40);
  });

  it('reads an Excel workbook the same way', async () => {
    const file = fixtureFile();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Avvikelser 2026');
    sheet.addRow(['Datum', 'Typ', 'Kategori', 'Beskrivning']);
    sheet.addRow([new Date(Date.UTC(2026, 3, 14)), 'avvikelse', 'sekretess', 'Brev skickat till fel adress']);
    const register = path.join(tempDir(), 'register.xlsx');
    await workbook.xlsx.writeFile(register);
    const { io, out } = capture();
    expect(await runCli(['reports', 'import', ...base(file), '--file', register], io)).toBe(0);
    expect(out[0]).toContain('Importerade 1 rapport');
    expect(await count(file)).toBe(41);
  });
});
