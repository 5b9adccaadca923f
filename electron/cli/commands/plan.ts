import fs from 'node:fs';
import path from 'node:path';
import type { Repositories } from '../../../db/repositories';
import { newPlanContent } from '../../../shared/domain/new-plan';
import { UnitName } from '../../../shared/domain/unit';
import { isAppError } from '../../../shared/errors';
import type { ImportProblem } from '../../../shared/ipc/plans';
import { exportPlanFile, importPlanFile, planOfYear } from '../../services/plan-files';
import { parsePlanFile } from '../../services/spreadsheet/import-spreadsheet';
import { problemLine } from '../../../shared/domain/import-problem';
import { CliUsageError, type CliCommand, type CliIo } from '../command';
import { openCliServices } from '../open-services';
import { requiredOption, yearOption } from '../option-values';
import { parseCliArgs } from '../parse-args';
import { say } from '../cli-language';

const DEFAULT_ACTOR = 'Kommandoraden';

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function printProblems(io: CliIo, problems: ImportProblem[]): number {
  io.err(`Inget importerades. Rätta följande i filen och försök igen:`);
  for (const problem of problems) io.err(problemLine(problem));
  return 1;
}

function summary(repos: Repositories, planId: string): string {
  const detail = repos.planDetail(planId);
  const risks = detail.processes.flatMap((process) => process.risks);
  return [
    counted(detail.processes.length, 'process', 'processer'),
    counted(risks.length, 'risk', 'risker'),
    counted(risks.reduce((sum, risk) => sum + risk.controls.length, 0), 'egenkontroll', 'egenkontroller'),
    counted(risks.reduce((sum, risk) => sum + risk.actions.length, 0), 'åtgärd', 'åtgärder'),
  ].join(', ');
}

/**
 * A unit that does not exist yet is created only once the file has passed every check,
 * so a bad file leaves the database as it was.
 */
async function runImport(repos: Repositories, args: { unit: string; year: number; file: string; actor: string }, io: CliIo): Promise<number> {
  const bytes = new Uint8Array(fs.readFileSync(args.file));
  let unit = repos.units.findByName(args.unit);
  if (!unit) {
    const name = UnitName.safeParse(args.unit);
    if (!name.success) throw CliUsageError.fromZod(name.error);
    const check = await parsePlanFile(args.file, bytes, newPlanContent());
    if (!check.ok) return printProblems(io, check.problems);
    unit = repos.units.create(name.data);
    io.out(`Ny enhet: ${unit.name}`);
  }
  const replacing = planOfYear(repos, unit.id, args.year) !== undefined;
  const report = await importPlanFile(repos, { unitId: unit.id, year: args.year, fileName: args.file, bytes, actor: args.actor });
  if (!report.imported) return printProblems(io, report.problems);
  io.out(`${replacing ? 'Ersatte innehållet i' : 'Skapade'} ”${report.plan.title}” (${unit.name}, ${args.year}) från ${counted(report.rows, 'rad', 'rader')}.`);
  io.out(`Planen har nu ${summary(repos, report.plan.id)}.`);
  return 0;
}

async function runExport(repos: Repositories, args: { unit: string; year: number; file: string }, io: CliIo): Promise<number> {
  const unit = repos.units.findByName(args.unit);
  if (!unit) {
    io.err(`Enheten ”${args.unit}” finns inte i databasen.`);
    return 1;
  }
  const plan = planOfYear(repos, unit.id, args.year);
  if (!plan) {
    io.err(`${unit.name} har ingen kvalitetsplan för ${args.year}.`);
    return 1;
  }
  const file = await exportPlanFile(repos, plan.id);
  // A folder as --file gets the file under its usual name.
  const target = fs.existsSync(args.file) && fs.statSync(args.file).isDirectory() ? path.join(args.file, file.fileName) : args.file;
  fs.writeFileSync(target, file.bytes);
  io.out(`Sparade ”${plan.title}” (${summary(repos, plan.id)}) i ${target}`);
  return 0;
}

function fileError(error: unknown, file: string, reading: boolean): string | null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return reading ? `Filen ${file} finns inte.` : `Mappen ${path.dirname(file)} finns inte.`;
  if (code === 'EACCES' || code === 'EPERM') return `Kvalitetshjulet får inte ${reading ? 'läsa' : 'skriva'} ${file}.`;
  if (code === 'EISDIR') return `${file} är en mapp. Ange en fil.`;
  return null;
}

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'Importerar en kvalitetsplan från ett kalkylblad (.xlsx eller .csv) eller exporterar den som .xlsx.',
  usage: 'plan import|export --db <fil> --unit <namn> --year <ÅÅÅÅ> --file <fil> [--by <namn>]',
  async run(args, io) {
    const [action, ...rest] = args;
    if (action !== 'import' && action !== 'export') {
      throw new CliUsageError(action ? `Okänd åtgärd: ${action}. Välj import eller export.` : 'Ange import eller export.');
    }
    const options = { db: { type: 'string' }, unit: { type: 'string' }, year: { type: 'string' }, file: { type: 'string' } } as const;
    const { values } = action === 'import' ? parseCliArgs(rest, { ...options, by: { type: 'string' } }) : parseCliArgs(rest, options);
    const unit = requiredOption(values.unit, '--unit', 'enhetens namn');
    const year = yearOption(values.year);
    const file = path.resolve(requiredOption(values.file, '--file', 'filen'));
    const actor = ('by' in values && typeof values.by === 'string' && values.by.trim()) || DEFAULT_ACTOR;
    const services = openCliServices(values.db);
    try {
      return action === 'import'
        ? await runImport(services.repos, { unit, year, file, actor }, io)
        : await runExport(services.repos, { unit, year, file }, io);
    } catch (error) {
      const message = isAppError(error) ? say(io, error) : fileError(error, file, action === 'import');
      if (message === null) throw error;
      io.err(message);
      return 1;
    } finally {
      services.close();
    }
  },
};
