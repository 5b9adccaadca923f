import { CliUsageError, type CliCommand } from '../command';
import { comparisonCsvLines } from '../compare-table';
import { openCliServices } from '../open-services';
import { yearOption } from '../option-values';
import { parseCliArgs } from '../parse-args';

const BOM = '\uFEFF';

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'Jämför alla enheters kvalitetsplaner ett år: egenkontrollernas årsresultat mot målen, risker per nivå, åtgärdernas status och rapporterna i registret.',
  usage: 'compare --db <fil> --year <ÅÅÅÅ> [--area <kvalitetsområde>] [--format json|csv]',
  run(args, io) {
    const { values } = parseCliArgs(args, {
      db: { type: 'string' },
      year: { type: 'string' },
      area: { type: 'string' },
      format: { type: 'string' },
    });
    const year = yearOption(values.year);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new CliUsageError(`Okänt format: ${format}. Välj json eller csv.`);
    const area = values.area?.trim() || null;
    const services = openCliServices(values.db);
    try {
      const comparison = services.repos.comparison.forYear(year, area);
      if (comparison.units.length === 0) {
        io.err(`Ingen enhet har en kvalitetsplan för ${year}. Importera enheternas årspaket först.`);
        return 1;
      }
      if (area && !comparison.units.some((unit) => unit.hasQualityArea)) {
        io.err(`Ingen plan för ${year} har kvalitetsområdet ”${area}”. Planerna har: ${comparison.qualityAreas.join(', ')}.`);
        return 1;
      }
      if (format === 'json') {
        io.out(JSON.stringify(comparison, null, 2));
      } else {
        const [header, ...rows] = comparisonCsvLines(comparison);
        io.out(`${BOM}${header}`);
        for (const row of rows) io.out(row);
      }
      return 0;
    } finally {
      services.close();
    }
  },
};
