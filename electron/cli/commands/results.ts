import { PeriodKind } from '../../../shared/results/periods';
import { CliUsageError, type CliCommand } from '../command';
import { withCliServices } from '../open-services';
import { yearOption } from '../option-values';
import { parseCliArgs } from '../parse-args';
import { resultsCsvLines, resultsJson } from '../../services/documents/results-table';

const BOM = '\uFEFF';

function periodOf(value: string | undefined): PeriodKind | null {
  if (value === undefined) return null;
  const kind = PeriodKind.safeParse(value);
  if (!kind.success) throw new CliUsageError(`Okänd period: ${value}. Välj month, quarter, tertial, half eller year.`);
  return kind.data;
}

export const resultsCommand: CliCommand = {
  name: 'results',
  summary: 'Skriver ut varje egenkontrolls resultat per period (utan --period följer varje kontroll sin egen mätfrekvens).',
  usage: 'results --db <fil> --unit <namn> --year <ÅÅÅÅ> [--period month|quarter|tertial|half|year] --format json|csv',
  run(args, io) {
    const { values } = parseCliArgs(args, {
      db: { type: 'string' },
      unit: { type: 'string' },
      year: { type: 'string' },
      period: { type: 'string' },
      format: { type: 'string' },
    });
    const unitName = values.unit?.trim();
    if (!unitName) throw new CliUsageError('Ange enhetens namn med --unit.');
    const year = yearOption(values.year);
    const kind = periodOf(values.period);
    const format = values.format;
    if (format === undefined) throw new CliUsageError('Ange formatet med --format json eller --format csv.');
    if (format !== 'json' && format !== 'csv') throw new CliUsageError(`Okänt format: ${format}. Välj json eller csv.`);
    return withCliServices(values.db, io, (services) => {
      const unit = services.repos.units.findByName(unitName);
      if (!unit) {
        io.err(`Enheten ”${unitName}” finns inte i databasen.`);
        return 1;
      }
      const plan = services.repos.plans.list(unit.id).find((candidate) => candidate.year === year);
      if (!plan) {
        io.err(`${unit.name} har ingen kvalitetsplan för ${year}.`);
        return 1;
      }
      const results = services.repos.results.forPlan(plan.id, kind);
      if (format === 'json') {
        io.out(JSON.stringify(resultsJson(results), null, 2));
      } else {
        const [header, ...rows] = resultsCsvLines(results);
        io.out(`${BOM}${header}`);
        for (const row of rows) io.out(row);
      }
      return 0;
    });
  },
};
