import path from 'node:path';
import type { CliCommand } from '../command';
import { withCliServices } from '../open-services';
import { requiredOption, yearOption } from '../option-values';
import { parseCliArgs } from '../parse-args';

export const yearbookCommand: CliCommand = {
  name: 'yearbook',
  summary: 'Skapar socialkontorets kvalitetsbokslut för ett år som PDF: alla enheter sida vid sida.',
  usage: 'yearbook --db <fil> --year <ÅÅÅÅ> --out <mapp> [--area <kvalitetsområde>]',
  async run(args, io) {
    const { values } = parseCliArgs(args, { db: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, area: { type: 'string' } });
    const year = yearOption(values.year);
    const out = path.resolve(requiredOption(values.out, '--out', 'mappen PDF:en ska till'));
    return withCliServices(values.db, io, async (services) => {
      const saved = await services.bundles.yearbook(year, values.area?.trim() || null, out);
      io.out(`Sparade ${path.join(saved.folder, saved.fileName)}.`);
      return 0;
    });
  },
};
