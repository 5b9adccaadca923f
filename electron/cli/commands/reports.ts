import fs from 'node:fs';
import path from 'node:path';
import type { Repositories } from '../../../db/repositories';
import { problemLine } from '../../../shared/domain/import-problem';
import { isAppError } from '../../../shared/errors';
import { PeriodKind } from '../../../shared/results/periods';
import { REPORT_KINDS, type ReportKind } from '../../../shared/reports/kinds';
import { planOfYear } from '../../services/plan-files';
import { parseRegisterFile } from '../../services/spreadsheet/report-register';
import { say } from '../cli-language';
import { CliUsageError, type CliCommand, type CliIo } from '../command';
import { openCliServices } from '../open-services';
import { requiredOption, yearOption } from '../option-values';
import { parseCliArgs } from '../parse-args';
import { compilationCsvLines, reportListCsvLines } from '../../services/documents/reports-csv';

const BOM = '\uFEFF';
const COUNTED: Record<ReportKind, [string, string]> = {
  avvikelse: ['avvikelse', 'avvikelser'],
  klagomal: ['klagomål', 'klagomål'],
  synpunkt: ['synpunkt', 'synpunkter'],
  lex_sarah: ['lex Sarah-rapport', 'lex Sarah-rapporter'],
  tillsyn: ['tillsynsärende', 'tillsynsärenden'],
};
const DEFAULT_ACTOR = 'Kommandoraden';

function formatOption(value: string | undefined): 'json' | 'csv' {
  if (value === undefined) throw new CliUsageError('Ange formatet med --format json eller --format csv.');
  if (value !== 'json' && value !== 'csv') throw new CliUsageError(`Okänt format: ${value}. Välj json eller csv.`);
  return value;
}

function periodOption(value: string | undefined): PeriodKind {
  if (value === undefined) return 'tertial';
  const kind = PeriodKind.safeParse(value);
  if (!kind.success) throw new CliUsageError(`Okänd period: ${value}. Välj month, quarter, tertial, half eller year.`);
  return kind.data;
}

function printCsv(io: CliIo, lines: string[]): void {
  const [header, ...rows] = lines;
  io.out(`${BOM}${header}`);
  for (const row of rows) io.out(row);
}

function planOf(repos: Repositories, unitName: string, year: number, io: CliIo) {
  const unit = repos.units.findByName(unitName);
  if (!unit) {
    io.err(`Enheten ”${unitName}” finns inte i databasen.`);
    return null;
  }
  const plan = planOfYear(repos, unit.id, year);
  if (!plan) io.err(`${unit.name} har ingen kvalitetsplan för ${year}. Rapporterna hör till årets plan: skapa eller importera den först.`);
  return plan ? { unit, plan } : null;
}

async function runImport(repos: Repositories, args: { unit: string; year: number; file: string; actor: string }, io: CliIo): Promise<number> {
  const found = planOf(repos, args.unit, args.year, io);
  if (!found) return 1;
  const detail = repos.planDetail(found.plan.id);
  const lookup = {
    processes: detail.processes.map(({ id, name }) => ({ id, name })),
    areas: detail.qualityAreas.map(({ id, name }) => ({ id, name })),
    categories: repos.reports.categories.list(found.unit.id).filter((category) => !category.archived),
  };
  const parsed = await parseRegisterFile(args.file, new Uint8Array(fs.readFileSync(args.file)), lookup, io.language);
  if (!parsed.ok) {
    io.err('Inget importerades. Rätta följande i filen och försök igen:');
    for (const problem of parsed.problems) io.err(problemLine(problem));
    return 1;
  }
  const outside = parsed.reports.filter((report) => !report.fields.receivedOn.startsWith(`${args.year}-`));
  if (outside.length > 0) {
    io.err('Inget importerades. Rätta följande i filen och försök igen:');
    for (const report of outside) io.err(`Rad ${report.row}, Inkom: ${report.fields.receivedOn} ligger inte i ${args.year}. Importera varje år till sin egen plan.`);
    return 1;
  }
  const count = repos.reports.importAll(found.plan.id, parsed.reports, args.actor);
  const perKind = REPORT_KINDS.map((kind) => [kind, parsed.reports.filter((report) => report.fields.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${COUNTED[kind][n === 1 ? 0 : 1]}`);
  io.out(`Importerade ${count} ${count === 1 ? 'rapport' : 'rapporter'} till registret för ${found.unit.name} ${args.year}: ${perKind.join(', ')}.`);
  return 0;
}

export const reportsCommand: CliCommand = {
  name: 'reports',
  summary: 'Skriver ut registret över avvikelser, klagomål, synpunkter, lex Sarah och tillsyn, eller dess sammanställning per period; importerar ett befintligt register.',
  usage: 'reports list|summary|import --db <fil> --unit <namn> --year <ÅÅÅÅ> [--period month|quarter|tertial|half|year] [--format json|csv] [--file <fil>]',
  async run(args, io) {
    const [action, ...rest] = args;
    if (action !== 'list' && action !== 'summary' && action !== 'import') {
      throw new CliUsageError(action ? `Okänd åtgärd: ${action}. Välj list, summary eller import.` : 'Ange list, summary eller import.');
    }
    const { values } = parseCliArgs(rest, {
      db: { type: 'string' },
      unit: { type: 'string' },
      year: { type: 'string' },
      period: { type: 'string' },
      format: { type: 'string' },
      file: { type: 'string' },
      by: { type: 'string' },
    });
    const unit = requiredOption(values.unit, '--unit', 'enhetens namn');
    const year = yearOption(values.year);
    const file = action === 'import' ? path.resolve(requiredOption(values.file, '--file', 'registrets fil')) : '';
    const format = action === 'import' ? null : formatOption(values.format);
    const periodKind = periodOption(values.period);
    const services = openCliServices(values.db);
    try {
      if (action === 'import') return await runImport(services.repos, { unit, year, file, actor: values.by?.trim() || DEFAULT_ACTOR }, io);
      const found = planOf(services.repos, unit, year, io);
      if (!found) return 1;
      if (action === 'list') {
        const reports = services.repos.reports.list(found.plan.id);
        if (format === 'json') io.out(JSON.stringify({ unit: found.unit.name, year, reports }, null, 2));
        else printCsv(io, reportListCsvLines(reports));
      } else {
        const compilation = services.repos.reports.summary(found.plan.id, periodKind);
        if (format === 'json') io.out(JSON.stringify({ unit: found.unit.name, ...compilation }, null, 2));
        else printCsv(io, compilationCsvLines(compilation));
      }
      return 0;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message = isAppError(error) ? say(io, error) : code === 'ENOENT' ? `Filen ${file} finns inte.` : null;
      if (message === null) throw error;
      io.err(message);
      return 1;
    } finally {
      services.close();
    }
  },
};
