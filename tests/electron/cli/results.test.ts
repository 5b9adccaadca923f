import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { testServices } from '../../support/services';
import { tempDbFile } from '../../support/temp-db';
import { resultsFixture } from '../../support/results-fixture';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

function fixtureFile() {
  const file = tempDbFile();
  const services = testServices(file);
  const fixture = resultsFixture(services.repos);
  services.close();
  return { file, fixture };
}

/** The answers behind each control straight from the tables, computed here without the app's result code. */
function independentTertials(file: string, planId: string): Map<string, Array<number | null>> {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      `SELECT ctl.definition, i.aggregation, i.limit_value AS lim, a.value, r.date
         FROM answers a
         JOIN checklist_items i ON i.id = a.item_id
         JOIN controls ctl ON ctl.id = i.control_id
         JOIN run_cases c ON c.id = a.case_id
         JOIN checklist_runs r ON r.id = c.run_id
        WHERE r.plan_id = ?`,
    )
    .all(planId) as Array<{ definition: string; aggregation: string; lim: number | null; value: string; date: string }>;
  db.close();
  const result = new Map<string, Array<number | null>>();
  for (const definition of new Set(rows.map((row) => row.definition))) {
    const mine = rows.filter((row) => row.definition === definition);
    result.set(
      definition,
      [1, 2, 3].map((tertial) => {
        const values = mine.filter((row) => Math.ceil(Number(row.date.slice(5, 7)) / 4) === tertial).map((row) => JSON.parse(row.value) as unknown);
        const { aggregation, lim } = mine[0]!;
        if (aggregation === 'share_yes') {
          const yes = values.filter((v) => v === 'yes').length;
          const no = values.filter((v) => v === 'no').length;
          return yes + no === 0 ? null : (100 * yes) / (yes + no);
        }
        const numbers = (values as number[]).slice().sort((a, b) => a - b);
        if (numbers.length === 0) return null;
        if (aggregation === 'median') {
          const mid = numbers.length / 2;
          return Number.isInteger(mid) ? (numbers[mid - 1]! + numbers[mid]!) / 2 : numbers[Math.floor(mid)]!;
        }
        return (100 * numbers.filter((n) => n <= lim!).length) / numbers.length;
      }),
    );
  }
  return result;
}

describe('cli results', () => {
  it('prints per tertial the figures an independent calculation from the answers gives', async () => {
    const { file, fixture } = fixtureFile();
    const { io, out, err } = capture();
    expect(await runCli(['results', '--db', file, '--unit', 'Barn och unga', '--year', '2026', '--period', 'tertial', '--format', 'json'], io)).toBe(0);
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join('\n')) as { year: number; controls: Array<{ control: string; periods: Array<{ label: string; value: number | null; status: string }> }> };
    expect(printed.year).toBe(2026);
    const expected = independentTertials(file, fixture.planId);
    expect(expected.size).toBe(3);
    for (const [definition, values] of expected) {
      const control = printed.controls.find((c) => c.control === definition)!;
      expect(control.periods.map((p) => p.label)).toEqual(['Tertial 1 2026', 'Tertial 2 2026', 'Tertial 3 2026']);
      control.periods.forEach((period, index) => {
        if (values[index] === null) expect(period.value).toBeNull();
        else expect(period.value).toBeCloseTo(values[index]!, 10);
      });
    }
    // And by hand: våld T1 yes, no, yes, no, na -> 50; förhandsbedömning T1 14, 30, 14, 15, 3 -> 60; days T2 30, 12 -> 21.
    const value = (start: string, index: number) => printed.controls.find((c) => c.control.startsWith(start))!.periods[index]!.value;
    expect([value('Andel ärenden där frågan om våld', 0), value('Andel förhandsbedömningar', 0), value('Dagar till inledd', 1)]).toEqual([50, 60, 21]);
  });

  it('prints CSV for Swedish Excel: BOM, semicolons and decimal commas', async () => {
    const { file } = fixtureFile();
    const { io, out } = capture();
    expect(await runCli(['results', '--db', file, '--unit', 'Barn och unga', '--year', '2026', '--period', 'year', '--format', 'csv'], io)).toBe(0);
    expect(out[0]!.startsWith('\uFEFFProcess;Risk;Egenkontroll;Periodtyp;Period;')).toBe(true);
    const violence = out.find((line) => line.includes('Andel ärenden där frågan om våld'))!.split(';');
    expect(violence.slice(3, 14)).toEqual(['År', '2026', '2026-01-01', '2026-12-31', '71,43', '%', '100', 'Minst', '30', 'Gul', '5']);
    const lexSarah = out.find((line) => line.includes('lex Sarah'))!.split(';');
    expect(lexSarah.slice(7, 9)).toEqual(['2', 'st']);
    expect(lexSarah.at(-2)).toBe('Manuellt');
    expect(lexSarah.at(-1)).toBe('Två rapporter.');
  });

  it('explains a missing format, an unknown period, unit or year', async () => {
    const { file } = fixtureFile();
    const base = ['results', '--db', file, '--unit', 'Barn och unga', '--year', '2026'];
    const noFormat = capture();
    expect(await runCli(base, noFormat.io)).toBe(2);
    expect(noFormat.err.join('\n')).toMatch(/Ange formatet med --format json eller --format csv/);
    const period = capture();
    expect(await runCli([...base, '--period', 'week', '--format', 'json'], period.io)).toBe(2);
    expect(period.err.join('\n')).toMatch(/Okänd period: week/);
    const unit = capture();
    expect(await runCli(['results', '--db', file, '--unit', 'Okänd', '--year', '2026', '--format', 'json'], unit.io)).toBe(1);
    expect(unit.err).toEqual(['Enheten ”Okänd” finns inte i databasen.']);
    const year = capture();
    expect(await runCli(['results', '--db', file, '--unit', 'Barn och unga', '--year', '2030', '--format', 'csv'], year.io)).toBe(1);
    expect(year.err).toEqual(['Barn och unga har ingen kvalitetsplan för 2030.']);
  });
});
