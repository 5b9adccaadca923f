import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import type { YearComparison } from '../../../shared/comparison';
import { COMPARED, comparisonFixture, UNITS } from '../../support/comparison-fixture';
import { testServices } from '../../support/services';
import { tempDbFile } from '../../support/temp-db';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

function fixtureFile(): string {
  const file = tempDbFile();
  const services = testServices(file);
  comparisonFixture(services.repos, services.database.db);
  services.close();
  return file;
}

const file = fixtureFile();

describe('cli compare', () => {
  it('prints the comparison as JSON by default', async () => {
    const { io, out } = capture();
    expect(await runCli(['compare', '--db', file, '--year', '2025'], io)).toBe(0);
    const comparison = JSON.parse(out.join('\n')) as YearComparison;
    expect(comparison.units.map((unit) => [unit.name, unit.origin])).toEqual([
      [UNITS.children, 'local'],
      [UNITS.family, 'local'],
      [UNITS.adults, 'imported'],
    ]);
    expect(comparison.controls.find((row) => row.definition === COMPARED.days)!.cells.map((cell) => cell?.status ?? null)).toEqual(['yellow', null, 'green']);
  });

  it('writes CSV for Swedish Excel: units, controls with each unit’s result, target and colour, risks and actions', async () => {
    const { io, out } = capture();
    expect(await runCli(['compare', '--db', file, '--year', '2025', '--format', 'csv'], io)).toBe(0);
    expect(out[0]).toBe('\uFEFFEnhet;Ursprung;Exporterad;Kvalitetsplan;Planens status');
    expect(out.slice(1, 4)).toEqual([
      `${UNITS.children};Lokal;;Kvalitetsplan 2025 – ${UNITS.children};Utkast`,
      `${UNITS.family};Lokal;;Kvalitetsplan 2025 – ${UNITS.family};Utkast`,
      `${UNITS.adults};Importerad;2026-01-20;Kvalitetsplan 2025 – ${UNITS.adults};Utkast`,
    ]);
    const controls = out.indexOf('', 1) + 1;
    expect(out[controls]).toBe(
      `Process;Egenkontroll;${[UNITS.children, UNITS.family, UNITS.adults].map((name) => `${name}: resultat 2025;${name}: mål;${name}: status`).join(';')}`,
    );
    expect(out.slice(controls + 1, controls + 5)).toEqual([
      `Utredning;${COMPARED.heard};66,67;Minst 90 %;Röd;;Minst 90 %;;;;`,
      `Utredning;${COMPARED.days};130;Högst 120 dagar;Gul;;;;85;Högst 90 dagar;Grön`,
      `Utredning;${COMPARED.sip};;;;;;;75;Minst 80 %;Gul`,
      `Lex Sarah;${COMPARED.lexSarah};2;;;;;;;;`,
    ]);
    const risks = out.indexOf('', controls) + 1;
    expect(out.slice(risks, risks + 2)).toEqual([`Risknivå;${UNITS.children};${UNITS.family};${UNITS.adults}`, 'Mycket hög;1;;0']);
    expect(out[out.indexOf('', risks) - 1]).toBe('Ej bedömda;1;0;0');
    const actions = out.indexOf(`Åtgärdsstatus;${UNITS.children};${UNITS.family};${UNITS.adults}`);
    expect(out.slice(actions, actions + 5)).toEqual([`Åtgärdsstatus;${UNITS.children};${UNITS.family};${UNITS.adults}`, 'Ej påbörjad;1;0;0', 'Pågår;1;1;0', 'Klar;1;0;2', 'Avbruten;1;0;0']);
    expect(out.slice(-2)).toEqual(['Öppna lex Sarah-rapporter;;0;0;0', 'Utredningstid, median (dagar);;;;']);
  });

  it('narrows to a quality area with --area', async () => {
    const { io, out } = capture();
    expect(await runCli(['compare', '--db', file, '--year', '2025', '--area', 'tillgänglighet'], io)).toBe(0);
    const comparison = JSON.parse(out.join('\n')) as YearComparison;
    expect([comparison.qualityArea, comparison.controls.map((row) => row.definition)]).toEqual(['Tillgänglighet', [COMPARED.days, COMPARED.sip]]);
  });

  it('says what is wrong: a year without plans, an unknown area, a bad year or format', async () => {
    const empty = capture();
    expect(await runCli(['compare', '--db', file, '--year', '2024'], empty.io)).toBe(1);
    expect(empty.err.join('\n')).toBe('Ingen enhet har en kvalitetsplan för 2024. Importera enheternas årspaket först.');
    const area = capture();
    expect(await runCli(['compare', '--db', file, '--year', '2025', '--area', 'Bemötande'], area.io)).toBe(1);
    expect(area.err.join('\n')).toMatch(/^Ingen plan för 2025 har kvalitetsområdet ”Bemötande”\. Planerna har: Självbestämmande och integritet, /);
    const year = capture();
    expect(await runCli(['compare', '--db', file, '--year', '25'], year.io)).toBe(2);
    expect(year.err.join('\n')).toMatch(/^Året måste vara 2000 eller senare\./);
    const format = capture();
    expect(await runCli(['compare', '--db', file, '--year', '2025', '--format', 'xml'], format.io)).toBe(2);
    expect(format.err.join('\n')).toMatch(/^Okänt format: xml\. Välj json eller csv\./);
  });
});
